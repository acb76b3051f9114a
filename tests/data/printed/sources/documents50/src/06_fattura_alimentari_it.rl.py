"""Food wholesaler's fattura (courtesy copy of the SdI e-invoice) to a trattoria: 18 lines at IVA 4 %, 10 % and 22 %,
transport charge, riepilogo IVA by rate, totals boxes at the bottom, bank details, DDT reference.
Italy / Romagna (ReportLab canvas). Usage: python3 06_fattura_alimentari_it.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSN", F + "LiberationSansNarrow-Regular.ttf"))
RED = HexColor("#9c2a1f")
PALE = HexColor("#f6ece9")
C = D("0.01")


def q(x):
    return x.quantize(C, ROUND_HALF_UP)


def it(x):
    """1.234,56"""
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


# code, description, unit, qty, price, IVA %
LINES = [
    ("PA0410", "Spaghetti n. 5 trafilati al bronzo, cartone 12 x 1 kg", "CT", "4", "21.60", 4),
    ("PA0422", "Paccheri di Gragnano IGP, cartone 12 x 500 g", "CT", "3", "19.80", 4),
    ("FA0105", "Farina di grano tenero tipo 00 W280, sacco 25 kg", "SC", "4", "17.90", 4),
    ("CO0231", "Pomodori pelati San Marzano DOP, latta 2,5 kg", "PZ", "24", "6.35", 4),
    ("OL0510", "Olio extravergine di oliva 100% italiano, latta 5 l", "PZ", "6", "48.50", 4),
    ("LA0707", "Mozzarella fior di latte, filone 1 kg", "KG", "18", "7.95", 4),
    ("LA0722", "Parmigiano Reggiano DOP 24 mesi, spicchio 1 kg", "KG", "6", "19.40", 4),
    ("LA0740", "Squacquerone di Romagna DOP, vaschetta 1 kg", "KG", "8", "8.60", 4),
    ("OR0902", "Radicchio di Chioggia IGP", "KG", "10", "3.85", 4),
    ("SA1105", "Prosciutto crudo di Parma DOP disossato", "KG", "7.350", "17.80", 10),
    ("CA1230", "Salsiccia di mora romagnola", "KG", "5.200", "13.90", 10),
    ("IT1310", "Uova fresche categoria A, vassoio 30 pz", "CF", "6", "8.40", 10),
    ("DO1402", "Zucchero semolato, sacco 10 kg", "SC", "2", "11.30", 10),
    ("CF2001", "Caffè in grani miscela bar 80/20, busta 1 kg", "PZ", "6", "16.90", 22),
    ("BE2105", "Acqua minerale naturale, vetro 75 cl x 12", "CF", "10", "5.80", 22),
    ("VI2210", "Sangiovese di Romagna DOC Superiore, 75 cl", "BT", "24", "6.20", 22),
    ("DE2502", "Detergente stoviglie professionale, tanica 10 kg", "PZ", "2", "23.50", 22),
    ("MO2610", "Tovaglioli in carta 38 x 38, 2 veli, conf. 1.600", "CF", "2", "26.40", 22),
]
rows = []
for code, desc, um, qty, price, rate in LINES:
    rows.append((code, desc, um, D(qty), D(price), rate, q(D(qty) * D(price))))
TRANSPORT = D("15.00")       # trasporto, IVA 22 %
base = {4: D(0), 10: D(0), 22: TRANSPORT}
for r in rows:
    base[r[5]] += r[6]
vat = {k: q(v * k / 100) for k, v in base.items()}
imponibile = sum(base.values())
iva = sum(vat.values())
total = imponibile + iva
assert (base[4], base[10], base[22]) == (D("1027.60"), D("276.11"), D("423.00")), base
assert (imponibile, iva, total) == (D("1726.71"), D("161.77"), D("1888.48")), (imponibile, iva, total)

W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, initialFontName="LS", initialFontSize=9)
c.setTitle("Fattura 2025/FE/02418")
c.setAuthor("Distribuzione Alimentare Romagnola S.r.l.")
L, R = 14 * mm, W - 14 * mm

# seller block
c.setFillColor(RED)
c.setFont("LSB", 20)
c.drawString(L, H - 20 * mm, "DAR")
c.setFont("LS", 8.5)
c.drawString(L + 20 * mm, H - 15.5 * mm, "DISTRIBUZIONE ALIMENTARE")
c.drawString(L + 20 * mm, H - 19.5 * mm, "ROMAGNOLA · HORECA dal 1987")
c.setFillColor(black)
c.setFont("LSB", 9)
c.drawString(L, H - 28 * mm, "Distribuzione Alimentare Romagnola S.r.l.")
c.setFont("LS", 8)
for i, t in enumerate(["Via Emilia Ponente, 418 - 47521 Cesena (FC)", "P.IVA e C.F. 02184730402 - REA FO-284173",
                       "Cap. soc. € 120.000,00 i.v. - Tel. 0547 418 273",
                       "amministrazione@dar-horeca.example - PEC dar@pec.dar-horeca.example"]):
    c.drawString(L, H - 32.5 * mm - i * 4 * mm, t)

# customer box (right)
bx, by, bw, bh = 112 * mm, H - 52 * mm, R - 112 * mm, 34 * mm
c.setStrokeColor(RED)
c.setLineWidth(0.8)
c.rect(bx, by, bw, bh)
c.setFont("LS", 7.5)
c.setFillColor(RED)
c.drawString(bx + 3 * mm, by + bh - 5 * mm, "Spett.le")
c.setFillColor(black)
c.setFont("LSB", 9.5)
c.drawString(bx + 3 * mm, by + bh - 10 * mm, "Trattoria Al Porto di Bertozzi Marco & C. S.n.c.")
c.setFont("LS", 8.5)
for i, t in enumerate(["Viale Carducci, 12", "47042 Cesenatico (FC)", "P.IVA 03918270400",
                       "Codice destinatario SdI: KRRH6B9"]):
    c.drawString(bx + 3 * mm, by + bh - 15 * mm - i * 4.2 * mm, t)

# header boxes: label above value
y = H - 66 * mm
heads = [("Tipo documento", "TD01 Fattura", 34), ("Numero", "2025/FE/02418", 32), ("Data", "31/10/2025", 24),
         ("Cod. cliente", "C-01877", 22), ("Vs. ordine", "telefonico del 28/10/2025", 40), ("Pagina", "1 di 1", 30)]
x = L
for lab, val, w in heads:
    c.setFillColor(PALE)
    c.rect(x, y, w * mm, 10 * mm, stroke=1, fill=1)
    c.setFillColor(RED)
    c.setFont("LS", 6.5)
    c.drawString(x + 1.5 * mm, y + 7 * mm, lab.upper())
    c.setFillColor(black)
    c.setFont("LSB" if lab in ("Numero", "Data") else "LS", 9)
    c.drawString(x + 1.5 * mm, y + 2.3 * mm, val)
    x += w * mm
c.setFont("LS", 7.8)
c.drawString(L, y - 5 * mm, "Rif. DDT n. 7741 del 29/10/2025 - consegna con automezzo del cedente - causale: vendita")

# item table
cols = [("Codice", 16, "l"), ("Descrizione", 84, "l"), ("U.M.", 10, "c"), ("Quantità", 17, "r"), ("Prezzo €", 17, "r"),
        ("Importo €", 20, "r"), ("IVA", 18, "r")]
y = y - 13 * mm
c.setFillColor(RED)
c.rect(L, y - 1.8 * mm, R - L, 6 * mm, stroke=0, fill=1)
c.setFillColor(white)
c.setFont("LSB", 7.8)
x = L


def put(text, x, w, align, yy):
    if align == "l":
        c.drawString(x + 1.2 * mm, yy, text)
    elif align == "r":
        c.drawRightString(x + w * mm - 1.2 * mm, yy, text)
    else:
        c.drawCentredString(x + w * mm / 2, yy, text)


for name, w, a in cols:
    put(name, x, w, a, y)
    x += w * mm
c.setFillColor(black)
y -= 6.2 * mm
for i, (code, desc, um, qty, price, rate, amt) in enumerate(rows):
    if i % 2:
        c.setFillColor(HexColor("#faf5f3"))
        c.rect(L, y - 1.6 * mm, R - L, 5.4 * mm, stroke=0, fill=1)
        c.setFillColor(black)
    qs = it(qty).replace(",00", "") if qty == qty.to_integral_value() else f"{qty:.3f}".replace(".", ",")
    vals = [code, desc, um, qs, it(price), it(amt), f"{rate}%"]
    x = L
    for (name, w, a), v in zip(cols, vals):
        c.setFont("LSN" if name == "Descrizione" else "LS", 8.2)
        put(v, x, w, a, y)
        x += w * mm
    y -= 5.4 * mm
x = L
vals = ["TR", "Spese di trasporto e consegna refrigerata", "", "", "", it(TRANSPORT), "22%"]
for (name, w, a), v in zip(cols, vals):
    c.setFont("LSN" if name == "Descrizione" else "LS", 8.2)
    put(v, x, w, a, y)
    x += w * mm
y -= 3 * mm
c.setStrokeColor(RED)
c.line(L, y, R, y)

# riepilogo IVA (left) and totals boxes (bottom right)
y -= 9 * mm
c.setFont("LSB", 8.5)
c.drawString(L, y, "RIEPILOGO IVA")
y -= 5 * mm
rc = [("Aliquota", 22), ("Natura / descrizione", 42), ("Imponibile €", 24), ("Imposta €", 22)]
x = L
c.setFont("LSB", 7.6)
for name, w in rc:
    c.drawString(x + 1 * mm, y, name)
    x += w * mm
c.line(L, y - 1.5 * mm, L + 110 * mm, y - 1.5 * mm)
desc = {4: "beni alimentari (Tab. A, p. II)", 10: "carni, uova, zucchero (Tab. A, p. III)", 22: "aliquota ordinaria"}
for k in (4, 10, 22):
    y -= 5 * mm
    c.setFont("LS", 8.2)
    c.drawString(L + 1 * mm, y, f"{k},00%")
    c.drawString(L + 23 * mm, y, desc[k])
    c.drawRightString(L + 87 * mm, y, it(base[k]))
    c.drawRightString(L + 109 * mm, y, it(vat[k]))
y -= 3 * mm
c.line(L, y, L + 110 * mm, y)
c.setFont("LS", 7.6)
for i, t in enumerate(["Pagamento: bonifico bancario 30 gg data fattura - scadenza 30/11/2025",
                       "IBAN IT55 O053 8724 2000 0000 4182 736 - BPER Banca, filiale di Cesena",
                       "Contributo ambientale CONAI assolto ove dovuto.",
                       "Copia di cortesia: l'originale è il file XML trasmesso al Sistema di Interscambio."]):
    c.drawString(L, y - 6 * mm - i * 4 * mm, t)

tb = [("Totale imponibile", it(imponibile)), ("Totale IVA", it(iva)), ("Totale documento", "€ " + it(total)),
      ("Netto a pagare", "€ " + it(total))]
tx, tw, th = R - 62 * mm, 62 * mm, 8.5 * mm
ty = y + 18 * mm
for i, (k, v) in enumerate(tb):
    yy = ty - i * th
    strong = i >= 2
    c.setFillColor(RED if strong else PALE)
    c.setStrokeColor(RED)
    c.rect(tx, yy, tw, th, stroke=1, fill=1)
    c.setFillColor(white if strong else black)
    c.setFont("LS", 6.8)
    c.drawString(tx + 2 * mm, yy + 5.6 * mm, k.upper())
    c.setFont("LSB", 10 if strong else 9)
    c.drawRightString(tx + tw - 2 * mm, yy + 1.8 * mm, v)
c.setFillColor(black)

c.setFont("LS", 6.8)
c.setFillColor(HexColor("#666666"))
c.drawString(L, 12 * mm, "Distribuzione Alimentare Romagnola S.r.l. - Via Emilia Ponente, 418 - 47521 Cesena (FC) - "
             "Reg. Imprese Forlì-Cesena n. 02184730402")
c.showPage()
c.save()
