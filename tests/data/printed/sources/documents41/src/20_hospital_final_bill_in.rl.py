"""Sunrise Multispeciality Hospital - IPD final bill (3 pages, lakh grouping, advance + TPA), reportlab platypus."""
import sys
from decimal import Decimal as D, ROUND_HALF_UP
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer, PageBreak

out = sys.argv[1] if len(sys.argv) > 1 else "20_hospital_final_bill_in.pdf"
F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", F + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", F + "DejaVuSansCondensed-Bold.ttf"))
ORG = colors.HexColor("#b4531f")


def inr(x, sym=False):
    neg = x < 0
    x = abs(x)
    s = f"{x:.2f}"
    i, f = s.split(".")
    if len(i) > 3:
        head, tail = i[:-3], i[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        i = ",".join(parts) + "," + tail
    return ("-" if neg else "") + ("\u20b9 " if sym else "") + i + "." + f


st = lambda **k: ParagraphStyle("x", fontName=k.pop("font", "DVC"), fontSize=k.pop("size", 8), leading=k.pop("lead", 10), **k)

# (category, [(date, code, description, qty, rate, gst%)])
C = [
 ("ROOM & NURSING CHARGES", [
   ("08-Mar-2025", "ICU01", "Cardiac ICU bed charges", 2, "12000.00", 0),
   ("10-Mar-2025", "RM02", "Twin sharing room rent", 4, "4500.00", 0),
   ("08-Mar-2025", "NUR01", "Nursing charges - ICU (per day)", 2, "2500.00", 0),
   ("10-Mar-2025", "NUR02", "Nursing charges - ward (per day)", 4, "1200.00", 0),
   ("08-Mar-2025", "MON01", "Cardiac monitor / pulse oximeter (per day)", 6, "1500.00", 0),
   ("08-Mar-2025", "RMO01", "RMO / duty doctor charges (per day)", 6, "800.00", 0)]),
 ("PROFESSIONAL FEES", [
   ("08-Mar-2025", "DV-CAR", "Consultant visit - Dr. Anjali Kulkarni (Cardiology)", 7, "2000.00", 0),
   ("09-Mar-2025", "DV-MED", "Cross consultation - Dr. Vikram Joshi (Internal Medicine)", 2, "1500.00", 0),
   ("09-Mar-2025", "PR-PTCA", "Surgeon fee - PTCA with stenting (primary operator)", 1, "45000.00", 0),
   ("09-Mar-2025", "PR-ANA", "Anaesthetist standby fee", 1, "8000.00", 0),
   ("12-Mar-2025", "DV-DIE", "Dietician consultation", 1, "800.00", 0),
   ("13-Mar-2025", "DV-PHY", "Physiotherapy session (cardiac rehab)", 3, "700.00", 0)]),
 ("PROCEDURE & CATH LAB", [
   ("09-Mar-2025", "CL-CAG", "Coronary angiography - cath lab charges", 1, "12500.00", 0),
   ("09-Mar-2025", "CL-PTCA", "PTCA - cath lab / OT charges (up to 2 hrs)", 1, "38000.00", 0),
   ("09-Mar-2025", "STN-DES", "Drug eluting stent (everolimus) 3.0 x 28 mm - NPPA capped price", 1, "33391.00", 0),
   ("09-Mar-2025", "CON-GW", "PTCA guide wire 0.014\"", 1, "6850.00", 0),
   ("09-Mar-2025", "CON-BAL", "NC balloon catheter 3.5 x 12 mm", 1, "9800.00", 0),
   ("09-Mar-2025", "CON-GC", "Guide catheter 6F EBU 3.5", 1, "4200.00", 0),
   ("09-Mar-2025", "CON-SH", "Radial sheath introducer 6F", 1, "2650.00", 0),
   ("09-Mar-2025", "CON-INF", "Inflation device", 1, "3900.00", 0),
   ("09-Mar-2025", "CON-CM", "Contrast iohexol 350 mg/ml 100 ml", 2, "1450.00", 0),
   ("09-Mar-2025", "CON-TR", "Radial compression band", 1, "1850.00", 0)]),
 ("INVESTIGATIONS", [
   ("08-Mar-2025", "LAB-TRO", "Troponin I (high sensitivity)", 3, "1100.00", 0),
   ("08-Mar-2025", "LAB-CBC", "Complete blood count", 3, "350.00", 0),
   ("08-Mar-2025", "LAB-KFT", "Kidney function test", 3, "650.00", 0),
   ("08-Mar-2025", "LAB-LFT", "Liver function test", 1, "750.00", 0),
   ("08-Mar-2025", "LAB-LIP", "Lipid profile", 1, "600.00", 0),
   ("08-Mar-2025", "LAB-HBA", "HbA1c", 1, "550.00", 0),
   ("08-Mar-2025", "LAB-PT", "PT / INR", 2, "450.00", 0),
   ("08-Mar-2025", "LAB-ELE", "Serum electrolytes", 4, "480.00", 0),
   ("08-Mar-2025", "LAB-ABG", "Arterial blood gas analysis", 2, "1200.00", 0),
   ("08-Mar-2025", "RAD-ECG", "ECG 12 lead", 6, "300.00", 0),
   ("08-Mar-2025", "RAD-ECH", "2D echocardiography with colour Doppler", 2, "2800.00", 0),
   ("08-Mar-2025", "RAD-CXR", "X-ray chest PA view (digital)", 2, "500.00", 0),
   ("11-Mar-2025", "RAD-USG", "USG abdomen", 1, "1600.00", 0)]),
 ("PHARMACY (ISSUED TO IN-PATIENT)", [
   ("08-Mar-2025", "PH-0412", "Inj. Heparin 5000 IU/ml 5 ml", 4, "318.40", 0),
   ("08-Mar-2025", "PH-0877", "Tab. Ticagrelor 90 mg", 14, "48.60", 0),
   ("08-Mar-2025", "PH-0015", "Tab. Aspirin 75 mg", 7, "2.15", 0),
   ("08-Mar-2025", "PH-1102", "Tab. Atorvastatin 80 mg", 7, "31.80", 0),
   ("09-Mar-2025", "PH-2210", "Inj. Tirofiban 5 mg/100 ml infusion", 2, "2890.00", 0),
   ("09-Mar-2025", "PH-0330", "Inj. Pantoprazole 40 mg", 8, "62.50", 0),
   ("09-Mar-2025", "PH-0761", "Inj. Ondansetron 4 mg/2 ml", 4, "18.90", 0),
   ("08-Mar-2025", "PH-3117", "Inj. Enoxaparin 60 mg PFS", 4, "465.00", 0),
   ("08-Mar-2025", "PH-0902", "IV fluid NS 0.9% 500 ml", 8, "38.25", 0),
   ("08-Mar-2025", "PH-0905", "IV fluid RL 500 ml", 4, "42.10", 0),
   ("10-Mar-2025", "PH-1543", "Tab. Metoprolol succinate 25 mg", 10, "9.80", 0),
   ("10-Mar-2025", "PH-1610", "Tab. Ramipril 2.5 mg", 10, "7.45", 0),
   ("11-Mar-2025", "PH-2004", "Tab. Empagliflozin 10 mg", 5, "57.00", 0),
   ("08-Mar-2025", "PH-5001", "Syringes, IV cannula, infusion sets (assorted)", 1, "2864.50", 0),
   ("14-Mar-2025", "PH-9001", "Discharge medicines (30 days)", 1, "6148.70", 0)]),
 ("OTHER SERVICES", [
   ("08-Mar-2025", "ADM01", "Admission & medical records charges", 1, "1000.00", 0),
   ("08-Mar-2025", "BMW01", "Biomedical waste management charges", 6, "150.00", 0),
   ("08-Mar-2025", "AMB01", "Ambulance (ALS) - residence to hospital", 1, "3500.00", 0),
   ("08-Mar-2025", "FNB01", "Attendant food & beverages (non-medical)", 6, "450.00", 5)]),
]
# flatten
rows, cat_totals = [], []
for cat, items in C:
    rows.append(("CAT", cat))
    s = D("0")
    for d, code, desc, q, rate, g in items:
        amt = D(rate) * q
        s += amt
        rows.append(("ITEM", d, code, desc, q, D(rate), g, amt))
    cat_totals.append((cat, s))
gross = sum(t for _, t in cat_totals)
taxable = sum(r[7] for r in rows if r[0] == "ITEM" and r[6])
cgst = (taxable * D("0.025")).quantize(D("0.01"), ROUND_HALF_UP)
sgst = cgst
discount = D("-15000.00")
net = gross + cgst + sgst + discount
advance = D("50000.00")
tpa = D("225000.00")
due = net - advance - tpa

W, H = A4


def on_page(c, doc):
    c.saveState()
    c.setFont("DVB", 9)
    c.setFillColor(ORG)
    c.drawString(14 * mm, H - 10 * mm, "SUNRISE MULTISPECIALITY HOSPITAL")
    c.setFillColor(colors.black)
    c.setFont("DVC", 7.5)
    c.drawString(14 * mm, H - 14 * mm, "IP Final Bill SMH/IPB/24-25/018734  |  UHID SMH-2503-004187  |  Mr. Rohan Deshpande")
    c.drawRightString(W - 14 * mm, H - 10 * mm, f"Page {doc.page} of 3")
    c.setStrokeColor(ORG)
    c.line(14 * mm, H - 16 * mm, W - 14 * mm, H - 16 * mm)
    c.setFont("DVC", 6.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawCentredString(W / 2, 9 * mm, "Sunrise Healthcare & Research Pvt. Ltd.  |  Survey No. 114, Baner Road, Pune 411045, Maharashtra  |  CIN U85110PN2009PTC134187  |  GSTIN 27AAICS4187M1ZN  |  020-6655 4100")
    c.restoreState()


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=20 * mm, bottomMargin=14 * mm,
                      title="IP Final Bill SMH/IPB/24-25/018734", author="Sunrise Healthcare & Research Pvt. Ltd.", invariant=1)
doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(14 * mm, 14 * mm, W - 28 * mm, H - 34 * mm, id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)], onPage=on_page)])
E = []
E.append(Paragraph("<font name='DVB' size='15' color='#b4531f'>SUNRISE MULTISPECIALITY HOSPITAL</font><br/>"
                   "<font size='8'>A unit of Sunrise Healthcare &amp; Research Pvt. Ltd. · NABH accredited · Survey No. 114, Baner Road, Pune 411045</font>", st(lead=17, alignment=1)))
E.append(Spacer(1, 2 * mm))
E.append(Paragraph("<font name='DVB' size='11'>IN-PATIENT FINAL BILL (DETAILED)</font>", st(alignment=1, lead=14)))
E.append(Spacer(1, 3 * mm))
info = [["Bill No.", "SMH/IPB/24-25/018734", "Bill Date", "14-Mar-2025 15:20"],
        ["Patient Name", "Mr. Rohan Deshpande", "Age / Sex", "58 Y / Male"],
        ["UHID", "SMH-2503-004187", "IP No.", "IP/25/01873"],
        ["Admission", "08-Mar-2025 10:42", "Discharge", "14-Mar-2025 12:15"],
        ["Consultant", "Dr. Anjali Kulkarni (Cardiology)", "Ward / Bed", "CCU-04 / TS-312B"],
        ["Payer", "Cashless - Bharat Suraksha Gen. Ins. Co. Ltd.", "TPA", "Medisure TPA Pvt. Ltd."],
        ["Policy No.", "BSG/HL/2024/7718204", "Pre-auth No.", "MTPA-PA-25-031874"]]
t = Table(info, colWidths=[24 * mm, 72 * mm, 22 * mm, 64 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVC", 7.8), ("FONT", (1, 0), (1, -1), "DVCB", 7.8), ("FONT", (3, 0), (3, -1), "DVCB", 7.8),
                       ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f7e6dc")),
                       ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#f7e6dc")), ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
E += [t, Spacer(1, 3 * mm)]
E.append(Paragraph("Principal diagnosis: Acute anterior wall STEMI (I21.0); Type 2 diabetes mellitus (E11.9). Procedure: CAG + PTCA to LAD with 1 DES.", st(size=7.8)))
E.append(Spacer(1, 2 * mm))

HEAD = ["Date", "Code", "Particulars", "Qty", "Rate", "GST", "Amount (\u20b9)"]
CW = [19 * mm, 17 * mm, 80 * mm, 10 * mm, 22 * mm, 13 * mm, 21 * mm]


def mk(data, extra_style=()):
    t = Table(data, colWidths=CW, repeatRows=1)
    sty = [("FONT", (0, 0), (-1, -1), "DVC", 7.4), ("FONT", (0, 0), (-1, 0), "DVCB", 7.4), ("BACKGROUND", (0, 0), (-1, 0), ORG),
           ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
           ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#dddddd")), ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]
    t.setStyle(TableStyle(sty + list(extra_style)))
    return t


# split rows into page chunks manually (carried forward)
chunks = [rows[:38], rows[38:], []]
# find sensible split: page 1 has header block so fewer lines
idx1, idx2 = 33, 52
chunks = [rows[:idx1], rows[idx1:idx2], rows[idx2:]]
running = D("0")
cat_t = dict(cat_totals)
for pi, ch in enumerate(chunks):
    data = [HEAD]
    sty = []
    if pi > 0:
        data.append(["", "", f"Brought forward from page {pi}", "", "", "", inr(running)])
        sty += [("FONT", (0, len(data) - 1), (-1, len(data) - 1), "DVCB", 7.4), ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#f7e6dc"))]
    for r in ch:
        if r[0] == "CAT":
            data.append(["", "", r[1], "", "", "", ""])
            sty += [("FONT", (0, len(data) - 1), (-1, len(data) - 1), "DVCB", 7.4), ("TEXTCOLOR", (2, len(data) - 1), (2, len(data) - 1), ORG)]
        else:
            _, d, code, desc, q, rate, g, amt = r
            running += amt
            data.append([d, code, desc, str(q), inr(rate), f"{g}%" if g else "Exempt", inr(amt)])
    if pi < 2:
        data.append(["", "", f"Carried forward to page {pi + 2}", "", "", "", inr(running)])
        sty += [("FONT", (0, len(data) - 1), (-1, len(data) - 1), "DVCB", 7.4), ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#f7e6dc"))]
    E.append(mk(data, sty))
    if pi < 2:
        E.append(PageBreak())
assert running == gross

E.append(Spacer(1, 4 * mm))
summ = [["Category-wise summary", "Amount (\u20b9)"]] + [[c.title(), inr(v)] for c, v in cat_totals] + [["Gross bill amount", inr(gross)]]
s1 = Table(summ, colWidths=[60 * mm, 28 * mm])
s1.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVC", 7.6), ("FONT", (0, 0), (-1, 0), "DVCB", 7.6), ("FONT", (0, -1), (-1, -1), "DVCB", 7.8),
                        ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, ORG), ("LINEABOVE", (0, -1), (-1, -1), 0.6, ORG)]))
fin = [["Gross bill amount", inr(gross, True)],
       ["Add: CGST @ 2.5% on \u20b9 " + inr(taxable) + " (F&B)", inr(cgst, True)],
       ["Add: SGST @ 2.5% on \u20b9 " + inr(taxable) + " (F&B)", inr(sgst, True)],
       ["Less: Hospital concession (approved by MS)", inr(-discount, True)],
       ["NET BILL AMOUNT", inr(net, True)],
       ["Less: Advance deposit (Rcpt AD/25/04418, 08-Mar-2025)", inr(advance, True)],
       ["Less: TPA final approved amount (Medisure TPA)", inr(tpa, True)],
       ["BALANCE PAYABLE BY PATIENT", inr(due, True)]]
s2 = Table(fin, colWidths=[70 * mm, 26 * mm])
s2.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVC", 7.8), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                        ("FONT", (0, 4), (-1, 4), "DVCB", 8.4), ("LINEABOVE", (0, 4), (-1, 4), 0.6, ORG),
                        ("FONT", (0, -1), (-1, -1), "DVCB", 9), ("BACKGROUND", (0, -1), (-1, -1), ORG), ("TEXTCOLOR", (0, -1), (-1, -1), colors.white)]))
tw = Table([[s1, s2]], colWidths=[90 * mm, 92 * mm])
tw.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
E.append(tw)
E.append(Spacer(1, 4 * mm))
E.append(Paragraph("Amount in words: Rupees Eleven Thousand Three Hundred Ninety Three and Paise Sixty Four Only." if False else
                   "Amount in words (balance payable): " + "RUPEES_WORDS", st(size=7.8)))
E.append(Spacer(1, 2 * mm))
E.append(Paragraph("Healthcare services by a clinical establishment are exempt from GST (Notification No. 12/2017-Central Tax (Rate), Sr. No. 74; "
                   "SAC 9993). Room rent below \u20b9 5,000 per day; medicines and consumables supplied to in-patients form part of the composite "
                   "supply of healthcare services. GST is charged only on non-medical food &amp; beverages for attendants (SAC 996331).", st(size=7)))
E.append(Spacer(1, 2 * mm))
E.append(Paragraph("Non-payable items as per IRDAI guidelines (attendant F&amp;B, admission/records charges, biomedical waste) are included in the patient "
                   "share. Please settle the balance at the billing counter before discharge. Prepared by: S. Pawar · Checked by: R. Iyer (Billing Supervisor)", st(size=7)))


def words(n):
    ones = "Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen".split()
    tens = "_ _ Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety".split()

    def two(x):
        return ones[x] if x < 20 else tens[x // 10] + ("" if x % 10 == 0 else " " + ones[x % 10])

    def three(x):
        return (ones[x // 100] + " Hundred" + (" " + two(x % 100) if x % 100 else "")) if x >= 100 else two(x)
    parts = []
    cr, n = divmod(n, 10000000)
    lk, n = divmod(n, 100000)
    th, n = divmod(n, 1000)
    if cr: parts.append(three(cr) + " Crore")
    if lk: parts.append(two(lk) + " Lakh")
    if th: parts.append(two(th) + " Thousand")
    if n: parts.append(three(n))
    return " ".join(parts)


rs = int(due)
ps = int((due - rs) * 100)
txt = f"Rupees {words(rs)}" + (f" and Paise {words(ps)}" if ps else "") + " Only"
for el in E:
    if isinstance(el, Paragraph) and "RUPEES_WORDS" in el.text:
        E[E.index(el)] = Paragraph("Amount in words (balance payable): " + txt, st(size=7.8))
        break
doc.build(E)
print("gross", gross, "taxable", taxable, "cgst", cgst, "net", net, "due", due)
