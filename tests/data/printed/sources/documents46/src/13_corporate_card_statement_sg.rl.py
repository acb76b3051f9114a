"""Corporate card statement excerpt, Singapore, two pages (ReportLab platypus).
Usage: python3 13_corporate_card_statement_sg.rl.py out.pdf"""
import sys
from decimal import Decimal

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ST = ParagraphStyle("n", fontName="Helvetica", fontSize=8.5, leading=11)
SB = ParagraphStyle("b", parent=ST, fontName="Helvetica-Bold", fontSize=10, leading=13)
SH = ParagraphStyle("h", parent=ST, fontName="Helvetica-Bold", fontSize=15, leading=18, textColor=colors.HexColor("#7a1f3d"))
SS = ParagraphStyle("s", parent=ST, fontSize=7, leading=9, textColor=colors.HexColor("#555555"))

TX = [  # posting date, transaction date, description, amount SGD (negative = credit)
    ("27/09", "25/09", "PAYMENT RECEIVED - GIRO THANK YOU", "-4,318.62"),
    ("29/09", "26/09", "SINGAPORE AIRLINES 6182749301 SINGAPORE", "1,486.40"),
    ("29/09", "27/09", "GRAB* A-7QK2N1 SINGAPORE", "24.60"),
    ("30/09", "28/09", "GRAB* A-7QX9M4 SINGAPORE", "31.20"),
    ("01/10", "29/09", "THE SHOREFRONT HOTEL BANGKOK THB 18,420.00", "741.85"),
    ("01/10", "29/09", "FOREIGN TRANSACTION FEE 2.5%", "18.55"),
    ("02/10", "30/09", "SUVARNABHUMI AIRPORT TAXI BANGKOK THB 650.00", "26.18"),
    ("02/10", "30/09", "FOREIGN TRANSACTION FEE 2.5%", "0.65"),
    ("03/10", "01/10", "CHANGI AIRPORT CAR PARK T3 SINGAPORE", "42.80"),
    ("06/10", "03/10", "DIN TAI FUNG - PARAGON SINGAPORE", "186.30"),
    ("07/10", "06/10", "WEWORK 71 ROBINSON ROAD SINGAPORE", "59.00"),
    ("08/10", "07/10", "COMFORTDELGRO TAXI SINGAPORE", "18.90"),
    ("09/10", "08/10", "SCOOT TR0468 ONLINE SINGAPORE", "312.00"),
    ("10/10", "09/10", "KLOOK TRAVEL HK LTD HONG KONG", "88.40"),
    ("13/10", "10/10", "HOTEL KAGAMI OSAKA JPY 64,800", "572.31"),
    ("13/10", "10/10", "FOREIGN TRANSACTION FEE 2.5%", "14.31"),
    ("14/10", "11/10", "JR WEST KANSAI AIRPORT JPY 3,110", "27.47"),
    ("14/10", "11/10", "FOREIGN TRANSACTION FEE 2.5%", "0.69"),
    ("15/10", "13/10", "GRAB* A-8BV1C6 SINGAPORE", "22.10"),
    ("16/10", "14/10", "SINGTEL ROAMING SINGAPORE", "35.00"),
    ("17/10", "15/10", "PARKROYAL COLLECTION MARINA BAY SINGAPORE", "428.76"),
    ("20/10", "17/10", "SPC SERVICE STATION BUKIT TIMAH", "88.42"),
    ("21/10", "18/10", "REFUND - KLOOK TRAVEL HK LTD", "-88.40"),
    ("22/10", "20/10", "LAU PA SAT HAWKER CTR SINGAPORE", "14.80"),
    ("23/10", "21/10", "TRANSITLINK EZ-RELOAD SINGAPORE", "50.00"),
    ("24/10", "22/10", "SHOPEE PAY - OFFICE SUPPLIES", "67.35"),
]


def d(s):
    return Decimal(s.replace(",", ""))


PREV = Decimal("4318.62")
payments = -sum(d(a) for *_, a in TX if d(a) < 0 and "PAYMENT" in _[2])
credits = -sum(d(a) for *_, a in TX if d(a) < 0 and "PAYMENT" not in _[2])
charges = sum(d(a) for *_, a in TX if d(a) > 0)
new_bal = PREV - payments - credits + charges
min_pay = max(Decimal("50.00"), (new_bal * Decimal("0.03")).quantize(Decimal("0.01")))


def fmt(x):
    return f"{x:,.2f}"


def footer(c, doc):
    c.saveState()
    c.setFont("Helvetica", 7)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(18 * mm, 12 * mm, "Straits Meridian Bank Ltd · 8 Marina View #21-01, Singapore 018960 · UEN 201731846M")
    c.drawRightString(A4[0] - 18 * mm, 12 * mm, f"Page {doc.page} of 2")
    c.restoreState()


story = [Paragraph("Straits Meridian Bank", SH),
         Paragraph("Corporate Card Statement · Visa Business Platinum", SB), Spacer(1, 4 * mm)]
hdr = Table([[Paragraph("<b>Company</b><br/>Kestrel Supply Chain Pte. Ltd.<br/>20 Pasir Panjang Road #09-14<br/>Singapore 117439", ST),
              Paragraph("<b>Cardholder</b><br/>TAN WEI LING<br/>Card number: 4862 **** **** 6042<br/>Credit limit: SGD 20,000.00", ST),
              Paragraph("<b>Statement date</b><br/>25/10/2025<br/><b>Payment due date</b><br/>14/11/2025", ST)]],
            colWidths=[62 * mm, 62 * mm, 50 * mm])
hdr.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.grey), ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                         ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [hdr, Spacer(1, 5 * mm), Paragraph("Transactions for card ending 6042", SB), Spacer(1, 2 * mm)]
rows = [["Post date", "Trans. date", "Description", "Amount (SGD)"]]
rows += [[p, t, desc, (a[1:] + " CR") if a.startswith("-") else a] for p, t, desc, a in TX]
tab = Table(rows, colWidths=[20 * mm, 22 * mm, 102 * mm, 30 * mm], repeatRows=1)
tab.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.3), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.3),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f1e3e8")), ("ALIGN", (3, 0), (3, -1), "RIGHT"),
                         ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
                         ("TOPPADDING", (0, 0), (-1, -1), 3.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2)]))
story += [tab, Spacer(1, 3 * mm),
          Paragraph("Foreign currency transactions are converted at the Visa rate on the posting date plus a 2.5% fee.", SS),
          PageBreak(),
          Paragraph("Account summary · card ending 6042 · TAN WEI LING", SB), Spacer(1, 3 * mm)]
summ = [["Previous balance", fmt(PREV)], ["Payments received", "-" + fmt(payments)], ["Other credits", "-" + fmt(credits)],
        ["New purchases, fees and charges", fmt(charges)], ["Total amount due", fmt(new_bal)],
        ["Minimum payment due", fmt(min_pay)], ["Payment due date", "14/11/2025"]]
st = Table(summ, colWidths=[80 * mm, 40 * mm])
st.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("FONT", (0, 4), (-1, 5), "Helvetica-Bold", 10),
                        ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#7a1f3d")),
                        ("LINEABOVE", (0, 4), (-1, 4), 0.8, colors.HexColor("#7a1f3d"))]))
story += [st, Spacer(1, 6 * mm),
          Paragraph("<b>How to pay</b>: GIRO deduction of the total amount due will be made on 14/11/2025 from the company "
                    "account registered with us. A late payment charge of SGD 100.00 and interest at 27.9% p.a. apply if the "
                    "minimum payment is not received by the due date.", ST), Spacer(1, 4 * mm),
          Paragraph("Expense management: transactions are exported daily to your company's expense platform. Cardholders must "
                    "submit receipts for all charges above SGD 25.00 within 30 days.", ST)]
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                        bottomMargin=20 * mm, title="Corporate Card Statement October 2025")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
print("payments", payments, "credits", credits, "charges", charges, "new", new_bal, "min", min_pay)
