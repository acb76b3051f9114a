# Credit note, Ireland, reportlab platypus
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("Lib", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LibB", "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("San", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("SanB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
pdfmetrics.registerFontFamily("San", normal="San", bold="SanB")

green = colors.HexColor("#1f6f5c")
P = ParagraphStyle("p", fontName="San", fontSize=9, leading=12)
Ps = ParagraphStyle("ps", parent=P, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#555555"))
Pr = ParagraphStyle("pr", parent=P, alignment=2)
H = ParagraphStyle("h", fontName="LibB", fontSize=20, leading=24, textColor=green)
T = ParagraphStyle("t", fontName="SanB", fontSize=16, leading=20, alignment=2)

def footer(c, d):
    c.saveState()
    c.setFont("San", 7)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawCentredString(A4[0] / 2, 14 * mm, "Shannonside Office Interiors Ltd · Registered in Ireland No. 612874 · Directors: C. Nagle, F. O'Halloran")
    c.drawCentredString(A4[0] / 2, 10.5 * mm, "Bank: Shannon Bank, Dock Road · IBAN IE37 SHNB 9906 1234 5678 90 · BIC SHNBIE2D")
    c.restoreState()

doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=24 * mm,
                        title="Credit Note CN-10442", author="Shannonside Office Interiors Ltd")
story = []
head = Table([[
    [Paragraph("Shannonside", H), Paragraph("Office Interiors Ltd", ParagraphStyle("s", parent=P, fontSize=11, textColor=green)),
     Spacer(1, 2 * mm),
     Paragraph("Unit 9, Raheen Business Park<br/>Limerick V94 K2T6<br/>+353 61 228 415 · accounts@shannonside-interiors.ie<br/>VAT No. IE 3849172WH", Ps)],
    [Paragraph("CREDIT NOTE", T), Spacer(1, 3 * mm),
     Table([["Credit note no.", "CN-10442"], ["Date", "18/02/2025"], ["Your ref.", "PO 7781/JD"], ["Account", "CORR01"]],
           colWidths=[30 * mm, 32 * mm],
           style=TableStyle([("FONT", (0, 0), (0, -1), "San", 8.5), ("FONT", (1, 0), (1, -1), "SanB", 9),
                             ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor("#555555")), ("ALIGN", (0, 0), (-1, -1), "LEFT"),
                             ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc"))]),
           hAlign="RIGHT")],
]], colWidths=[95 * mm, 79 * mm], style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [head, Spacer(1, 10 * mm)]

addr = Table([[
    Paragraph("<b>Credit to</b><br/>Corrib Analytics DAC<br/>Accounts Payable<br/>3rd Floor, Merchants Quay<br/>Galway H91 X7C4", P),
    Paragraph("<b>Relating to</b><br/>Invoice INV-20931 dated 30/01/2025<br/>Delivery note DN-55102<br/><br/><b>Reason</b><br/>Return of 2 chairs damaged in transit (RMA 2025-014)", P),
]], colWidths=[87 * mm, 87 * mm], style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (0, 0), 0.5, green),
                                                   ("BOX", (1, 0), (1, 0), 0.5, green), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                                   ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
story += [addr, Spacer(1, 8 * mm)]

rows = [["Code", "Description", "Qty", "Unit price", "VAT %", "Amount"],
        ["ERG-ARAN-BK", Paragraph("Ergonomic task chair 'Aran', black mesh, 4D arms", P), "-2", "289.00", "23", "-578.00"],
        ["DEL-STD", Paragraph("Delivery & installation charge (refund, pro rata)", P), "-1", "35.00", "23", "-35.00"]]
items = Table(rows, colWidths=[28 * mm, 76 * mm, 14 * mm, 22 * mm, 14 * mm, 20 * mm], repeatRows=1)
items.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "SanB", 8.5), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("BACKGROUND", (0, 0), (-1, 0), green),
    ("FONT", (0, 1), (-1, -1), "San", 9), ("ALIGN", (2, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#cccccc")),
]))
story += [items, Spacer(1, 6 * mm)]

tot = Table([["Net amount", "-613.00"], ["VAT @ 23%", "-140.99"], ["Total credit (EUR)", "-753.99"]],
            colWidths=[45 * mm, 28 * mm], hAlign="RIGHT")
tot.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "San", 9.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                         ("FONT", (0, 2), (-1, 2), "SanB", 11), ("LINEABOVE", (0, 2), (-1, 2), 1, green),
                         ("BACKGROUND", (0, 2), (-1, 2), colors.HexColor("#e6f2ef"))]))
story += [tot, Spacer(1, 10 * mm)]
story.append(Paragraph("This credit has been applied to your account CORR01 and will be offset against your next payment. "
                       "If you would prefer a refund by bank transfer, please contact our accounts team quoting the credit note number.", P))
doc.build(story, onFirstPage=footer, onLaterPages=footer)
