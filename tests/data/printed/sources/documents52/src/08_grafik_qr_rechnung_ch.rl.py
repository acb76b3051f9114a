"""Graphic-design studio invoice with a Swiss QR-bill (Switzerland, Bern): letter with the address window on the right,
place and date line, meta block (Rechnung Nr., Datum, Kunden-Nr., Zahlbar bis, MWST-Nr.), items, Total exkl. MWST,
MWST 8.1 %, Total CHF with apostrophe grouping (4'540.20); at the bottom the QR-bill payment part (Empfangsschein and
Zahlteil, 105 mm, perforation with scissors) repeating the amount as "4 540.20", with the QR-IBAN, the QR reference and
a real Swiss QR code (SPC 0200 payload, Swiss cross). ReportLab canvas.
Usage: python3 08_grafik_qr_rechnung_ch.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DJ", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
ACC = colors.HexColor("#d2462b")

ITEMS = [
    ("Gestaltung Verpackungslinie \u00abWinterpralin\u00e9s\u00bb, Konzept und Entwurf (Pauschale)", "1", D("2400.00")),
    ("Reinzeichnung Etiketten, 4 Sorten", "4", D("180.00")),
    ("Fotografie Produktbilder im Atelier, Halbtag inkl. Bildbearbeitung", "1", D("660.00")),
    ("Korrekturl\u00e4ufe und Druckabstimmung (Std.)", "3.5", D("120.00")),
]
rows = [(d, q, p, (D(q) * p).quantize(D("0.01"))) for d, q, p in ITEMS]
NET = sum(r[3] for r in rows)
VAT = (NET * D("0.081")).quantize(D("0.01"), ROUND_HALF_UP)
TOTAL = NET + VAT
assert (NET, VAT, TOTAL) == (D("4200.00"), D("340.20"), D("4540.20")), (NET, VAT, TOTAL)
assert TOTAL * 20 == (TOTAL * 20).to_integral()      # already on 5 Rappen, no rounding line

INV = "2025-0318"
QR_IBAN = "CH59 3180 8004 1827 3650 1"
QR_REF = "000000000000411420250318009"
QR_REF_FMT = "00 00000 00000 41142 02503 18009"


def ch(x):
    """4'540.20"""
    return f"{x:,.2f}".replace(",", "'")


def qrbill_amount(x):
    """QR-bill style: 4 540.20"""
    return f"{x:,.2f}".replace(",", " ")


W, H = A4
c = Canvas(sys.argv[1], pagesize=A4, initialFontName="LS", initialFontSize=9)
c.setTitle(f"Rechnung {INV}")
c.setAuthor("Atelier Brunner Grafik GmbH")
L = 22 * mm

# letterhead
c.setFillColor(ACC)
c.rect(L, H - 27 * mm, 9 * mm, 9 * mm, stroke=0, fill=1)
c.setFillColor(colors.black)
c.setFont("LSB", 17)
c.drawString(L + 12 * mm, H - 24 * mm, "brunner")
c.setFont("LS", 17)
c.drawString(L + 12 * mm + c.stringWidth("brunner", "LSB", 17) + 1.5 * mm, H - 24 * mm, "grafik")
c.setFont("LS", 7.6)
c.setFillColor(colors.HexColor("#555555"))
c.drawString(L + 12 * mm, H - 28.5 * mm, "Atelier Brunner Grafik GmbH \u00b7 Marktgasse 28 \u00b7 3011 Bern \u00b7 031 418 27 36 \u00b7 "
             "studio@brunnergrafik.example")
c.setFillColor(colors.black)

# address window on the right
ax = 118 * mm
c.setFont("LS", 6.4)
c.drawString(ax, H - 47 * mm, "Atelier Brunner Grafik GmbH, Marktgasse 28, 3011 Bern")
c.setLineWidth(0.3)
c.line(ax, H - 48 * mm, ax + 70 * mm, H - 48 * mm)
c.setFont("LS", 9.5)
y = H - 53 * mm
for s in ["Confiserie Aebi AG", "Frau Regula Aebi", "B\u00e4lliz 46", "3600 Thun"]:
    c.drawString(ax, y, s)
    y -= 4.6 * mm

# meta on the left
c.setFont("LS", 9)
c.drawString(L, H - 53 * mm, "Bern, 21. November 2025")
y = H - 62 * mm
for k, v in [("Rechnung Nr.", INV), ("Rechnungsdatum", "21.11.2025"), ("Kunden-Nr.", "4114"),
             ("Zahlbar bis", "21.12.2025"), ("MWST-Nr.", "CHE-418.273.634 MWST")]:
    c.setFont("LS", 8.2)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(L, y, k)
    c.setFillColor(colors.black)
    c.setFont("LSB" if k == "Rechnung Nr." else "LS", 8.2)
    c.drawString(L + 27 * mm, y, v)
    y -= 4.4 * mm

c.setFont("LSB", 12.5)
c.drawString(L, H - 96 * mm, f"Rechnung {INV} \u2013 Verpackungslinie \u00abWinterpralin\u00e9s\u00bb")
c.setFont("LS", 9)
c.drawString(L, H - 103 * mm, "Sehr geehrte Frau Aebi, f\u00fcr unsere Arbeiten erlauben wir uns, Ihnen Folgendes in Rechnung zu stellen:")

# items
R = W - 20 * mm
y = H - 112 * mm
c.setFont("LSB", 8.2)
c.drawString(L, y, "Leistung")
c.drawRightString(140 * mm, y, "Menge")
c.drawRightString(163 * mm, y, "Ansatz CHF")
c.drawRightString(R, y, "Betrag CHF")
c.setStrokeColor(ACC)
c.setLineWidth(0.9)
c.line(L, y - 2 * mm, R, y - 2 * mm)
c.setStrokeColor(colors.black)
y -= 7 * mm
c.setFont("LS", 8.6)
for d, q, p, a in rows:
    c.drawString(L, y, d)
    c.drawRightString(140 * mm, y, q)
    c.drawRightString(163 * mm, y, ch(p))
    c.drawRightString(R, y, ch(a))
    y -= 6 * mm
c.setLineWidth(0.4)
c.line(118 * mm, y + 2.5 * mm, R, y + 2.5 * mm)
y -= 2 * mm
for lab, val, bold in [("Total exkl. MWST", ch(NET), False), ("MWST 8.1 %", ch(VAT), False), ("Total CHF", ch(TOTAL), True)]:
    c.setFont("LSB" if bold else "LS", 9.6 if bold else 8.6)
    c.drawString(118 * mm, y, lab)
    c.drawRightString(R, y, val)
    y -= 5.6 * mm
c.setLineWidth(0.9)
c.line(118 * mm, y + 10.6 * mm, R, y + 10.6 * mm)

c.setFont("LS", 8.6)
y -= 4 * mm
for s in ["Zahlbar innert 30 Tagen mit dem untenstehenden QR-Zahlteil (bitte die QR-Referenz verwenden).",
          "Die Nutzungsrechte an den Entw\u00fcrfen gehen mit vollst\u00e4ndiger Bezahlung an Sie \u00fcber.",
          "Besten Dank f\u00fcr den sch\u00f6nen Auftrag!   Freundliche Gr\u00fcsse, Nina Brunner"]:
    c.drawString(L, y, s)
    y -= 4.6 * mm

# ---------------------------------------------------------------- QR-bill (bottom 105 mm)
top = 105 * mm
c.setLineWidth(0.4)
c.setDash(2, 2)
c.line(0, top, W, top)
c.line(62 * mm, 0, 62 * mm, top)
c.setDash()
c.setFont("DJ", 9)
c.drawString(4 * mm, top - 1.2 * mm, "\u2702")

creditor = ["Atelier Brunner Grafik GmbH", "Marktgasse 28", "3011 Bern"]
debtor = ["Confiserie Aebi AG", "B\u00e4lliz 46", "3600 Thun"]


def block(x, y, head, lines, hs=6, fs=8):
    c.setFont("LSB", hs)
    c.drawString(x, y, head)
    y -= (hs * 0.42 + 0.6) * mm
    c.setFont("LS", fs)
    for s in lines:
        y -= fs * 0.36 * mm
        c.drawString(x, y, s)
        y -= 0.6 * mm
    return y - 4.2 * mm


# receipt
x = 5 * mm
c.setFont("LSB", 11)
c.drawString(x, top - 9 * mm, "Empfangsschein")
y = top - 15 * mm
y = block(x, y, "Konto / Zahlbar an", [QR_IBAN] + creditor, 6, 8)
y = block(x, y, "Referenz", [QR_REF_FMT], 6, 8)
y = block(x, y, "Zahlbar durch", debtor, 6, 8)
c.setFont("LSB", 6)
c.drawString(x, 28 * mm, "W\u00e4hrung")
c.drawString(x + 14 * mm, 28 * mm, "Betrag")
c.setFont("LS", 8)
c.drawString(x, 24.5 * mm, "CHF")
c.drawString(x + 14 * mm, 24.5 * mm, qrbill_amount(TOTAL))
c.setFont("LSB", 6)
c.drawRightString(57 * mm, 14 * mm, "Annahmestelle")

# payment part
x = 67 * mm
c.setFont("LSB", 11)
c.drawString(x, top - 9 * mm, "Zahlteil")
payload = "\r\n".join([
    "SPC", "0200", "1", QR_IBAN.replace(" ", ""), "S", creditor[0], "Marktgasse", "28", "3011", "Bern", "CH",
    "", "", "", "", "", "", "",
    f"{TOTAL:.2f}", "CHF", "S", debtor[0], "B\u00e4lliz", "46", "3600", "Thun", "CH",
    "QRR", QR_REF, f"Rechnung {INV}", "EPD"])
qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
qr.addData(payload)
qr.make()
n = qr.getModuleCount()
size = 46 * mm
mod = size / n
qx, qy = x, top - 17 * mm - size
p = c.beginPath()
for r in range(n):
    for col in range(n):
        if qr.isDark(r, col):
            p.rect(qx + col * mod, qy + size - (r + 1) * mod, mod, mod)
c.drawPath(p, stroke=0, fill=1)
cx, cy = qx + size / 2, qy + size / 2
c.setFillColor(colors.white)
c.rect(cx - 3.5 * mm, cy - 3.5 * mm, 7 * mm, 7 * mm, stroke=0, fill=1)
c.setFillColor(colors.black)
c.rect(cx - 3.2 * mm, cy - 3.2 * mm, 6.4 * mm, 6.4 * mm, stroke=0, fill=1)
c.setFillColor(colors.white)
c.rect(cx - 0.6 * mm, cy - 2.2 * mm, 1.2 * mm, 4.4 * mm, stroke=0, fill=1)
c.rect(cx - 2.2 * mm, cy - 0.6 * mm, 4.4 * mm, 1.2 * mm, stroke=0, fill=1)
c.setFillColor(colors.black)
c.setFont("LSB", 8)
c.drawString(x, 28 * mm, "W\u00e4hrung")
c.drawString(x + 16 * mm, 28 * mm, "Betrag")
c.setFont("LS", 10)
c.drawString(x, 23.5 * mm, "CHF")
c.drawString(x + 16 * mm, 23.5 * mm, qrbill_amount(TOTAL))

x = 118 * mm
y = top - 9 * mm
y = block(x, y, "Konto / Zahlbar an", [QR_IBAN] + creditor, 8, 10)
y = block(x, y, "Referenz", [QR_REF_FMT], 8, 10)
y = block(x, y, "Zus\u00e4tzliche Informationen", [f"Rechnung {INV}"], 8, 10)
y = block(x, y, "Zahlbar durch", debtor, 8, 10)

c.showPage()
c.save()
