# Romanian construction invoice (situație de lucrări nr. 4 with advance reversal), three pages, drawn with fpdf2.
import sys
from datetime import datetime, timezone
from decimal import Decimal as D, ROUND_HALF_UP
from fpdf import FPDF

FD = "/usr/share/fonts/truetype/dejavu/"
def q2(x): return D(x).quantize(D("0.01"), ROUND_HALF_UP)
def ro(x):
    x = q2(x); neg = x < 0; s = f"{abs(x):.2f}"; i, f = s.split(".")
    g = []
    while len(i) > 3: g.insert(0, i[-3:]); i = i[:-3]
    g.insert(0, i)
    return ("-" if neg else "") + ".".join(g) + "," + f

ITEMS = [  # (chapter, code, description, unit, qty, price)
 ("1. TERASAMENTE", "TSA02C1", "Săpătură mecanică cu excavatorul de 0,40–0,70 mc, în pământ cu umiditate naturală, cu descărcare în autovehicul", "mc", "142.50", "38.00"),
 ("2. FUNDAȚII ȘI STRUCTURĂ", "CA01B1", "Beton simplu C16/20 turnat în fundații continue, inclusiv pompare și compactare", "mc", "68.40", "245.00"),
 ("", "CA02F1", "Beton armat C25/30 în stâlpi și grinzi, turnat cu pompa, clasa de expunere XC1", "mc", "12.80", "410.00"),
 ("", "CC02C1", "Armături din oțel beton BST500S, fasonate și montate în elemente de construcții", "kg", "3850.0", "6.20"),
 ("", "CB02A1", "Cofraje din panouri refolosibile pentru stâlpi, grinzi și centuri, inclusiv decofrare", "mp", "96.00", "112.00"),
 ("3. ZIDĂRII", "CF01A1", "Zidărie din blocuri ceramice cu goluri verticale 25 cm, cu mortar M10, la pereți exteriori", "mp", "410.30", "54.00"),
 ("", "CF02B1", "Zidărie din blocuri ceramice 11,5 cm la pereți despărțitori interiori", "mp", "384.60", "41.50"),
 ("4. ÎNVELITORI ȘI HIDROIZOLAȚII", "IZF04A1", "Hidroizolație terasă cu membrană bituminoasă în două straturi, inclusiv amorsaj", "mp", "210.00", "63.00"),
 ("", "IZF11B1", "Termoizolație terasă cu plăci XPS 15 cm, cu strat de separație geotextil", "mc", "57.20", "285.00"),
 ("", "TI03B1", "Strat de pantă din beton ușor cu granule de polistiren, grosime medie 8 cm", "mp", "128.00", "96.00"),
 ("", "ACZ01", "Scări de acces pe terasă și parapeți metalici, confecționat și montat (lot)", "buc", "1", "8400.00"),
 ("5. TÂMPLĂRIE", "CK01B1", "Tâmplărie PVC cu 5 camere și geam termoizolant tripan, montată cu spumă și benzi de etanșare", "mp", "64.50", "178.00"),
 ("", "CK06C1", "Glafuri exterioare din tablă vopsită în câmp electrostatic, lățime 25 cm", "m", "320.00", "28.50"),
 ("", "CK12A1", "Uși interioare din MDF cu toc reglabil, complet echipate, montate", "buc", "22", "640.00"),
 ("6. FINISAJE", "CN01A1", "Tencuieli interioare mecanizate pe bază de ipsos, grosime 1,5 cm", "mp", "145.80", "72.00"),
 ("", "CN07B1", "Șapă autonivelantă pe bază de ciment, grosime 5 cm, inclusiv amorsă", "mc", "36.00", "315.00"),
 ("", "CN09", "Lucrări de protecție și curățenie finală a spațiilor finisate (lot)", "buc", "1", "4650.00"),
 ("", "CN11A1", "Zugrăveli lavabile interioare în două straturi, pe glet de ipsos", "mp", "518.40", "19.80"),
 ("", "CG01B1", "Placaje cu plăci ceramice la pereți băi și bucătării, cu adeziv flexibil C2TE", "mp", "74.00", "132.00"),
 ("7. INSTALAȚII", "IE02A1", "Tablou electric de apartament echipat cu siguranțe automate și diferențial", "buc", "12", "1180.00"),
 ("", "IE05B1", "Circuit de priză și iluminat cu cablu CYY-F 3×2,5 mm² pozat în tub", "m", "260.00", "24.60"),
 ("", "IS01", "Probe de presiune și punere în funcțiune a instalațiilor sanitare (lot)", "buc", "1", "3200.00"),
 ("", "IT02A1", "Radiatoare din oțel tip 22, înălțime 600 mm, montate cu robineți termostatați", "kW", "48.60", "205.00"),
 ("", "IT06B1", "Conducte din PPR-Al Ø20–32 mm pentru distribuție agent termic", "m", "90.00", "47.00"),
 ("8. ORGANIZARE DE ȘANTIER", "OS01", "Organizare de șantier, luna iunie 2025 (cotă-parte conform contract)", "buc", "1", "2750.00"),
 ("", "OS03", "Închiriere schelă metalică tubulară cu plasă de protecție, 30 zile", "mp", "160.00", "33.50"),
 ("", "TRA01", "Transport deșeuri de construcții la depozit autorizat, container 7 mc", "buc", "28", "410.00"),
]

pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2025, 6, 30, 15, 0, tzinfo=timezone.utc))
pdf.add_font("DV", "", FD + "DejaVuSansCondensed.ttf"); pdf.add_font("DV", "B", FD + "DejaVuSansCondensed-Bold.ttf")
pdf.add_font("DV", "I", FD + "DejaVuSansCondensed-Oblique.ttf")
pdf.set_margins(14, 12, 14); pdf.set_auto_page_break(False)
BLUE = (30, 60, 110)
PAGES = 3
W = (9, 16, 89, 11, 17, 19, 21)  # nr, cod, denumire, um, cant, pret, valoare

def page_header(n):
    pdf.add_page()
    pdf.set_font("DV", "B", 12); pdf.set_text_color(*BLUE)
    pdf.cell(110, 6, "CONSTRUCȚII MOLDOVA NORD S.R.L.")
    pdf.set_font("DV", "", 8); pdf.set_text_color(80, 80, 80)
    pdf.cell(72, 6, f"Factura CMN-2025-00412 · Pagina {n} din {PAGES}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*BLUE); pdf.set_line_width(0.5); pdf.line(14, pdf.get_y() + 1, 196, pdf.get_y() + 1); pdf.ln(3)
    pdf.set_text_color(0, 0, 0); pdf.set_line_width(0.2); pdf.set_draw_color(0, 0, 0)

def table_head():
    pdf.set_font("DV", "B", 7.4); pdf.set_fill_color(220, 228, 240)
    for w, h in zip(W, ("Nr.", "Cod art.", "Denumirea lucrărilor (situație de lucrări nr. 4)", "U.M.", "Cantitate", "Preț unitar", "Valoare (lei)")):
        pdf.cell(w, 6, h, border=1, align="C", fill=True)
    pdf.ln()

def item_row(nr, code, desc, um, qty, price, val):
    pdf.set_font("DV", "", 7.6)
    lines = pdf.multi_cell(W[2], 3.8, desc, dry_run=True, output="LINES")
    h = 3.8 * len(lines) + 1.6
    x, y = pdf.get_x(), pdf.get_y()
    pdf.cell(W[0], h, str(nr), border=1, align="C"); pdf.cell(W[1], h, code, border=1, align="C")
    pdf.multi_cell(W[2], 3.8, desc, border=0, padding=(0.8, 1, 0.8, 1), new_x="RIGHT", new_y="TOP")
    pdf.rect(x + W[0] + W[1], y, W[2], h)
    pdf.set_xy(x + W[0] + W[1] + W[2], y)
    pdf.cell(W[3], h, um, border=1, align="C"); pdf.cell(W[4], h, qty, border=1, align="R"); pdf.cell(W[5], h, price, border=1, align="R"); pdf.cell(W[6], h, val, border=1, align="R")
    pdf.set_xy(x, y + h)

def chapter_row(title):
    pdf.set_font("DV", "B", 7.8); pdf.set_fill_color(242, 242, 242)
    pdf.cell(sum(W), 5.2, "   " + title, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")

def carry(label, amount):
    pdf.set_font("DV", "B", 8)
    pdf.cell(sum(W[:6]), 6, label, border=1, align="R"); pdf.cell(W[6], 6, ro(amount), border=1, align="R", new_x="LMARGIN", new_y="NEXT")

def footer(n):
    pdf.set_y(-16); pdf.set_font("DV", "", 6.8); pdf.set_text_color(100, 100, 100)
    pdf.cell(0, 3.5, "Construcții Moldova Nord S.R.L. · J22/1874/2011 · CUI RO29475016 · Capital social 200.000 lei · Str. Păcurari nr. 138, Iași · www.cmn-constructii.ro", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 3.5, f"Pagina {n} din {PAGES}", align="C"); pdf.set_text_color(0, 0, 0)

# ---- page 1: full header
page_header(1)
y0 = pdf.get_y()
pdf.set_font("DV", "B", 8.5); pdf.cell(88, 4.6, "Furnizor: CONSTRUCȚII MOLDOVA NORD S.R.L.", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 8)
pdf.multi_cell(88, 4.1, "Nr. Reg. Com.: J22/1874/2011\nCUI: RO29475016\nSediu: Str. Păcurari nr. 138, 700521 Iași, jud. Iași\nIBAN: RO57 BTRL 0220 1202 5678 90XX (Banca Transilvania)\nCapital social: 200.000 lei · Tel.: 0232 218 440", new_x="LMARGIN", new_y="NEXT")
y1 = pdf.get_y()
pdf.set_xy(108, y0); pdf.set_font("DV", "B", 8.5); pdf.cell(88, 4.6, "Beneficiar: REZIDENȚIAL COPOU INVEST S.R.L.", new_x="LEFT", new_y="NEXT")
pdf.set_font("DV", "", 8)
pdf.multi_cell(88, 4.1, "Nr. Reg. Com.: J22/905/2019\nCUI: RO40871235\nSediu: Bd. Carol I nr. 27, 700506 Iași\nIBAN: RO90 INGB 0000 9999 0712 3456 (ING Bank)\nObiectiv: Ansamblu rezidențial „Copou Park”, bloc B2", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(max(y1, pdf.get_y()) + 4)
pdf.set_font("DV", "B", 17); pdf.set_text_color(*BLUE); pdf.cell(0, 8, "FACTURĂ", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
pdf.set_font("DV", "", 8.6)
meta = [("Nr. factură:", "CMN-2025-00412", "Data facturii:", "30.06.2025"),
        ("Contract nr.:", "47/2024 din 12.09.2024", "Data scadenței:", "30.07.2025"),
        ("Situație de lucrări:", "nr. 4 – iunie 2025", "Proces-verbal recepție parțială:", "nr. 4/27.06.2025"),
        ("Cota TVA:", "19%", "Monedă:", "RON")]
for a, b, c, d in meta:
    pdf.set_font("DV", "", 8.6); pdf.cell(32, 5.4, a, border="B"); pdf.set_font("DV", "B", 8.6); pdf.cell(59, 5.4, b, border="B")
    pdf.set_font("DV", "", 8.6); pdf.cell(48, 5.4, c, border="B"); pdf.set_font("DV", "B", 8.6); pdf.cell(43, 5.4, d, border="B", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
table_head()
split = {1: 11, 2: 24}
total = D(0); page = 1; page_sum = D(0)
for i, (chap, code, desc, um, qty, price) in enumerate(ITEMS, 1):
    if chap: chapter_row(chap)
    val = q2(D(qty) * D(price)); total += val; page_sum += val
    qs = ro(qty) if "." in qty and D(qty) != D(qty).to_integral() or um in ("mc", "mp", "m", "kg", "kW") else qty
    item_row(i, code, desc, um, qs, ro(price), ro(val))
    if i == split.get(page):
        carry(f"Total pagina {page}:", page_sum)
        carry("Report (de transportat):", total)
        footer(page); page += 1; page_sum = D(0)
        page_header(page)
        pdf.set_font("DV", "", 8); pdf.cell(0, 5, "Beneficiar: REZIDENȚIAL COPOU INVEST S.R.L. · CUI RO40871235 · Contract 47/2024 · Situație de lucrări nr. 4", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        table_head(); carry("Report (din pagina anterioară):", total)
# advance reversal
pdf.set_font("DV", "", 7.6)
adv = D("-60000.00"); total += adv
item_row(len(ITEMS) + 1, "AVANS", "Stornare avans încasat conform facturii CMN-2025-00288 din 14.03.2025 (avans 20% la contract)", "buc", "-1", ro("60000.00"), ro(adv))
assert total == D("229120.02"), total
vat = q2(total * D("0.19")); assert vat == D("43532.80")
pdf.ln(5)
x = 104
def tl(a, b, big=False):
    pdf.set_x(x); pdf.set_font("DV", "B" if big else "", 10 if big else 8.6)
    if big: pdf.set_fill_color(*BLUE); pdf.set_text_color(255, 255, 255)
    pdf.cell(60, 7 if big else 5.6, a, border=1, fill=big); pdf.cell(32, 7 if big else 5.6, b, border=1, align="R", fill=big, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
tl("Valoare lucrări situația nr. 4", ro(total - adv))
tl("Stornare avans (fact. CMN-2025-00288)", ro(adv))
tl("Total valoare fără TVA", ro(total))
tl("TVA 19%", ro(vat))
tl("TOTAL DE PLATĂ (lei)", ro(total + vat), big=True)
pdf.ln(5); pdf.set_font("DV", "", 8)
pdf.multi_cell(0, 4.3, "Situația cumulată la zi: valoare contract 1.840.000,00 lei fără TVA; executat cumulat (sit. 1–4) 1.012.464,90 lei; rest de executat 827.535,10 lei.\n"
               "Garanția de bună execuție de 5% din valoarea fără TVA a situației se reține de beneficiar conform art. 9.3 din contract și se restituie la recepția finală.\n"
               "Plata se va efectua prin ordin de plată în contul de mai sus, până la data scadenței. Factura a fost transmisă în sistemul RO e-Factura.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(10)
pdf.cell(91, 5, "Întocmit: ing. Andrei Ciobanu", align="C"); pdf.cell(91, 5, "Semnătura de primire beneficiar", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(91, 5, "____________________", align="C"); pdf.cell(91, 5, "____________________", align="C")
footer(3)
pdf.output(sys.argv[1])
