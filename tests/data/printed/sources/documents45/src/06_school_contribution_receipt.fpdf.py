"""Irish secondary school: receipt for voluntary contribution and book rental (English) - fpdf2, 1 page."""
import sys
import datetime
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.datetime(2025, 11, 1, tzinfo=datetime.timezone.utc))
pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
pdf.set_margins(18, 15, 18)
pdf.set_auto_page_break(False)
pdf.add_page()

# crest + school name
pdf.set_fill_color(22, 84, 52)
pdf.ellipse(18, 14, 18, 18, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("DV", "B", 11)
pdf.set_xy(18, 19.5)
pdf.cell(18, 7, "SMGS", align="C")
pdf.set_text_color(22, 84, 52)
pdf.set_font("DV", "B", 16)
pdf.set_xy(40, 14)
pdf.cell(0, 8, "Scoil Mhuire Gan Smál")
pdf.set_font("DV", "", 8.5)
pdf.set_text_color(60, 60, 60)
pdf.set_xy(40, 22)
pdf.multi_cell(110, 4, "Co-educational Voluntary Secondary School\nKilcarrow, Navan Road, Co. Meath C15 X7P2\n"
               "Tel. 046 955 2184 · office@smgskilcarrow.example.ie")
pdf.set_xy(140, 15)
pdf.set_font("DV", "", 8)
pdf.multi_cell(52, 4, "Roll No. 71482K\nRegistered Charity No. 20047812", align="R")
pdf.set_draw_color(22, 84, 52)
pdf.set_line_width(0.8)
pdf.line(18, 38, 192, 38)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_text_color(0, 0, 0)

pdf.set_xy(18, 44)
pdf.set_font("DV", "B", 14)
pdf.cell(0, 8, "OFFICIAL RECEIPT")

# label / value grid (labels above values in boxes)
def box(x, y, w, label, value, bold=False):
    pdf.rect(x, y, w, 13)
    pdf.set_xy(x + 2, y + 1)
    pdf.set_font("DV", "", 7)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(w - 4, 4, label)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x + 2, y + 6)
    pdf.set_font("DV", "B" if bold else "", 10)
    pdf.cell(w - 4, 6, value)

y = 55
box(18, y, 58, "Receipt no.", "VC-2025-0418", True)
box(76, y, 58, "Date", "12/09/2025")
box(134, y, 58, "Payment method", "Card (online, ref. 7K2Q9X)")
y += 13
box(18, y, 116, "Received from", "Siobhán Kavanagh")
box(134, y, 58, "Family account", "FAM-0932")
y += 13
box(18, y, 174, "Address", "14 Rathmore Park, Kilcarrow, Co. Meath C15 R2W8")

pdf.set_xy(18, 100)
pdf.set_font("DV", "B", 10)
pdf.cell(0, 6, "Students")
pdf.set_font("DV", "", 9.5)
pdf.set_xy(18, 106)
pdf.cell(80, 5.5, "Cian Kavanagh – 2nd Year (class 2B)")
pdf.set_xy(18, 111.5)
pdf.cell(80, 5.5, "Aoife Kavanagh – 5th Year (class 5M)")
pdf.set_xy(120, 106)
pdf.cell(72, 5.5, "Number of students: 2", align="R")

# items table
y = 124
pdf.set_fill_color(226, 238, 230)
pdf.set_font("DV", "B", 9)
pdf.set_xy(18, y)
pdf.cell(124, 7, "  Description", border=1, fill=True)
pdf.cell(50, 7, "Amount  ", border=1, fill=True, align="R")
rows = [
    ("Voluntary contribution 2025/26 – family rate", "€150.00"),
    ("Book rental scheme 2025/26 – 2 × €65.00", "€130.00"),
    ("Art & woodwork materials – Cian (2nd Year)", "€25.00"),
]
pdf.set_font("DV", "", 9.5)
for d, a in rows:
    y += 7
    pdf.set_xy(18, y)
    pdf.cell(124, 7, "  " + d, border=1)
    pdf.cell(50, 7, a + "  ", border=1, align="R")
y += 7
pdf.set_xy(18, y)
pdf.set_font("DV", "B", 10.5)
pdf.cell(124, 8, "  Total received", border=1)
pdf.cell(50, 8, "€305.00  ", border=1, align="R")

pdf.set_xy(18, y + 14)
pdf.set_font("DV", "", 9)
pdf.multi_cell(174, 4.8,
    "Thank you for your generous support. The voluntary contribution is used for the upkeep of the school buildings, "
    "insurance, heating and lighting, and the purchase of equipment not covered by the Department of Education "
    "capitation grant. Payment of the voluntary contribution is entirely optional and is not a condition of "
    "enrolment or of participation in any school activity. The book rental charge covers the loan of all core "
    "textbooks for the school year; books must be returned in good condition in June 2026.")

pdf.set_xy(18, y + 48)
pdf.set_font("DV", "B", 9)
pdf.cell(0, 5, "Tax relief on donations")
pdf.set_xy(18, y + 53)
pdf.set_font("DV", "", 8.5)
pdf.multi_cell(174, 4.5,
    "Donations of €250 or more in a year to an approved body may qualify for tax relief under Section 848A TCA 1997; "
    "the book rental and materials charges are not donations. Future payments may be made through the school "
    "payments app or by transfer to Scoil Mhuire Gan Smál Board of Management, IBAN IE73 AIBK 9311 5241 8723 65, "
    "BIC AIBKIE2D, quoting your family account number.")

pdf.set_xy(18, 255)
pdf.set_font("DV", "", 9)
pdf.cell(80, 5, "Received by: M. Ní Bhriain, School Secretary")
pdf.set_xy(120, 255)
pdf.cell(72, 5, "Stamp:", align="L")
pdf.rect(135, 248, 45, 22)
pdf.set_xy(18, 278)
pdf.set_font("DV", "", 7)
pdf.set_text_color(100, 100, 100)
pdf.cell(174, 4, "Scoil Mhuire Gan Smál is under the trusteeship of CEIST. Please retain this receipt for your records.", align="C")
pdf.output(out)
