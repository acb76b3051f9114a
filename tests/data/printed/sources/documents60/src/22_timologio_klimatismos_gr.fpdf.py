"""Service invoice as the Greek commercial invoicing software prints it with the myDATA mark (Greece, Piraeus air-
conditioning service company), Greek: logo line "ΑΙΓΑΙΟ" with the legal name, activity, address, ΑΦΜ and ΔΟΥ in the
header, the document title "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ" with a boxed grid (Σειρά-Αριθμός A-0418 with a Latin series
letter, Ημερομηνία, Τρόπος πληρωμής, Σκοπός διακίνησης), the customer block (Επωνυμία, ΑΦΜ, ΔΟΥ, Διεύθυνση), the line
table (Κωδικός, Περιγραφή, Ποσότητα, Τιμή, Καθαρή αξία, ΦΠΑ %), the totals (Καθαρή αξία, ΦΠΑ 24 %, Πληρωτέο / Σύνολο),
the ΜΑΡΚ / UID of the myDATA transmission, the IBAN and the software provider line ("Πάροχος: Ergasia Cloud" is a
fictional provider, not the vendor). Greek number format (711,14), dates dd/mm/yyyy. fpdf2, DejaVu Sans / Condensed.
Usage: python3 22_timologio_klimatismos_gr.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def gr(x):
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


LINES = [("ΣΕΡ-01", "Συντήρηση κλιματιστικών μονάδων 12.000 BTU", D("6"), "τεμ.", D("65.00")),
         ("ΑΝΤ-17", "Ανταλλακτικά: φίλτρα, αποχετευτική αντλία", D("1"), "τεμ.", D("148.50")),
         ("ΜΕΤ-00", "Μετακίνηση συνεργείου", D("1"), "τεμ.", D("35.00"))]
NET = sum(q(n * p) for *_, n, _, p in LINES)
VAT = q(NET * D("0.24"))
TOT = NET + VAT
assert (NET, VAT, TOT) == (D("573.50"), D("137.64"), D("711.14"))

pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1773964800")), timezone.utc))
pdf.set_title("Τιμολόγιο Παροχής Υπηρεσιών A-0418")
pdf.add_font("DV", "", F + "DejaVuSans.ttf")
pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
pdf.add_font("DC", "", F + "DejaVuSansCondensed.ttf")
pdf.add_font("DC", "B", F + "DejaVuSansCondensed-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_text_color(0, 94, 140)
pdf.set_font("DV", "B", 22)
pdf.set_xy(14, 14)
pdf.cell(70, 10, "ΑΙΓΑΙΟ")
pdf.set_font("DV", "", 8)
pdf.set_xy(14, 24)
pdf.cell(70, 4, "κλιματισμός · ψύξη · θέρμανση")
pdf.set_text_color(0, 0, 0)
pdf.set_font("DC", "", 8)
for i, s in enumerate(["Τεχνική Κλιματισμού Αιγαίου Ι.Κ.Ε.", "Εγκατάσταση και συντήρηση κλιματιστικών συστημάτων",
                       "Ακτή Μιαούλη 84, 185 38 Πειραιάς · Τηλ. 210 418 4729",
                       "ΑΦΜ: 801847296 · ΔΟΥ: Α' Πειραιά · ΓΕΜΗ 184729307000"]):
    pdf.set_font("DC", "B" if i == 0 else "", 8.5 if i == 0 else 8)
    pdf.set_xy(100, 14 + i * 4.4)
    pdf.cell(96, 4.4, s, align="R")
pdf.set_fill_color(0, 94, 140)
pdf.set_text_color(255, 255, 255)
pdf.set_font("DV", "B", 12)
pdf.set_xy(14, 36)
pdf.cell(182, 9, "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", align="C", fill=True)
pdf.set_text_color(0, 0, 0)
grid = [("Σειρά-Αριθμός", "A-0418"), ("Ημερομηνία", "10/03/2026"), ("Τρόπος πληρωμής", "Επί πιστώσει 30 ημ."),
        ("Σκοπός διακίνησης", "Παροχή υπηρεσιών")]
for i, (k, v) in enumerate(grid):
    x = 14 + i * 45.5
    pdf.rect(x, 47, 45.5, 12)
    pdf.set_font("DC", "", 6.8)
    pdf.set_xy(x + 1.5, 48)
    pdf.cell(42, 3.5, k)
    pdf.set_font("DC", "B", 9)
    pdf.set_xy(x + 1.5, 53)
    pdf.cell(42, 4.5, v)
pdf.rect(14, 63, 182, 28)
pdf.set_font("DC", "B", 7.5)
pdf.set_xy(16, 64)
pdf.cell(60, 4, "ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ")
for i, (k, v) in enumerate([("Επωνυμία", "Ξενοδοχειακές Επιχειρήσεις Κυκλάδων Α.Ε."), ("ΑΦΜ", "094183727"),
                            ("ΔΟΥ", "ΦΑΕ Αθηνών"), ("Διεύθυνση", "Λεωφ. Συγγρού 212, 176 72 Καλλιθέα"),
                            ("Έργο", "Ξενοδοχείο «Ναξος Μπλε», Νάξος")]):
    pdf.set_font("DC", "", 8)
    pdf.set_xy(16, 69 + i * 4.2)
    pdf.cell(24, 4.2, k + ":")
    pdf.set_font("DC", "B" if i == 0 else "", 8.5)
    pdf.cell(150, 4.2, v)
cols = [("Κωδικός", 18, "L"), ("Περιγραφή", 72, "L"), ("Ποσότητα", 17, "R"), ("Μ.Μ.", 12, "C"),
        ("Τιμή", 18, "R"), ("ΦΠΑ %", 15, "R"), ("Καθαρή αξία", 30, "R")]
y = 96
pdf.set_fill_color(225, 238, 245)
pdf.set_font("DC", "B", 7.8)
pdf.set_xy(14, y)
for h, w, a in cols:
    pdf.cell(w, 6.5, h, border="TB", align=a, fill=True)
pdf.set_font("DC", "", 8.2)
for code, d, n, u, p in LINES:
    y += 7
    pdf.set_xy(14, y)
    for (h, w, a), v in zip(cols, [code, d, gr(n), u, gr(p), "24", gr(q(n * p))]):
        pdf.cell(w, 7, v, border="B", align=a)
y += 14
for k, v, b in [("Καθαρή αξία", gr(NET), False), ("ΦΠΑ 24%", gr(VAT), False), ("Σύνολο / Πληρωτέο €", gr(TOT), True)]:
    pdf.set_font("DC", "B" if b else "", 10 if b else 8.5)
    pdf.set_xy(120, y)
    pdf.cell(46, 6, k, align="R")
    pdf.cell(30, 6, v, align="R")
    y += 6.5
y += 8
pdf.set_font("DC", "", 8)
for s in ["Τρόπος πληρωμής: Επί πιστώσει — εξόφληση έως 09/04/2026 με κατάθεση στον λογαριασμό",
          "IBAN GR39 0110 1250 0000 0184 7293 610 (δικαιούχος: Τεχνική Κλιματισμού Αιγαίου Ι.Κ.Ε.)",
          "Παρατηρήσεις: Εαρινή συντήρηση 6 εσωτερικών μονάδων, δωμάτια 101–106."]:
    pdf.set_xy(14, y)
    pdf.cell(182, 4.5, s)
    y += 4.8
pdf.rect(14, 250, 182, 18)
pdf.set_font("DC", "B", 8)
pdf.set_xy(16, 252)
pdf.cell(100, 4, "ΜΑΡΚ: 400001847293615")
pdf.set_xy(16, 257)
pdf.set_font("DC", "", 7.2)
pdf.cell(178, 4, "UID: 8F41A2C7D09E3B6154A8C2F0E7D193B5A6C40E18   Authentication code: 6C1F0A93B84D27E5")
pdf.set_xy(16, 262)
pdf.cell(178, 4, "Πάροχος Ηλεκτρονικής Τιμολόγησης: Ergasia Cloud — https://ergasia-cloud.example/verify")
pdf.set_font("DC", "", 6.5)
pdf.set_text_color(130, 130, 130)
pdf.set_xy(14, 280)
pdf.cell(182, 4, "Τεχνική Κλιματισμού Αιγαίου Ι.Κ.Ε. · ΑΦΜ 801847296 · Α' ΔΟΥ Πειραιά · Σελίδα 1 από 1", align="C")
pdf.output(sys.argv[1])
