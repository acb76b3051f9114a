import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"
OUT = sys.argv[1]


def mkpdf(cls=FPDF, title=""):
    pdf = cls(format="A4", unit="mm")
    pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1773964800")), timezone.utc))
    pdf.set_title(title)
    for fam, fn in (("DV", "DejaVuSans"), ("DC", "DejaVuSansCondensed")):
        pdf.add_font(fam, "", F + fn + ".ttf")
        pdf.add_font(fam, "B", F + fn + "-Bold.ttf")
    return pdf
from decimal import Decimal as D, ROUND_HALF_UP

"""Hotel folio that is at the same time the invoice (Τιμολόγιο Παροχής Υπηρεσιών), Greece (Athens), Greek with English
labels: page 1 has the hotel header, the invoice number, date, guest and company (ΑΦΜ), arrival / departure and the
first daily charges with "Σε μεταφορά / Carried forward"; page 2 repeats a short header, continues with "Από μεταφορά
/ Brought forward", and only there gives the net amounts per VAT rate (13 % / 24 %), VAT, the climate resilience fee
outside VAT, the total, the card payment and balance 0,00. Greek number format, dates dd/mm/yyyy. fpdf2, DejaVu.
Usage: python3 21_folio_timologio_xenodocheio_gr.fpdf.py out.pdf"""

PAGES = [[('02/03/2026', 'Διαμονή / Room 412 (BB)', '118.00', '13%'), ('02/03/2026', 'Τέλος ανθεκτικότητας / Climate resilience fee', '3.00', '—'), ('02/03/2026', 'Εστιατόριο / Restaurant', '46.50', '13%'), ('03/03/2026', 'Διαμονή / Room 412 (BB)', '118.00', '13%'), ('03/03/2026', 'Τέλος ανθεκτικότητας / Climate resilience fee', '3.00', '—'), ('03/03/2026', 'Μπαρ / Bar', '18.00', '24%'), ('04/03/2026', 'Διαμονή / Room 412 (BB)', '118.00', '13%'), ('04/03/2026', 'Τέλος ανθεκτικότητας / Climate resilience fee', '3.00', '—'), ('04/03/2026', 'Αίθουσα συνεδριάσεων / Meeting room (half day)', '160.00', '24%'), ('05/03/2026', 'Διαμονή / Room 412 (BB)', '118.00', '13%')], [('05/03/2026', 'Τέλος ανθεκτικότητας / Climate resilience fee', '3.00', '—'), ('05/03/2026', 'Εστιατόριο / Restaurant', '62.00', '13%'), ('06/03/2026', 'Διαμονή / Room 412 (BB)', '118.00', '13%'), ('06/03/2026', 'Τέλος ανθεκτικότητας / Climate resilience fee', '3.00', '—'), ('06/03/2026', 'Πλυντήριο / Laundry', '24.00', '24%'), ('07/03/2026', 'Διαμονή / Room 412 (BB)', '118.00', '13%'), ('07/03/2026', 'Τέλος ανθεκτικότητας / Climate resilience fee', '3.00', '—'), ('07/03/2026', 'Μπαρ / Bar', '27.50', '24%')]]


def gr(x):
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


pdf = mkpdf(FPDF, "Folio 80412 / Τιμολόγιο ΤΠΥ Β-2291")
pdf.set_auto_page_break(False)
pdf.set_margins(16, 16, 16)


def head(full):
    pdf.set_font("DV", "B", 18)
    pdf.set_text_color(20, 70, 110)
    pdf.set_xy(16, 14)
    pdf.cell(100, 9, "ASTERIA ATHENS")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DC", "", 7.8)
    pdf.set_xy(16, 23)
    pdf.cell(100, 4, "Αστερία Ξενοδοχειακή Α.Ε. · Λεωφ. Συγγρού 184, 17671 Καλλιθέα · ΑΦΜ 800938473 · ΔΟΥ ΦΑΕ Αθηνών · ΓΕΜΗ 184729301000")
    pdf.set_font("DV", "B", 10)
    pdf.set_xy(120, 14)
    pdf.cell(74, 5, "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", align="R")
    pdf.set_font("DC", "", 8.5)
    pdf.set_xy(120, 19)
    pdf.cell(74, 4.5, "Σειρά-Αριθμός / No: Β-2291 · Folio 80412", align="R")
    pdf.line(16, 29, 194, 29)


W = [26, 98, 22, 32]


def table_head():
    pdf.set_font("DC", "B", 8.5)
    pdf.set_fill_color(225, 235, 243)
    for w, t in zip(W, ["Ημ/νία / Date", "Περιγραφή / Description", "ΦΠΑ / VAT", "Ποσό € / Amount"]):
        pdf.cell(w, 6.5, t, border="B", fill=True)
    pdf.ln()
    pdf.set_font("DC", "", 8.5)


def line(cells, bold=False):
    pdf.set_font("DC", "B" if bold else "", 8.5)
    for w, t, a in zip(W, cells, ["L", "L", "C", "R"]):
        pdf.cell(w, 6.5, t, border="B", align=a)
    pdf.ln()


pdf.add_page()
head(True)
pdf.set_font("DC", "", 8.8)
info = [("Ημερομηνία έκδοσης / Date", "08/03/2026"), ("Πελάτης / Bill to", "Ναυτιλιακή Κυκλάδων Ε.Π.Ε."), ("", "Ακτή Μιαούλη 41, 18535 Πειραιάς"),
        ("ΑΦΜ πελάτη / VAT", "099184725 · ΔΟΥ Πειραιά"), ("Επισκέπτης / Guest", "Κωνσταντίνος Βλάχος"), ("Άφιξη / Arrival", "02/03/2026"),
        ("Αναχώρηση / Departure", "08/03/2026"), ("Δωμάτιο / Room", "412 · 6 νύχτες / nights")]
for i, (k, v) in enumerate(info):
    pdf.set_xy(16, 33 + i * 5)
    pdf.cell(48, 5, k)
    pdf.cell(120, 5, v)
pdf.set_y(80)
table_head()
run = D(0)
for d, s, a, v in PAGES[0]:
    run += D(a)
    line([d, s, v, gr(D(a))])
line(["", "Σε μεταφορά / Carried forward", "", gr(run)], True)
pdf.set_xy(16, 282)
pdf.set_font("DC", "", 7)
pdf.cell(178, 4, "Σελίδα 1 / 2", align="C")
pdf.add_page()
head(False)
pdf.set_font("DC", "", 8.5)
pdf.set_xy(16, 32)
pdf.cell(178, 5, "Πελάτης / Bill to: Ναυτιλιακή Κυκλάδων Ε.Π.Ε. · Folio 80412 · Δωμάτιο 412 (συνέχεια / continued)")
pdf.set_y(40)
table_head()
line(["", "Από μεταφορά / Brought forward", "", gr(run)], True)
for d, s, a, v in PAGES[1]:
    run += D(a)
    line([d, s, v, gr(D(a))])
line(["", "Σύνολο χρεώσεων / Total charges", "", gr(run)], True)
pdf.ln(5)
summ = [("Καθαρή αξία ΦΠΑ 13% / Net 13%", D("816.50")), ("ΦΠΑ 13% / VAT 13%", D("106.15")), ("Καθαρή αξία ΦΠΑ 24% / Net 24%", D("229.50")),
        ("ΦΠΑ 24% / VAT 24%", D("55.08")), ("Σύνολο καθαρής αξίας / Total net", D("1046.00")), ("Σύνολο ΦΠΑ / Total VAT", D("161.23")),
        ("Τέλος ανθεκτικότητας (εκτός ΦΠΑ) / Climate fee", D("18.00"))]
for k, v in summ:
    pdf.set_x(90)
    pdf.cell(72, 5.5, k)
    pdf.cell(32, 5.5, gr(v), align="R")
    pdf.ln()
pdf.set_x(90)
pdf.set_font("DV", "B", 10)
pdf.cell(72, 7, "ΣΥΝΟΛΟ / TOTAL €", border="T")
pdf.cell(32, 7, gr(D("1225.23")), border="T", align="R")
pdf.ln()
pdf.set_font("DC", "", 8.5)
pdf.set_x(90)
pdf.cell(72, 5.5, "Πληρωμή κάρτα / Card payment VISA ****7731")
pdf.cell(32, 5.5, "-" + gr(D("1225.23")), align="R")
pdf.ln()
pdf.set_x(90)
pdf.cell(72, 5.5, "Υπόλοιπο / Balance")
pdf.cell(32, 5.5, "0,00", align="R")
pdf.ln(12)
pdf.set_font("DC", "", 7.5)
pdf.multi_cell(178, 4, "Η τιμή δωματίου περιλαμβάνει πρωινό. Το τέλος ανθεκτικότητας στην κλιματική κρίση (3,00 € ανά διανυκτέρευση, άρθρο 53 ν. 5073/2023) δεν υπόκειται σε ΦΠΑ. ΜΑΡΚ 400001918472936 · Πάροχος ηλεκτρονικής τιμολόγησης: Timologio Cloud.")
pdf.set_xy(16, 282)
pdf.cell(178, 4, "Σελίδα 2 / 2", align="C")
pdf.output(OUT)
