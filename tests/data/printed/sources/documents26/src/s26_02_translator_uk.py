"""s26_02: UK freelance translator's invoice (fpdf2)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s26_fpdf_common import new_pdf
pdf = new_pdf("A4", "libserif", margin=20)
pdf.set_title("Invoice EWT-0457"); pdf.set_author("Eleanor Whitcombe Translations")
pdf.add_page()
W = pdf.epw
pdf.set_font("libserif", "B", 20); pdf.cell(W, 9, "Eleanor Whitcombe Translations", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("libserif", "I", 10.5); pdf.cell(W, 6, "French & German to English  ·  Legal and financial translation  ·  MITI, CIOL member", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("libserif", "", 9.5)
pdf.cell(W, 5, "14 Cotham Vale, Bristol BS6 6HR  ·  07700 900 418  ·  eleanor@whitcombetranslations.co.uk", new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(120, 120, 120); pdf.line(pdf.l_margin, pdf.get_y() + 3, pdf.l_margin + W, pdf.get_y() + 3)
pdf.ln(10)
y0 = pdf.get_y()
pdf.set_font("libserif", "B", 10); pdf.cell(80, 6, "Invoice to", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("libserif", "", 10.5)
for line in ["Pembroke & Lyle LLP", "Accounts Payable", "40 Queen Square", "Bristol", "BS1 4QP"]:
    pdf.cell(80, 5.5, line, new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(pdf.l_margin + 92, y0)
rows = [("Invoice No.", "EWT-0457"), ("Invoice Date", "12/03/2025"), ("Delivery Date", "07/03/2025"),
        ("Due Date", "11/04/2025"), ("Your ref / PO", "PL-PO-22871"), ("Client contact", "Hugh Lyle")]
for k, v in rows:
    pdf.set_x(pdf.l_margin + 92)
    pdf.set_font("libserif", "B", 10); pdf.cell(38, 6, k)
    pdf.set_font("libserif", "", 10.5); pdf.cell(W - 130, 6, v, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(10)
pdf.set_font("libserif", "B", 15); pdf.cell(W, 8, "INVOICE", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
cols = [78, 24, 22, 22, 24]
heads = ["Description", "Words / Qty", "Rate", "Unit", "Amount"]
pdf.set_font("libserif", "B", 9.5); pdf.set_fill_color(235, 235, 235)
for c, h in zip(cols, heads):
    pdf.cell(c, 7, h, border="TB", align="L" if h == "Description" else "R", fill=True)
pdf.ln()
items = [
    ("Translation FR>EN: share purchase agreement (Lafarge Menuiserie SAS), 41 pages", "7,840", "£0.11", "word", "£862.40"),
    ("Translation DE>EN: board minutes, 3 documents (Hartmann Holz GmbH)", "2,315", "£0.12", "word", "£277.80"),
    ("Proofreading and translator's certification of accuracy", "2", "£35.00", "doc", "£70.00"),
    ("Urgent turnaround surcharge (48 h) at 15% on DE>EN work", "1", "£41.67", "item", "£41.67"),
]
pdf.set_font("libserif", "", 10)
for desc, q, r, u, a in items:
    y = pdf.get_y()
    pdf.multi_cell(cols[0], 5.5, desc, align="L", new_x="RIGHT", new_y="TOP")
    h = max(pdf.get_y(), y + 11) - y
    pdf.set_xy(pdf.l_margin + cols[0], y)
    for c, t in zip(cols[1:], (q, r, u, a)):
        pdf.cell(c, 5.5, t, align="R")
    pdf.set_xy(pdf.l_margin, y + 12)
    pdf.set_draw_color(210, 210, 210); pdf.line(pdf.l_margin, y + 11.5, pdf.l_margin + W, y + 11.5)
pdf.ln(3)
def tot(label, val, bold=False, size=10.5):
    pdf.set_x(pdf.l_margin + 92)
    pdf.set_font("libserif", "B" if bold else "", size)
    pdf.cell(48, 7, label); pdf.cell(W - 140, 7, val, align="R", new_x="LMARGIN", new_y="NEXT")
tot("Subtotal", "£1,251.87")
tot("VAT", "not applicable")
pdf.set_draw_color(0, 0, 0); pdf.line(pdf.l_margin + 92, pdf.get_y(), pdf.l_margin + W, pdf.get_y())
tot("Total due", "£1,251.87", True, 12)
pdf.ln(10)
pdf.set_font("libserif", "B", 10); pdf.cell(W, 6, "Payment details", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("libserif", "", 10)
pdf.multi_cell(W, 5.5, "Account name: E J Whitcombe  ·  Starling Bank  ·  Sort code 60-83-71  ·  Account no. 53018842\n"
               "Please quote EWT-0457 as the payment reference. Payment within 30 days of the invoice date, please.")
pdf.ln(4)
pdf.set_font("libserif", "I", 9)
pdf.multi_cell(W, 5, "Not registered for VAT. The work was delivered by e-mail on 7 March 2025; the certified copies were posted "
               "by Royal Mail Special Delivery on 10 March 2025. Invoices unpaid after 30 days may incur interest under the Late Payment "
               "of Commercial Debts (Interest) Act 1998 at 8% above the Bank of England base rate, plus fixed compensation of £40.00.")
pdf.set_y(-30)
pdf.set_font("libserif", "", 8.5); pdf.set_text_color(100, 100, 100)
pdf.cell(W, 5, "Eleanor Whitcombe trading as Eleanor Whitcombe Translations  ·  UTR 55218 90417  ·  Thank you for your business.", align="C")
pdf.output(sys.argv[1])
