"""Swiss joinery's Rechnung to a hotel with the QR-bill (receipt and payment part) at the bottom: address window on the
right, amounts with apostrophe grouping (30'971.30), material discount, MWST 8.1 %, QR-IBAN with QR reference; the QR-bill
prints the amount with space grouping (30 971.30). Switzerland / Lucerne (ReportLab canvas).
Usage: python3 25_rechnung_qr_ch.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
STATE_DEFAULTS["fontName"] = "LS"  # the QR drawing would otherwise reference an unused Helvetica
BROWN = HexColor("#6b4226")
C = D("0.01")


def q(x):
    return x.quantize(C, ROUND_HALF_UP)


def ch(x):
    """30'971.30"""
    return f"{x:,.2f}".replace(",", "'")


def qrbill_amount(x):
    """QR-bill style: 30 971.30"""
    return f"{x:,.2f}".replace(",", " ")


LINES = [
    ("1", "Einbauschrank Eiche furniert, 2-türig, nach Mass", "8", "Stk", "2340.00"),
    ("2", "Nachttischkonsole wandhängend, Eiche massiv, mit Schublade", "16", "Stk", "385.00"),
    ("3", "Montage vor Ort, 2 Mann (Stunden)", "42", "Std", "96.00"),
    ("4", "Demontage und Entsorgung Altmobiliar, pauschal", "1", "psch", "485.00"),
]
rows = [(p, t, D(n), u, D(pr), q(D(n) * D(pr))) for p, t, n, u, pr in LINES]
material = rows[0][5] + rows[1][5]
discount = -q(material * D("0.03"))
subtotal = sum(r[5] for r in rows) + discount
vat = q(subtotal * D("0.081"))
total = subtotal + vat
assert (material, discount, subtotal, vat, total) == \
    (D("24880.00"), D("-746.40"), D("28650.60"), D("2320.70"), D("30971.30")), (material, discount, subtotal, vat, total)

IBAN = "CH3730808004183726051"
IBAN_P = "CH37 3080 8004 1837 2605 1"
REF = "210000000000041802025102819"
REF_P = "21 00000 00000 04180 20251 02819"
CRED = ("Schreinerei Bergholz AG", "Industriestrasse 41", "6010 Kriens")
DEBT = ("Hotel Seeblick Weggis AG", "Seestrasse 88", "6353 Weggis")
PAYLOAD = "\n".join(["SPC", "0200", "1", IBAN, "S", CRED[0], "Industriestrasse", "41", "6010", "Kriens", "CH",
                     "", "", "", "", "", "", "", f"{total:.2f}", "CHF", "S", DEBT[0], "Seestrasse", "88", "6353", "Weggis", "CH",
                     "QRR", REF, "Rechnung 2025-0418", "EPD"])

W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, initialFontName="LS", initialFontSize=9.5)
c.setTitle("Rechnung 2025-0418")
c.setAuthor(CRED[0])
L = 20 * mm

# letterhead
c.setFillColor(BROWN)
c.setFont("LSB", 18)
c.drawString(L, H - 22 * mm, "BERGHOLZ")
c.setFont("LS", 8.5)
c.drawString(L, H - 27 * mm, "Schreinerei · Innenausbau · Küchen")
c.setFillColor(black)
c.setFont("LS", 8)
for i, t in enumerate([CRED[0], f"{CRED[1]}, {CRED[2]}", "Tel. 041 418 27 36", "info@bergholz-schreinerei.example",
                       "UID CHE-418.273.634 MWST"]):
    c.drawString(L, H - 35 * mm - i * 3.8 * mm, t)

# address window on the right (Swiss standard)
c.setFont("LS", 6.5)
c.drawString(118 * mm, H - 50 * mm, "Schreinerei Bergholz AG, Industriestrasse 41, 6010 Kriens")
c.setFont("LS", 10)
for i, t in enumerate([DEBT[0], "Buchhaltung", DEBT[1], DEBT[2]]):
    c.drawString(118 * mm, H - 56 * mm - i * 4.8 * mm, t)

c.setFont("LS", 9.5)
c.drawString(L, H - 84 * mm, "Kriens, 28. Oktober 2025")
c.setFont("LSB", 14)
c.drawString(L, H - 94 * mm, "Rechnung Nr. 2025-0418")
c.setFont("LS", 9)
meta = [("Rechnungsdatum", "28.10.2025"), ("Zahlbar bis", "27.11.2025 (30 Tage netto)"), ("Kunden-Nr.", "K-2207"),
        ("Ihr Auftrag", "25-117 vom 02.09.2025"), ("Objekt", "Gästezimmer 301–308, Ausführung KW 42–43")]
for i, (k, v) in enumerate(meta):
    c.drawString(L, H - 101 * mm - i * 4.4 * mm, k)
    c.drawString(L + 32 * mm, H - 101 * mm - i * 4.4 * mm, v)

# items
y = H - 127 * mm
cols = [(L, "Pos.", "l"), (L + 12 * mm, "Bezeichnung", "l"), (L + 118 * mm, "Menge", "r"), (L + 121 * mm, "Einh.", "l"),
        (L + 150 * mm, "Preis CHF", "r"), (L + 170 * mm, "Betrag CHF", "r")]
c.setFont("LSB", 8.5)
for x, t, a in cols:
    (c.drawRightString if a == "r" else c.drawString)(x, y, t)
c.setStrokeColor(BROWN)
c.line(L, y - 2 * mm, L + 170 * mm, y - 2 * mm)
y -= 7 * mm
c.setFont("LS", 8.8)
for p, t, n, u, pr, amt in rows:
    vals = [p, t, f"{n:g}", u, ch(pr), ch(amt)]
    for (x, _t, a), v in zip(cols, vals):
        (c.drawRightString if a == "r" else c.drawString)(x, y, v)
    y -= 5.5 * mm
c.drawString(L + 12 * mm, y, "Rabatt 3 % auf Material (Pos. 1–2, CHF 24'880.00)")
c.drawRightString(L + 170 * mm, y, ch(discount))
y -= 3 * mm
c.line(L + 100 * mm, y, L + 170 * mm, y)
y -= 5 * mm
for k, v, bold in [("Total exkl. MWST", ch(subtotal), False), ("MWST 8.1 %", ch(vat), False),
                   ("Rechnungsbetrag CHF", ch(total), True)]:
    c.setFont("LSB" if bold else "LS", 10 if bold else 9)
    c.drawString(L + 100 * mm, y, k)
    c.drawRightString(L + 170 * mm, y, v)
    y -= 5.5 * mm
c.line(L + 100 * mm, y + 3.5 * mm, L + 170 * mm, y + 3.5 * mm)
c.setFont("LS", 8.5)
c.drawString(L, y - 1 * mm, "Wir danken für Ihren Auftrag. Bitte verwenden Sie für die Zahlung den untenstehenden QR-Zahlteil.")
c.drawString(L, y - 5 * mm, "Garantie gemäss SIA 118 bzw. unseren AGB. Freundliche Grüsse, Reto Bergholz")

# QR-bill: receipt (62 mm) and payment part (148 mm), 105 mm high
top = 105 * mm
c.setStrokeColor(black)
c.setDash(2, 2)
c.line(0, top, W, top)
c.line(62 * mm, 0, 62 * mm, top)
c.setDash()
c.setFont("LS", 6)
c.drawString(3 * mm, top + 1.2 * mm, "Vor der Einzahlung abzutrennen")


def block(x, y, title, lines, size=8, head=6):
    c.setFont("LSB", head)
    c.drawString(x, y, title)
    y -= 3.5 * mm if head == 6 else 4 * mm
    c.setFont("LS", size)
    for t in lines:
        c.drawString(x, y, t)
        y -= 3.2 * mm if size == 8 else 3.6 * mm
    return y - 2.5 * mm


# receipt
x = 5 * mm
c.setFont("LSB", 11)
c.drawString(x, top - 10 * mm, "Empfangsschein")
y = block(x, top - 17 * mm, "Konto / Zahlbar an", [IBAN_P, *CRED])
y = block(x, y, "Referenz", [REF_P])
y = block(x, y, "Zahlbar durch", list(DEBT))
c.setFont("LSB", 6)
c.drawString(x, 37 * mm, "Währung")
c.drawString(x + 14 * mm, 37 * mm, "Betrag")
c.setFont("LS", 8)
c.drawString(x, 33.5 * mm, "CHF")
c.drawString(x + 14 * mm, 33.5 * mm, qrbill_amount(total))
c.setFont("LSB", 6)
c.drawRightString(57 * mm, 20 * mm, "Annahmestelle")

# payment part
x = 67 * mm
c.setFont("LSB", 11)
c.drawString(x, top - 10 * mm, "Zahlteil")
qr = QrCodeWidget(PAYLOAD, barLevel="M")
b = qr.getBounds()
s = 46 * mm
d = Drawing(s, s, transform=[s / (b[2] - b[0]), 0, 0, s / (b[3] - b[1]), 0, 0])
d.add(qr)
renderPDF.draw(d, c, x, top - 17 * mm - s)
cx, cy = x + s / 2, top - 17 * mm - s / 2
c.setFillColor(black)
c.rect(cx - 3.5 * mm, cy - 3.5 * mm, 7 * mm, 7 * mm, stroke=0, fill=1)
c.setFillColor(white)
c.rect(cx - 0.7 * mm, cy - 2.3 * mm, 1.4 * mm, 4.6 * mm, stroke=0, fill=1)
c.rect(cx - 2.3 * mm, cy - 0.7 * mm, 4.6 * mm, 1.4 * mm, stroke=0, fill=1)
c.setFillColor(black)
c.setFont("LSB", 8)
c.drawString(x, 37 * mm, "Währung")
c.drawString(x + 16 * mm, 37 * mm, "Betrag")
c.setFont("LS", 10)
c.drawString(x, 32.5 * mm, "CHF")
c.drawString(x + 16 * mm, 32.5 * mm, qrbill_amount(total))
x2 = 118 * mm
y = block(x2, top - 10 * mm, "Konto / Zahlbar an", [IBAN_P, *CRED], size=10, head=8)
y = block(x2, y, "Referenz", [REF_P], size=10, head=8)
y = block(x2, y, "Zusätzliche Informationen", ["Rechnung 2025-0418"], size=10, head=8)
y = block(x2, y, "Zahlbar durch", list(DEBT), size=10, head=8)
c.showPage()
c.save()
