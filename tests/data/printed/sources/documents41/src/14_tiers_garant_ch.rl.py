"""Cabinet médical des Acacias - facture Tiers garant (TARMED, LAMal) avec section paiement QR, 2 pages, reportlab canvas."""
import sys
from decimal import Decimal as D, ROUND_HALF_UP
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor, black, white
from reportlab.graphics.barcode import qr
from reportlab.graphics.shapes import Drawing
from reportlab.graphics import renderPDF

out = sys.argv[1] if len(sys.argv) > 1 else "14_tiers_garant_ch.pdf"
W, H = A4
GREY = HexColor("#e9e9e9")
VPT = D("0.96")


def ch(x):
    s = f"{x:,.2f}"
    return s.replace(",", "'")


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


# date, tarif, code, description, qty, PT PM, PT PT, vpt(None=TARMED 0.96 / else lab 1.00)
V = [
 ("03.03.2025", "001", "00.0010", "Consultation, première période de 5 min", 1, "9.57", "8.19"),
 ("03.03.2025", "001", "00.0020", "+ Consultation, chaque période de 5 min en plus", 3, "9.57", "8.19"),
 ("03.03.2025", "001", "00.0030", "+ Consultation, dernière période de 5 min", 1, "4.78", "4.10"),
 ("03.03.2025", "001", "00.0415", "Petit examen par le spécialiste de premier recours", 1, "9.57", "8.19"),
 ("03.03.2025", "001", "00.0716", "Prélèvement de sang capillaire ou veineux", 1, "0.00", "5.81"),
 ("03.03.2025", "001", "17.0010", "Électrocardiogramme (ECG) au repos", 1, "8.70", "22.44"),
 ("03.03.2025", "001", "00.0510", "Prestation en l'absence du patient, par 5 min", 2, "9.57", "8.19"),
 ("03.03.2025", "317", "4707.00", "Taxe de présence laboratoire de cabinet", 1, "10.00", None),
 ("03.03.2025", "317", "1371.00", "Hémogramme II (automatisé)", 1, "12.00", None),
 ("03.03.2025", "317", "1509.00", "Glucose", 1, "2.50", None),
 ("03.03.2025", "317", "1406.00", "Créatinine", 1, "2.50", None),
 ("03.03.2025", "317", "1245.00", "CRP, quantitatif", 1, "9.80", None),
 ("03.03.2025", "317", "1356.00", "HbA1c", 1, "19.40", None),
 ("10.03.2025", "001", "00.0010", "Consultation, première période de 5 min", 1, "9.57", "8.19"),
 ("10.03.2025", "001", "00.0020", "+ Consultation, chaque période de 5 min en plus", 2, "9.57", "8.19"),
 ("10.03.2025", "001", "00.0030", "+ Consultation, dernière période de 5 min", 1, "4.78", "4.10"),
 ("10.03.2025", "001", "00.0420", "Examen par le spécialiste, chaque 5 min en plus", 2, "9.57", "8.19"),
 ("10.03.2025", "001", "39.3005", "Échographie abdomen supérieur", 1, "46.43", "64.57"),
 ("10.03.2025", "001", "00.0141", "+ Rapport écrit au médecin spécialiste", 1, "10.73", "0.00"),
 ("10.03.2025", "001", "00.1345", "Perfusion intraveineuse, mise en place et surveillance", 1, "14.36", "22.85"),
 ("10.03.2025", "402", "7680583410011", "Ferinject sol perf 500 mg/10 ml, flacon", 1, "302.95", None),
 ("17.03.2025", "001", "00.1345", "Perfusion intraveineuse, mise en place et surveillance", 1, "14.36", "22.85"),
 ("17.03.2025", "402", "7680583410011", "Ferinject sol perf 500 mg/10 ml, flacon", 1, "302.95", None),
 ("17.03.2025", "001", "00.0110", "Consultation téléphonique, première période de 5 min", 1, "9.57", "8.19"),
 ("17.03.2025", "001", "00.0130", "+ Consultation téléphonique, dernière période de 5 min", 1, "4.78", "4.10"),
 ("21.03.2025", "001", "00.0010", "Consultation, première période de 5 min", 1, "9.57", "8.19"),
 ("21.03.2025", "001", "00.0020", "+ Consultation, chaque période de 5 min en plus", 2, "9.57", "8.19"),
 ("21.03.2025", "001", "00.0030", "+ Consultation, dernière période de 5 min", 1, "4.78", "4.10"),
 ("21.03.2025", "001", "00.0716", "Prélèvement de sang capillaire ou veineux", 1, "0.00", "5.81"),
 ("21.03.2025", "317", "4707.00", "Taxe de présence laboratoire de cabinet", 1, "10.00", None),
 ("21.03.2025", "317", "1509.00", "Glucose", 1, "2.50", None),
 ("21.03.2025", "317", "1435.00", "Cholestérol HDL", 1, "5.40", None),
 ("21.03.2025", "317", "1536.00", "Cholestérol total", 1, "2.50", None),
 ("21.03.2025", "317", "1737.00", "Triglycérides", 1, "2.50", None),
]
rows = []
for d, tarif, code, desc, q, pm, pt in V:
    if pt is None:
        amt = r2(D(pm) * D("1.00") * q)
        rows.append((d, tarif, code, desc, q, D(pm), None, D("1.00"), amt))
    else:
        amt = r2((D(pm) + D(pt)) * VPT * q)
        rows.append((d, tarif, code, desc, q, D(pm), D(pt), VPT, amt))
tarmed = sum(r[8] for r in rows if r[1] == "001")
lab = sum(r[8] for r in rows if r[1] == "317")
med = sum(r[8] for r in rows if r[1] == "402")
raw = tarmed + lab + med
total = (raw * 20).quantize(D("1"), ROUND_HALF_UP) / 20
total = total.quantize(D("0.01"))
rnd = total - raw

c = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
c.setTitle("Facture Tiers garant 2025-00873")
c.setAuthor("Cabinet médical des Acacias Sàrl")


def head(page):
    c.setFont("Helvetica-Bold", 13)
    c.drawString(14 * mm, H - 16 * mm, "Facture Tiers garant")
    c.setFont("Helvetica", 7.5)
    c.drawString(14 * mm, H - 20.5 * mm, "Release 4.5/4.4 · Forum Datenaustausch")
    c.drawRightString(W - 14 * mm, H - 16 * mm, f"Page {page} / 2")
    c.drawRightString(W - 14 * mm, H - 20.5 * mm, "N° facture 2025-00873 · 28.03.2025 · Patient N° 30418")


def grid(y, rows_, lw=34 * mm):
    """label/value rows in a ruled box (labels left grey, values right)."""
    h = 4.2 * mm
    c.setLineWidth(0.4)
    c.rect(14 * mm, y - h * len(rows_), W - 28 * mm, h * len(rows_))
    for i, (k, v, k2, v2) in enumerate(rows_):
        yy = y - (i + 1) * h + 1.3 * mm
        c.setFillColor(GREY)
        c.rect(14 * mm, y - (i + 1) * h, lw, h, fill=1, stroke=0)
        if k2:
            c.rect(122 * mm, y - (i + 1) * h, 28 * mm, h, fill=1, stroke=0)
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(15.5 * mm, yy, k)
        c.drawString(123.5 * mm, yy, k2)
        c.setFont("Helvetica-Bold", 7.6)
        c.drawString(14 * mm + lw + 2 * mm, yy, v)
        c.drawString(152 * mm, yy, v2)
        c.line(14 * mm, y - (i + 1) * h, W - 14 * mm, y - (i + 1) * h)
    return y - h * len(rows_)


def table_head(y):
    c.setFillColor(HexColor("#333333"))
    c.rect(14 * mm, y - 5 * mm, W - 28 * mm, 5 * mm, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 6.8)
    for x, t, al in [(15, "Date", "l"), (31, "Tarif", "l"), (40, "Code tarifaire", "l"), (62, "Prestation", "l"),
                     (128, "Qté", "r"), (141, "PT PM/Prix", "r"), (153, "PT PT", "r"), (164, "VPt", "r"), (196, "Montant", "r")]:
        (c.drawString if al == "l" else c.drawRightString)(x * mm, y - 3.6 * mm, t)
    c.setFillColor(black)
    return y - 5 * mm


def line(y, r):
    d, tarif, code, desc, q, pm, pt, vpt, amt = r
    c.setFont("Helvetica", 7.2)
    c.drawString(15 * mm, y, d); c.drawString(31 * mm, y, tarif); c.drawString(40 * mm, y, code); c.drawString(62 * mm, y, desc)
    c.drawRightString(128 * mm, y, str(q)); c.drawRightString(141 * mm, y, f"{pm:.2f}")
    c.drawRightString(153 * mm, y, "" if pt is None else f"{pt:.2f}"); c.drawRightString(164 * mm, y, f"{vpt:.2f}")
    c.drawRightString(196 * mm, y, ch(amt))
    c.setStrokeColor(HexColor("#cccccc")); c.setLineWidth(0.3)
    c.line(14 * mm, y - 1.4 * mm, W - 14 * mm, y - 1.4 * mm)
    c.setStrokeColor(black)


# ---- page 1
head(1)
y = H - 26 * mm
y = grid(y, [
    ("Auteur facture", "N° GLN 7601001234581", "N° RCC", "Y 2418.27"),
    ("", "Cabinet médical des Acacias Sàrl", "Tél.", "022 555 81 40"),
    ("", "Route des Acacias 43, 1227 Les Acacias", "", ""),
    ("Fournisseur prest.", "N° GLN 7601001234581", "N° RCC", "Y 2418.27"),
    ("", "Dr méd. Olivier Rochat", "", ""),
    ("", "Spécialiste FMH en médecine interne générale", "", ""),
])
y -= 3 * mm
y = grid(y, [
    ("Patient  Nom", "Dubois-Morel", "N° AVS", "756.1245.6789.02"),
    ("Prénom", "Nathalie", "N° carte assuré", "80756 0041 2209 8834 17"),
    ("Rue", "Chemin des Crêts-de-Champel 21", "Canton", "GE"),
    ("NPA / Localité", "1206 Genève", "Copie", "Non"),
    ("Date de naissance", "22.05.1981", "Type de rembours.", "TG"),
    ("Sexe", "F", "Loi", "LAMal"),
    ("Date cas", "03.03.2025", "N° patient", "30418"),
    ("Traitement", "03.03.2025 – 21.03.2025", "Motif traitement", "Maladie"),
    ("Assureur", "Mutuelle Romande d'Assurance-Maladie", "N° GLN assureur", "7601003001458"),
    ("Date / N° facture", "28.03.2025 / 2025-00873", "Mandataire", "Dr O. Rochat"),
    ("Diagnostic", "ICPC-2: T90 Diabète non insulino-dép.; K86 Hypertension; B80 Anémie ferriprive", "", ""),
], lw=30 * mm)
y -= 4 * mm
y = table_head(y)
y -= 3.8 * mm
P1 = 22
for r in rows[:P1]:
    line(y, r)
    y -= 4.6 * mm
sub1 = sum(r[8] for r in rows[:P1])
c.setFont("Helvetica-Bold", 7.6)
c.drawString(62 * mm, y - 1 * mm, "Report à la page 2")
c.drawRightString(196 * mm, y - 1 * mm, ch(sub1))
c.setFont("Helvetica", 6.5)
c.drawString(14 * mm, 12 * mm, "Cabinet médical des Acacias Sàrl · Route des Acacias 43 · 1227 Les Acacias · IDE CHE-218.447.305")
c.showPage()

# ---- page 2
head(2)
y = H - 28 * mm
y = table_head(y)
y -= 3.8 * mm
c.setFont("Helvetica-Bold", 7.6)
c.drawString(62 * mm, y, "Report de la page 1")
c.drawRightString(196 * mm, y, ch(sub1))
y -= 4.6 * mm
for r in rows[P1:]:
    line(y, r)
    y -= 4.6 * mm
y -= 3 * mm
# totals box
bx = 112 * mm
summ = [("Tarif 001 TARMED (VPt 0.96)", ch(tarmed)), ("Tarif 317 Liste des analyses", ch(lab)), ("Tarif 402 Médicaments", ch(med)), ("Arrondi", ch(rnd)),
        ("Montant total", ch(total)), ("dont LAMal", ch(total)), ("Acompte", "0.00"), ("Montant dû CHF", ch(total))]
c.setLineWidth(0.6)
c.rect(bx, y - len(summ) * 5 * mm - 1 * mm, W - 14 * mm - bx, len(summ) * 5 * mm + 2 * mm)
for i, (k, v) in enumerate(summ):
    yy = y - (i + 1) * 5 * mm + 1.2 * mm
    bold = k in ("Montant total", "Montant dû CHF")
    c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.2 if bold else 7.8)
    c.drawString(bx + 2 * mm, yy, k)
    c.drawRightString(W - 16 * mm, yy, v)
c.setFont("Helvetica", 7.2)
tx = c.beginText(14 * mm, y - 4 * mm)
tx.setLeading(9)
for t in ["Tiers garant : la présente facture est à régler par la patiente.", "Remettez la copie de remboursement à votre assureur",
          "(Mutuelle Romande d'Assurance-Maladie) pour obtenir le", "remboursement selon LAMal (franchise et quote-part réservées).",
          "", "Payable jusqu'au 27.04.2025, sans déduction."]:
    tx.textLine(t)
c.drawText(tx)

# QR-bill payment part at the bottom (receipt | payment part)
top = 105 * mm
c.setDash(2, 2); c.line(0, top, W, top); c.line(62 * mm, 0, 62 * mm, top); c.setDash()
c.setFont("Helvetica-Bold", 11)
c.drawString(5 * mm, top - 9 * mm, "Récépissé")
c.drawString(67 * mm, top - 9 * mm, "Section paiement")


def blk(x, y, title, lines, size=8, tsize=6):
    c.setFont("Helvetica-Bold", tsize)
    c.drawString(x, y, title)
    c.setFont("Helvetica", size)
    for i, t in enumerate(lines):
        c.drawString(x, y - (i + 1) * (size + 1.2), t)
    return y - (len(lines) + 1) * (size + 1.2) - 3


acct = ["CH80 0076 2011 6238 5295", "Cabinet médical des Acacias Sàrl", "Route des Acacias 43", "1227 Les Acacias"]
payer = ["Nathalie Dubois-Morel", "Chemin des Crêts-de-Champel 21", "1206 Genève"]
yy = blk(5 * mm, top - 16 * mm, "Compte / Payable à", acct, 7.5)
yy = blk(5 * mm, yy, "Payable par", payer, 7.5)
c.setFont("Helvetica-Bold", 6); c.drawString(5 * mm, 40 * mm, "Monnaie"); c.drawString(22 * mm, 40 * mm, "Montant")
c.setFont("Helvetica", 8); c.drawString(5 * mm, 36 * mm, "CHF"); c.drawString(22 * mm, 36 * mm, ch(total))
c.setFont("Helvetica-Bold", 6); c.drawRightString(57 * mm, 20 * mm, "Point de dépôt")
payload = "\n".join(["SPC", "0200", "1", "CH8000762011623852955", "S", "Cabinet médical des Acacias Sàrl", "Route des Acacias", "43", "1227", "Les Acacias", "CH",
                     "", "", "", "", "", "", "", f"{total:.2f}", "CHF", "S", "Nathalie Dubois-Morel", "Chemin des Crêts-de-Champel", "21", "1206", "Genève", "CH",
                     "NON", "", "Facture 2025-00873 du 28.03.2025", "EPD"])
qw = qr.QrCodeWidget(payload, barLevel="M")
b = qw.getBounds()
size = 46 * mm
d = Drawing(size, size, transform=[size / (b[2] - b[0]), 0, 0, size / (b[3] - b[1]), 0, 0])
d.add(qw)
renderPDF.draw(d, c, 67 * mm, top - 68 * mm)
c.setFillColor(white); c.rect(67 * mm + 20 * mm, top - 68 * mm + 20 * mm, 6 * mm, 6 * mm, fill=1, stroke=0)
c.setFillColor(black); c.rect(67 * mm + 20.5 * mm, top - 68 * mm + 20.5 * mm, 5 * mm, 5 * mm, fill=1, stroke=0)
c.setFillColor(white); c.rect(67 * mm + 22.5 * mm, top - 68 * mm + 21.4 * mm, 1 * mm, 3.2 * mm, fill=1, stroke=0)
c.rect(67 * mm + 21.4 * mm, top - 68 * mm + 22.5 * mm, 3.2 * mm, 1 * mm, fill=1, stroke=0)
c.setFillColor(black)
c.setFont("Helvetica-Bold", 7); c.drawString(67 * mm, 30 * mm, "Monnaie"); c.drawString(85 * mm, 30 * mm, "Montant")
c.setFont("Helvetica", 9); c.drawString(67 * mm, 25.5 * mm, "CHF"); c.drawString(85 * mm, 25.5 * mm, ch(total))
yy = blk(118 * mm, top - 16 * mm, "Compte / Payable à", acct, 8.5, 7)
yy = blk(118 * mm, yy, "Informations supplémentaires", ["Facture 2025-00873 du 28.03.2025"], 8.5, 7)
yy = blk(118 * mm, yy, "Payable par", payer, 8.5, 7)
c.showPage()
c.save()
print("med", med, "tarmed", tarmed, "lab", lab, "raw", raw, "total", total, "sub1", sub1)
