"""Fuel card monthly invoice / transaction statement (Netherlands, Dutch) - ReportLab platypus, 2 pages."""
import sys
from decimal import Decimal, ROUND_HALF_UP
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DV", boldItalic="DVB")
out = sys.argv[1]

CARDS = [("7004 3618 2451 2906", "VZ-482-K", "Mercedes-Benz Sprinter 316 CDI"),
         ("7004 3618 2451 3201", "VZ-517-P", "Ford Transit Custom 2.0 TDCi"),
         ("7004 3618 2451 3391", "H-208-XT", "Volkswagen Golf Variant 1.5 TSI")]
# date, time, card index, station, product, quantity, unit price incl. BTW, amount incl. BTW, odometer entered (0 = n/a)
ROWS = [
('02-03-2025', '15:00', 0, 'PolderTank Ede-Proosdij', 'Diesel', 49.58, 1.709, 84.73, 2641),
('04-03-2025', '07:37', 1, 'Rivierland Fuel Veenendaal', 'Diesel', 62.69, 1.699, 106.51, 2550),
('05-03-2025', '09:12', 1, 'Kroonpomp Harderwijk', 'Diesel', 53.44, 1.732, 92.56, 3130),
('05-03-2025', '17:47', 2, 'Veluwe Olie Hoevelaken', 'Euro 95', 40.78, 2.023, 82.5, 6384),
('07-03-2025', '16:22', 0, 'PolderTank Nijkerk', 'Diesel', 56.22, 1.76, 98.95, 1714),
('07-03-2025', '16:22', 0, 'PolderTank Nijkerk', 'Wasstraat', 1, 14.5, 14.5, 0),
('10-03-2025', '12:48', 1, 'PolderTank Ede-Proosdij', 'Diesel', 62.27, 1.694, 105.49, 1786),
('10-03-2025', '16:04', 2, 'PolderTank Amersfoort-Noord', 'Euro 95', 39.15, 1.978, 77.44, 5457),
('11-03-2025', '19:53', 1, 'Eemland Energie Leusden-Zuid', 'Diesel', 63.06, 1.706, 107.58, 1995),
('12-03-2025', '11:34', 0, 'Eemland Energie Leusden-Zuid', 'Diesel', 68.04, 1.76, 119.75, 8989),
('12-03-2025', '11:34', 0, 'Eemland Energie Leusden-Zuid', 'AdBlue', 11.44, 0.899, 10.28, 0),
('12-03-2025', '08:42', 1, 'PolderTank Nijkerk', 'Diesel', 40.91, 1.712, 70.04, 3169),
('12-03-2025', '08:42', 1, 'PolderTank Nijkerk', 'AdBlue', 11.09, 0.899, 9.97, 0),
('13-03-2025', '14:32', 0, 'Rivierland Fuel Soest', 'Diesel', 68.83, 1.714, 117.97, 6931),
('13-03-2025', '13:16', 2, 'Rivierland Fuel Veenendaal', 'Euro 95', 43.56, 2.018, 87.9, 3157),
('16-03-2025', '18:25', 0, 'Veluwe Olie Hoevelaken', 'Diesel', 75.52, 1.75, 132.16, 7260),
('17-03-2025', '06:21', 0, 'Kroonpomp Utrecht Cartesiusweg', 'Diesel', 65.66, 1.755, 115.23, 6099),
('17-03-2025', '06:21', 0, 'Kroonpomp Utrecht Cartesiusweg', 'AdBlue', 12.88, 0.899, 11.58, 0),
('17-03-2025', '12:34', 1, 'Eemland Energie Leusden-Zuid', 'Diesel', 38.63, 1.7, 65.67, 9215),
('17-03-2025', '12:34', 1, 'Eemland Energie Leusden-Zuid', 'AdBlue', 14.17, 0.899, 12.74, 0),
('18-03-2025', '15:59', 1, 'Rivierland Fuel Soest', 'Diesel', 65.56, 1.718, 112.63, 6222),
('19-03-2025', '07:11', 0, 'PolderTank Ede-Proosdij', 'Diesel', 42.69, 1.69, 72.15, 2895),
('19-03-2025', '12:52', 1, 'Veluwe Olie Hoevelaken', 'Diesel', 65.92, 1.714, 112.99, 7138),
('19-03-2025', '08:42', 2, 'Rivierland Fuel Veenendaal', 'Euro 95', 41.92, 2.026, 84.93, 3817),
('20-03-2025', '17:36', 0, 'PolderTank Nijkerk', 'Diesel', 56.89, 1.76, 100.13, 8290),
('21-03-2025', '16:49', 0, 'PolderTank Ede-Proosdij', 'Diesel', 48.07, 1.709, 82.15, 3853),
('23-03-2025', '08:49', 0, 'PolderTank Ede-Proosdij', 'Diesel', 70.1, 1.716, 120.29, 4455),
('24-03-2025', '09:48', 2, 'Rivierland Fuel Soest', 'Euro 95', 28.86, 1.966, 56.74, 6579),
('25-03-2025', '13:03', 0, 'Kroonpomp Harderwijk', 'Diesel', 44.76, 1.761, 78.82, 2196),
('25-03-2025', '18:03', 2, 'PolderTank Ede-Proosdij', 'Euro 95', 37.55, 1.985, 74.54, 1894),
('25-03-2025', '18:03', 2, 'PolderTank Ede-Proosdij', 'Wasstraat', 1, 14.5, 14.5, 0),
('28-03-2025', '12:01', 0, 'Eemland Energie Leusden-Zuid', 'Diesel', 57.49, 1.693, 97.33, 2472),
('28-03-2025', '12:01', 0, 'Eemland Energie Leusden-Zuid', 'AdBlue', 13.58, 0.899, 12.21, 0),
]
D = lambda x: Decimal(str(x))
Q = Decimal("0.01")


def nl(x, dec=2):
    """Dutch number format 1.234,56"""
    s = f"{D(x):,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


teal = colors.HexColor("#00656e")
st = {
    "n": ParagraphStyle("n", fontName="DV", fontSize=8.4, leading=11),
    "s": ParagraphStyle("s", fontName="DV", fontSize=7, leading=9, textColor=colors.HexColor("#555555")),
    "h": ParagraphStyle("h", fontName="DVB", fontSize=11, leading=14, textColor=teal, spaceBefore=6, spaceAfter=4),
    "big": ParagraphStyle("big", fontName="DVB", fontSize=18, leading=22, textColor=teal),
}


def page_deco(canv, doc):
    canv.saveState()
    canv.setFillColor(teal)
    canv.rect(0, A4[1] - 9 * mm, A4[0], 9 * mm, stroke=0, fill=1)
    canv.setFont("DV", 7)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(18 * mm, 13 * mm, "TankNet Zakelijk B.V. · Stationsplein 12 · 3818 LE Amersfoort · KvK 71839204 · btw NL851204673B01")
    canv.drawRightString(A4[0] - 18 * mm, 9 * mm, "Factuur TZ-2025-03-004821 · pagina %d van 2" % doc.page)
    canv.restoreState()


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=18 * mm,
                      title="Factuur TZ-2025-03-004821", author="TankNet Zakelijk B.V.", invariant=1)
doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")],
                                   onPage=page_deco)])
S = []
head = Table([
    [Paragraph("TankNet <font color='#333333'>Zakelijk</font>", st["big"]), Paragraph("<b>FACTUUR / TRANSACTIEOVERZICHT</b>", st["n"])],
    [Paragraph("Van Dijk Installatietechniek B.V.<br/>t.a.v. crediteurenadministratie<br/>Industrieweg 44<br/>3771 MD Barneveld", st["n"]),
     Table([["Factuurnummer", "TZ-2025-03-004821"], ["Factuurdatum", "03-04-2025"], ["Klantnummer", "118-40277"],
            ["Periode", "01-03-2025 t/m 31-03-2025"], ["Aantal passen", "3"]],
           colWidths=[30 * mm, 48 * mm],
           style=TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.2), ("FONT", (0, 0), (0, -1), "DVB", 8.2),
                             ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
                             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))],
], colWidths=[96 * mm, 78 * mm])
head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, 0), 10),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
S += [head, Spacer(1, 6)]

S.append(Paragraph("Passen op deze factuur", st["h"]))
S.append(Table([["Pasnummer", "Kenteken", "Voertuig"]] + [list(c) for c in CARDS], colWidths=[48 * mm, 28 * mm, 98 * mm],
               style=TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8), ("FONT", (0, 0), (-1, 0), "DVB", 8),
                                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e0eff0")),
                                 ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc"))])))
S.append(Paragraph("Transacties", st["h"]))
data = [["Datum", "Tijd", "Kenteken", "Station", "Product", "Aantal", "Prijs/eenh.", "Bedrag incl."]]
for r in ROWS:
    qty = nl(r[5]) if r[4] != "Wasstraat" else "1"
    data.append([r[0], r[1], CARDS[r[2]][1], r[3], r[4], qty, nl(r[6], 2 if r[4] == "Wasstraat" else 3), nl(r[7])])
tx = Table(data, colWidths=[19 * mm, 11 * mm, 19 * mm, 50 * mm, 19 * mm, 16 * mm, 18 * mm, 22 * mm], repeatRows=1)
tx.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7.6), ("FONT", (0, 0), (-1, 0), "DVB", 7.6),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e0eff0")),
                        ("ALIGN", (5, 0), (-1, -1), "RIGHT"),
                        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")]),
                        ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6)]))
S.append(tx)
S.append(PageBreak())

# ---- summary on page 2
prod = {}
for r in ROWS:
    p = prod.setdefault(r[4], [D(0), D(0)])
    p[0] += D(r[5])
    p[1] += D(r[7])
S.append(Paragraph("Samenvatting per product", st["h"]))
sdata = [["Product", "Aantal", "Bedrag excl. btw", "Btw 21%", "Bedrag incl. btw"]]
tot_ex = tot_btw = tot_inc = D(0)
fuel_l = D(0)
for name in ["Diesel", "Euro 95", "AdBlue", "Wasstraat"]:
    if name not in prod:
        continue
    q, inc = prod[name]
    btw = (inc * 21 / 121).quantize(Q, ROUND_HALF_UP)
    ex = inc - btw
    tot_ex += ex; tot_btw += btw; tot_inc += inc
    if name in ("Diesel", "Euro 95"):
        fuel_l += q
    unit = " l" if name != "Wasstraat" else " x"
    sdata.append([name, nl(q, 2 if name != "Wasstraat" else 0) + unit, nl(ex), nl(btw), nl(inc)])
fee_ex = D("7.50"); fee_btw = (fee_ex * D("0.21")).quantize(Q, ROUND_HALF_UP)
sdata.append(["Pasbeheer 3 passen à € 2,50", "3 x", nl(fee_ex), nl(fee_btw), nl(fee_ex + fee_btw)])
tot_ex += fee_ex; tot_btw += fee_btw; tot_inc += fee_ex + fee_btw
st_tab = Table(sdata, colWidths=[58 * mm, 26 * mm, 32 * mm, 26 * mm, 32 * mm])
st_tab.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.4), ("FONT", (0, 0), (-1, 0), "DVB", 8.4),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e0eff0")),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc"))]))
S += [st_tab, Spacer(1, 6)]
S.append(Paragraph("Totaal getankte brandstof (diesel + Euro 95): <b>%s liter</b> &nbsp;&nbsp;·&nbsp;&nbsp; aantal transacties: %d"
                   % (nl(fuel_l), len(ROWS)), st["n"]))
S.append(Spacer(1, 10))
tot = Table([["Totaal excl. btw", "€ " + nl(tot_ex)], ["Btw 21%", "€ " + nl(tot_btw)], ["Totaal te betalen", "€ " + nl(tot_inc)]],
            colWidths=[50 * mm, 34 * mm], hAlign="RIGHT")
tot.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9.5), ("FONT", (0, 2), (-1, 2), "DVB", 11),
                         ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEABOVE", (0, 2), (-1, 2), 1.2, teal),
                         ("BACKGROUND", (0, 2), (-1, 2), colors.HexColor("#e0eff0"))]))
S += [tot, Spacer(1, 14)]
S.append(Paragraph("<b>Betaling</b><br/>Het totaalbedrag wordt op of rond <b>17-04-2025</b> automatisch afgeschreven van uw rekening "
                   "NL68 INGB 0007 3129 84 (machtiging TZ-M-118-40277). U hoeft zelf niets over te maken. "
                   "Bij storneren kunt u het bedrag overmaken naar NL75 RABO 0318 8421 67 t.n.v. TankNet Zakelijk B.V. "
                   "onder vermelding van het factuurnummer.", st["n"]))
S.append(Spacer(1, 8))
S.append(Paragraph("Prijzen per liter zijn pompprijzen inclusief btw en accijns op de transactiedatum. Bij kortingsafspraken wordt de "
                   "korting op de volgende factuur verrekend. Vragen over transacties? Meld deze binnen 30 dagen via "
                   "zakelijk@tanknet.example of 033 555 0470. Op al onze leveringen zijn de Algemene Voorwaarden TankNet Zakelijk 2024 van "
                   "toepassing.", st["s"]))
doc.build(S)
print("fuel_litres", fuel_l, "excl", tot_ex, "btw", tot_btw, "incl", tot_inc)
