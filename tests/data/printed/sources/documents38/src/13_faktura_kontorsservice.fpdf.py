import sys, datetime
from fpdf import FPDF
out = sys.argv[1] if len(sys.argv) > 1 else "13_faktura_kontorsservice.pdf"
F = "/usr/share/fonts/truetype/dejavu/"
def sek(x): return f"{x:,.2f}".replace(",", " ").replace(".", ",")

items = [("J-X8", "Kaffemaskin Jura X8, hyra mars 2025", 1, "mån", 1290.00, 25),
         ("LB-1000", "Kaffebönor Löfbergs Kharisma, 1 kg", 12, "st", 189.00, 12),
         ("PA-A480", "Kopieringspapper A4 80 g, låda 2 500 ark", 6, "st", 319.00, 25),
         ("HP-59X", "Toner HP 59X svart, original", 2, "st", 2145.00, 25),
         ("LA-LED7", "Skrivbordslampa LED med USB-laddning", 3, "st", 649.00, 25),
         ("FRAKT", "Frakt och hantering", 1, "st", 149.00, 25)]
base = {12: 0.0, 25: 0.0}
for *_, q, u, p, m in items: base[m] = round(base[m] + q * p, 2)
moms = {k: round(v * k / 100 + 1e-9, 2) for k, v in base.items()}
netto = sum(base.values()); mtot = round(sum(moms.values()), 2)
summa = round(netto + mtot, 2); att = round(summa); avr = round(att - summa, 2)

pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 4, 1, tzinfo=datetime.timezone.utc))
pdf.add_font("DV", "", F + "DejaVuSans.ttf"); pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
pdf.add_font("DVM", "", F + "DejaVuSansMono.ttf")
pdf.set_auto_page_break(False); pdf.add_page()
pdf.set_font("DV", "B", 16); pdf.set_xy(15, 14); pdf.cell(100, 8, "Norrlands Kontorsservice AB")
pdf.set_font("DV", "", 8); pdf.set_xy(15, 22); pdf.cell(100, 4, "Kontorsmaterial · Kaffeservice · Skrivare")
pdf.set_font("DV", "B", 18); pdf.set_xy(130, 14); pdf.cell(65, 8, "FAKTURA", align="R")
# 2x2 header grid, labels above values
grid = [[("Fakturadatum", "2025-03-18"), ("Fakturanummer", "50871")],
        [("Kundnummer", "11408"), ("Förfallodatum", "2025-04-17")],
        [("Er referens", "Maria Ek"), ("Vår referens", "Oskar Nyström")]]
y = 28
for row in grid:
    x = 125
    for lab, val in row:
        pdf.rect(x, y, 35, 11)
        pdf.set_font("DV", "", 6.5); pdf.set_xy(x + 1, y + 0.8); pdf.cell(33, 3, lab)
        pdf.set_font("DV", "", 9.5); pdf.set_xy(x + 1, y + 4.5); pdf.cell(33, 5, val)
        x += 35
    y += 11
pdf.set_font("DV", "", 10); pdf.set_xy(15, 40)
pdf.multi_cell(90, 5, "Byggnadsfirma Lindqvist & Ek AB\nAtt: Ekonomiavdelningen\nBox 7160\n907 04 Umeå")
pdf.set_font("DV", "", 8); pdf.set_xy(15, 68)
pdf.cell(180, 4, "Betalningsvillkor: 30 dagar netto   Dröjsmålsränta: 8 % över referensräntan   Leveransdatum: 2025-03-12")
# items
y = 78
cols = [("Art.nr", 22, "L"), ("Benämning", 80, "L"), ("Antal", 14, "R"), ("Enh", 12, "L"), ("À-pris", 22, "R"), ("Moms", 12, "R"), ("Belopp", 22, "R")]
pdf.set_fill_color(225, 232, 240); pdf.set_font("DV", "B", 8)
x = 15
for h, w, a in cols: pdf.set_xy(x, y); pdf.cell(w, 6, h, align=a, fill=True); x += w
y += 7; pdf.set_font("DV", "", 8.5)
for code, name, q, u, p, m in items:
    vals = [code, name, str(q), u, sek(p), f"{m} %", sek(q * p)]
    x = 15
    for (h, w, a), v in zip(cols, vals): pdf.set_xy(x, y); pdf.cell(w, 5.5, v, align=a); x += w
    y += 5.5
pdf.line(15, y + 1, 199, y + 1)
# totals box at right
y = 142
rows = [("Netto", sek(netto)), ("Moms 12 % på " + sek(base[12]), sek(moms[12])), ("Moms 25 % på " + sek(base[25]), sek(moms[25])),
        ("Summa moms", sek(mtot)), ("Öresavrundning", sek(avr)), ]
for l, v in rows:
    pdf.set_font("DV", "", 9); pdf.set_xy(115, y); pdf.cell(55, 5.5, l); pdf.set_xy(170, y); pdf.cell(29, 5.5, v, align="R"); y += 5.5
pdf.set_font("DV", "B", 12); pdf.set_xy(115, y + 1); pdf.cell(45, 8, "Att betala SEK", border="T")
pdf.set_xy(160, y + 1); pdf.cell(39, 8, sek(att), border="T", align="R")
pdf.set_font("DV", "", 8); pdf.set_xy(15, 142)
pdf.multi_cell(90, 4, "Vid betalning, ange OCR-nummer 508712039.\nFakturan är skickad till er e-postadress\nfaktura@lindqvist-ek.example.\n\nTack för att du handlar hos oss!")
# footer
pdf.set_font("DV", "", 7); pdf.set_xy(15, 190)
pdf.multi_cell(184, 3.5, "Norrlands Kontorsservice AB · Storgatan 88, 903 26 Umeå · Tel 090-14 22 70 · Org.nr 556812-4471 · Momsreg.nr SE556812447101 · Godkänd för F-skatt · Bankgiro 5561-2290")
# payment slip
pdf.set_draw_color(120, 120, 120); pdf.set_dash_pattern(dash=2, gap=2); pdf.line(0, 200, 210, 200); pdf.set_dash_pattern()
pdf.set_font("DV", "", 7); pdf.set_xy(15, 201); pdf.cell(60, 3, "✂  Avskiljes vid betalning")
pdf.set_fill_color(255, 236, 214); pdf.rect(10, 206, 190, 82, style="F")
pdf.set_font("DV", "B", 11); pdf.set_xy(15, 209); pdf.cell(100, 6, "INBETALNING/GIRERING AVI")
pdf.set_font("DV", "", 7); pdf.set_xy(150, 209); pdf.cell(45, 4, "Bankgirot", align="R")
def sbox(x, y, w, h, lab, val, size=10):
    pdf.set_fill_color(255, 255, 255); pdf.rect(x, y, w, h, style="DF")
    pdf.set_font("DV", "", 6.5); pdf.set_xy(x + 1, y + 0.5); pdf.cell(w - 2, 3, lab)
    pdf.set_font("DVM", "", size); pdf.set_xy(x + 1, y + 4); pdf.multi_cell(w - 2, 4.4, val)
sbox(15, 218, 85, 26, "Betalningsmottagare", "Norrlands Kontorsservice AB\nStorgatan 88\n903 26 Umeå", 8.5)
sbox(110, 218, 85, 26, "Inbetalare", "Byggnadsfirma Lindqvist & Ek AB\nBox 7160\n907 04 Umeå", 8.5)
sbox(15, 250, 50, 12, "Kundnr / Fakturanr", "11408 / 50871")
sbox(70, 250, 40, 12, "Förfallodag", "2025-04-17")
sbox(115, 250, 80, 12, "Till bankgironummer", "5561-2290")
# OCR line with kronor and öre separate
pdf.set_font("DVM", "", 10.5); pdf.set_xy(15, 272)
kr, ore = f"{int(att):,}".replace(",", " "), f"{int(round((att % 1) * 100)):02d}"
pdf.cell(180, 6, f"#  508712039 #   {kr} {ore}   5 >   55612290#41#")
pdf.set_font("DV", "", 6.5); pdf.set_xy(15, 266); pdf.cell(40, 4, "OCR-nummer"); pdf.set_xy(70, 266); pdf.cell(30, 4, "Kronor   Öre")
pdf.output(out)
