"""Swiss choir association (Verein) membership invoice with QR-bill payment part (German) - ReportLab canvas, 1 page."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.graphics import renderPDF

out = sys.argv[1]
pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("Rechnung 2025-127 Mitgliederbeitrag")
W, H = A4

IBAN = "CH47 3000 0001 2590 1334 7"
REF = "21 00000 00000 04812 70025 02016"
CRED = ["Kammerchor Limmattal", "Bahnhofstrasse 12", "8952 Schlieren"]
DEBT = ["Andrea Bürgi-Schmid", "Rebbergstrasse 5", "8953 Dietikon"]

# ---------------- invoice part
c.setFont("LSB", 16)
c.drawString(20 * mm, H - 22 * mm, "Kammerchor Limmattal")
c.setFont("LS", 8.5)
c.drawString(20 * mm, H - 27 * mm, "Verein gemäss Art. 60 ff. ZGB · Bahnhofstrasse 12 · 8952 Schlieren · kassier@kammerchor-limmattal.example")

c.setFont("LS", 10.5)
for i, line in enumerate(DEBT):
    c.drawString(120 * mm, H - 50 * mm - i * 5 * mm, line)

c.setFont("LS", 9.5)
meta = [("Rechnung Nr.", "2025-127"), ("Datum", "20.01.2025"), ("Mitgliedernummer", "2048"), ("Zahlbar bis", "28.02.2025")]
for i, (k, v) in enumerate(meta):
    c.drawString(20 * mm, H - 50 * mm - i * 5 * mm, k)
    c.setFont("LSB", 9.5)
    c.drawString(55 * mm, H - 50 * mm - i * 5 * mm, v)
    c.setFont("LS", 9.5)

c.setFont("LSB", 12)
c.drawString(20 * mm, H - 82 * mm, "Rechnung Mitgliederbeitrag 2025")
c.setFont("LS", 9.5)
c.drawString(20 * mm, H - 89 * mm, "Liebe Andrea, vielen Dank für dein Engagement im Chor. Gemäss Beschluss der Generalversammlung")
c.drawString(20 * mm, H - 94 * mm, "vom 15. November 2024 stellen wir dir folgende Beiträge in Rechnung:")

y = H - 104 * mm
c.setFont("LSB", 9.5)
c.drawString(20 * mm, y, "Bezeichnung")
c.drawRightString(190 * mm, y, "Betrag CHF")
c.line(20 * mm, y - 2 * mm, 190 * mm, y - 2 * mm)
c.setFont("LS", 9.5)
items = [("Jahresbeitrag Aktivmitglied 2025", "180.00"), ("Beitrag Notenfonds 2025", "40.00"),
         ("Anzahlung Chorreise Wien (23.–26. Mai 2025)", "250.00")]
for d, a in items:
    y -= 6.5 * mm
    c.drawString(20 * mm, y, d)
    c.drawRightString(190 * mm, y, a)
y -= 3 * mm
c.line(120 * mm, y, 190 * mm, y)
y -= 6 * mm
c.setFont("LSB", 10.5)
c.drawString(120 * mm, y, "Total CHF")
c.drawRightString(190 * mm, y, "470.00")
c.setFont("LS", 8.5)
y -= 12 * mm
for line in ["Der Verein ist nicht mehrwertsteuerpflichtig. Bitte verwende für die Zahlung den untenstehenden QR-Zahlteil",
             "oder überweise den Betrag mit der QR-Referenz via E-Banking. Bei finanziellen Schwierigkeiten kann der",
             "Vorstand den Beitrag auf Gesuch hin reduzieren – melde dich vertraulich bei der Kassierin.",
             "Herzliche Grüsse · Sandra Meier, Kassierin"]:
    c.drawString(20 * mm, y, line)
    y -= 4.5 * mm

# ---------------- QR-bill payment part (bottom 105 mm)
top = 105 * mm
c.setDash(2, 2)
c.setLineWidth(0.4)
c.line(0, top, W, top)
c.line(62 * mm, 0, 62 * mm, top)
c.setDash()
c.setFont("LS", 7)
c.drawCentredString(W / 2, top + 1.5 * mm, "Vor der Einzahlung abzutrennen")


def block(x, y, title, lines, tsize=6, vsize=8, gap=3.5 * mm):
    c.setFont("LSB", tsize)
    c.drawString(x, y, title)
    y -= gap
    c.setFont("LS", vsize)
    for ln in lines:
        c.drawString(x, y, ln)
        y -= gap
    return y - 1.5 * mm


# receipt
x = 5 * mm
c.setFont("LSB", 11)
c.drawString(x, top - 10 * mm, "Empfangsschein")
y = top - 17 * mm
y = block(x, y, "Konto / Zahlbar an", [IBAN] + CRED, 6, 8, 3.4 * mm)
y = block(x, y, "Referenz", [REF], 6, 8, 3.4 * mm)
y = block(x, y, "Zahlbar durch", DEBT, 6, 8, 3.4 * mm)
c.setFont("LSB", 6)
c.drawString(x, 37 * mm, "Währung")
c.drawString(x + 14 * mm, 37 * mm, "Betrag")
c.setFont("LS", 8)
c.drawString(x, 33 * mm, "CHF")
c.drawString(x + 14 * mm, 33 * mm, "470.00")
c.setFont("LSB", 6)
c.drawRightString(57 * mm, 18 * mm, "Annahmestelle")

# payment part
x = 67 * mm
c.setFont("LSB", 11)
c.drawString(x, top - 10 * mm, "Zahlteil")
payload = "\n".join(["SPC", "0200", "1", IBAN.replace(" ", ""), "S", "Kammerchor Limmattal", "Bahnhofstrasse", "12", "8952",
                     "Schlieren", "CH", "", "", "", "", "", "", "", "470.00", "CHF", "S", "Andrea Bürgi-Schmid", "Rebbergstrasse",
                     "5", "8953", "Dietikon", "CH", "QRR", REF.replace(" ", ""), "Mitgliederbeitrag 2025, Rechnung 2025-127", "EPD"])
qr = QrCodeWidget(payload, barLevel="M")
b = qr.getBounds()
size = 46 * mm
d = Drawing(size, size, transform=[size / (b[2] - b[0]), 0, 0, size / (b[3] - b[1]), 0, 0])
d.add(qr)
qx, qy = x, top - 17 * mm - size
renderPDF.draw(d, c, qx, qy)
# Swiss cross
cs = 7 * mm
cx, cy = qx + size / 2 - cs / 2, qy + size / 2 - cs / 2
c.setFillColorRGB(1, 1, 1)
c.rect(cx - 0.5 * mm, cy - 0.5 * mm, cs + 1 * mm, cs + 1 * mm, fill=1, stroke=0)
c.setFillColorRGB(0, 0, 0)
c.rect(cx, cy, cs, cs, fill=1, stroke=0)
c.setFillColorRGB(1, 1, 1)
c.rect(cx + cs * 0.42, cy + cs * 0.18, cs * 0.16, cs * 0.64, fill=1, stroke=0)
c.rect(cx + cs * 0.18, cy + cs * 0.42, cs * 0.64, cs * 0.16, fill=1, stroke=0)
c.setFillColorRGB(0, 0, 0)
c.setFont("LSB", 8)
c.drawString(x, 37 * mm, "Währung")
c.drawString(x + 18 * mm, 37 * mm, "Betrag")
c.setFont("LS", 10)
c.drawString(x, 32 * mm, "CHF")
c.drawString(x + 18 * mm, 32 * mm, "470.00")

x2 = 118 * mm
y = top - 10 * mm
y = block(x2, y, "Konto / Zahlbar an", [IBAN] + CRED, 8, 10, 4.2 * mm)
y = block(x2, y, "Referenz", [REF], 8, 10, 4.2 * mm)
y = block(x2, y, "Zusätzliche Informationen", ["Mitgliederbeitrag 2025, Rechnung 2025-127"], 8, 10, 4.2 * mm)
y = block(x2, y, "Zahlbar durch", DEBT, 8, 10, 4.2 * mm)
c.showPage()
c.save()
