#!/usr/bin/env python3
"""Facture (Cameroun) -- NIU of supplier and client, RCCM, TVA 17,5 % + centimes additionnels communaux (CAC, 10 % of
the TVA) = 19,25 %, FCFA (XAF) without decimals, informative précompte / acompte IR, EUR counter-value, taxes summary
table. ReportLab canvas with embedded TTF fonts (DejaVu Sans, DejaVu Sans Condensed)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else "s65_20.pdf"
D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", D + "DejaVuSansCondensed.ttf"))
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("Facture DLA/FAC/26/0418")
W, H = A4
L, R = 17 * mm, W - 17 * mm


def t(x, y, s, f="DV", size=9, align="l"):
    c.setFont(f, size)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, s)


# letterhead: name left, legal identifiers right
c.setFillColorRGB(0.05, 0.35, 0.2)
t(L, H - 20 * mm, "WOURI LOGISTIQUE & MANUTENTION", "DVB", 15)
c.setFillColorRGB(0, 0, 0)
t(L, H - 25 * mm, "Wouri Logistique & Manutention SARL", "DVB", 9)
t(L, H - 29.5 * mm, "Zone portuaire, rue Ngosso Din, BP 4182 Douala – Cameroun", size=8.2)
t(L, H - 33.5 * mm, "Tél. +237 233 42 41 82 · facturation@wouri-logistique.cm", size=8.2)
t(R, H - 20 * mm, "NIU : M041812736451K", "DVC", 8.2, "r")
t(R, H - 24 * mm, "RCCM : RC/DLA/2014/B/1827", "DVC", 8.2, "r")
t(R, H - 28 * mm, "Immatriculée le 17/03/2014", "DVC", 8.2, "r")
t(R, H - 32 * mm, "Centre des impôts : CIME Douala", "DVC", 8.2, "r")
c.setStrokeColorRGB(0.05, 0.35, 0.2)
c.setLineWidth(1.4)
c.line(L, H - 37 * mm, R, H - 37 * mm)
c.setStrokeColorRGB(0, 0, 0)

y = H - 48 * mm
t(L, y, "FACTURE N° DLA/FAC/26/0418", "DVB", 14)
# client box on the right, meta labels above values on the left
c.setLineWidth(0.6)
bx = W / 2 + 6 * mm
c.rect(bx, y - 30 * mm, R - bx, 34 * mm)
t(bx + 3 * mm, y - 1 * mm, "CLIENT", "DVB", 7.4)
for i, s in enumerate(["Nordhavn Cameroun SA", "Immeuble Activa, boulevard de la Liberté", "BP 15208 Douala – Akwa",
                       "NIU : M091829183746P"]):
    t(bx + 3 * mm, y - (6.5 + 5 * i) * mm, s, "DVB" if i == 0 else "DV", 9.4 if i == 0 else 8.4)
meta = [("Date de facturation", "13/03/2026"), ("Date d'échéance", "12/04/2026"), ("Bon de commande", "NCM-BC-26-0063"),
        ("Période de prestation", "02/03/2026 – 10/03/2026")]
for i, (k, v) in enumerate(meta):
    col, row = i % 2, i // 2
    x = L + col * 42 * mm
    yy = y - (8 + row * 12) * mm
    t(x, yy, k, "DV", 7, "l")
    t(x, yy - 4.6 * mm, v, "DVB" if i < 2 else "DV", 9)

# items table
y -= 42 * mm
cols = [("Désignation", 92), ("Quantité", 20), ("P.U. HT (FCFA)", 28), ("Montant HT (FCFA)", 0)]
xs = [L]
for _, w in cols[:-1]:
    xs.append(xs[-1] + w * mm)
xs.append(R)
c.setFillColorRGB(0.05, 0.35, 0.2)
c.rect(L, y - 2.2 * mm, R - L, 7 * mm, fill=1, stroke=0)
c.setFillColorRGB(1, 1, 1)
for i, (n, _) in enumerate(cols):
    if i == 0:
        t(xs[0] + 1.5 * mm, y, n, "DVB", 8)
    else:
        t(xs[i + 1] - 1.5 * mm, y, n, "DVB", 8, "r")
c.setFillColorRGB(0, 0, 0)
rows = [("Location chariot élévateur 5 t avec cariste (semaine)", "3", "485 000", "1 455 000"),
        ("Manutention conteneurs 40', dépotage et empotage", "20", "42 500", "850 000"),
        ("Magasinage sous douane, forfait", "1", "225 000", "225 000")]
for r in rows:
    y -= 7.2 * mm
    t(xs[0] + 1.5 * mm, y, r[0], size=8.6)
    for i in (1, 2, 3):
        t(xs[i + 1] - 1.5 * mm, y, r[i], size=8.6, align="r")
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    c.line(L, y - 2.6 * mm, R, y - 2.6 * mm)
c.setStrokeColorRGB(0, 0, 0)

# taxes summary (left) and totals (right)
y -= 14 * mm
t(L, y, "Récapitulatif des taxes", "DVB", 8.4)
hdr = [("Taxe", L), ("Base", L + 52 * mm), ("Montant", L + 78 * mm)]
for n, x in hdr:
    t(x, y - 5.5 * mm, n, "DVB", 7.8, "l" if n == "Taxe" else "r")
for i, (a, b, m) in enumerate([("TVA 17,5 %", "2 530 000", "442 750"), ("CAC 10 % de la TVA", "442 750", "44 275"),
                               ("Total taxes (19,25 %)", "", "487 025")]):
    yy = y - (11 + 5 * i) * mm
    t(L, yy, a, "DV", 8.2)
    t(L + 52 * mm, yy, b, "DV", 8.2, "r")
    t(L + 78 * mm, yy, m, "DVB" if i == 2 else "DV", 8.2, "r")
tx = W / 2 + 10 * mm
for i, (k, v, f) in enumerate([("Total HT", "2 530 000", "DV"), ("TVA 17,5 %", "442 750", "DV"),
                               ("CAC (10 % de la TVA)", "44 275", "DV"), ("NET À PAYER TTC (FCFA)", "3 017 025", "DVB")]):
    yy = y - i * 6.2 * mm
    if f == "DVB":
        c.setFillColorRGB(0.88, 0.94, 0.9)
        c.rect(tx - 2 * mm, yy - 2.2 * mm, R - tx + 2 * mm, 6.6 * mm, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
    t(tx, yy, k, f, 9.2)
    t(R - 1.5 * mm, yy, v, f, 9.2, "r")

y -= 34 * mm
for s in ["Arrêtée la présente facture à la somme de trois millions dix-sept mille vingt-cinq (3 017 025) francs CFA TTC.",
          "Contre-valeur indicative : 4 599,42 EUR (parité fixe 1 EUR = 655,957 FCFA).",
          "Précompte / acompte IR de 2,2 % sur le montant HT (55 660 FCFA) retenu à la source par le client le cas échéant.",
          "Reste dû : facture N° DLA/FAC/26/0297 du 12/02/2026, 1 846 200 FCFA, échéance le 16/03/2026.",
          "Règlement : Afriland First Bank, agence Bonanjo — compte n° 10005 00001 04182736451 63",
          "au nom de Wouri Logistique & Manutention SARL, ou par chèque certifié."]:
    t(L, y, s, size=8.1)
    y -= 4.8 * mm
y -= 16 * mm
t(L, y, "Le Directeur Général : Paul Ekwalla", size=9)
t(R, y, "Cachet et signature", size=9, align="r")
t(W / 2, 14 * mm, "SARL au capital de 25 000 000 FCFA · Régime du réel · NIU M041812736451K · RCCM RC/DLA/2014/B/1827",
  "DVC", 7, "c")
c.showPage()
c.save()
