"""Translation agency's service invoice (Greece, Athens -> Marousi), in Greek: letterhead with the agency's
name and ΑΦΜ / ΔΟΥ / ΓΕΜΗ, the document title "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ" with series, number and date in a
framed strip, ΕΚΔΟΤΗΣ / ΛΗΠΤΗΣ boxes side by side, a line table by language pair with word counts and rate per word
(translation, proofreading, a rush surcharge of 15 % on one job), totals block (καθαρή αξία, ΦΠΑ 24 %, πληρωτέο),
the myDATA ΜΑΡΚ and UID strings, payment details with IBAN, and a thin footer. fpdf2, DejaVu Sans Condensed.
Usage: python3 08_metafrastiko_timologio_gr.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

ROWS = [("Μετάφραση EN→EL, εγχειρίδιο χρήσης λογισμικού ERP (έργο AL-2602)", 18400, "λέξεις", D("0.09")),
        ("Επιμέλεια / διόρθωση κειμένου EL, ίδιο έργο", 18400, "λέξεις", D("0.03")),
        ("Μετάφραση DE→EL, σύμβαση αδειοδότησης λογισμικού (έργο AL-2605)", 4250, "λέξεις", D("0.11"))]
LINES = [(d, q, u, p, (q * p).quantize(D("0.01"), ROUND_HALF_UP)) for d, q, u, p in ROWS]
RUSH = (LINES[2][4] * D("0.15")).quantize(D("0.01"), ROUND_HALF_UP)
NET = sum(x[4] for x in LINES) + RUSH
VAT = (NET * D("0.24")).quantize(D("0.01"), ROUND_HALF_UP)
TOT = NET + VAT
assert (RUSH, NET, VAT, TOT) == (D("70.13"), D("2745.63"), D("658.95"), D("3404.58")), (RUSH, NET, VAT, TOT)


def m(x):
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def n(x):
    return f"{x:,}".replace(",", ".")


F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1773964800")), timezone.utc))
pdf.add_font("DC", "", F + "DejaVuSansCondensed.ttf")
pdf.add_font("DC", "B", F + "DejaVuSansCondensed-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Τιμολόγιο Παροχής Υπηρεσιών ΤΠΥ-Α 2026/0419")
pdf.set_author("ΛΕΞΗΜΑ Μεταφραστικές Υπηρεσίες Μονοπρόσωπη Ι.Κ.Ε.")
pdf.add_page()
BLUE = (28, 78, 128)
GREY = (100, 100, 100)
LIGHT = (232, 240, 248)


def t(x, y, s, size=8.5, style="", w=0, align="L", color=(20, 20, 20), h=4.5):
    pdf.set_xy(x, y)
    pdf.set_font("DC", style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, h, s, align=align)


t(15, 14, "ΛΕΞΗΜΑ", 22, "B", color=BLUE, h=9)
t(15, 23, "Μεταφράσεις · Επιμέλεια · Τοπικοποίηση λογισμικού", 8, color=GREY)
for i, s in enumerate(["ΛΕΞΗΜΑ Μεταφραστικές Υπηρεσίες Μονοπρόσωπη Ι.Κ.Ε.", "Ακαδημίας 41, 106 79 Αθήνα",
                       "Τηλ. 210 418 2736 · info@lexima.example", "ΑΦΜ 801743620 · ΔΟΥ Α΄ Αθηνών · ΓΕΜΗ 158274301000"]):
    t(195, 14 + i * 4.3, s, 7.6, "B" if i == 0 else "", align="R", color=(20, 20, 20) if i == 0 else GREY)
pdf.set_draw_color(*BLUE)
pdf.set_line_width(0.6)
pdf.line(15, 33, 195, 33)

pdf.set_fill_color(*LIGHT)
pdf.rect(15, 37, 180, 16, "F")
t(18, 38.5, "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", 12.5, "B", color=BLUE, h=6)
cells = [("Σειρά", "ΤΠΥ-Α"), ("Αριθμός", "2026/0419"), ("Ημερομηνία", "11/03/2026"), ("Τρόπος πληρωμής", "Κατάθεση σε λογαριασμό")]
for i, (k, v) in enumerate(cells):
    x = 18 + i * 44
    t(x, 45, k, 6.8, color=GREY, h=3.5)
    t(x, 48.5, v, 9, "B", h=4)

for j, (cap, lines) in enumerate([("ΕΚΔΟΤΗΣ", ["ΛΕΞΗΜΑ Μεταφραστικές Υπηρεσίες Μονοπρόσωπη Ι.Κ.Ε.", "Ακαδημίας 41, 106 79 Αθήνα",
                                                "ΑΦΜ: 801743620", "ΔΟΥ: Α΄ Αθηνών"]),
                                  ("ΛΗΠΤΗΣ", ["ΑΙΓΑΙΟ ΛΟΓΙΣΜΙΚΟ Α.Ε.", "Λεωφ. Κηφισίας 124, 151 25 Μαρούσι",
                                              "ΑΦΜ: 994862152", "ΔΟΥ: ΦΑΕ Αθηνών", "Δραστηριότητα: Έκδοση λογισμικού"])]):
    x = 15 + j * 92
    pdf.set_draw_color(190, 200, 215)
    pdf.set_line_width(0.3)
    pdf.rect(x, 58, 88, 30)
    t(x + 3, 59.5, cap, 7, "B", color=BLUE)
    for i, s in enumerate(lines):
        t(x + 3, 64.5 + i * 4.4, s, 8.4, "B" if i == 0 else "")

y = 95
pdf.set_fill_color(*BLUE)
pdf.rect(15, y, 180, 7, "F")
for x, w, s, a in [(17, 0, "Περιγραφή", "L"), (120, 20, "Ποσότητα", "R"), (140, 14, "Μ.Μ.", "C"), (154, 17, "Τιμή", "R"),
                   (171, 22, "Αξία (€)", "R")]:
    t(x, y + 1.3, s, 7.8, "B", w=w, align=a, color=(255, 255, 255))
y += 9
for d, q, u, p, a in LINES:
    t(17, y, d, 8)
    t(120, y, n(q), 8, w=20, align="R")
    t(140, y, u, 7.4, w=14, align="C")
    t(154, y, f"{p:.2f}".replace(".", ","), 8, w=17, align="R")
    t(171, y, m(a), 8, w=22, align="R")
    pdf.set_draw_color(215, 220, 228)
    pdf.line(15, y + 5.5, 195, y + 5.5)
    y += 7.5
t(17, y, "Προσαύξηση επείγουσας παράδοσης 15% επί της αξίας του έργου AL-2605", 8)
t(120, y, "1", 8, w=20, align="R")
t(140, y, "τεμ.", 7.4, w=14, align="C")
t(154, y, m(RUSH), 8, w=17, align="R")
t(171, y, m(RUSH), 8, w=22, align="R")
pdf.line(15, y + 5.5, 195, y + 5.5)

y += 14
t(15, y, "Παρατηρήσεις:", 7.6, "B")
t(15, y + 4.5, "Παράδοση έργων: AL-2602 στις 27/02/2026, AL-2605 στις 04/03/2026.", 7.6)
t(15, y + 9, "Καταμέτρηση λέξεων επί του πρωτοτύπου (Trados, χωρίς επαναλήψεις).", 7.6)
for i, (k, v, b) in enumerate([("Καθαρή αξία", m(NET), False), ("ΦΠΑ 24%", m(VAT), False),
                               ("ΣΥΝΟΛΟ ΠΛΗΡΩΤΕΟ (€)", m(TOT), True)]):
    yy = y + i * 7
    if b:
        pdf.set_fill_color(*LIGHT)
        pdf.rect(120, yy - 1, 75, 7, "F")
    t(122, yy, k, 9 if b else 8.4, "B" if b else "")
    t(163, yy, v, 9 if b else 8.4, "B" if b else "", w=30, align="R")

y += 32
pdf.set_draw_color(*BLUE)
pdf.rect(15, y, 180, 19)
t(18, y + 2, "Στοιχεία πληρωμής", 8, "B", color=BLUE)
t(18, y + 7, "Τράπεζα Πειραιώς · IBAN: GR52 0172 1430 0054 3618 2749 051 · BIC: PIRBGRAA", 8.4)
t(18, y + 12, "Δικαιούχος: ΛΕΞΗΜΑ Μεταφραστικές Υπηρεσίες Μονοπρόσωπη Ι.Κ.Ε. · Αιτιολογία: ΤΠΥ-Α 2026/0419", 8)

y += 27
t(15, y, "ΜΑΡΚ: 400001947218364", 7.6, color=GREY)
t(15, y + 4.2, "UID: 6E1A4F92C07B3D58A1E24F0C9B7D2A61E3F5C847", 7.6, color=GREY)
t(15, y + 8.4, "Πάροχος ηλεκτρονικής τιμολόγησης: άδεια ΑΑΔΕ 2/2026 · Το παραστατικό διαβιβάστηκε στην πλατφόρμα myDATA.", 7.6,
  color=GREY)
pdf.set_draw_color(190, 200, 215)
pdf.line(15, 280, 195, 280)
t(15, 281.5, "ΛΕΞΗΜΑ Μεταφραστικές Υπηρεσίες Μονοπρόσωπη Ι.Κ.Ε. · Ακαδημίας 41, 106 79 Αθήνα · ΑΦΜ 801743620 · "
  "ΓΕΜΗ 158274301000", 6.8, w=180, align="C", color=GREY)
pdf.output(sys.argv[1])
