"""Self-billing statement / buyer-created tax invoice from an online art-print marketplace to an artist,
New Zealand, two pages (ReportLab platypus). Usage: python3 19_buyer_created_tax_invoice_nz.rl.py out.pdf"""
import sys
from decimal import Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB")
GREEN = colors.HexColor("#1f5f3a")
ST = ParagraphStyle("n", fontName="LS", fontSize=8.5, leading=11)
SB = ParagraphStyle("b", parent=ST, fontName="LSB", fontSize=10.5, leading=13)
SH = ParagraphStyle("h", parent=ST, fontName="LSB", fontSize=20, leading=23, textColor=GREEN)
SS = ParagraphStyle("s", parent=ST, fontSize=7, leading=9, textColor=colors.HexColor("#555555"))
SR = ParagraphStyle("r", parent=ST, alignment=TA_RIGHT)

ROWS = [  # date, order, artwork, product, qty, royalty per unit, royalty (excl. GST)
    ('02/10/2025', 'KP-418203', 'Tūī at Dawn', 'Art print A3', 2, '14.50', '29.00'),
    ('03/10/2025', 'KP-418213', 'Harbour Fog', 'Art print A2', 1, '22.00', '22.00'),
    ('04/10/2025', 'KP-418220', 'Harbour Fog', 'Greeting cards (5)', 2, '4.20', '8.40'),
    ('04/10/2025', 'KP-418227', 'Pōhutukawa Summer', 'Greeting cards (5)', 1, '4.20', '4.20'),
    ('05/10/2025', 'KP-418234', 'Kererū Study', 'Art print A3', 1, '14.50', '14.50'),
    ('06/10/2025', 'KP-418240', 'Rangitoto Blue', 'Art print A3', 1, '14.50', '14.50'),
    ('06/10/2025', 'KP-418248', 'Pōhutukawa Summer', 'Framed print A3', 2, '31.00', '62.00'),
    ('07/10/2025', 'KP-418255', 'Tūī at Dawn', 'Framed print A3', 1, '31.00', '31.00'),
    ('07/10/2025', 'KP-418261', 'Rangitoto Blue', 'Art print A2', 1, '22.00', '22.00'),
    ('08/10/2025', 'KP-418264', 'Tūī at Dawn', 'Art print A3', 1, '14.50', '14.50'),
    ('09/10/2025', 'KP-418271', 'Rangitoto Blue', 'Framed print A3', 1, '31.00', '31.00'),
    ('09/10/2025', 'KP-418280', 'Kererū Study', 'Greeting cards (5)', 1, '4.20', '4.20'),
    ('10/10/2025', 'KP-418284', 'Tūī at Dawn', 'Art print A2', 3, '22.00', '66.00'),
    ('11/10/2025', 'KP-418295', 'Tūī at Dawn', 'Art print A3', 1, '14.50', '14.50'),
    ('12/10/2025', 'KP-418300', 'Kererū Study', 'Framed print A3', 1, '31.00', '31.00'),
    ('12/10/2025', 'KP-418310', 'Tūī at Dawn', 'Art print A3', 1, '14.50', '14.50'),
    ('13/10/2025', 'KP-418314', 'Harbour Fog', 'Art print A2', 1, '22.00', '22.00'),
    ('13/10/2025', 'KP-418323', 'Harbour Fog', 'Art print A3', 3, '14.50', '43.50'),
    ('14/10/2025', 'KP-418331', 'Tūī at Dawn', 'Art print A2', 3, '22.00', '66.00'),
    ('15/10/2025', 'KP-418334', 'Kererū Study', 'Art print A2', 1, '22.00', '22.00'),
    ('15/10/2025', 'KP-418343', 'Pōhutukawa Summer', 'Art print A3', 2, '14.50', '29.00'),
    ('18/10/2025', 'KP-418349', 'Kererū Study', 'Art print A3', 1, '14.50', '14.50'),
    ('18/10/2025', 'KP-418359', 'Kererū Study', 'Greeting cards (5)', 1, '4.20', '4.20'),
    ('19/10/2025', 'KP-418364', 'Harbour Fog', 'Tote bag', 1, '6.80', '6.80'),
    ('20/10/2025', 'KP-418368', 'Kererū Study', 'Art print A3', 1, '14.50', '14.50'),
    ('20/10/2025', 'KP-418375', 'Rangitoto Blue', 'Art print A3', 2, '14.50', '29.00'),
    ('21/10/2025', 'KP-418387', 'Kererū Study', 'Art print A3', 1, '14.50', '14.50'),
    ('21/10/2025', 'KP-418395', 'Kererū Study', 'Tote bag', 1, '6.80', '6.80'),
    ('22/10/2025', 'KP-418401', 'Tūī at Dawn', 'Art print A3', 1, '14.50', '14.50'),
    ('23/10/2025', 'KP-418405', 'Kererū Study', 'Art print A3', 1, '14.50', '14.50'),
    ('25/10/2025', 'KP-418416', 'Kererū Study', 'Framed print A3', 1, '31.00', '31.00'),
    ('26/10/2025', 'KP-418419', 'Rangitoto Blue', 'Art print A3', 1, '14.50', '14.50'),
    ('26/10/2025', 'KP-418430', 'Tūī at Dawn', 'Art print A3', 1, '14.50', '14.50'),
    ('27/10/2025', 'KP-418431', 'Tūī at Dawn', 'Art print A3', 1, '14.50', '14.50'),
    ('27/10/2025', 'KP-418439', 'Harbour Fog', 'Art print A3', 3, '14.50', '43.50'),
    ('28/10/2025', 'KP-418449', 'Harbour Fog', 'Art print A2', 1, '22.00', '22.00'),
    ('28/10/2025', 'KP-418456', 'Tūī at Dawn', 'Art print A3', 1, '14.50', '14.50'),
    ('29/10/2025', 'KP-418459', 'Tūī at Dawn', 'Tote bag', 2, '6.80', '13.60'),
    ('30/10/2025', 'KP-418469', 'Kererū Study', 'Art print A2', 1, '22.00', '22.00'),
    ('31/10/2025', 'KP-418477', 'Pōhutukawa Summer', 'Greeting cards (5)', 1, '4.20', '4.20'),
]
for r in ROWS:
    assert D(r[5]) * r[4] == D(r[6])
items = sum(r[4] for r in ROWS)
roy = sum(D(r[6]) for r in ROWS)
gst = (roy * D("0.15")).quantize(D("0.01"))
incl = roy + gst
SUB = D("34.50")
payable = incl - SUB
assert (roy, gst, incl, payable) == (D("879.40"), D("131.91"), D("1011.31"), D("976.81"))


def footer(c, doc):
    c.saveState()
    c.setFont("LS", 7)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(18 * mm, 12 * mm, "Kōwhai Prints Marketplace Ltd · 62 Ponsonby Road, Auckland 1011 · GST 98-472-614 · artists@kowhaiprints.example")
    c.drawRightString(A4[0] - 18 * mm, 12 * mm, f"Page {doc.page} of 2")
    c.restoreState()


story = [Paragraph("kōwhai prints", SH),
         Paragraph("Kōwhai Prints Marketplace Ltd · GST no. 98-472-614", ST), Spacer(1, 5 * mm),
         Paragraph("BUYER-CREATED TAX INVOICE – IRD APPROVED", SB),
         Paragraph("Artist royalty statement (self-billing). This buyer-created tax invoice is issued by the recipient of the supply "
                   "under an agreement with the supplier.", ST), Spacer(1, 4 * mm)]
hdr = Table([[Paragraph("<b>Supplier (artist)</b><br/>Mere Tuhiwai<br/>trading as Tuhiwai Studio<br/>8 Beach Road, Paihia 0200<br/>GST no. 123-847-164", ST),
              Paragraph("<b>Recipient / issuer</b><br/>Kōwhai Prints Marketplace Ltd<br/>62 Ponsonby Road<br/>Auckland 1011<br/>GST no. 98-472-614", ST),
              Paragraph("<b>Statement no.</b><br/>BCTI-2025-10-00418<br/><b>Statement date</b><br/>5 November 2025<br/>"
                        "<b>Period</b><br/>1 October 2025 – 31 October 2025", ST)]],
            colWidths=[58 * mm, 58 * mm, 58 * mm])
hdr.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.6, GREEN),
                         ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9fbfa9")),
                         ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
story += [hdr, Spacer(1, 6 * mm), Paragraph("Sales of your artworks in the period (royalties excl. GST, NZD)", SB), Spacer(1, 2 * mm)]
data = [["Date", "Order", "Artwork", "Product", "Qty", "Royalty/unit", "Royalty"]]
for r in ROWS:
    data.append([r[0], r[1], r[2], r[3], str(r[4]), r[5], r[6]])
t = Table(data, colWidths=[22 * mm, 22 * mm, 38 * mm, 36 * mm, 12 * mm, 22 * mm, 22 * mm], repeatRows=1)
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8), ("FONT", (0, 0), (-1, 0), "LSB", 8),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4efe7")),
                       ("ALIGN", (4, 0), (-1, -1), "RIGHT"),
                       ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
                       ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2)]))
story += [t, Spacer(1, 8 * mm), Paragraph("Summary", SB), Spacer(1, 2 * mm)]


def money(x, neg=False):
    return ("−" if neg else "") + f"${x:,.2f}"


summ = Table([
    ["Items sold in period", f"{items}"],
    ["Artist royalties – value of supplies (excl. GST)", money(roy)],
    ["GST at 15% on supplies", money(gst)],
    ["Total buyer-created tax invoice (incl. GST)", money(incl)],
    ["Less: seller subscription, October (our tax invoice KP-SUB-2025-10-0418, incl. GST)", money(SUB, True)],
    ["Amount payable to artist", money(payable)],
], colWidths=[130 * mm, 44 * mm])
summ.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 9), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                          ("FONT", (0, 3), (-1, 3), "LSB", 9), ("FONT", (0, 5), (-1, 5), "LSB", 10.5),
                          ("LINEABOVE", (0, 3), (-1, 3), 0.6, GREEN), ("LINEABOVE", (0, 5), (-1, 5), 1.2, GREEN),
                          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
story += [summ, Spacer(1, 6 * mm),
          Paragraph("Payment of $976.81 will be made by direct credit to your nominated account 12-3141-0418279-00 on 10 November 2025.", ST),
          Spacer(1, 3 * mm),
          Paragraph("The supplier agrees not to issue tax invoices for the supplies covered by this buyer-created tax invoice and to notify "
                    "Kōwhai Prints if their GST registration changes. Please check this statement and contact us within 30 days if "
                    "anything is incorrect.", SS)]

doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=20 * mm,
                        title="Buyer-created tax invoice BCTI-2025-10-00418", author="Kōwhai Prints Marketplace Ltd",
                        initialFontName="LS", initialFontSize=8.5)
doc.build(story, onFirstPage=footer, onLaterPages=footer)
