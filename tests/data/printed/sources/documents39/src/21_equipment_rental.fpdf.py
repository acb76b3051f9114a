"""Gépkölcsönző Duna-Mix Kft. - havi bérleti számla (HUF), fpdf2, több oldalas."""
import sys
from datetime import datetime, timezone
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "21_equipment_rental.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/"

# (megnevezés, időszak, mennyiség, me., nettó egységár, nettó érték, ÁFA kulcs, ÁFA, bruttó)
ROWS = [
    ('Minikotró 1,7 t (Kubota KX019-4), gépszám MK-07', '2025.04.01.–04.11.', '9', 'nap', '28 500', '256 500', '27%', '69 255', '325 755'),
    ('Minikotró 1,7 t – hétvégi készenléti díj', '2025.04.05.–04.06.', '2', 'nap', '9 500', '19 000', '27%', '5 130', '24 130'),
    ('Gumikerekes homlokrakodó 2,5 t (Avant 528), HR-02', '2025.04.02.–04.04.', '3', 'nap', '34 000', '102 000', '27%', '27 540', '129 540'),
    ('Lapvibrátor 90 kg (Weber CF2), LV-14', '2025.04.03.–04.10.', '6', 'nap', '6 200', '37 200', '27%', '10 044', '47 244'),
    ('Lapvibrátor 90 kg (Weber CF2), LV-15', '2025.04.14.–04.17.', '4', 'nap', '6 200', '24 800', '27%', '6 696', '31 496'),
    ('Vibrohenger 1,5 t (Bomag BW 100), VH-03', '2025.04.14.–04.16.', '3', 'nap', '31 000', '93 000', '27%', '25 110', '118 110'),
    ('Aggregátor 20 kVA (Atlas Copco QAS 20), AG-05', '2025.04.01.–04.30.', '21', 'nap', '14 500', '304 500', '27%', '82 215', '386 715'),
    ('Aggregátor üzemanyag-feltöltés (gázolaj)', '2025.04.30.', '186', 'liter', '640', '119 040', '27%', '32 141', '151 181'),
    ('Ollós emelő 12 m (Genie GS-3246), OE-11', '2025.04.07.–04.18.', '10', 'nap', '26 000', '260 000', '27%', '70 200', '330 200'),
    ('Ollós emelő 12 m – kezelői oktatás', '2025.04.07.', '1', 'alkalom', '18 000', '18 000', '27%', '4 860', '22 860'),
    ('Csuklós emelő 16 m (JLG 450AJ), CSE-02', '2025.04.22.–04.25.', '4', 'nap', '52 000', '208 000', '27%', '56 160', '264 160'),
    ('Homlokzati állvány, bérleti díj', '2025.04.01.–04.30.', '420', 'm²/hó', '690', '289 800', '27%', '78 246', '368 046'),
    ('Homlokzati állvány, fel- és leszerelés', '2025.04.01.', '420', 'm²', '1 450', '609 000', '27%', '164 430', '773 430'),
    ('Állványháló, szemétcsúszda', '2025.04.01.–04.30.', '1', 'klt/hó', '48 000', '48 000', '27%', '12 960', '60 960'),
    ('Betonkeverő 180 l, BK-21', '2025.04.02.–04.12.', '9', 'nap', '3 800', '34 200', '27%', '9 234', '43 434'),
    ('Betonkeverő 180 l, BK-22', '2025.04.02.–04.12.', '9', 'nap', '3 800', '34 200', '27%', '9 234', '43 434'),
    ('Bontókalapács 30 kg (Hilti TE 3000-AVR), BT-09', '2025.04.01.–04.09.', '7', 'nap', '9 900', '69 300', '27%', '18 711', '88 011'),
    ('Bontókalapács 16 kg (Makita HM1512), BT-12', '2025.04.01.–04.09.', '7', 'nap', '7 400', '51 800', '27%', '13 986', '65 786'),
    ('Fúrókalapács SDS-max (Bosch GBH 8-45), FK-31', '2025.04.08.–04.25.', '14', 'nap', '5 900', '82 600', '27%', '22 302', '104 902'),
    ('Vizes falvágó 350 mm (Husqvarna K 770), FV-04', '2025.04.10.–04.11.', '2', 'nap', '11 500', '23 000', '27%', '6 210', '29 210'),
    ('Gyémánttárcsa kopás (mért)', '2025.04.11.', '18', 'mm', '950', '17 100', '27%', '4 617', '21 717'),
    ('Ipari porszívó M osztály (Festool CTM 48), PS-17', '2025.04.01.–04.30.', '21', 'nap', '4 200', '88 200', '27%', '23 814', '112 014'),
    ('Szárító-páramentesítő 50 l (Trotec TTK 650), SZ-08', '2025.04.15.–04.30.', '12', 'nap', '5 600', '67 200', '27%', '18 144', '85 344'),
    ('Hőlégfúvó gázos 30 kW, HL-03', '2025.04.01.–04.04.', '4', 'nap', '6 800', '27 200', '27%', '7 344', '34 544'),
    ('Mobil WC konténer, heti ürítéssel', '2025.04.01.–04.30.', '2', 'db/hó', '42 000', '84 000', '27%', '22 680', '106 680'),
    ('Építési konténer 8 m³, elszállítással (vegyes törmelék)', '2025.04.09.', '3', 'forduló', '68 000', '204 000', '27%', '55 080', '259 080'),
    ('Építési konténer 8 m³, elszállítással (beton, tégla)', '2025.04.16.', '2', 'forduló', '54 000', '108 000', '27%', '29 160', '137 160'),
    ('Irodakonténer 6 m, bútorozott', '2025.04.01.–04.30.', '1', 'db/hó', '118 000', '118 000', '27%', '31 860', '149 860'),
    ('Raktárkonténer 6 m', '2025.04.01.–04.30.', '1', 'db/hó', '62 000', '62 000', '27%', '16 740', '78 740'),
    ('Mobil kerítés 3,5 m, talppal', '2025.04.01.–04.30.', '38', 'tábla/hó', '1 150', '43 700', '27%', '11 799', '55 499'),
    ('Gépszállítás, 7,5 t-s platós tehergépjármű (oda)', '2025.04.01.', '3', 'forduló', '32 000', '96 000', '27%', '25 920', '121 920'),
    ('Gépszállítás, 7,5 t-s platós tehergépjármű (vissza)', '2025.04.30.', '3', 'forduló', '32 000', '96 000', '27%', '25 920', '121 920'),
    ('Gépszállítás, darus (emelők)', '2025.04.07.', '2', 'forduló', '46 000', '92 000', '27%', '24 840', '116 840'),
    ('Gépmosás, takarítási díj visszavételkor', '2025.04.30.', '5', 'db', '7 500', '37 500', '27%', '10 125', '47 625'),
    ('Géptörési biztosítás 8% (a napi bérleti díjak 1 782 700 Ft összege után)', '2025.04.01.–04.30.', '1', 'tétel', '142 616', '142 616', '27%', '38 506', '181 122'),
]

COLS = [(66, "Megnevezés", "L"), (24, "Időszak", "L"), (12, "Menny.", "R"), (14, "Me.", "L"),
        (17, "Nettó egységár", "R"), (19, "Nettó érték", "R"), (9, "ÁFA", "R"), (17, "ÁFA összeg", "R"), (0, "", "R")]
# the last column (bruttó) is omitted in print to keep the table readable; widths sum to 178 mm


class Szamla(FPDF):
    def header(self):
        self.set_font("DV", "B", 12)
        self.set_text_color(0, 70, 127)
        self.set_xy(16, 10)
        self.cell(100, 6, "DUNA-MIX")
        self.set_font("DV", "", 7)
        self.set_text_color(90, 90, 90)
        self.set_xy(16, 15.5)
        self.cell(100, 4, "gépkölcsönzés · állványzat · konténer")
        self.set_font("DV", "", 8)
        self.set_text_color(0, 0, 0)
        self.set_xy(110, 10)
        self.cell(84, 5, "Számla sorszáma: DMX-2025/00612", align="R")
        self.set_xy(110, 15)
        self.cell(84, 5, f"{self.page_no()}. oldal / {{nb}}", align="R")
        self.set_draw_color(0, 70, 127)
        self.line(16, 21, 194, 21)
        self.set_y(25)
        if self.page_no() > 1:
            self.table_header()

    def footer(self):
        self.set_y(-16)
        self.set_font("DV", "", 6.5)
        self.set_text_color(100, 100, 100)
        self.multi_cell(0, 3.2,
            "Gépkölcsönző Duna-Mix Kft. · 2040 Budaörs, Gyár utca 14. · Cégjegyzékszám: 13-09-187452 (Budapest Környéki Törvényszék Cégbírósága) · "
            "Adószám: 25418370-2-13\nOTP Bank Nyrt. 11773016-02847319-00000000 · IBAN HU40 1177 3016 0284 7319 0000 0000 · www.dunamix.hu · szamla@dunamix.hu",
            align="C")

    def table_header(self):
        self.set_font("DV", "B", 6.8)
        self.set_fill_color(222, 233, 244)
        self.set_x(16)
        for w, t, a in COLS:
            if w:
                self.cell(w, 6, t, border="TB", align=a, fill=True)
        self.ln()


pdf = Szamla(format="A4")
pdf.set_creation_date(datetime(2025, 4, 30, 15, 0, tzinfo=timezone.utc))
pdf.set_title("Számla DMX-2025/00612")
pdf.set_author("Gépkölcsönző Duna-Mix Kft.")
pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.set_margins(16, 25, 16)
pdf.set_auto_page_break(True, 22)
pdf.add_page()

pdf.set_font("DV", "B", 16)
pdf.set_x(16)
pdf.cell(178, 9, "SZÁMLA", align="C")
pdf.ln(10)

def party(x, title, lines):
    pdf.set_xy(x, 36)
    pdf.set_font("DV", "B", 7)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(86, 4, title)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x, 41)
    pdf.set_font("DV", "B", 9)
    pdf.cell(86, 5, lines[0])
    pdf.set_font("DV", "", 8)
    y = 46.5
    for l in lines[1:]:
        pdf.set_xy(x, y)
        pdf.cell(86, 4.2, l)
        y += 4.2
    pdf.rect(x - 1.5, 35, 88, 34)

party(17.5, "ELADÓ", ["Gépkölcsönző Duna-Mix Kft.", "2040 Budaörs, Gyár utca 14.", "Adószám: 25418370-2-13",
                      "Közösségi adószám: HU25418370", "Bankszámla: 11773016-02847319-00000000"])
party(107.5, "VEVŐ", ["Kovács és Társa Építőipari Kft.", "1117 Budapest, Fehérvári út 84.", "Adószám: 14827365-2-43",
                      "Vevőkód: V-00418", "Projekt: Fehérvári út 84. irodaház felújítás"])

# key data grid
keys = [("Fizetési mód", "átutalás"), ("Teljesítés dátuma", "2025.04.30."), ("Számla kelte", "2025. április 30."),
        ("Fizetési határidő", "2025.05.15."), ("Pénznem", "HUF")]
pdf.set_xy(16, 73)
w = 178 / len(keys)
pdf.set_font("DV", "", 6.5)
pdf.set_text_color(90, 90, 90)
for k, v in keys:
    pdf.cell(w, 4.5, k, border="LTR", align="C")
pdf.ln()
pdf.set_x(16)
pdf.set_font("DV", "B", 8.5)
pdf.set_text_color(0, 0, 0)
for k, v in keys:
    pdf.cell(w, 6, v, border="LBR", align="C")
pdf.ln(9)
pdf.set_x(16)
pdf.set_font("DV", "", 7.5)
pdf.multi_cell(178, 3.8, "Bérleti időszak: 2025.04.01.–2025.04.30. · Bérleti szerződés: BSZ-2024/118 · Megrendelés: KT-MR-2025-031 "
               "(Kovács Gábor építésvezető). Az időszak munkanapokban értendő, ha a mértékegység „nap”.", align="L")
pdf.ln(2)
pdf.table_header()

pdf.set_font("DV", "", 6.8)
for r in ROWS:
    vals = r[:8]
    # estimate row height
    nlines = len(pdf.multi_cell(COLS[0][0], 3.6, vals[0], dry_run=True, output="LINES"))
    h = max(1, nlines) * 3.6 + 1.2
    if pdf.get_y() + h > pdf.h - 22:
        pdf.add_page()
        pdf.set_font("DV", "", 6.8)
    y = pdf.get_y()
    pdf.set_x(16)
    pdf.multi_cell(COLS[0][0], 3.6, vals[0], align="L")
    x = 16 + COLS[0][0]
    for (w, _, a), v in zip(COLS[1:8], vals[1:8]):
        pdf.set_xy(x, y)
        pdf.cell(w, 3.6, v, align=a)
        x += w
    pdf.set_y(y + h)
    pdf.set_draw_color(220, 220, 220)
    pdf.line(16, pdf.get_y() - 0.6, 194, pdf.get_y() - 0.6)

# totals (ÁFA összesítő) - keep together on the last page
if pdf.get_y() + 60 > pdf.h - 22:
    pdf.add_page()
pdf.ln(4)
pdf.set_font("DV", "B", 8)
pdf.set_x(80)
for w, t in [(30, "ÁFA kulcs"), (28, "Nettó"), (28, "ÁFA"), (28, "Bruttó")]:
    pdf.cell(w, 6, t, border="B", align="R")
pdf.ln()
pdf.set_font("DV", "", 8)
pdf.set_x(80)
for w, t in [(30, "27%"), (28, "3 967 456"), (28, "1 071 213"), (28, "5 038 669")]:
    pdf.cell(w, 6, t, align="R")
pdf.ln(8)

for label, val, bold in [("Nettó összesen:", "3 967 456 Ft", False), ("ÁFA összesen (27%):", "1 071 213 Ft", False),
                         ("Bruttó végösszeg:", "5 038 669 Ft", True)]:
    pdf.set_x(100)
    pdf.set_font("DV", "B" if bold else "", 10 if bold else 9)
    if bold:
        pdf.set_fill_color(222, 233, 244)
    pdf.cell(54, 7, label, fill=bold)
    pdf.cell(40, 7, val, align="R", fill=bold)
    pdf.ln()
pdf.ln(3)
pdf.set_x(16)
pdf.set_font("DV", "", 8)
pdf.multi_cell(178, 4, "Azaz ötmillió-harmincnyolcezer-hatszázhatvankilenc forint.\n"
               "Kérjük, az utaláskor a közleményben a számla sorszámát (DMX-2025/00612) tüntesse fel. "
               "Késedelmes fizetés esetén a Ptk. 6:155. § szerinti késedelmi kamatot és 40 eurónak megfelelő behajtási költségátalányt számítunk fel.",
               align="L")
pdf.ln(8)
pdf.set_x(120)
pdf.cell(74, 4, "..................................................", align="C")
pdf.ln()
pdf.set_x(120)
pdf.cell(74, 4, "kiállító: Szabó Réka", align="C")

pdf.output(out)
