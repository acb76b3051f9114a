"""Conference hotel group tax invoice, Sydney, two pages (ReportLab platypus).
Usage: python3 15_group_invoice_conference_hotel_au.rl.py out.pdf"""
import sys

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ST = ParagraphStyle("n", fontName="Times-Roman", fontSize=9.5, leading=12)
SB = ParagraphStyle("b", parent=ST, fontName="Times-Bold", fontSize=11, leading=14)
SH = ParagraphStyle("h", parent=ST, fontName="Times-Bold", fontSize=17, leading=20, textColor=colors.HexColor("#14505c"))
NAVY = colors.HexColor("#14505c")


def deco(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, A4[1] - 8 * mm, A4[0], 8 * mm, stroke=0, fill=1)
    c.setFont("Times-Roman", 7.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(18 * mm, 12 * mm, "Harbourline Conference Hotel Pty Ltd · ABN 91 614 827 391 · 55 Hickson Road, Barangaroo NSW 2000")
    c.drawRightString(A4[0] - 18 * mm, 12 * mm, f"Tax invoice HCH-GRP-25-0312 · page {doc.page} of 2")
    c.restoreState()


story = [Paragraph("Harbourline Conference Hotel", SH),
         Paragraph("55 Hickson Road, Barangaroo NSW 2000 · +61 2 9187 4400 · groups@harbourline.example", ST),
         Paragraph("ABN 91 614 827 391", ST), Spacer(1, 6 * mm)]
h = Table([[Paragraph("<b>TAX INVOICE</b><br/>Invoice no.: HCH-GRP-25-0312<br/>Invoice date: 28/11/2025<br/>"
                      "Payment terms: 14 days<br/>Group code: ANZPV25", ST),
            Paragraph("<b>Bill to</b><br/>Meridian Clinical Research Pty Ltd<br/>Attn: Accounts Payable<br/>"
                      "Level 9, 160 Ann Street<br/>Brisbane QLD 4000", ST)]], colWidths=[85 * mm, 89 * mm])
h.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, NAVY), ("INNERGRID", (0, 0), (-1, -1), 0.4, NAVY),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [h, Spacer(1, 5 * mm),
          Paragraph("Event: ANZ Pharmacovigilance Forum 2025 · 19-21 November 2025 · Harbour Ballroom", SB), Spacer(1, 2 * mm),
          Paragraph("Rooming list (arrival 19/11/2025, departure 21/11/2025, 2 nights each, Deluxe Harbour View, room only)", ST),
          Spacer(1, 2 * mm)]
names = ["Dr Amelia Hartnett", "Benjamin Cho", "Chloe Vasquez", "Daniel O'Rourke", "Dr Elena Popescu", "Fiona McAllister",
         "George Papadakis", "Hannah Whitlock", "Isaac Ngata", "Jessica Lam", "Dr Kwame Mensah", "Liam Fairbairn",
         "Mei Tanaka", "Nathan Brodie", "Olivia Sandoval", "Dr Priya Menon", "Quentin Harrow", "Rebecca Stanton"]
rows = [["#", "Guest", "Room", "Nights", "Arrival", "Departure"]]
for i, n in enumerate(names, 1):
    rows.append([str(i), n, str(1200 + 7 * i), "2", "19/11/2025", "21/11/2025"])
t = Table(rows, colWidths=[10 * mm, 62 * mm, 20 * mm, 18 * mm, 30 * mm, 30 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 9), ("FONT", (0, 0), (-1, 0), "Times-Bold", 9),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe9ec")),
                       ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb"))]))
story += [t, Spacer(1, 4 * mm),
          Paragraph("Total: 18 rooms. Incidental charges (minibar, room service, laundry) were settled by guests on departure "
                    "and are not included in this invoice. Charges, GST and payment details follow on page 2.", ST),
          PageBreak(),
          Paragraph("Tax invoice HCH-GRP-25-0312 - charges", SB), Spacer(1, 3 * mm)]
ch = [["Description", "Qty", "Unit price", "Amount (ex GST)"],
      ["Accommodation, Deluxe Harbour View, room nights", "36", "289.00", "10,404.00"],
      ["Day delegate package (2 days x 40 delegates)", "80", "95.00", "7,600.00"],
      ["Audio-visual package, Harbour Ballroom", "1", "1,250.00", "1,250.00"],
      ["Welcome dinner, 3 courses with beverage package", "40", "78.00", "3,120.00"]]
t2 = Table(ch, colWidths=[92 * mm, 16 * mm, 28 * mm, 36 * mm])
t2.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 9.5), ("FONT", (0, 0), (-1, 0), "Times-Bold", 9.5),
                        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe9ec")),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb"))]))
story += [t2, Spacer(1, 4 * mm)]
sm = [["Subtotal (ex GST)", "22,374.00"], ["GST 10%", "2,237.40"], ["Total (incl. GST)", "AUD 24,611.40"],
      ["Less deposit received 15/08/2025", "-5,000.00"], ["Balance due", "AUD 19,611.40"]]
t3 = Table(sm, colWidths=[70 * mm, 38 * mm], hAlign="RIGHT")
t3.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10), ("FONT", (0, 2), (-1, 2), "Times-Bold", 10),
                        ("FONT", (0, 4), (-1, 4), "Times-Bold", 11), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                        ("LINEABOVE", (0, 2), (-1, 2), 0.6, NAVY), ("LINEABOVE", (0, 4), (-1, 4), 0.6, NAVY),
                        ("BOX", (0, 0), (-1, -1), 0.6, NAVY)]))
story += [t3, Spacer(1, 8 * mm),
          Paragraph("<b>Payment</b> by EFT within 14 days to Harbourline Conference Hotel Pty Ltd, BSB 062-914, account "
                    "1048 2736, reference HCH-GRP-25-0312. Credit card payments incur a 1.2% surcharge.", ST), Spacer(1, 3 * mm),
          Paragraph("Attrition: the contracted block of 20 rooms was reduced to 18 rooms before the cut-off date of 20/10/2025 "
                    "without penalty.", ST)]
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                        bottomMargin=22 * mm, title="Tax invoice HCH-GRP-25-0312")
doc.build(story, onFirstPage=deco, onLaterPages=deco)
