import os
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4", unit="mm")
pdf.add_font("DV", "", F + "DejaVuSans.ttf"); pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf"); pdf.add_font("DVL", "", F + "DejaVuSans-ExtraLight.ttf")
pdf.set_creator("Halcyon Finance"); pdf.set_author("Halcyon Creative Partners Limited")
import datetime as _dt
pdf.set_creation_date(_dt.datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1743465600")), _dt.timezone.utc))
pdf.set_auto_page_break(False)
pdf.add_page()
# left colour band
pdf.set_fill_color(38, 28, 70); pdf.rect(0, 0, 8, 297, "F")
pdf.set_text_color(38, 28, 70)
pdf.set_font("DV", "B", 24); pdf.set_xy(20, 18); pdf.cell(0, 10, "halcyon.")
pdf.set_font("DVL", "", 9); pdf.set_xy(20, 28); pdf.cell(0, 5, "creative partners  ·  brand  ·  digital  ·  media")
pdf.set_text_color(40)
pdf.set_font("DV", "", 8); pdf.set_xy(140, 18)
pdf.multi_cell(55, 4, "Halcyon Creative Partners Limited\n14 Fitzwilliam Place\nDublin 2, D02 K2W7\nIreland\n+353 1 555 0419\naccounts@halcyoncp.ie", align="R")
pdf.set_font("DV", "B", 30); pdf.set_text_color(38, 28, 70); pdf.set_xy(20, 52); pdf.cell(0, 12, "Invoice")
pdf.set_text_color(40)
def kv(x, y, k, v, w=40):
    pdf.set_xy(x, y); pdf.set_font("DV", "", 7); pdf.set_text_color(120); pdf.cell(w, 4, k.upper())
    pdf.set_xy(x, y + 4); pdf.set_font("DV", "", 10); pdf.set_text_color(30); pdf.cell(w, 5, v)
kv(20, 70, "Invoice no.", "HCP-2025-0311"); kv(62, 70, "Issue date", "03/03/2025"); kv(104, 70, "Due date", "02/04/2025"); kv(146, 70, "Client PO", "HII-4417")
kv(20, 84, "Client ref.", "HAL-IE-02"); kv(62, 84, "Period", "March 2025"); kv(104, 84, "Terms", "30 days net")
pdf.set_xy(20, 102); pdf.set_font("DV", "", 7); pdf.set_text_color(120); pdf.cell(0, 4, "BILLED TO")
pdf.set_xy(20, 107); pdf.set_font("DV", "", 10); pdf.set_text_color(30)
pdf.multi_cell(90, 5, "Halvorsen Industrial Ireland Limited\nAttn: Ciara Byrne, Marketing Manager\nUnit 12, Northwest Business Park\nBallycoolin, Dublin 15, D15 YC53\nVAT: IE 9724418W")
# table
y = 142
pdf.set_draw_color(38, 28, 70); pdf.set_line_width(0.4); pdf.line(20, y, 195, y)
pdf.set_font("DV", "B", 8); pdf.set_xy(20, y + 2)
for t, w, a in [("Description", 110, "L"), ("Qty", 15, "R"), ("Rate (€)", 25, "R"), ("Amount (€)", 25, "R")]: pdf.cell(w, 5, t, align=a)
pdf.line(20, y + 8, 195, y + 8)
rows = [("Monthly retainer – brand & content (March 2025)\nStrategy, design studio, copywriting, social content calendar, 2 × monthly reviews", "1", "6,500.00", "6,500.00"),
        ("Paid media management fee – 12% of media spend\nMeta, LinkedIn & Google Ads spend February 2025: €14,250.00 (billed directly by platforms)", "1", "1,710.00", "1,710.00"),
        ("Third-party costs – stock imagery licences (Getty Images, 6 images, order GI-88217)", "1", "289.00", "289.00")]
y += 11
pdf.set_font("DV", "", 8.5)
for d, q, r, a in rows:
    pdf.set_xy(20, y); pdf.multi_cell(108, 4.3, d)
    y2 = pdf.get_y()
    pdf.set_xy(130, y); pdf.cell(15, 4.3, q, align="R"); pdf.cell(25, 4.3, r, align="R"); pdf.cell(25, 4.3, a, align="R")
    y = y2 + 3
    pdf.set_draw_color(220); pdf.set_line_width(0.2); pdf.line(20, y - 1.5, 195, y - 1.5)
y += 3
for k, v, b in [("Net amount", "€8,499.00", False), ("VAT @ 23%", "€1,954.77", False), ("Total due", "€10,453.77", True)]:
    pdf.set_xy(120, y); pdf.set_font("DV", "B" if b else "", 11 if b else 9)
    if b:
        pdf.set_fill_color(38, 28, 70); pdf.set_text_color(255)
    pdf.cell(45, 7 if b else 5.5, "  " + k, fill=b); pdf.cell(30, 7 if b else 5.5, v + " ", align="R", fill=b)
    pdf.set_text_color(30); y += 6.5
y += 14
pdf.set_xy(20, y); pdf.set_font("DV", "B", 9); pdf.cell(0, 5, "Payment details"); y += 6
pdf.set_font("DV", "", 8.5)
for k, v in [("Account name", "Halcyon Creative Partners Limited"), ("Bank", "AIB, 7/12 Dame Street, Dublin 2"), ("IBAN", "IE08 AIBK 9320 8561 0442 17"), ("BIC", "AIBKIE2D"), ("Reference", "HCP-2025-0311")]:
    pdf.set_xy(20, y); pdf.set_text_color(120); pdf.cell(30, 4.6, k); pdf.set_text_color(30); pdf.cell(0, 4.6, v); y += 4.8
y += 6
pdf.set_xy(20, y); pdf.set_font("DV", "", 7.5); pdf.set_text_color(90)
pdf.multi_cell(175, 3.8, "Please note our bank details have not changed. Statutory interest may be charged on late payments under the European Communities (Late Payment in Commercial Transactions) Regulations 2012. "
    "Media spend is invoiced to you directly by the platforms and is not included in this invoice. Previous invoice HCP-2025-0207 (€10,118.52) was paid on 27/02/2025 – thank you.")
pdf.set_xy(20, 280); pdf.set_font("DV", "", 6.8); pdf.set_text_color(120)
pdf.multi_cell(175, 3.4, "Halcyon Creative Partners Limited · Registered in Ireland No. 598120 · Registered office 14 Fitzwilliam Place, Dublin 2\nVAT No. IE 3512284KH · Directors: A. Moran, D. Keane, L. Whelan", align="C")
pdf.output(sys.argv[1])
