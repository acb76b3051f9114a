"""Online travel agency's booking confirmation with payment receipt for a hotel stay (Italy, Florence): booking number
and hotel confirmation number, PIN, check-in / check-out next to the booking date, room nights with IVA 10 % included,
city tax payable at the property (not included), card payment, cancellation policy.
Italy (ReportLab canvas). Usage: python3 17_prenotazione_hotel_it.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DS", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DSB", F + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DSC", F + "DejaVuSansCondensed.ttf"))
BLUE = HexColor("#0a4f8c")
SKY = HexColor("#e9f2fb")
GREEN = HexColor("#1b8a3a")
GREY = HexColor("#5c5c5c")
C = D("0.01")


def it(x):
    """1.234,56"""
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


NIGHTS = [("ven 5 dicembre 2025", D("138.00")), ("sab 6 dicembre 2025", D("168.00")), ("dom 7 dicembre 2025", D("138.00"))]
room = sum(p for _d, p in NIGHTS)
vat = (room * 10 / 110).quantize(C, ROUND_HALF_UP)
net = room - vat
CITY_TAX = D("5.00") * 2 * 3
assert (room, vat, net, CITY_TAX) == (D("444.00"), D("40.36"), D("403.64"), D("30.00")), (room, vat, net, CITY_TAX)

W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, initialFontName="DS", initialFontSize=9)
c.setTitle("Conferma di prenotazione SI-25-7741829")
c.setAuthor("Soggiorni Italia S.r.l.")
L, R = 16 * mm, W - 16 * mm

# top bar
c.setFillColor(BLUE)
c.rect(0, H - 24 * mm, W, 24 * mm, stroke=0, fill=1)
c.setFillColor(white)
c.setFont("DSB", 19)
c.drawString(L, H - 14 * mm, "soggiorni")
c.setFont("DS", 19)
c.drawString(L + 36 * mm, H - 14 * mm, "italia")
c.setFont("DS", 8)
c.drawString(L, H - 19.5 * mm, "hotel, b&b e appartamenti in tutta Italia")
c.drawRightString(R, H - 12 * mm, "Assistenza 24/7: +39 02 4182 7300")
c.drawRightString(R, H - 17 * mm, "assistenza@soggiornitalia.example")

# confirmation headline
c.setFillColor(GREEN)
c.circle(L + 4 * mm, H - 35 * mm, 4 * mm, stroke=0, fill=1)
c.setFillColor(white)
c.setFont("DSB", 11)
c.drawCentredString(L + 4 * mm, H - 36.6 * mm, "✓")
c.setFillColor(HexColor("#111111"))
c.setFont("DSB", 15)
c.drawString(L + 11 * mm, H - 33.5 * mm, "Prenotazione confermata")
c.setFont("DS", 9)
c.drawString(L + 11 * mm, H - 39 * mm, "Grazie, Marco! La tua prenotazione presso Hotel Ponte alle Grazie è confermata.")

# key facts boxes
y = H - 50 * mm
boxes = [("Numero di prenotazione", "SI-25-7741829"), ("PIN", "4418"), ("Conferma hotel", "HPG-88213"),
         ("Data prenotazione", "10/11/2025")]
bw = (R - L) / 4
for i, (k, v) in enumerate(boxes):
    x = L + i * bw
    c.setFillColor(SKY)
    c.rect(x + 0.6 * mm, y - 13 * mm, bw - 1.2 * mm, 13 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont("DS", 7)
    c.drawString(x + 3 * mm, y - 4.5 * mm, k)
    c.setFillColor(HexColor("#111111"))
    c.setFont("DSB", 10.5)
    c.drawString(x + 3 * mm, y - 10 * mm, v)

# hotel and stay
y = H - 75 * mm
c.setFont("DSB", 12)
c.drawString(L, y, "Hotel Ponte alle Grazie")
c.setFillColor(HexColor("#e0a100"))
c.drawString(L + 63 * mm, y, "★★★★")
c.setFillColor(HexColor("#111111"))
c.setFont("DS", 8.5)
c.drawString(L, y - 5 * mm, "Lungarno delle Grazie 18, 50122 Firenze FI · tel. +39 055 418 2736")
stay = [("Check-in", "ven 5 dicembre 2025", "dalle 14:00"), ("Check-out", "lun 8 dicembre 2025", "entro le 11:00"),
        ("Soggiorno", "3 notti, 1 camera", "2 adulti")]
for i, (k, v, s) in enumerate(stay):
    x = L + i * 60 * mm
    c.setFillColor(GREY)
    c.setFont("DS", 7.5)
    c.drawString(x, y - 14 * mm, k)
    c.setFillColor(HexColor("#111111"))
    c.setFont("DSB", 10)
    c.drawString(x, y - 19 * mm, v)
    c.setFont("DS", 8)
    c.drawString(x, y - 23.5 * mm, s)
c.setFont("DS", 8.5)
c.drawString(L, y - 32 * mm, "Camera Doppia Superior vista Arno · colazione inclusa · non fumatori")
c.drawString(L, y - 37 * mm, "Ospite principale: Marco Bellini · marco.bellini@example.it · +39 347 418 2736")

# price breakdown
y = H - 125 * mm
c.setStrokeColor(BLUE)
c.setLineWidth(0.8)
c.line(L, y + 4 * mm, R, y + 4 * mm)
c.setFont("DSB", 10.5)
c.drawString(L, y - 1 * mm, "Dettaglio prezzo")
c.setFont("DS", 8.8)
y -= 8 * mm
for d, p in NIGHTS:
    c.drawString(L + 4 * mm, y, f"Notte di {d}")
    c.drawRightString(R, y, f"€ {it(p)}")
    y -= 5 * mm
c.setLineWidth(0.3)
c.line(L, y + 2 * mm, R, y + 2 * mm)
y -= 2.5 * mm
c.setFont("DSB", 10)
c.drawString(L + 4 * mm, y, "Totale camera (IVA inclusa)")
c.drawRightString(R, y, f"€ {it(room)}")
y -= 5.5 * mm
c.setFont("DS", 8.2)
c.setFillColor(GREY)
c.drawString(L + 4 * mm, y, f"di cui imponibile € {it(net)} e IVA 10% € {it(vat)}")
c.setFillColor(HexColor("#111111"))
y -= 9 * mm
c.setFillColor(HexColor("#fff6e0"))
c.rect(L, y - 9 * mm, R - L, 13 * mm, stroke=0, fill=1)
c.setFillColor(HexColor("#111111"))
c.setFont("DSB", 8.8)
c.drawString(L + 4 * mm, y - 1 * mm, "Da pagare in struttura (non incluso)")
c.drawRightString(R - 4 * mm, y - 1 * mm, f"€ {it(CITY_TAX)}")
c.setFont("DS", 7.8)
c.drawString(L + 4 * mm, y - 6 * mm, "Tassa di soggiorno del Comune di Firenze: € 5,00 a persona a notte (2 adulti × 3 notti), in contanti o carta.")

# payment receipt
y -= 22 * mm
c.setStrokeColor(BLUE)
c.setLineWidth(0.8)
c.rect(L, y - 36 * mm, R - L, 40 * mm, stroke=1, fill=0)
c.setFillColor(BLUE)
c.rect(L, y - 3 * mm, R - L, 7 * mm, stroke=0, fill=1)
c.setFillColor(white)
c.setFont("DSB", 9.5)
c.drawString(L + 4 * mm, y - 1 * mm, "RICEVUTA DI PAGAMENTO")
c.setFillColor(HexColor("#111111"))
rows = [("Ricevuta n.", "RIC-2025-0918273"), ("Data di pagamento", "10 novembre 2025, 21:37"),
        ("Intestatario", "Marco Bellini, Via Saragozza 112, 40135 Bologna BO"), ("Metodo di pagamento", "Mastercard •••• 5521"),
        ("Valuta", "EUR")]
yy = y - 8.5 * mm
for k, v in rows:
    c.setFont("DS", 8.6)
    c.setFillColor(GREY)
    c.drawString(L + 4 * mm, yy, k)
    c.setFillColor(HexColor("#111111"))
    c.drawString(L + 42 * mm, yy, v)
    yy -= 4.8 * mm
c.setFont("DSB", 12)
c.drawRightString(R - 4 * mm, y - 31 * mm, f"Totale addebitato € {it(room)}")

# cancellation and footer
y -= 46 * mm
c.setFont("DSB", 8.6)
c.drawString(L, y, "Cancellazione")
c.setFont("DS", 8)
t = c.beginText(L, y - 4.5 * mm)
t.setFont("DS", 8)
t.setLeading(10.5)
for ln in ["Cancellazione gratuita fino al 2 dicembre 2025 alle 23:59 (ora italiana). In caso di cancellazione successiva o di",
           "mancata presentazione verrà addebitato l'importo della prima notte. Modifiche e cancellazioni: soggiornitalia.example/gestisci."]:
    t.textLine(ln)
c.drawText(t)
c.setStrokeColor(HexColor("#cccccc"))
c.setLineWidth(0.4)
c.line(L, 22 * mm, R, 22 * mm)
c.setFont("DSC", 7)
c.setFillColor(GREY)
c.drawString(L, 17.5 * mm, "Soggiorni Italia S.r.l. · Via Tortona 37, 20144 Milano MI · P.IVA e C.F. 04182730152 · REA MI-2418273 · "
             "capitale sociale € 120.000 i.v.")
c.drawString(L, 13.5 * mm, "Il pagamento è stato incassato da Soggiorni Italia S.r.l., che emette la presente ricevuta. La tassa di "
             "soggiorno è riscossa dalla struttura.")
c.showPage()
c.save()
