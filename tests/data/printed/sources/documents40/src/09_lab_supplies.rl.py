"""LabMedia CZ - faktura / daňový doklad za laboratorní spotřební materiál, reportlab platypus."""
import sys
from decimal import Decimal as D, ROUND_HALF_UP
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

out = sys.argv[1] if len(sys.argv) > 1 else "09_lab_supplies.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FD + "DejaVuSansCondensed.ttf"))

BLUE = colors.HexColor("#00587a")
LB = colors.HexColor("#e3f0f5")


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def cz(x):
    s = f"{x:,.2f}"
    return s.replace(",", " ").replace(".", ",")


st = ParagraphStyle("n", fontName="DV", fontSize=8, leading=10.5)
stc = ParagraphStyle("c", fontName="DVC", fontSize=7.6, leading=9.5)
sts = ParagraphStyle("s", fontName="DV", fontSize=6.8, leading=8.6, textColor=colors.HexColor("#555555"))
sth = ParagraphStyle("h", fontName="DVB", fontSize=15, leading=18, textColor=BLUE)
stb = ParagraphStyle("b", fontName="DVB", fontSize=8.5, leading=11)


def P(t, s=st):
    return Paragraph(t, s)


items = [
    ("LM-PT-1000", "Špičky pipetovací 100–1000 µl, modré, v racku, 10×96 ks", 20, "bal", "1184.00", 21),
    ("LM-PT-200", "Špičky pipetovací 2–200 µl, žluté, volně, 1000 ks", 15, "bal", "298.00", 21),
    ("LM-ZK-50", "Zkumavky centrifugační 50 ml PP, sterilní, 500 ks", 4, "bal", "2460.00", 21),
    ("LM-KD-250", "Kádinka nízká 250 ml, borosilikátové sklo 3.3", 24, "ks", "78.50", 21),
    ("LM-OB-1000", "Odměrná baňka 1000 ml, tř. A, NS 24/29, s certifikátem", 6, "ks", "642.00", 21),
    ("LM-FP-390", "Filtrační papír kvalitativní Ø 125 mm, střední, 100 ks", 30, "bal", "186.00", 21),
    ("LM-RK-NIT-M", "Rukavice nitrilové nepudrované, vel. M, 100 ks", 40, "bal", "139.00", 21),
    ("LM-RK-NIT-L", "Rukavice nitrilové nepudrované, vel. L, 100 ks", 40, "bal", "139.00", 21),
    ("CH-ETOH-96", "Ethanol 96% p.a., 1 l (spotřební daň uhrazena)", 12, "l", "214.00", 21),
    ("CH-PUF-7", "Pufr pH 7,00 ±0,02 certifikovaný, 500 ml", 6, "ks", "389.00", 21),
    ("CH-NAOH-01", "Odměrný roztok NaOH 0,1 mol/l, 1 l", 8, "ks", "452.00", 21),
    ("SV-KAL-PIP", "Kalibrace pipet dle ISO 8655, včetně protokolu", 14, "ks", "690.00", 21),
    ("KN-17025", "Příručka: Akreditace zkušebních laboratoří (kniha)", 2, "ks", "780.00", 0),
    ("DOP-PPL", "Doprava PPL, 3 balíky", 1, "ks", "285.00", 21),
]
base = {21: D(0), 0: D(0)}
rows = [[P("<b>Kód</b>", stc), P("<b>Označení dodávky</b>", stc), P("<b>Množství</b>", stc), P("<b>J.cena</b>", stc),
         P("<b>DPH %</b>", stc), P("<b>Bez DPH</b>", stc)]]
for code, name, q, mj, up, rate in items:
    amt = r2(D(q) * D(up))
    base[rate] += amt
    rows.append([P(code, stc), P(name, stc), P(f"{q} {mj}", stc), P(cz(D(up)), stc), P(str(rate), stc), P(cz(amt), stc)])
dph = {k: r2(v * k / 100) for k, v in base.items()}
sum_base = sum(base.values())
sum_dph = sum(dph.values())
celkem = sum_base + sum_dph
rounded = celkem.quantize(D("1"), ROUND_HALF_UP)
zaokr = rounded - celkem

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm,
                        bottomMargin=16 * mm, title="Faktura 2025010487", author="LabMedia CZ s.r.o.",
                        invariant=1)
story = []

hdr = Table([[P("LabMedia", sth), P("<b>FAKTURA – DAŇOVÝ DOKLAD</b><br/>č. 2025010487",
                                     ParagraphStyle("r", parent=stb, fontSize=11, leading=14, alignment=2))]],
            colWidths=[90 * mm, 90 * mm])
hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 1.2, BLUE)]))
story += [hdr, Spacer(1, 4 * mm)]

dod = P("<font size=6.8 color='#00587a'>DODAVATEL</font><br/><b>LabMedia CZ s.r.o.</b><br/>Pražská 1618/34<br/>"
        "612 00 Brno<br/>IČO: 27418936<br/>DIČ: CZ27418936<br/><font size=6.5>Zapsáno v OR vedeném KS v Brně, oddíl C, vložka 58231</font>")
odb = P("<font size=6.8 color='#00587a'>ODBĚRATEL</font><br/><b>Moravská strojírna Prostějov a.s.</b><br/>"
        "Kralická 4113/12<br/>796 01 Prostějov<br/>IČO: 45317763<br/>DIČ: CZ45317763<br/>Konečný příjemce: laboratoř OŘJ, p. Hanáková")
parties = Table([[dod, odb]], colWidths=[90 * mm, 90 * mm])
parties.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 0.6, BLUE), ("BOX", (1, 0), (1, 0), 0.6, BLUE),
                             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                             ("TOPPADDING", (0, 0), (-1, -1), 2 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm)]))
story += [parties, Spacer(1, 3 * mm)]

meta = [
    [P("Datum vystavení:"), P("<b>05.03.2025</b>"), P("Variabilní symbol:"), P("<b>2025010487</b>")],
    [P("Datum usk. zdanitelného plnění:"), P("<b>03.03.2025</b>"), P("Konst. symbol:"), P("0008")],
    [P("Datum splatnosti:"), P("<b>19.03.2025</b>"), P("Objednávka:"), P("OBJ-LAB-25-0072")],
    [P("Forma úhrady:"), P("převodním příkazem"), P("Dodací list:"), P("DL 25-02217")],
    [P("Číslo účtu:"), P("2748391017/0100"), P("Banka:"), P("Komerční banka, a.s.")],
    [P("IBAN:"), P("CZ74 0100 0000 0027 4839 1017 &nbsp;&nbsp; BIC: KOMBCZPP"), "", ""],
]
mt = Table(meta, colWidths=[50 * mm, 44 * mm, 34 * mm, 52 * mm])
mt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LB), ("SPAN", (1, 5), (3, 5)), ("TOPPADDING", (0, 0), (-1, -1), 1),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
story += [mt, Spacer(1, 4 * mm)]

it = Table(rows, colWidths=[25 * mm, 82 * mm, 18 * mm, 19 * mm, 13 * mm, 23 * mm], repeatRows=1)
it.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cfe3ec")),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9ab")),
                        ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]))
for row in rows[1:]:
    for cell in row[2:]:
        cell.style = ParagraphStyle("cr", parent=stc, alignment=2)
story += [it, Spacer(1, 4 * mm)]

rek = [[P("<b>Rekapitulace DPH v Kč</b>"), P("<b>Základ</b>"), P("<b>Sazba</b>"), P("<b>DPH</b>"), P("<b>Celkem</b>")]]
for rate in (21, 0):
    rek.append([P("základní sazba" if rate else "nulová sazba (§ 71h)"), P(cz(base[rate])), P(f"{rate} %"),
                P(cz(dph[rate])), P(cz(base[rate] + dph[rate]))])
rek.append([P("<b>Celkem</b>"), P(f"<b>{cz(sum_base)}</b>"), P(""), P(f"<b>{cz(sum_dph)}</b>"), P(f"<b>{cz(celkem)}</b>")])
rt = Table(rek, colWidths=[40 * mm, 22 * mm, 14 * mm, 20 * mm, 22 * mm], hAlign="LEFT")
rt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8aa")), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
sumt = Table([[P("Součet položek"), P(cz(celkem) + " Kč")], [P("Zaokrouhlení"), P(cz(zaokr) + " Kč")],
              [P("<b>Celkem k úhradě</b>", stb), P(f"<b>{cz(rounded)} Kč</b>", stb)]], colWidths=[34 * mm, 30 * mm])
sumt.setStyle(TableStyle([("BACKGROUND", (0, 2), (-1, 2), LB), ("LINEABOVE", (0, 2), (-1, 2), 1, BLUE),
                          ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
for r in sumt._cellvalues:
    r[1].style = ParagraphStyle("rr", parent=r[1].style, alignment=2)
low = Table([[rt, sumt]], colWidths=[116 * mm, 64 * mm])
low.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
story += [low, Spacer(1, 6 * mm)]
story.append(P("Kniha (položka KN-17025) podléhá nulové sazbě DPH. Kalibrační protokoly jsou přiloženy k dodávce v elektronické podobě. "
               "Při platbě uvádějte variabilní symbol. Za prodlení s úhradou účtujeme smluvní úrok 0,05 % denně.", sts))
story.append(Spacer(1, 8 * mm))
story.append(P("Vystavil: Ing. Petra Dvořáková, tel. +420 541 212 880, fakturace@labmedia.cz &nbsp;&nbsp;&nbsp; Převzal: ....................................", st))
story.append(Spacer(1, 3 * mm))
story.append(P("LabMedia CZ s.r.o. je plátcem DPH. Doklad vystaven ekonomickým systémem POHODA.", sts))
doc.build(story)
print(sum_base, sum_dph, celkem, rounded, zaokr)
