#!/usr/bin/env python3
"""Harrowgate Stockbrokers - contract note (purchase). ReportLab platypus."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

out = sys.argv[1]
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm,
                        topMargin=15*mm, bottomMargin=18*mm,
                        title="Contract Note CN-25-0081734", author="Harrowgate Stockbrokers Ltd",
                        creator="HGS Back Office 7.2")
N = ParagraphStyle("n", fontName="Helvetica", fontSize=9, leading=11.5)
S = ParagraphStyle("s", parent=N, fontSize=7, leading=9, textColor=colors.HexColor("#555555"))
B = ParagraphStyle("b", parent=N, fontName="Helvetica-Bold")
H = ParagraphStyle("h", parent=N, fontName="Helvetica-Bold", fontSize=17, leading=20,
                   textColor=colors.HexColor("#0b3d5c"))
T = ParagraphStyle("t", parent=N, fontName="Helvetica-Bold", fontSize=12, leading=15)
navy = colors.HexColor("#0b3d5c")
grey = colors.HexColor("#e8edf1")

story = []
head = Table([[Paragraph("HARROWGATE<br/>STOCKBROKERS", H),
               Paragraph("Harrowgate Stockbrokers Ltd<br/>3 Chandlery Yard, London EC3R 8BT<br/>"
                         "Dealing 020 7946 0318 &nbsp; www.harrowgate-sb.example<br/>"
                         "Authorised and regulated by the Financial Conduct Authority, FRN 784213", S)]],
             colWidths=[80*mm, 94*mm])
head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
story += [head, Spacer(1, 6*mm)]

client = Paragraph("Mr Alastair J. Penhallow<br/>27 Trelawney Road<br/>Truro<br/>Cornwall TR1 3XP", N)
grid_data = [
    [Paragraph("Account", S), Paragraph("Contract note no.", S), Paragraph("Trade date", S)],
    [Paragraph("HGS-204718", B), Paragraph("CN-25-0081734", B), Paragraph("14/03/2025", B)],
    [Paragraph("Trade time", S), Paragraph("Venue", S), Paragraph("Settlement date", S)],
    [Paragraph("10:42:17", B), Paragraph("XLON", B), Paragraph("18/03/2025", B)],
]
grid = Table(grid_data, colWidths=[30*mm, 34*mm, 30*mm])
grid.setStyle(TableStyle([
    ("BOX", (0, 0), (-1, -1), 0.8, navy),
    ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9fb3c2")),
    ("BACKGROUND", (0, 0), (-1, 0), grey), ("BACKGROUND", (0, 2), (-1, 2), grey),
    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]))
parties = Table([[client, grid]], colWidths=[78*mm, 96*mm])
parties.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [parties, Spacer(1, 8*mm)]

story += [Paragraph("CONTRACT NOTE &mdash; PURCHASE", T), Spacer(1, 2*mm),
          Paragraph("We have today BOUGHT on your behalf as agent, subject to the rules and "
                    "regulations of the London Stock Exchange:", N), Spacer(1, 3*mm)]

deal = Table([
    ["Quantity", "Security", "ISIN", "Price", "Consideration"],
    ["1,250", Paragraph("Caldermoor Holdings plc<br/>Ordinary 10p shares", N), "GB00BQ7KD382",
     "\u00a34.3820", "\u00a35,477.50"],
], colWidths=[22*mm, 58*mm, 34*mm, 26*mm, 34*mm])
deal.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
    ("BACKGROUND", (0, 0), (-1, 0), navy), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
    ("ALIGN", (3, 0), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (0, -1), "RIGHT"),
    ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
    ("LINEBELOW", (0, -1), (-1, -1), 0.6, navy),
]))
story += [deal, Spacer(1, 6*mm)]

charges = Table([
    ["", "Consideration", "5,477.50"],
    ["", "Commission", "11.95"],
    ["", "Stamp Duty Reserve Tax (0.5%)", "27.39"],
    ["", "PTM Levy", "0.00"],
    ["", "TOTAL DUE FROM YOU  (GBP)", "5,516.84"],
], colWidths=[80*mm, 64*mm, 30*mm])
charges.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
    ("FONT", (1, -1), (-1, -1), "Helvetica-Bold", 9.5),
    ("ALIGN", (2, 0), (2, -1), "RIGHT"),
    ("BOX", (1, 0), (-1, -1), 0.6, navy),
    ("LINEABOVE", (1, -1), (-1, -1), 0.8, navy),
    ("BACKGROUND", (1, -1), (-1, -1), grey),
]))
story += [charges, Spacer(1, 8*mm)]

notes = [
    "Payment for this purchase will be taken from your Harrowgate cash account on the settlement date. "
    "Please ensure cleared funds are available by 12:00 on that day.",
    "This transaction was executed on an agency basis. Details of the execution venue and time are "
    "available on request. Harrowgate Stockbrokers Ltd is a member of the London Stock Exchange.",
    "Please retain this contract note for Capital Gains Tax purposes. No separate tax voucher will be issued.",
    "Harrowgate Stockbrokers Ltd, registered in England and Wales No. 09481736. Registered office as above.",
]
for n in notes:
    story += [Paragraph(n, S), Spacer(1, 1.5*mm)]

doc.build(story)
