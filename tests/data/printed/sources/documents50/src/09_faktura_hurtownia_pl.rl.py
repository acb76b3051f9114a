"""Electrical wholesaler's Faktura VAT to an installation contractor: 52 lines (cables, protection devices,
switchgear, LED luminaires) over two pages, VAT 23 %; table footer "Razem", VAT summary by rate, amount payable
and the amount in words on page 2; split-payment note (MPP).
Poland / Poznań (ReportLab platypus). Usage: python3 09_faktura_hurtownia_pl.rl.py out.pdf"""
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
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", F + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", F + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB")
BLUE = colors.HexColor("#123f7a")
LIGHT = colors.HexColor("#e7eef8")
ST = ParagraphStyle("n", fontName="DV", fontSize=8, leading=10.4)
SS = ParagraphStyle("s", parent=ST, fontName="DVC", fontSize=7, leading=9)
SH = ParagraphStyle("h", parent=ST, fontName="DVB", fontSize=15, leading=18, textColor=BLUE, alignment=TA_RIGHT)
SR = ParagraphStyle("r", parent=ST, alignment=TA_RIGHT)
C = D("0.01")


def q(x):
    return x.quantize(C, ROUND_HALF_UP)


def pl(x):
    """12 345,67 (non-breaking space as thousands separator)"""
    return f"{x:,.2f}".replace(",", "\u00a0").replace(".", ",")


# (name, unit, qty, unit net price)
ITEMS = [
    ("Przewód YDYp 3x1,5 mm² 450/750V, krążek 100 m", "m", 1200, "2.18"),
    ("Przewód YDYp 3x2,5 mm² 450/750V, krążek 100 m", "m", 1500, "3.32"),
    ("Przewód YDYp 5x2,5 mm² 450/750V", "m", 300, "5.46"),
    ("Przewód YDY 5x6 mm² 450/750V", "m", 120, "13.90"),
    ("Kabel YKY 5x10 mm² 0,6/1 kV", "m", 85, "27.40"),
    ("Kabel YKXS 4x16 mm² 0,6/1 kV", "m", 60, "36.75"),
    ("Przewód LgY 1x6 mm² żółto-zielony", "m", 200, "2.96"),
    ("Przewód LgY 1x16 mm² żółto-zielony", "m", 50, "7.35"),
    ("Kabel teleinformatyczny U/UTP kat. 6, karton 305 m", "szt.", 6, "389.00"),
    ("Rura karbowana RKGL 20 mm, szara, krążek 50 m", "krąż.", 30, "28.90"),
    ("Rura karbowana RKGL 25 mm, szara, krążek 50 m", "krąż.", 12, "36.40"),
    ("Korytko kablowe perforowane 100x60 mm, 3 m", "szt.", 24, "48.20"),
    ("Puszka podtynkowa fi 60, głęboka", "szt.", 400, "0.74"),
    ("Puszka rozgałęźna natynkowa IP55 100x100", "szt.", 60, "6.85"),
    ("Gniazdo wtyczkowe pojedyncze z uziemieniem, białe", "szt.", 180, "9.40"),
    ("Gniazdo podwójne z uziemieniem, białe", "szt.", 90, "16.70"),
    ("Łącznik jednobiegunowy, biały", "szt.", 120, "8.15"),
    ("Łącznik schodowy, biały", "szt.", 40, "9.30"),
    ("Ramka pojedyncza, biała", "szt.", 300, "2.45"),
    ("Ramka podwójna pozioma, biała", "szt.", 80, "4.60"),
    ("Wyłącznik nadprądowy B10 1P 6 kA", "szt.", 60, "11.90"),
    ("Wyłącznik nadprądowy B16 1P 6 kA", "szt.", 120, "11.90"),
    ("Wyłącznik nadprądowy C20 3P 6 kA", "szt.", 18, "58.40"),
    ("Wyłącznik nadprądowy C32 3P 10 kA", "szt.", 6, "96.50"),
    ("Wyłącznik różnicowoprądowy 2P 25 A 30 mA typ A", "szt.", 24, "87.60"),
    ("Wyłącznik różnicowoprądowy 4P 40 A 30 mA typ A", "szt.", 14, "168.90"),
    ("Ogranicznik przepięć T1+T2 4P 12,5 kA", "szt.", 4, "642.00"),
    ("Rozłącznik izolacyjny 3P 63 A", "szt.", 6, "71.30"),
    ("Rozdzielnica natynkowa 3x12 modułów IP40 z drzwiami", "szt.", 8, "214.00"),
    ("Rozdzielnica podtynkowa 4x18 modułów", "szt.", 4, "398.50"),
    ("Listwa zaciskowa N/PE 2x15 zacisków", "szt.", 24, "14.80"),
    ("Szyna łączeniowa widełkowa 3P 12 modułów", "szt.", 20, "17.90"),
    ("Kontrolka sygnalizacyjna L1-L2-L3", "szt.", 8, "24.60"),
    ("Stycznik modułowy 25 A 2NO 230 V", "szt.", 10, "73.20"),
    ("Oprawa LED panel 60x60 36 W 4000 K UGR<19", "szt.", 64, "118.00"),
    ("Oprawa LED hermetyczna 120 cm 40 W IP65", "szt.", 36, "96.40"),
    ("Oprawa awaryjna LED 3 W 1 h, piktogram", "szt.", 22, "142.50"),
    ("Downlight LED 18 W 3000 K, fi 170", "szt.", 48, "44.90"),
    ("Czujnik ruchu sufitowy 360° IP20", "szt.", 12, "58.80"),
    ("Zasilacz LED 24 V 100 W IP67", "szt.", 6, "128.00"),
    ("Taśma LED 24 V 14,4 W/m 4000 K, 5 m", "szt.", 10, "86.40"),
    ("Profil aluminiowy do taśm LED z kloszem, 2 m", "szt.", 25, "24.30"),
    ("Złączka instalacyjna 3x0,2-4 mm², op. 50 szt.", "op.", 20, "38.50"),
    ("Złączka instalacyjna 5x0,2-4 mm², op. 40 szt.", "op.", 10, "44.20"),
    ("Opaska kablowa 4,8x300 mm czarna, op. 100 szt.", "op.", 25, "11.60"),
    ("Taśma izolacyjna PCV 19 mm x 20 m, mix kolorów", "op.", 10, "32.50"),
    ("Dławnica kablowa M20 IP68, op. 50 szt.", "op.", 6, "41.80"),
    ("Uchwyt do rur 20 mm, op. 100 szt.", "op.", 12, "23.90"),
    ("Bednarka ocynkowana 30x4 mm", "kg", 120, "8.45"),
    ("Pręt uziemiający 1,5 m fi 16 z końcówką", "szt.", 8, "54.20"),
    ("Złącze kontrolne ZK do bednarki", "szt.", 8, "12.70"),
    ("Tester napięcia dwubiegunowy CAT IV", "szt.", 2, "189.00"),
]
rows = []
for i, (name, unit, qty, price) in enumerate(ITEMS, 1):
    p = D(price)
    rows.append((i, name, unit, qty, p, q(qty * p)))
NET = sum(r[5] for r in rows)
VAT = q(NET * D("0.23"))
GROSS = NET + VAT
assert (len(rows), NET, VAT, GROSS) == (52, D("67277.60"), D("15473.85"), D("82751.45")), (len(rows), NET, VAT, GROSS)

UNITS = ["", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"]
TEENS = ["dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście", "siedemnaście",
         "osiemnaście", "dziewiętnaście"]
TENS = ["", "", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt",
        "osiemdziesiąt", "dziewięćdziesiąt"]
HUND = ["", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset", "dziewięćset"]


def words3(n):
    h, t, u = n // 100, n // 10 % 10, n % 10
    w = [HUND[h]]
    if t == 1:
        w.append(TEENS[u])
    else:
        w += [TENS[t], UNITS[u]]
    return " ".join(x for x in w if x)


def form(n, one, few, many):
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def slownie(x):
    zl = int(x)
    gr = int((x - zl) * 100)
    th, rest = divmod(zl, 1000)
    parts = []
    if th:
        parts.append("tysiąc" if th == 1 else words3(th) + " " + form(th, "tysiąc", "tysiące", "tysięcy"))
    if rest:
        parts.append(words3(rest))
    return " ".join(parts) + " " + form(zl, "złoty", "złote", "złotych") + f" {gr:02d}/100"


WORDS = slownie(GROSS)
assert WORDS == "osiemdziesiąt dwa tysiące siedemset pięćdziesiąt jeden złotych 45/100", WORDS

N1 = 31


def footer(c, doc):
    c.saveState()
    c.setFont("DVC", 6.8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(15 * mm, 10 * mm, "Volt-Mar Hurtownia Elektryczna Sp. z o.o. · ul. Gorzysława 14, 61-057 Poznań · KRS 0000618273 · "
                 "kapitał zakładowy 250 000 zł")
    c.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Strona {doc.page} z 2")
    c.restoreState()


doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=13 * mm,
                        bottomMargin=17 * mm, title="Faktura VAT FV/2025/11/0318", author="Volt-Mar Hurtownia Elektryczna",
                        initialFontName="DV", initialFontSize=8)
story = []
head = Table([[Paragraph("<font color='#123f7a' size='17'><b>VOLT-MAR</b></font><br/>"
                         "<font size='7.5'>HURTOWNIA ELEKTRYCZNA · KABLE · AUTOMATYKA · OŚWIETLENIE</font>", ST),
               Paragraph("FAKTURA VAT", SH)],
              ["", Paragraph("nr <b>FV/2025/11/0318</b> · oryginał", SR)]],
             colWidths=[100 * mm, 80 * mm])
head.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
story += [head, Spacer(1, 6)]
dates = Table([["Miejsce wystawienia:", "Poznań", "Data wystawienia:", "2025-11-03"],
               ["Data dostawy:", "2025-10-31", "Termin płatności:", "2025-11-17 (14 dni)"],
               ["Zamówienie klienta:", "ZAM/IB/2025/0447", "Sposób płatności:", "przelew"],
               ["Dokument WZ:", "WZ/2025/10/1182, WZ/2025/10/1190", "Numer klienta:", "K-004127"]],
              colWidths=[44 * mm, 62 * mm, 30 * mm, 44 * mm])
dates.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7.8), ("FONT", (3, 0), (3, 1), "DVB", 7.8),
                           ("TEXTCOLOR", (0, 0), (0, -1), colors.grey), ("TEXTCOLOR", (2, 0), (2, -1), colors.grey),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
story += [dates, Spacer(1, 6)]
parties = Table([[Paragraph("<font color='#123f7a'><b>SPRZEDAWCA</b></font><br/><b>Volt-Mar Hurtownia Elektryczna Sp. z o.o.</b><br/>"
                            "ul. Gorzysława 14<br/>61-057 Poznań<br/>NIP: 674-182-73-97<br/>"
                            "Bank: mBank S.A.<br/>PL79 1140 2004 0000 4182 7364 1047", ST),
                  Paragraph("<font color='#123f7a'><b>NABYWCA</b></font><br/><b>Instal-Bud Nowak i Wspólnicy Sp.j.</b><br/>"
                            "ul. Kościuszki 88<br/>62-020 Swarzędz<br/>NIP: 945-207-31-89<br/><br/>"
                            "Odbiorca: budowa „Osiedle Nad Cybiną”, bud. C, Poznań", ST)]],
                colWidths=[90 * mm, 90 * mm])
parties.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8), ("BOX", (0, 0), (0, 0), 0.6, BLUE),
                             ("BOX", (1, 0), (1, 0), 0.6, BLUE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
story += [parties, Spacer(1, 8)]

HDR = ["Lp.", "Nazwa towaru / usługi", "J.m.", "Ilość", "Cena netto", "Wartość netto", "VAT"]
CW = [9, 91, 12, 14, 18, 24, 12]


def item_table(part, foot=None):
    data = [HDR] + [[str(r[0]), Paragraph(r[1], SS), r[2], str(r[3]), pl(r[4]), pl(r[5]), "23%"] for r in part]
    if foot:
        data += foot
    t = Table(data, colWidths=[w * mm for w in CW], repeatRows=1)
    st = [("FONT", (0, 0), (-1, -1), "DVC", 7.2), ("FONT", (0, 0), (-1, 0), "DVCB", 7.2),
          ("BACKGROUND", (0, 0), (-1, 0), LIGHT), ("GRID", (0, 0), (-1, len(part)), 0.3, colors.HexColor("#9fb3cf")),
          ("ALIGN", (3, 0), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (0, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    if foot:
        st += [("FONT", (0, len(part) + 1), (-1, -1), "DVCB", 7.6), ("LINEABOVE", (0, len(part) + 1), (-1, len(part) + 1), 1, BLUE),
               ("SPAN", (0, len(part) + 1), (4, len(part) + 1))]
    t.setStyle(TableStyle(st))
    return t


story.append(item_table(rows[:N1]))
story.append(Spacer(1, 4))
story.append(Paragraph("ciąg dalszy na stronie 2", SR))
story.append(PageBreak())
story.append(Paragraph("<b>Faktura VAT nr FV/2025/11/0318</b> z dnia 2025-11-03 – ciąg dalszy · nabywca: Instal-Bud Nowak i Wspólnicy Sp.j.", ST))
story.append(Spacer(1, 5))
story.append(item_table(rows[N1:], [["Razem", "", "", "", "", pl(NET), ""]]))
story.append(Spacer(1, 10))

summ = Table([["Według stawki VAT", "Wartość netto", "Kwota VAT", "Wartość brutto"],
              ["23%", pl(NET), pl(VAT), pl(GROSS)],
              ["Razem", pl(NET), pl(VAT), pl(GROSS)]],
             colWidths=[34 * mm, 30 * mm, 28 * mm, 30 * mm], hAlign="RIGHT")
summ.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8), ("FONT", (0, 0), (-1, 0), "DVB", 7.6),
                          ("FONT", (0, 2), (-1, 2), "DVB", 8), ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                          ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb3cf")), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
story += [summ, Spacer(1, 10)]
pay = Table([[Paragraph(f"<b>Do zapłaty: {pl(GROSS)} PLN</b>", ParagraphStyle("big", parent=ST, fontName="DVB", fontSize=12, leading=15))],
             [Paragraph(f"Słownie: {WORDS}", ST)],
             [Paragraph("Zapłacono: 0,00 PLN · Pozostało do zapłaty: " + pl(GROSS) + " PLN", ST)]],
            colWidths=[180 * mm])
pay.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8), ("BOX", (0, 0), (-1, -1), 0.8, BLUE),
                         ("BACKGROUND", (0, 0), (-1, 0), LIGHT)]))
story += [pay, Spacer(1, 8)]
story.append(Paragraph("<b>Mechanizm podzielonej płatności.</b> Faktura obejmuje towary wymienione w załączniku nr 15 do ustawy o VAT "
                       "(poz. 1077–1081: przewody i kable); płatność należy zrealizować z zastosowaniem mechanizmu podzielonej "
                       "płatności na rachunek PL79 1140 2004 0000 4182 7364 1047 (mBank S.A.), w tytule: FV/2025/11/0318.", ST))
story.append(Spacer(1, 5))
story.append(Paragraph("Reklamacje ilościowe przyjmujemy w dniu dostawy, jakościowe – w terminie 14 dni. Towar pozostaje własnością "
                       "sprzedawcy do czasu zapłaty całej należności. Od należności nieuregulowanych w terminie naliczamy odsetki "
                       "ustawowe za opóźnienie w transakcjach handlowych.", SS))
story.append(Spacer(1, 24))
sig = Table([["Marta Wiśniewska", ""], ["osoba upoważniona do wystawienia", "osoba upoważniona do odbioru"]],
            colWidths=[90 * mm, 90 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7.4), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                         ("LINEABOVE", (0, 1), (0, 1), 0.4, colors.grey), ("LINEABOVE", (1, 1), (1, 1), 0.4, colors.grey)]))
story.append(sig)
doc.build(story, onFirstPage=footer, onLaterPages=footer)
