"""s26_16: Australian hardware distributor tax invoice, multi-page item table (fpdf2), from s26_16_items.json."""
import sys, os, json
from decimal import Decimal as D
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from s26_fpdf_common import new_pdf, FIXED
from fpdf import FPDF
d = json.load(open(os.path.join(HERE, "s26_16_items.json")))
def m(x): return f"{D(x):,.2f}"

class Inv(FPDF):
    def header(self):
        W = self.epw
        self.set_font("dejavuc", "B", 15); self.set_text_color(0, 61, 122)
        self.cell(W * 0.6, 8, "SOUTHERN CROSS HARDWARE DISTRIBUTORS")
        self.set_font("dejavuc", "B", 15); self.cell(W * 0.4, 8, "TAX INVOICE", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0); self.set_font("dejavuc", "", 8)
        self.cell(W * 0.6, 4, "Southern Cross Hardware Distributors Pty Ltd  ABN 71 093 448 120")
        self.cell(W * 0.4, 4, f"Invoice 9004412   Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(W, 4, "14 Boundary Road, Laverton North VIC 3026  ·  (03) 9555 0177  ·  accounts@sxhd.com.au", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
        if self.page_no() > 1:
            self.table_head()
    def table_head(self):
        self.set_font("dejavuc", "B", 7.5); self.set_fill_color(0, 61, 122); self.set_text_color(255, 255, 255)
        for c, h, al in zip(CW, HEADS, ALIGN):
            self.cell(c, 6, h, align=al, fill=True)
        self.ln(); self.set_text_color(0, 0, 0)
    def footer(self):
        self.set_y(-14); self.set_font("dejavuc", "", 7); self.set_text_color(90, 90, 90)
        self.cell(self.epw, 4, "All goods remain the property of Southern Cross Hardware Distributors Pty Ltd until paid in full. "
                  "Claims for shortages within 7 days. Returns subject to 15% restocking fee.", align="C")

CW = [9, 20, 88, 14, 12, 20, 0]
HEADS = ["Ln", "Item code", "Description", "Qty", "UOM", "Unit ex GST", "Amount ex GST"]
ALIGN = ["R", "L", "L", "R", "C", "R", "R"]
pdf = Inv(format="A4")
pdf.set_creation_date(FIXED)
import fpdf; pdf.set_producer(f"PyFPDF/fpdf{fpdf.__version__}")
for st, f in (("", "DejaVuSansCondensed.ttf"), ("B", "DejaVuSansCondensed-Bold.ttf")):
    pdf.add_font("dejavuc", st, "/usr/share/fonts/truetype/dejavu/" + f)
pdf.set_margins(12, 10, 12); pdf.set_auto_page_break(True, 20)
pdf.set_title("Tax Invoice 9004412")
CW[-1] = 210 - 24 - sum(CW[:-1])
pdf.add_page()
W = pdf.epw
# boxed header fields: labels above values
labs = ["Invoice No.", "Invoice Date", "Account No.", "Customer Order No.", "Terms", "Due Date", "Despatch"]
vals = ["9004412", "11/03/2025", "204518", "BTG-7781", "30 days EOM", "30/04/2025", "CN-7730419"]
cw = W / len(labs)
pdf.set_font("dejavuc", "B", 7); pdf.set_fill_color(225, 232, 240)
for l in labs: pdf.cell(cw, 5, l, border=1, fill=True)
pdf.ln(); pdf.set_font("dejavuc", "", 8.5)
for v in vals: pdf.cell(cw, 6, v, border=1)
pdf.ln(9)
y = pdf.get_y()
for x, title, lines in ((pdf.l_margin, "INVOICE TO", ["Ballarat Trade & Garden Supplies", "Accounts Department", "PO Box 1127", "Ballarat VIC 3353"]),
                        (pdf.l_margin + W / 2 + 2, "DELIVER TO", ["Ballarat Trade & Garden Supplies", "221 Learmonth Road", "Wendouree VIC 3355", "Dock 2 - call 0455 555 902"])):
    pdf.set_xy(x, y); pdf.set_font("dejavuc", "B", 7.5); pdf.cell(W / 2 - 2, 5, title, border="B", new_x="LEFT", new_y="NEXT")
    pdf.set_font("dejavuc", "", 8.5)
    for l in lines: pdf.set_x(x); pdf.cell(W / 2 - 2, 4.4, l, new_x="LEFT", new_y="NEXT")
pdf.ln(4)
pdf.table_head()
pdf.set_font("dejavuc", "", 7.8)
for i, it in enumerate(d["items"], 1):
    row = [str(i), it["code"], it["desc"], str(it["qty"]), it["uom"], m(it["price"]), m(it["ext"])]
    fill = i % 2 == 0
    pdf.set_fill_color(244, 246, 249)
    for c, t, al in zip(CW, row, ALIGN):
        pdf.cell(c, 5, t, align=al, fill=fill)
    pdf.ln()
pdf.ln(2)
if pdf.get_y() > 297 - 20 - 55:
    pdf.add_page()
y = pdf.get_y()
pdf.set_font("dejavuc", "", 7.5)
pdf.set_xy(pdf.l_margin, y + 1)
pdf.multi_cell(W * 0.55, 3.8, "Payment terms: 30 days end of month. Please pay by EFT to Southern Cross Hardware Distributors Pty Ltd, "
               "NAB BSB 083-004 Account 51 882 4491, quoting account 204518 and invoice 9004412.\n"
               "Back-ordered lines from order BTG-7781 (3 lines) will be invoiced on despatch. Your account balance "
               "before this invoice was $18,402.55, of which $9,930.10 falls due on 31/03/2025.\n"
               f"Total lines: {len(d['items'])}    Total units: {sum(i['qty'] for i in d['items'])}", align="L")
pdf.set_xy(pdf.l_margin + W * 0.6, y)
def tl(l, v, b=False):
    pdf.set_x(pdf.l_margin + W * 0.6)
    pdf.set_font("dejavuc", "B" if b else "", 10 if b else 8.8)
    pdf.cell(W * 0.22, 6, l, border="B" if not b else "TB"); pdf.cell(W * 0.18, 6, v, align="R", border="B" if not b else "TB", new_x="LMARGIN", new_y="NEXT")
tl("Sub-total", m(d["subtotal"]))
tl("Freight", m(d["freight"]))
tl("GST 10%", m(d["gst"]))
tl("INVOICE TOTAL (AUD)", "$" + m(d["total"]), True)
tl("Amount paid", "0.00")
tl("Balance due", "$" + m(d["total"]))
pdf.output(sys.argv[1])
