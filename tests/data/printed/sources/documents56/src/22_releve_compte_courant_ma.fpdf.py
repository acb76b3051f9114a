"""Current-account statement (Morocco, Agadir), in French: "Relevé de compte" with bank header, the account holder's
address beside a box with agence, RIB (24 digits with clé), devise and période, a table with date d'opération, libellé,
date de valeur and separate Débit / Crédit columns, "SOLDE DEPART" and "SOLDE FINAL" rows with créditeur /
débiteur wording, the "TOTAL DES MOUVEMENTS" row, TVA 10 % on the account-keeping commission, and a footer with
capital, RC, ICE and the Bank Al-Maghrib approval. Amounts 12 345,67 (space grouping, decimal comma) in MAD.
fpdf2, DejaVu Sans Condensed.
Usage: python3 22_releve_compte_courant_ma.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def ma(x):
    return f"{abs(x):,.2f}".replace(",", " ").replace(".", ",")


OPEN = D("14862.40")
COMM = D("22.00")
TX = [("02/02", "VIREMENT RECU SALAIRE FEVRIER 2026 OFFICE PORT AGADIR", "02/02", D("16450.00")),
      ("03/02", "PRELEVEMENT ECHEANCE CREDIT IMMOBILIER 38/240", "03/02", D("-4318.55")),
      ("05/02", "RETRAIT GAB AGADIR TALBORJT CARTE 4471", "05/02", D("-2000.00")),
      ("06/02", "PAIEMENT CARTE HYPERMARCHE SOUSS AGADIR", "06/02", D("-1284.60")),
      ("10/02", "PAIEMENT FACTURE REGIE EAU ELECTRICITE AGADIR", "10/02", D("-612.40")),
      ("12/02", "VIREMENT EMIS ECOLE PRIVEE LES ARGANIERS", "12/02", D("-2500.00")),
      ("15/02", "RETRAIT GAB AGADIR MARINA CARTE 4471", "15/02", D("-1500.00")),
      ("18/02", "PAIEMENT CARTE STATION SERVICE TIKIOUINE", "18/02", D("-450.00")),
      ("20/02", "VERSEMENT ESPECES AGENCE TALBORJT", "20/02", D("3000.00")),
      ("23/02", "PRELEVEMENT ASSURANCE AUTOMOBILE POLICE 0418", "23/02", D("-1123.00")),
      ("25/02", "PAIEMENT FACTURE TELECOM INTERNET FIBRE", "25/02", D("-349.00")),
      ("27/02", "COMMISSION TENUE DE COMPTE FEVRIER", "28/02", -COMM),
      ("27/02", "TVA 10% SUR COMMISSION", "28/02", -q(COMM * D("0.10")))]
DEB = sum(-a for *_, a in TX if a < 0)
CRE = sum(a for *_, a in TX if a > 0)
CLOSE = OPEN + CRE - DEB
assert (DEB, CRE, CLOSE) == (D("14161.75"), D("19450.00"), D("20150.65")), (DEB, CRE, CLOSE)

F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1774569600")), timezone.utc))
pdf.add_font("DC", "", F + "DejaVuSansCondensed.ttf")
pdf.add_font("DC", "B", F + "DejaVuSansCondensed-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Relevé de compte 02/2026")
pdf.add_page()
C = (150, 60, 20)
G = (95, 95, 95)


def t(x, y, s, size=8.5, style="", w=0, align="L", color=(30, 30, 30), h=4.5):
    pdf.set_xy(x, y)
    pdf.set_font("DC", style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, h, s, align=align)


t(15, 12, "BANQUE MAROCAINE DU SOUSS", 16, "B", color=C, h=8)
t(15, 20, "Agence Agadir Talborjt · Avenue du Prince Héritier Sidi Mohammed · 80000 Agadir · 05 28 55 01 84", 7.5, color=G)
t(130, 12, "RELEVÉ DE COMPTE", 13, "B", w=65, align="R", h=8)
t(130, 20, "Page 1/1", 7.5, w=65, align="R", color=G)
pdf.set_draw_color(*C)
pdf.set_line_width(0.7)
pdf.line(15, 26, 195, 26)
pdf.set_line_width(0.2)
pdf.set_fill_color(250, 240, 232)
pdf.rect(15, 32, 92, 40, style="DF")
info = [("Agence", "Agadir Talborjt (010)"), ("Compte", "Compte chèque particulier"),
        ("RIB", "190 010 2118473950120049 13"), ("Devise", "MAD (dirham marocain)"), ("Période", "du 01/02/2026 au 28/02/2026"),
        ("Date d'arrêté", "28/02/2026")]
for i, (k, v) in enumerate(info):
    t(18, 35 + i * 5.8, k, 8.2, color=G, w=26)
    t(44, 35 + i * 5.8, v, 8.2, "B")
for i, s in enumerate(["M. YOUSSEF EL AMRANI", "Résidence Les Palmiers, Appt 12", "Boulevard Hassan II", "80000 AGADIR"]):
    t(120, 42 + i * 5.2, s, 9.5, "B" if i == 0 else "")
y = 82
pdf.set_fill_color(*C)
cols = [("Date opé.", 20, "L"), ("Libellé", 92, "L"), ("Date valeur", 20, "C"), ("Débit", 24, "R"), ("Crédit", 24, "R")]
x = 15
for h, w, a in cols:
    pdf.set_xy(x, y)
    pdf.set_font("DC", "B", 8)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(w, 6, h, align=a, fill=True)
    x += w
y += 8


def row(vals, st="", size=8.2):
    global y
    x = 15
    for (h, w, a), v in zip(cols, vals):
        t(x, y, v, size, st, w=w, align=a)
        x += w
    y += 5.4


row(["", "SOLDE DEPART AU 31/01/2026 (CRÉDITEUR)", "", "", ma(OPEN)], "B")
for d, lib, dv, a in TX:
    row([d + "/2026", lib, dv + "/2026", ma(a) if a < 0 else "", ma(a) if a > 0 else ""])
pdf.line(15, y, 195, y)
y += 1.5
row(["", "TOTAL DES MOUVEMENTS", "", ma(DEB), ma(CRE)], "B")
row(["", "SOLDE FINAL AU 28/02/2026 (CRÉDITEUR)", "", "", ma(CLOSE)], "B")
pdf.rect(15, y - 12, 180, 11.3)
y += 8
for s in ["Sauf erreur ou omission. Toute réclamation relative aux opérations figurant sur ce relevé doit parvenir à votre agence",
          "dans un délai de 30 jours à compter de sa date d'envoi. Passé ce délai, les opérations sont réputées approuvées.",
          "Commissions soumises à la TVA au taux de 10 %. Plafond de retrait GAB : 5 000,00 MAD par jour."]:
    t(15, y, s, 7.8)
    y += 4.4
t(15, 276, "Banque Marocaine du Souss S.A. au capital de 600 000 000 MAD · Siège social : 12 Avenue Mohammed V, Agadir · RC Agadir "
  "18473 · IF 40184736", 6.6, color=(110, 110, 110))
t(15, 280, "ICE 001847293000004 · Établissement de crédit agréé par Bank Al-Maghrib · Membre du Fonds Collectif de Garantie "
  "des Dépôts.", 6.6, color=(110, 110, 110))
pdf.output(sys.argv[1])
