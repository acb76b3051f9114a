import sys
from s29_fodt import Doc

TEAL = "#0d5c63"
d = Doc(font="DejaVu Sans", size="9pt", title="Invoice INV-1187", margins=("1.6cm", "1.8cm", "1.6cm", "1.8cm"),
        footer="J. Pritchard Plumbing & Heating · Gas Safe Register no. 584412 · VAT Reg No: GB 284 5617 93 · Thank you for your business!")
d.table([10.2, 7.2], [[
    {"text": "J. Pritchard\nPlumbing & Heating", "p": dict(size="19pt", bold=True, color=TEAL)},
    {"text": "**INVOICE**", "p": dict(size="22pt", align="end", color="#333333")}]])
d.p("Boilers · Bathrooms · Emergency call-outs · Landlord gas safety certificates", size="8pt", color="#666666", after="0.5cm")
d.table([10.2, 7.2], [[
    {"text": "**Bill to**\nDaniel Okafor\n14 Larch Grove\nOtley Bridge\nLS21 4QT", "p": dict(size="9.5pt")},
    {"text": "James Pritchard\n6 Weavers Row, Otley Bridge LS21 2HN\nMobile 07700 918 442\njames@pritchardplumbing.co.uk\nVAT Reg No: GB 284 5617 93", "p": dict(size="8.5pt", align="end")}]])
d.p("", after="0.4cm")
box = dict(border="0.6pt solid #0d5c63", pad="0.12cm")
lab = dict(size="7.5pt", color=TEAL, bold=True, after="0cm")
d.table([4.35, 4.35, 4.35, 4.35], [
    [{"text": "INVOICE NO.", "p": lab, "c": box}, {"text": "INVOICE DATE", "p": lab, "c": box}, {"text": "DUE DATE", "p": lab, "c": box}, {"text": "JOB REF.", "p": lab, "c": box}],
    [{"text": "INV-1187", "p": dict(size="10pt", bold=True), "c": box}, {"text": "21/02/2025", "p": dict(size="10pt"), "c": box},
     {"text": "07/03/2025", "p": dict(size="10pt", bold=True), "c": box}, {"text": "J-0412 (attended 19/02/2025)", "p": dict(size="9pt"), "c": box}]])
d.p("Job address: 14 Larch Grove, Otley Bridge LS21 4QT — Worcester Greenstar 30i combi boiler losing pressure, PRV discharging outside. "
    "Replaced pressure relief valve and filling loop, drained and refilled system, added inhibitor, repressurised to 1.3 bar and tested. Boiler running normally.",
    before="0.4cm", after="0.3cm")
hdr = dict(bg="#0d5c63", pad="0.1cm")
H = dict(bold=True, color="#ffffff")
HR = dict(bold=True, color="#ffffff", align="end")
rb = dict(bottom="0.4pt solid #bbbbbb", pad="0.1cm")
R = dict(align="end")
items = [("Labour – J. Pritchard (19/02/2025, 09:30–13:00)", "3.5 hrs", "£55.00", "£192.50"),
         ("Pressure relief valve 15mm, 3 bar (Worcester 87161067540)", "1", "£38.40", "£38.40"),
         ("Filling loop kit, braided, with isolating valves", "1", "£22.90", "£22.90"),
         ("Fittings, PTFE, solder & sundries", "1", "£14.60", "£14.60"),
         ("Central heating inhibitor 500ml (Fernox F1)", "1", "£7.90", "£7.90")]
rows = [[{"text": "Description", "p": H, "c": hdr}, {"text": "Qty", "p": HR, "c": hdr}, {"text": "Unit price", "p": HR, "c": hdr}, {"text": "Amount", "p": HR, "c": hdr}]]
for a, b, c, e in items:
    rows.append([{"text": a, "c": rb}, {"text": b, "p": R, "c": rb}, {"text": c, "p": R, "c": rb}, {"text": e, "p": R, "c": rb}])
d.table([10.4, 2.0, 2.5, 2.5], rows)
d.p("", after="0.2cm")
d.table([11.4, 3.5, 2.5], [
    ["", {"text": "Subtotal"}, {"text": "£276.30", "p": R}],
    ["", {"text": "VAT @ 20%"}, {"text": "£55.26", "p": R}],
    ["", {"text": "Total", "p": dict(bold=True, size="11pt"), "c": dict(top="1pt solid #0d5c63")},
     {"text": "£331.56", "p": dict(bold=True, size="11pt", align="end"), "c": dict(top="1pt solid #0d5c63")}],
    ["", {"text": "Paid on the day"}, {"text": "£0.00", "p": R}],
    ["", {"text": "Balance due", "p": dict(bold=True)}, {"text": "£331.56", "p": dict(bold=True, align="end")}]])
d.p("Payment terms", size="10pt", bold=True, color=TEAL, before="0.6cm")
d.p("Payment due within 14 days of invoice date. Please pay by bank transfer to: J Pritchard, Lloyds Bank, sort code 30-94-57, account 41872203, "
    "using reference INV-1187. Cash and card also accepted. Late payments may incur interest under the Late Payment of Commercial Debts (Interest) Act 1998.")
d.p("Guarantee", size="10pt", bold=True, color=TEAL, before="0.3cm")
d.p("All workmanship guaranteed for 12 months; parts carry the manufacturer's warranty. Your boiler's annual service is due in October 2025 – "
    "book early and get 10% off (£76.50 instead of £85.00).")
d.save(sys.argv[1])
