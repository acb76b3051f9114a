"""Talentbridge Search Partners - GST tax invoice for a placement fee (India), reportlab platypus."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

out = sys.argv[1] if len(sys.argv) > 1 else "11_recruitment_placement_fee.pdf"
F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB")

s = ParagraphStyle("s", fontName="DV", fontSize=8, leading=10.5)
sb = ParagraphStyle("sb", parent=s, fontName="DVB")
sc = ParagraphStyle("sc", parent=s, alignment=1)
sr = ParagraphStyle("sr", parent=s, alignment=2)
srb = ParagraphStyle("srb", parent=sr, fontName="DVB")
big = ParagraphStyle("big", parent=s, fontName="DVB", fontSize=14, leading=17, alignment=1, textColor=colors.HexColor("#12355b"))
P = lambda t, st=s: Paragraph(t, st)

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=12 * mm, bottomMargin=12 * mm,
                        title="Tax Invoice TSP/24-25/0387", author="Talentbridge Search Partners Private Limited",
                        invariant=1)
W = A4[0] - 28 * mm
story = []

story.append(P("Talentbridge Search Partners Private Limited", big))
story.append(P("5th Floor, Peninsula Business Park, Tower B, Ganpatrao Kadam Marg, Lower Parel, Mumbai 400013, Maharashtra<br/>"
               "GSTIN: 27AAHCT4821K1Z2 &nbsp;|&nbsp; PAN: AAHCT4821K &nbsp;|&nbsp; CIN: U74140MH2016PTC284712 &nbsp;|&nbsp; accounts@talentbridge.in", sc))
story.append(Spacer(1, 3 * mm))

grid = [
    [P("<b>TAX INVOICE</b>", ParagraphStyle("t", parent=s, fontName="DVB", fontSize=11, alignment=1)), "", "", ""],
    [P("Invoice No."), P("<b>TSP/24-25/0387</b>"), P("Invoice Date"), P("<b>18-Mar-2025</b>")],
    [P("Reverse Charge"), P("No"), P("Due Date"), P("<b>17-Apr-2025</b>")],
    [P("Place of Supply"), P("Maharashtra (27)"), P("Payment Terms"), P("30 days from invoice")],
    [P("<b>Billed To</b>"), "", P("<b>Details of Placement</b>"), ""],
    [P("Sahyadri Agro Foods Private Limited<br/>Survey No. 112/2, Hinjewadi Phase 2<br/>Pune 411057, Maharashtra<br/>"
       "GSTIN: 27AAKCS7735M1ZL &nbsp; State Code: 27<br/>Kind Attn: Mr. Rahul Kulkarni, CHRO"), "",
     P("Candidate: Ms. Ananya Deshpande<br/>Position: Head – Supply Chain<br/>Date of Joining: 03-Mar-2025<br/>"
       "Annual CTC: ₹42,00,000.00<br/>Mandate Ref.: SAF/HR/2024/117"), ""],
]
t = Table(grid, colWidths=[W * 0.17, W * 0.33, W * 0.17, W * 0.33])
t.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
    ("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 4), (1, 4)), ("SPAN", (2, 4), (3, 4)),
    ("SPAN", (0, 5), (1, 5)), ("SPAN", (2, 5), (3, 5)),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe6f1")),
    ("BACKGROUND", (0, 4), (-1, 4), colors.HexColor("#f0f0f0")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]))
story.append(t)
story.append(Spacer(1, 4 * mm))

items = [
    [P("<b>Sr.</b>", sc), P("<b>Description of Service</b>"), P("<b>SAC</b>", sc), P("<b>Basis</b>", sc), P("<b>Taxable Value (₹)</b>", sr)],
    [P("1", sc), P("Professional fee for executive search and placement of Ms. Ananya Deshpande as Head – Supply Chain "
                   "(8.33% of annual CTC of ₹42,00,000.00) as per agreement dated 12-Aug-2024"),
     P("998512", sc), P("8.33%", sc), P("3,49,860.00", sr)],
    ["", P("Total Taxable Value", sb), "", "", P("3,49,860.00", srb)],
    ["", P("Add: CGST @ 9%"), "", "", P("31,487.40", sr)],
    ["", P("Add: SGST @ 9%"), "", "", P("31,487.40", sr)],
    ["", P("Total GST"), "", "", P("62,974.80", sr)],
    ["", P("Round off"), "", "", P("0.00", sr)],
    ["", P("<b>Invoice Total (₹)</b>"), "", "", P("<b>4,12,834.80</b>", srb)],
]
ti = Table(items, colWidths=[W * 0.07, W * 0.53, W * 0.1, W * 0.1, W * 0.2])
ti.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe6f1")),
    ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#fff3cd")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]))
story.append(ti)
story.append(Spacer(1, 2 * mm))
story.append(P("<b>Amount in words:</b> Rupees Four Lakh Twelve Thousand Eight Hundred Thirty-Four and Eighty Paise Only"))
story.append(Spacer(1, 4 * mm))

hsn = [
    [P("<b>SAC</b>", sc), P("<b>Taxable Value</b>", sr), P("<b>CGST Rate</b>", sc), P("<b>CGST Amt</b>", sr),
     P("<b>SGST Rate</b>", sc), P("<b>SGST Amt</b>", sr), P("<b>Total Tax</b>", sr)],
    [P("998512", sc), P("3,49,860.00", sr), P("9%", sc), P("31,487.40", sr), P("9%", sc), P("31,487.40", sr), P("62,974.80", sr)],
]
th = Table(hsn, colWidths=[W / 7.0] * 7)
th.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f0f0f0"))]))
story.append(th)
story.append(Spacer(1, 5 * mm))

bank = [
    [P("<b>Bank Details for NEFT / RTGS</b><br/>Account Name: Talentbridge Search Partners Private Limited<br/>"
       "Bank: HDFC Bank Ltd, Kamala Mills Branch, Lower Parel<br/>A/c No.: 50200048127736 &nbsp; IFSC: HDFC0000542<br/>"
       "Please deduct TDS u/s 194J @ 10% and share Form 16A within the statutory period."),
     P("For <b>Talentbridge Search Partners Private Limited</b><br/><br/><br/><br/>Authorised Signatory", sr)],
]
tb = Table(bank, colWidths=[W * 0.6, W * 0.4])
tb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
                        ("LINEAFTER", (0, 0), (0, 0), 0.6, colors.HexColor("#555555")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(tb)
story.append(Spacer(1, 4 * mm))
story.append(P("Terms: Replacement guarantee of 90 days from the date of joining as per agreement. Interest @ 18% p.a. "
               "will be charged on payments received after the due date. Subject to Mumbai jurisdiction. "
               "This is a computer generated invoice.", ParagraphStyle("f", parent=s, fontSize=7, textColor=colors.HexColor("#555555"))))

doc.build(story)
