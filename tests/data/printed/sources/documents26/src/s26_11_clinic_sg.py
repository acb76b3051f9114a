"""s26_11: Singapore GP clinic tax invoice / receipt, A5 (fpdf2)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s26_fpdf_common import new_pdf
pdf = new_pdf((148, 210), "libsans", margin=10)
pdf.set_title("Tax Invoice / Receipt TFC-R-250318-042")
pdf.add_page()
W = pdf.epw
pdf.set_font("libsans", "B", 14); pdf.cell(W, 7, "TANJONG FAMILY CLINIC", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("libsans", "", 8)
for l in ["Tanjong Family Clinic Pte. Ltd.  (UEN 201734592K)", "Blk 512 Bedok North Avenue 3, #01-22, Singapore 460512",
          "Tel 6555 0142  ·  Mon-Fri 8.30am-9pm, Sat-Sun 8.30am-1pm", "GST Reg. No. 201734592K  ·  CHAS GP Clinic"]:
    pdf.cell(W, 4, l, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("libsans", "B", 11); pdf.cell(W, 6, "TAX INVOICE / RECEIPT", align="C", border="TB", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("libsans", "", 8.5)
info = [("Receipt No", "TFC-R-250318-042", "Date", "18/03/2025 10:42"),
        ("Patient", "Lim Wei Ling", "NRIC/FIN", "S****123D"),
        ("Visit No", "V-2503-1187", "Doctor", "Dr Ong Kah Wee"),
        ("Payer", "Self", "Queue No", "042")]
for a, b, c, d in info:
    pdf.set_font("libsans", "B", 8.5); pdf.cell(20, 5, a)
    pdf.set_font("libsans", "", 8.5); pdf.cell(44, 5, b)
    pdf.set_font("libsans", "B", 8.5); pdf.cell(18, 5, c)
    pdf.set_font("libsans", "", 8.5); pdf.cell(W - 82, 5, d, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("libsans", "B", 8.5); pdf.set_fill_color(225, 238, 245)
cw = [76, 14, 20, W - 110]
for c, h, al in zip(cw, ["Item", "Qty", "Unit $", "Amount $"], "LRRR"):
    pdf.cell(c, 6, h, align=al, fill=True)
pdf.ln()
pdf.set_font("libsans", "", 8.5)
items = [("Consultation - standard", "1", "38.00", "38.00"),
         ("Amoxicillin 500mg capsule (pack of 15)", "1", "12.80", "12.80"),
         ("Paracetamol 500mg tablet", "20", "0.21", "4.20"),
         ("Strepsils lozenges (honey & lemon) 16s", "1", "6.50", "6.50")]
for row in items:
    for c, t, al in zip(cw, row, "LRRR"):
        pdf.cell(c, 5.2, t, align=al)
    pdf.ln()
pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.l_margin + W, pdf.get_y() + 1); pdf.ln(3)
def tl(l, v, b=False):
    pdf.set_font("libsans", "B" if b else "", 9 if not b else 10)
    pdf.cell(W - 30, 5.5, l, align="R"); pdf.cell(30, 5.5, v, align="R", new_x="LMARGIN", new_y="NEXT")
tl("Subtotal (before GST)", "61.50")
tl("GST 9%", "5.54")
tl("Total payable (incl. GST)", "67.04", True)
tl("Paid by NETS (card ****2207)", "67.04")
tl("Balance", "0.00")
pdf.ln(4)
pdf.set_font("libsans", "", 7.5)
pdf.multi_cell(W, 3.8, "MC issued: 18/03/2025 to 19/03/2025 (2 days), MC No. MC-250318-0417.\n"
               "Follow-up review if fever persists beyond 21/03/2025. Please complete the full course of antibiotics.\n"
               "This receipt is computer generated. Claims under your company's panel or insurer must be made with the "
               "original receipt within 30 days. No refunds for dispensed medication.", align="L")
pdf.ln(3)
pdf.set_font("libsans", "B", 8.5); pdf.cell(W, 5, "Thank you. Get well soon!", align="C")
pdf.output(sys.argv[1])
