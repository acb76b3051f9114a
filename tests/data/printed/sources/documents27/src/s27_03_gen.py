import json, sys, os
from decimal import Decimal as D
from fpdf import FPDF
HERE = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1]
items = json.load(open(os.path.join(HERE, "s27_03_items.json")))
FONT = "/usr/share/fonts/truetype/liberation2/"

def money(x):
    return f"{D(x):,.2f}"

class Inv(FPDF):
    def header(self):
        self.set_font("LS", "B", 17)
        self.set_text_color(20, 60, 120)
        self.set_xy(12, 10)
        self.cell(100, 8, "ALLIED BUSINESS SUPPLY")
        self.set_font("LS", "", 8)
        self.set_text_color(60, 60, 60)
        self.set_xy(12, 18)
        self.multi_cell(100, 3.6, "Allied Business Supply Co.\n4100 Fisher Road, Columbus, OH 43228\n(614) 555-0187  |  orders@alliedbiz.com  |  www.alliedbiz.com")
        self.set_text_color(0)
        self.set_xy(140, 10)
        self.set_font("LS", "B", 15)
        self.cell(58, 8, "INVOICE", align="R")
        self.set_font("LS", "", 8.5)
        rows = [("Invoice No.", "5108834"), ("Invoice Date", "03/07/2025"), ("Customer No.", "0018842"), ("Page", f"{self.page_no()} of {{nb}}")]
        y = 19
        for k, v in rows:
            self.set_xy(140, y); self.cell(28, 4.2, k); self.set_font("LS", "B", 8.5); self.cell(30, 4.2, v, align="R"); self.set_font("LS", "", 8.5)
            y += 4.2
        self.set_draw_color(20, 60, 120); self.set_line_width(0.6); self.line(12, 37, 198, 37)
        self.set_y(40)

    def footer(self):
        self.set_y(-16)
        self.set_font("LS", "", 7)
        self.set_text_color(90)
        self.multi_cell(0, 3.2, "Remit to: Allied Business Supply Co., Lockbox 771842, Cincinnati, OH 45277-1842.  Returns require an RA number within 30 days; opened software and toner are non-returnable.\nPast due balances are subject to a service charge of 1.5% per month. Federal Tax ID 31-1187425.", align="C")
        self.set_text_color(0)

pdf = Inv(format="letter", unit="mm")
pdf.add_font("LS", "", FONT + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FONT + "LiberationSans-Bold.ttf")
pdf.set_creator("ABS Billing 7.2"); pdf.set_producer("ABS Billing 7.2 / fpdf2")
import datetime as _dt
pdf.set_creation_date(_dt.datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1743465600")), _dt.timezone.utc))
pdf.set_auto_page_break(True, 22)
pdf.set_margins(12, 40, 12)
pdf.add_page()

def block(x, y, title, lines):
    pdf.set_xy(x, y); pdf.set_font("LS", "B", 8); pdf.set_fill_color(225, 232, 243)
    pdf.cell(88, 5, "  " + title, fill=True)
    pdf.set_font("LS", "", 9)
    yy = y + 6
    for l in lines:
        pdf.set_xy(x + 2, yy); pdf.cell(86, 4.3, l); yy += 4.3

block(12, 41, "BILL TO", ["Halvorsen Industrial, Inc.", "Accounts Payable", "PO Box 30418", "Columbus, OH 43230"])
block(110, 41, "SHIP TO", ["Halvorsen Industrial, Inc.", "Attn: Facilities / Dock 3", "6850 Commerce Court Blvd", "Groveport, OH 43125"])

pdf.set_xy(12, 66)
hdr = [("Customer PO", 30), ("Order No.", 24), ("Order Date", 22), ("Ship Date", 22), ("Ship Via", 30), ("Terms", 30), ("Sales Rep", 28)]
val = ["4500219876", "SO-2291507", "03/04/2025", "03/06/2025", "ABS Truck", "2% 10, Net 30", "K. Delgado"]
pdf.set_font("LS", "B", 7.5); pdf.set_fill_color(20, 60, 120); pdf.set_text_color(255)
for h, w in hdr: pdf.cell(w, 5, h, border=1, align="C", fill=True)
pdf.ln(); pdf.set_text_color(0); pdf.set_font("LS", "", 8.5)
for (h, w), v in zip(hdr, val): pdf.cell(w, 5.5, v, border=1, align="C")
pdf.ln(8)

cols = [("Ln", 8, "C"), ("Item No.", 20, "L"), ("Description", 68, "L"), ("UOM", 10, "C"), ("Ord", 10, "R"), ("Shp", 10, "R"), ("B/O", 10, "R"), ("Unit Price", 22, "R"), ("Extension", 28, "R")]
def thead():
    pdf.set_font("LS", "B", 7.5); pdf.set_fill_color(225, 232, 243)
    for h, w, a in cols: pdf.cell(w, 5.5, h, border="TB", align=a, fill=True)
    pdf.ln()
    pdf.set_font("LS", "", 8)
thead()
for it in items:
    if pdf.get_y() > 250:
        pdf.add_page(); pdf.set_y(42); thead()
    bo = it["backorder"]; shp = it["qty"] - bo
    ext = "0.00" if bo else money(it["ext"])
    vals = [str(it["line"]), it["sku"], it["desc"], it["uom"], str(it["qty"]), str(shp), str(bo), money(it["price"]), ext]
    for (h, w, a), v in zip(cols, vals): pdf.cell(w, 4.8, v, align=a)
    pdf.ln()
    if bo:
        pdf.set_font("LS", "", 7); pdf.set_text_color(150, 0, 0)
        pdf.cell(38, 3.8, ""); pdf.cell(100, 3.8, "** Backordered - will ship separately and be invoiced when shipped **"); pdf.ln()
        pdf.set_font("LS", "", 8); pdf.set_text_color(0)

sub = sum(D(i["ext"]) for i in items if not i["backorder"])
tax = (sub * D("0.08")).quantize(D("0.01"))
tot = sub + tax
if pdf.get_y() > 205:
    pdf.add_page(); pdf.set_y(44)
pdf.ln(2); pdf.line(12, pdf.get_y(), 198, pdf.get_y()); pdf.ln(3)
y0 = pdf.get_y()
pdf.set_font("LS", "", 8)
pdf.set_xy(12, y0)
pdf.multi_cell(100, 3.8, f"Lines shipped: {sum(1 for i in items if not i['backorder'])}   Lines backordered: 1\n"
    f"Cash discount: 2% ($140.14) may be deducted if payment is received by 03/17/2025. Net amount due 04/06/2025.\n"
    "Tax exemption certificates must be on file before the invoice date to be applied.\n"
    "Thank you for your order!")
rows = [("Merchandise Subtotal", money(sub)), ("Delivery / Freight", "0.00"), ("Sales Tax  8.000%  (Franklin Co., OH)", money(tax))]
y = y0
for k, v in rows:
    pdf.set_xy(118, y); pdf.cell(52, 5, k); pdf.cell(28, 5, v, align="R"); y += 5
pdf.set_xy(118, y + 1); pdf.set_font("LS", "B", 10); pdf.set_fill_color(225, 232, 243)
pdf.cell(52, 7, "INVOICE TOTAL (USD)", fill=True); pdf.cell(28, 7, "$" + money(tot), align="R", fill=True)
pdf.output(out)
