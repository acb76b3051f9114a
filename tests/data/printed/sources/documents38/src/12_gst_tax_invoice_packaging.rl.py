import sys
from decimal import Decimal, ROUND_HALF_UP
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer

out = sys.argv[1] if len(sys.argv) > 1 else "12_gst_tax_invoice_packaging.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FD + "DejaVuSansCondensed.ttf"))

def r2(x): return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
def inr(x):
    x = Decimal(x); neg = x < 0; x = abs(x)
    s = f"{x:.2f}"; ip, dp = s.split(".")
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2: groups.insert(0, head[-2:]); head = head[:-2]
        if head: groups.insert(0, head)
        ip = ",".join(groups) + "," + tail
    return ("-" if neg else "") + ip + "." + dp

ONES = "Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen".split()
TENS = "_ _ Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety".split()
def w99(n): return ONES[n] if n < 20 else TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
def w999(n):
    h, r = divmod(n, 100)
    return " ".join(p for p in [(ONES[h] + " Hundred") if h else "", w99(r) if r else ""] if p)
def words(n):
    parts = []
    for div, name in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")):
        q, n = divmod(n, div)
        if q: parts.append(w999(q) + " " + name)
    if n: parts.append(w999(n))
    return " ".join(parts)

items = [  # description, HSN, qty, unit, rate, gst%
 ("3-ply corrugated box 300x200x150 mm, kraft, printed 1 colour", "48191010", 4000, "Nos", "14.20", 12),
 ("3-ply corrugated box 400x300x200 mm, kraft, plain", "48191010", 2500, "Nos", "21.75", 12),
 ("5-ply corrugated box 500x400x400 mm, export grade", "48191010", 1200, "Nos", "58.40", 12),
 ("5-ply master carton 600x400x450 mm, 2 colour print", "48191010", 800, "Nos", "74.90", 12),
 ("Corrugated partition set 4x6 cells for 250 g jars", "48191090", 1500, "Sets", "9.80", 12),
 ("Die-cut mailer box 250x180x60 mm, white kraft", "48191090", 3000, "Nos", "17.35", 12),
 ("Duplex board carton 120x80x220 mm, 4 colour + varnish (Turmeric 500 g)", "48192020", 10000, "Nos", "6.48", 12),
 ("Duplex board carton 100x70x180 mm, 4 colour (Chilli 200 g)", "48192020", 10000, "Nos", "4.92", 12),
 ("Duplex board carton 100x70x180 mm, 4 colour (Coriander 200 g)", "48192020", 8000, "Nos", "4.92", 12),
 ("Duplex board carton 90x60x160 mm, 4 colour (Garam Masala 100 g)", "48192020", 12000, "Nos", "3.86", 12),
 ("Paper bag with window, 1 kg, food grade", "48193000", 5000, "Nos", "5.15", 12),
 ("Paper bag with window, 500 g, food grade", "48193000", 6000, "Nos", "3.60", 12),
 ("Kraft paper roll 120 GSM, 900 mm width", "48043100", 650, "Kg", "68.00", 12),
 ("Honeycomb paper pallet 1200x1000 mm", "48239090", 60, "Nos", "845.00", 12),
 ("Edge protector L-angle 50x50x5 mm x 1000 mm", "48239090", 900, "Nos", "22.40", 12),
 ("Printed self-adhesive labels 100x50 mm, roll of 1000", "48211020", 120, "Rolls", "395.00", 18),
 ("Printed self-adhesive labels 75x38 mm, roll of 2000", "48211020", 80, "Rolls", "430.00", 18),
 ("Barcode labels thermal transfer 50x25 mm, roll of 2000", "48211020", 60, "Rolls", "265.00", 18),
 ("Export marking labels 'Product of India', roll of 1000", "48211020", 40, "Rolls", "310.00", 18),
 ("BOPP tape 48 mm x 65 m, brown", "39191000", 720, "Rolls", "38.50", 18),
 ("BOPP tape 72 mm x 65 m, printed logo", "39191000", 360, "Rolls", "79.00", 18),
 ("LDPE liner bag 24x36 inch, 80 micron", "39232100", 2400, "Nos", "6.90", 18),
 ("Stretch film 23 micron, 500 mm x 2.4 kg", "39201012", 96, "Rolls", "415.00", 18),
 ("PP strapping roll 12 mm, 10 kg", "39206290", 30, "Rolls", "1140.00", 18),
 ("Silica gel sachets 5 g, pack of 500", "38249900", 24, "Pkt", "640.00", 18),
 ("Printing plates / cylinder charges – new artwork (4 SKUs)", "998912", 4, "Nos", "3250.00", 18),
 ("Die / tooling charges – mailer box", "998912", 1, "Nos", "4800.00", 18),
 ("Freight & loading – Medchal to Uppal (2 trips)", "996511", 2, "Trips", "2750.00", 18),
]
rows = []; taxable = {12: Decimal(0), 18: Decimal(0)}
for i, (d, hsn, q, u, rate, g) in enumerate(items, 1):
    amt = r2(Decimal(q) * Decimal(rate)); taxable[g] += amt
    rows.append([str(i), Paragraph(d, ParagraphStyle("c", fontName="DVC", fontSize=7.5, leading=9)), hsn, f"{q:,}", u, inr(Decimal(rate)), f"{g}%", inr(amt)])
tv = sum(taxable.values())
cg = {g: r2(taxable[g] * g / 200) for g in taxable}
sg = dict(cg)
gst = sum(cg.values()) + sum(sg.values())
gross = tv + gst
total = gross.quantize(Decimal("1"), rounding=ROUND_HALF_UP)
roff = total - gross

INV, DATE = "SKP/24-25/1187", "22-03-2025"
VENDOR = "Sai Krishna Packaging Industries Pvt. Ltd."
BLUE = colors.HexColor("#1a3c6e")
def deco(c, doc):
    c.saveState()
    c.setFont("DVB", 14); c.setFillColor(BLUE)
    c.drawString(14 * mm, A4[1] - 13 * mm, VENDOR)
    c.setFont("DV", 7.5); c.setFillColor(colors.black)
    c.drawString(14 * mm, A4[1] - 17.5 * mm, "Plot No. 42/B, IDA Medchal, Medchal-Malkajgiri Dist., Telangana 501401 · Ph. +91 40 2987 4410")
    c.drawString(14 * mm, A4[1] - 21 * mm, "GSTIN: 36AAKCS4471M1Z8 · PAN: AAKCS4471M · CIN: U21012TG2009PTC064417")
    c.setFont("DVB", 12); c.drawRightString(A4[0] - 14 * mm, A4[1] - 13 * mm, "TAX INVOICE")
    c.setFont("DV", 7.5); c.drawRightString(A4[0] - 14 * mm, A4[1] - 17.5 * mm, "Original for Recipient")
    c.setStrokeColor(BLUE); c.setLineWidth(1); c.line(14 * mm, A4[1] - 23.5 * mm, A4[0] - 14 * mm, A4[1] - 23.5 * mm)
    c.drawString(14 * mm, A4[1] - 27 * mm, f"Invoice No. {INV} · Dated {DATE}")
    c.drawRightString(A4[0] - 14 * mm, A4[1] - 27 * mm, f"Page {doc.page} of 2")
    c.setFont("DV", 6.5); c.drawCentredString(A4[0] / 2, 8 * mm, "This is a computer generated invoice. Subject to Hyderabad jurisdiction. E. & O.E.")
    c.restoreState()

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=31 * mm, bottomMargin=14 * mm,
                        title=f"Tax Invoice {INV}", author=VENDOR)
s = ParagraphStyle("s", fontName="DV", fontSize=8, leading=10.5)
sb = ParagraphStyle("sb", parent=s, fontName="DVB")
st = []
grid = [["Invoice No.", "Invoice Date", "Buyer's Order No.", "Order Date", "E-Way Bill No.", "Place of Supply"],
        [INV, DATE, "DSE/PO/2025/0312", "03-03-2025", "4812 2290 7716", "Telangana (36)"]]
t = Table(grid, colWidths=[32 * mm, 25 * mm, 35 * mm, 25 * mm, 30 * mm, 35 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "DV", 6.8), ("FONT", (0, 1), (-1, 1), "DVB", 8.2), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                       ("TEXTCOLOR", (0, 0), (-1, 0), colors.HexColor("#555555")), ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
st += [t, Spacer(1, 3 * mm)]
bill = Paragraph("<font size=6.8 color='#555555'>BILL TO (BUYER)</font><br/><b>Deccan Spice Exports LLP</b><br/>Sy. No. 118, Uppal Industrial Area<br/>Hyderabad, Telangana 500039<br/>GSTIN: 36AAJFD2287Q1ZK · State code 36", s)
ship = Paragraph("<font size=6.8 color='#555555'>SHIP TO (CONSIGNEE)</font><br/><b>Deccan Spice Exports LLP – Warehouse 2</b><br/>Plot 7, Cherlapally Phase II<br/>Hyderabad, Telangana 500051<br/>Contact: Mr. R. Venkatesh, 98480 22117", s)
t = Table([[bill, ship]], colWidths=[91 * mm, 91 * mm])
t.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 0.5, colors.grey), ("BOX", (1, 0), (1, 0), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
st += [t, Spacer(1, 3 * mm)]
hdr = ["Sl", "Description of Goods / Services", "HSN/SAC", "Qty", "Unit", "Rate (₹)", "GST", "Amount (₹)"]
t = Table([hdr] + rows + [["", Paragraph("<b>Total taxable value</b>", s), "", "", "", "", "", inr(tv)]],
          colWidths=[8 * mm, 70 * mm, 18 * mm, 17 * mm, 12 * mm, 18 * mm, 11 * mm, 28 * mm], repeatRows=1)
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7.5), ("FONT", (0, 0), (-1, 0), "DVB", 7.5), ("FONT", (-1, -1), (-1, -1), "DVB", 8),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe7f2")), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("ALIGN", (3, 1), (-1, -1), "RIGHT"), ("ALIGN", (4, 1), (4, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5)]))
st += [t, Spacer(1, 4 * mm)]
hs = [["GST rate", "Taxable value", "CGST rate", "CGST amount", "SGST rate", "SGST amount", "Total tax"]]
for g in (12, 18):
    hs.append([f"{g}%", inr(taxable[g]), f"{g/2:g}%", inr(cg[g]), f"{g/2:g}%", inr(sg[g]), inr(cg[g] + sg[g])])
hs.append(["Total", inr(tv), "", inr(sum(cg.values())), "", inr(sum(sg.values())), inr(gst)])
t = Table(hs, colWidths=[20 * mm, 30 * mm, 18 * mm, 27 * mm, 18 * mm, 27 * mm, 27 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7.5), ("FONT", (0, 0), (-1, 0), "DVB", 7.5), ("FONT", (0, -1), (-1, -1), "DVB", 7.5),
                       ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe7f2"))]))
tot = [["Taxable value", inr(tv)], ["Add: CGST", inr(sum(cg.values()))], ["Add: SGST", inr(sum(sg.values()))],
       ["Round off", f"{roff:+.2f}"], ["Grand Total", "₹" + inr(total)]]
t2 = Table(tot, colWidths=[35 * mm, 32 * mm])
t2.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.5), ("FONT", (0, -1), (-1, -1), "DVB", 10), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                        ("LINEABOVE", (0, -1), (-1, -1), 1, BLUE), ("BOX", (0, 0), (-1, -1), 0.8, BLUE)]))
st += [t, Spacer(1, 4 * mm)]
rupees = int(total)
wordsp = Paragraph(f"<b>Amount chargeable (in words):</b><br/>Indian Rupees {words(rupees)} Only<br/><br/>"
                   f"<b>Tax amount (in words):</b> Indian Rupees {words(int(gst))} and Paise {words(int((gst % 1) * 100))} Only<br/><br/>"
                   "<b>Bank details:</b> HDFC Bank, Medchal Branch · A/c No. 50200041874412 · IFSC HDFC0004471<br/>"
                   "Payment terms: 30 days from date of invoice. Interest @ 18% p.a. on overdue payments.", s)
st.append(Table([[wordsp, t2]], colWidths=[112 * mm, 70 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
st.append(Spacer(1, 10 * mm))
st.append(Table([[Paragraph("Declaration: We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.", s),
                  Paragraph(f"for <b>{VENDOR}</b><br/><br/><br/>Authorised Signatory", ParagraphStyle("r", parent=s, alignment=2))]],
                colWidths=[100 * mm, 82 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
doc.build(st, onFirstPage=deco, onLaterPages=deco)
