# Greek hotel invoice (Τιμολόγιο Παροχής Υπηρεσιών), drawn with fpdf2.
import sys
from datetime import datetime, timezone
from fpdf import FPDF
from fpdf.fonts import FontFace

FD = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2025, 5, 18, 11, 20, tzinfo=timezone.utc))
pdf.add_font("DV", "", FD + "DejaVuSans.ttf"); pdf.add_font("DV", "B", FD + "DejaVuSans-Bold.ttf")
pdf.add_font("DVS", "", FD + "DejaVuSerif.ttf"); pdf.add_font("DVS", "B", FD + "DejaVuSerif-Bold.ttf")
pdf.set_auto_page_break(True, 18)
pdf.set_margins(14, 12, 14)
pdf.add_page()
NAVY = (16, 52, 96)
# letterhead
pdf.set_font("DVS", "B", 20); pdf.set_text_color(*NAVY)
pdf.cell(0, 9, "AEGEAN BLUE HOTEL", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 7.5); pdf.set_text_color(90, 90, 90)
pdf.cell(0, 4, "★★★★  Ακτή Μιαούλη 41, 185 35 Πειραιάς · Τηλ. 210 412 7700 · reservations@aegeanblue.gr · ΜΗΤΕ 0206Κ014Α0123400", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2); pdf.set_draw_color(*NAVY); pdf.set_line_width(0.6); pdf.line(14, pdf.get_y(), 196, pdf.get_y()); pdf.ln(3)
y0 = pdf.get_y()
pdf.set_text_color(0, 0, 0); pdf.set_font("DV", "B", 8.5)
pdf.multi_cell(95, 4.4, "ΞΕΝΟΔΟΧΕΙΑΚΕΣ ΕΠΙΧΕΙΡΗΣΕΙΣ ΑΙΓΑΙΟΥ Α.Ε.", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 8)
pdf.multi_cell(95, 4.2, "Δραστηριότητα: Ξενοδοχεία και παρόμοια καταλύματα\nΑκτή Μιαούλη 41, 185 35 Πειραιάς\nΑΦΜ: 094518279   ΔΟΥ: ΦΑΕ ΠΕΙΡΑΙΑ\nΑρ. ΓΕΜΗ: 001234507000", new_x="LMARGIN", new_y="NEXT")
y1 = pdf.get_y()
pdf.set_xy(118, y0)
pdf.set_fill_color(*NAVY); pdf.set_text_color(255, 255, 255); pdf.set_font("DV", "B", 10)
pdf.cell(78, 7, "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", border=1, align="C", fill=True, new_x="LEFT", new_y="NEXT")
pdf.set_text_color(0, 0, 0); pdf.set_font("DV", "", 8.5)
for a, b in (("Σειρά", "Α"), ("Αριθμός", "1843"), ("Ημερομηνία", "18/05/2025"), ("Αρ. λογαριασμού (folio)", "Φ-22871")):
    pdf.set_x(118); pdf.cell(40, 5.5, a, border=1); pdf.set_font("DV", "B", 8.5); pdf.cell(38, 5.5, b, border=1, align="C", new_x="LEFT", new_y="NEXT"); pdf.set_font("DV", "", 8.5)
pdf.set_y(max(y1, pdf.get_y()) + 4)
# customer
pdf.set_font("DV", "B", 8); pdf.set_fill_color(232, 238, 246)
pdf.cell(182, 6, "  ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 8.5)
rows = [("Επωνυμία:", "ΤΕΧΝΙΚΗ ΚΑΤΑΣΚΕΥΑΣΤΙΚΗ ΘΡΑΚΗΣ Α.Ε."), ("Επάγγελμα:", "Κατασκευή κτιρίων και έργων πολιτικού μηχανικού"),
        ("Διεύθυνση:", "Λεωφ. Ορφέως 112, 691 00 Κομοτηνή"), ("ΑΦΜ / ΔΟΥ:", "094123458 / ΚΟΜΟΤΗΝΗΣ"),
        ("Επισκέπτες:", "Κ. Σταματίου, Π. Ιωαννίδης · Δωμάτια 204, 206"), ("Άφιξη / Αναχώρηση:", "15/05/2025 – 18/05/2025 (3 διανυκτερεύσεις)")]
for a, b in rows:
    pdf.cell(40, 5.6, "  " + a, border="L"); pdf.cell(142, 5.6, b, border="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(182, 0.1, "", border="T", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
# items
hdr = FontFace(emphasis="BOLD", fill_color=(232, 238, 246))
pdf.set_font("DV", "", 8.3)
with pdf.table(col_widths=(10, 82, 18, 22, 26, 24), text_align=("CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT", "CENTER"),
               headings_style=hdr, line_height=5.2, borders_layout="SINGLE_TOP_LINE") as t:
    for r in [("Α/Α", "Περιγραφή", "Ποσ.", "Τιμή μον. €", "Καθαρή αξία €", "ΦΠΑ %"),
              ("1", "Διαμονή – Δίκλινο Superior θέα θάλασσα (2 δωμάτια × 3 νύχτες)", "6", "145,00", "870,00", "13%"),
              ("2", "Πρωινό μπουφέ", "12", "14,00", "168,00", "13%"),
              ("3", "Ενοικίαση αίθουσας συνεδριάσεων «Θεμιστοκλής», 16/05/2025 (ημερήσια)", "1", "320,00", "320,00", "24%"),
              ("4", "Διάλειμμα καφέ (coffee break) για 20 άτομα", "20", "6,50", "130,00", "13%")]:
        row = t.row()
        for c in r: row.cell(c)
pdf.ln(5)
# totals
x = 106
def line(a, b, bold=False, fill=False):
    pdf.set_x(x); pdf.set_font("DV", "B" if bold else "", 10 if bold else 8.5)
    if fill: pdf.set_fill_color(*NAVY); pdf.set_text_color(255, 255, 255)
    pdf.cell(58, 6.5 if bold else 5.4, a, border="B", fill=fill); pdf.cell(32, 6.5 if bold else 5.4, b, border="B", align="R", fill=fill, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
yt = pdf.get_y()
for a, b in (("Καθαρή αξία 13%", "1.168,00"), ("ΦΠΑ 13%", "151,84"), ("Καθαρή αξία 24%", "320,00"), ("ΦΠΑ 24%", "76,80"),
             ("Σύνολο καθαρής αξίας", "1.488,00"), ("Σύνολο ΦΠΑ", "228,64"),
             ("Τέλος ανθεκτ. κλιματική κρίση (6 × 7,00)", "42,00")):
    line(a, b)
line("ΠΛΗΡΩΤΕΟ ΠΟΣΟ €", "1.758,64", bold=True, fill=True)
yend = pdf.get_y()
pdf.set_xy(14, yt); pdf.set_font("DV", "", 7.8)
pdf.multi_cell(86, 4.2, "Τρόπος πληρωμής: Πιστωτική κάρτα VISA ****4417\nΕξοφλήθηκε κατά την αναχώρηση 18/05/2025.\n\n"
               "Το τέλος ανθεκτικότητας στην κλιματική κρίση (ν. 5073/2023) δεν υπόκειται σε ΦΠΑ και αποδίδεται στο Δημόσιο.\n\n"
               "Προκαταβολή κράτησης (κωδ. κράτησης AB-55190): 0,00 €", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(max(yend, pdf.get_y()) + 8)
pdf.set_font("DV", "", 7.2); pdf.set_text_color(60, 60, 60)
pdf.multi_cell(182, 3.8, "ΜΑΡΚ: 400001982236517   ·   UID: 9A1F03C7E26B48D5A0C4B7F21E8D63A9C05B1E44   ·   Πάροχος: SoftOne e-invoicing\n"
               "Τραπεζικός λογαριασμός: Τράπεζα Πειραιώς GR21 0172 2210 0052 2108 7315 044", new_x="LMARGIN", new_y="NEXT")
pdf.ln(12); pdf.set_text_color(0, 0, 0); pdf.set_font("DV", "", 8)
pdf.cell(91, 5, "Ο ΕΚΔΟΤΗΣ", align="C"); pdf.cell(91, 5, "Ο ΛΗΠΤΗΣ", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
