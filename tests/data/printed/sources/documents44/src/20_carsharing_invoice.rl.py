"""Car-sharing monthly business invoice (Denmark, English with Danish conventions) - ReportLab platypus."""
import sys
from decimal import Decimal, ROUND_HALF_UP
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LS", boldItalic="LSB")
out = sys.argv[1]
Q = Decimal("0.01")
HOUR = Decimal("64.00")   # DKK excl. VAT per hour
KM = Decimal("2.36")      # DKK excl. VAT per km
TRIPS = [
    ("02.04.2025", "CX 48 213", "VW ID.3", "Sofie Brandt", "13:00", "8", 60),
    ("04.04.2025", "DB 71 904", "Renault Zoe", "Rasmus Dal", "14:00", "4", 124),
    ("09.04.2025", "CX 51 622", "Peugeot e-208", "Mette Hvidbjerg", "07:00", "6.5", 76),
    ("11.04.2025", "CX 51 622", "Peugeot e-208", "Mette Hvidbjerg", "07:00", "8", 140),
    ("13.04.2025", "CX 51 622", "Peugeot e-208", "Rasmus Dal", "15:00", "5", 80),
    ("16.04.2025", "CX 48 213", "VW ID.3", "Rasmus Dal", "07:00", "5", 32),
    ("17.04.2025", "DF 20 118", "Kia e-Niro", "Mette Hvidbjerg", "08:00", "2", 115),
    ("24.04.2025", "DF 20 118", "Kia e-Niro", "Sofie Brandt", "10:00", "8", 58),
    ("25.04.2025", "DB 71 904", "Renault Zoe", "Mette Hvidbjerg", "07:00", "3", 146),
    ("26.04.2025", "CX 48 213", "VW ID.3", "Mette Hvidbjerg", "13:00", "3", 143),
    ("28.04.2025", "CX 48 213", "VW ID.3", "Rasmus Dal", "09:00", "8", 98),
    ("29.04.2025", "CX 51 622", "Peugeot e-208", "Sofie Brandt", "07:00", "1.5", 88),
    ("30.04.2025", "CX 51 622", "Peugeot e-208", "Mette Hvidbjerg", "14:00", "1.5", 97),
]


def dk(x):
    s = f"{Decimal(x):,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def dkh(h):
    return h.replace(".", ",")


green = colors.HexColor("#1b5e4a")
P = lambda t, **k: Paragraph(t, ParagraphStyle("x", fontName="LS", fontSize=k.get("fs", 8.6), leading=k.get("ld", 11.2),
                                                textColor=k.get("c", colors.black), alignment=k.get("al", 0)))
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=17 * mm, rightMargin=17 * mm, topMargin=14 * mm, bottomMargin=15 * mm,
                        title="Invoice KB-2025-04-1187", author="Kvarterbil ApS", invariant=1)
S = []
S.append(Table([[P("<font size=22 color='#1b5e4a'><b>kvarterbil</b></font><br/>car sharing in your neighbourhood", fs=8, ld=24),
                 P("<b>Kvarterbil ApS</b><br/>Vesterbrogade 149, 1620 København V<br/>CVR 38472917<br/>erhverv@kvarterbil.example · +45 70 55 41 20",
                   fs=8, al=2)]], colWidths=[88 * mm, 88 * mm],
               style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)])))
S.append(Spacer(1, 10))
left = P("<b>Bill to</b><br/>Hvidbjerg Rådgivning ApS<br/>Att.: Bogholderiet<br/>Gammel Kongevej 33, 2. th.<br/>1610 København V<br/>CVR 49182732")
meta = Table([["Invoice no.", "KB-2025-04-1187"], ["Invoice date", "02.05.2025"], ["Billing period", "01.04.2025 – 30.04.2025"],
              ["Business account", "B-20744"], ["Payment due", "16.05.2025"]], colWidths=[32 * mm, 46 * mm])
meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.6), ("FONT", (0, 0), (0, -1), "LSB", 8.6),
                          ("BOX", (0, 0), (-1, -1), 0.8, green), ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b8cfc7")),
                          ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8f1ee"))]))
S.append(Table([[left, meta]], colWidths=[98 * mm, 78 * mm],
               style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])))
S.append(Spacer(1, 12))
S.append(P("<font size=14 color='#1b5e4a'><b>Invoice</b></font>", ld=18))
S.append(P("Trips by members of your business account in the billing period. Time is charged at DKK %s per hour "
           "(billed in half hours) and distance at DKK %s per km; all prices excl. VAT (moms). Charging and bridge tolls are included."
           % (dk(HOUR), dk(KM)), fs=8, c=colors.HexColor("#444444")))
S.append(Spacer(1, 6))
data = [["Date", "Car", "Model", "Driver", "Start", "Hours", "Km", "Time", "Distance", "Amount"]]
tot_km = 0
sub = Decimal(0)
for d, plate, model, who, start, h, km in TRIPS:
    t = (Decimal(h) * HOUR).quantize(Q)
    k = (km * KM).quantize(Q, ROUND_HALF_UP)
    sub += t + k
    tot_km += km
    data.append([d, plate, model, who, start, dkh(h), str(km), dk(t), dk(k), dk(t + k)])
data.append(["", "", "", "Trips: %d" % len(TRIPS), "", "", f"{tot_km:,}".replace(",", "."), "", "", dk(sub)])
tt = Table(data, colWidths=[18 * mm, 18 * mm, 21 * mm, 25 * mm, 11 * mm, 11 * mm, 11 * mm, 18 * mm, 18 * mm, 21 * mm], repeatRows=1)
tt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 7.8), ("FONT", (0, 0), (-1, 0), "LSB", 7.8),
                        ("FONT", (0, -1), (-1, -1), "LSB", 7.8),
                        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("BACKGROUND", (0, 0), (-1, 0), green),
                        ("ALIGN", (4, 0), (-1, -1), "RIGHT"),
                        ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#cccccc")),
                        ("LINEABOVE", (0, -1), (-1, -1), 0.8, green)]))
S.append(tt)
S.append(Spacer(1, 10))
fee = Decimal("199.00")
lines = [["Trips (time and distance)", dk(sub)], ["Business membership, April 2025", dk(fee)]]
net = sub + fee
vat = (net * Decimal("0.25")).quantize(Q, ROUND_HALF_UP)
lines += [["Subtotal excl. VAT", dk(net)], ["VAT (moms) 25 %", dk(vat)], ["Total DKK incl. VAT", dk(net + vat)]]
tot = Table(lines, colWidths=[60 * mm, 30 * mm], hAlign="RIGHT")
tot.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 9), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                         ("LINEABOVE", (0, 2), (-1, 2), 0.5, colors.black),
                         ("FONT", (0, -1), (-1, -1), "LSB", 11), ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#e8f1ee")),
                         ("LINEABOVE", (0, -1), (-1, -1), 1.2, green)]))
S.append(tot)
S.append(Spacer(1, 14))
S.append(P("<b>Payment</b><br/>Please pay DKK %s no later than 16.05.2025 to Kvarterbil ApS, reg. no. 5301, account no. 0004418327 "
           "(IBAN DK31 5301 0004 4183 27). Please state the invoice number as payment reference. Late payment: interest according "
           "to the Danish Interest Act (renteloven) and a reminder fee of DKK 100,00." % dk(net + vat)))
S.append(Spacer(1, 8))
S.append(P("Damage, parking fines and cleaning fees are invoiced separately. Each driver is responsible for checking the car before "
           "the trip in the Kvarterbil app. Questions about this invoice: erhverv@kvarterbil.example.", fs=7.4,
           c=colors.HexColor("#555555")))
doc.build(S)
print("km", tot_km, "sub", sub, "net", net, "vat", vat, "total", net + vat)
