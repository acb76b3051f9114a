"""SaaS subscription Faktura VAT (Poland): CRM licence for users × monthly price, proportional charge for users added
mid-October, add-on module, VAT 23 %, paid automatically by card ("Zapłacono" / "Pozostało do zapłaty 0,00"),
billing period and sale date next to the issue date, amount in words.
Poland / Kraków (ReportLab platypus). Usage: python3 20_saas_faktura_pl.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

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
VIOLET = colors.HexColor("#5a2ca0")
LILAC = colors.HexColor("#f1ebfa")
GREY = colors.HexColor("#606060")
ST = ParagraphStyle("n", fontName="LS", fontSize=8.6, leading=11.4)
SS = ParagraphStyle("s", parent=ST, fontSize=7.4, leading=9.6, textColor=GREY)
SR = ParagraphStyle("r", parent=ST, alignment=TA_RIGHT)
C = D("0.01")


def q(x):
    return x.quantize(C, ROUND_HALF_UP)


def pl(x):
    """1 234,56 with a non-breaking space"""
    return f"{x:,.2f}".replace(",", "\u00a0").replace(".", ",")


PRICE = D("79.00")
ITEMS = [
    ("Licencja CRM Chmurnik – Pakiet Biznes, okres 01.11.2025–30.11.2025", "użytk.", D(18), PRICE),
    ("Dopłata proporcjonalna: 3 użytkowników dodanych 15.10.2025 (17/31 dni października)", "usł.", D(1),
     q(3 * PRICE * 17 / 31)),
    ("Moduł „Automatyzacje” – abonament, okres 01.11.2025–30.11.2025", "usł.", D(1), D("149.00")),
]
rows = [(n, u, qty, p, q(qty * p)) for n, u, qty, p in ITEMS]
NET = sum(r[4] for r in rows)
VAT = q(NET * D("0.23"))
GROSS = NET + VAT
assert (rows[1][3], NET, VAT, GROSS) == (D("129.97"), D("1700.97"), D("391.22"), D("2092.19")), (NET, VAT, GROSS)
WORDS = "dwa tysiące dziewięćdziesiąt dwa złote 19/100"
INV = "FV/2025/11/04182"

doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=17 * mm, rightMargin=17 * mm, topMargin=0,
                        bottomMargin=16 * mm, title=f"Faktura VAT {INV}", author="Chmurnik Sp. z o.o.",
                        initialFontName="LS", initialFontSize=8.6)


def band(c, d):
    c.saveState()
    c.setFillColor(VIOLET)
    c.rect(0, A4[1] - 9 * mm, A4[0], 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LSB", 9)
    c.drawString(17 * mm, A4[1] - 6 * mm, "chmurnik")
    c.setFont("LS", 7.5)
    c.drawRightString(A4[0] - 17 * mm, A4[1] - 6 * mm, "CRM dla małych firm · chmurnik.example")
    c.setFillColor(GREY)
    c.setFont("LS", 6.8)
    c.drawString(17 * mm, 9 * mm, "Chmurnik Sp. z o.o., ul. Zabłocie 43B, 30-701 Kraków · KRS 0000718264 · Sąd Rejonowy dla "
                 "Krakowa-Śródmieścia · kapitał zakładowy 50 000,00 zł")
    c.drawRightString(A4[0] - 17 * mm, 9 * mm, "Strona 1 z 1")
    c.restoreState()


story = [Spacer(1, 17 * mm)]
head = Table([[Paragraph("<font size='20' color='#5a2ca0'><b>Faktura VAT</b></font>", ST),
               Paragraph(f"<font size='11'>nr <b>{INV}</b></font><br/><font color='#606060'>oryginał</font>", SR)]],
             colWidths=[100 * mm, 76 * mm])
head.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
story += [head, Spacer(1, 8)]

meta = Table([["Data wystawienia", "Data sprzedaży", "Okres rozliczeniowy", "Miejsce wystawienia"],
              ["2025-12-01", "2025-11-30", "01.11.2025–30.11.2025", "Kraków"]],
             colWidths=[44 * mm] * 4)
meta.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "LS", 7), ("TEXTCOLOR", (0, 0), (-1, 0), GREY),
                          ("FONT", (0, 1), (-1, 1), "LSB", 9.4), ("BACKGROUND", (0, 0), (-1, -1), LILAC),
                          ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
                          ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
story += [meta, Spacer(1, 10)]

parties = Table([[Paragraph("<font color='#5a2ca0' size='7.4'><b>SPRZEDAWCA</b></font><br/><b>Chmurnik Sp. z o.o.</b><br/>"
                            "ul. Zabłocie 43B<br/>30-701 Kraków<br/>NIP: 527-184-73-66<br/>faktury@chmurnik.example", ST),
                  Paragraph("<font color='#5a2ca0' size='7.4'><b>NABYWCA</b></font><br/>"
                            "<b>Pracownia Architektoniczna Lipa Sp. z o.o.</b><br/>ul. Mickiewicza 27/4<br/>"
                            "31-120 Kraków<br/>NIP: 778-418-29-38<br/>ID klienta: CH-10418 · konto: lipa-architekci", ST)]],
                colWidths=[80 * mm, 96 * mm])
parties.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("LINEABOVE", (0, 0), (-1, 0), 1.2, VIOLET), ("TOPPADDING", (0, 0), (-1, -1), 5)]))
story += [parties, Spacer(1, 12)]

data = [["Lp.", "Nazwa usługi", "J.m.", "Ilość", "Cena netto", "Wartość netto", "VAT"]]
for i, (n, u, qty, p, amt) in enumerate(rows, 1):
    data.append([str(i), Paragraph(n, ST), u, f"{qty:g}", pl(p), pl(amt), "23%"])
t = Table(data, colWidths=[9 * mm, 83 * mm, 13 * mm, 12 * mm, 20 * mm, 25 * mm, 14 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.4), ("FONT", (0, 0), (-1, 0), "LSB", 7.6),
                       ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("BACKGROUND", (0, 0), (-1, 0), VIOLET),
                       ("ALIGN", (3, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#d5c8ea")),
                       ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
story += [t, Spacer(1, 10)]

summ = Table([["Stawka VAT", "Wartość netto", "Kwota VAT", "Wartość brutto"],
              ["23%", pl(NET), pl(VAT), pl(GROSS)]],
             colWidths=[26 * mm, 28 * mm, 26 * mm, 28 * mm])
summ.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.4), ("FONT", (0, 0), (-1, 0), "LS", 7.2),
                          ("TEXTCOLOR", (0, 0), (-1, 0), GREY), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                          ("LINEBELOW", (0, 0), (-1, 0), 0.6, VIOLET)]))
tot = Table([["Razem netto", pl(NET) + " PLN"], ["VAT 23%", pl(VAT) + " PLN"], ["Razem brutto", pl(GROSS) + " PLN"],
             ["Zapłacono", pl(GROSS) + " PLN"], ["Pozostało do zapłaty", "0,00 PLN"]],
            colWidths=[34 * mm, 32 * mm])
tot.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.8), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                         ("FONT", (0, 2), (-1, 2), "LSB", 10.5), ("BACKGROUND", (0, 2), (-1, 2), LILAC),
                         ("LINEABOVE", (0, 2), (-1, 2), 1, VIOLET), ("TEXTCOLOR", (0, 3), (-1, -1), GREY)]))
low = Table([[summ, tot]], colWidths=[110 * mm, 66 * mm])
low.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
story += [low, Spacer(1, 10)]
story.append(Paragraph(f"<b>Słownie:</b> {WORDS}", ST))
story.append(Spacer(1, 4))
story.append(Paragraph("<b>Sposób płatności:</b> karta płatnicza (płatność cykliczna) – Visa **** 4417, obciążenie z dnia "
                       "2025-12-01, identyfikator transakcji TR-2512-0091827. Waluta: PLN.", ST))
story.append(Spacer(1, 10))
story.append(Paragraph("Zmiana liczby użytkowników w trakcie okresu rozliczeniowego jest rozliczana proporcjonalnie do liczby "
                       "dni. Od 01.12.2025 abonament obejmuje 18 użytkowników po 79,00 zł netto miesięcznie. Faktura "
                       "wystawiona w formie elektronicznej, nie wymaga podpisu. Fakturę prześlemy także do KSeF, gdy obowiązek "
                       "jego stosowania obejmie sprzedawcę.", SS))
doc.build(story, onFirstPage=band, onLaterPages=band)
