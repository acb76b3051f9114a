# British Columbia supplier invoice with GST and PST, Sage 300 (Accpac) O/E layout (fpdf2)
import sys, datetime
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="Letter", unit="pt")
pdf.set_creation_date(datetime.datetime(2025, 2, 7, 17, 2, tzinfo=datetime.timezone.utc))
pdf.set_title("Invoice 2025-004471")
pdf.set_creator("Sage 300 Order Entry - OEINV01")
pdf.set_auto_page_break(False)
pdf.add_page()
L, R = 40, 572
W = R - L


def t(x, y, s, size=8.5, style="", w=0, align="L", font="Helvetica"):
    pdf.set_font(font, style, size)
    pdf.set_xy(x, y)
    pdf.cell(w, size + 2, s, align=align)


# letterhead
pdf.set_fill_color(0, 90, 60)
pdf.rect(L, 36, 8, 52, "F")
t(L + 16, 36, "FRASER VALLEY", 17, "B")
t(L + 16, 56, "HYDRAULIC & FITTING LTD.", 10, "B")
t(L + 16, 72, "31250 King Road, Abbotsford, BC  V2T 6H5   |   604-555-0153   |   sales@fvhydraulic.ca", 7.5)
t(L + 16, 82, "GST/HST No. 79456 1234 RT0001     PST No. PST-1023-4567", 7.5)

t(R - 150, 36, "INVOICE", 20, "B", 150, "R")
pdf.set_draw_color(0)
pdf.set_line_width(0.6)
box = [("Invoice No.", "2025-004471"), ("Invoice Date", "Feb 7, 2025"), ("Customer No.", "COAST-MTN"), ("Page", "1 of 1")]
y = 62
for k, v in box:
    pdf.rect(R - 190, y, 80, 14); pdf.rect(R - 110, y, 110, 14)
    t(R - 187, y + 2, k, 7.5, "B")
    t(R - 107, y + 2, v, 8.5, "", 104, "L")
    y += 14

# addresses
y = 130
t(L, y, "SOLD TO:", 7.5, "B"); t(L + 270, y, "SHIP TO:", 7.5, "B")
sold = ["Coast Mountain Forest Products Ltd.", "Accounts Payable", "2100 Island Highway, Unit 5", "Campbell River, BC  V9W 2G6"]
ship = ["Coast Mountain Forest Products Ltd.", "Menzies Bay Dryland Sort - Shop", "Attn: Gord Halvorsen, Maint.", "Campbell River, BC  V9H 1P3"]
for i, (a, b) in enumerate(zip(sold, ship)):
    t(L + 4, y + 12 + i * 11, a, 9); t(L + 274, y + 12 + i * 11, b, 9)

# order info bar
y = 200
hdr = ["Customer PO", "Order No.", "Order Date", "Ship Date", "Ship Via", "Terms", "Salesperson"]
val = ["CMFP-88120", "O/E 0098417", "Feb 3, 2025", "Feb 6, 2025", "Coastal Freight", "2% 10 Net 30", "RKH"]
ws = [78, 70, 66, 66, 88, 84, 80]
x = L
pdf.set_fill_color(225, 236, 230)
for h, v, w in zip(hdr, val, ws):
    pdf.rect(x, y, w, 13, "DF"); pdf.rect(x, y + 13, w, 15)
    t(x, y + 2, h, 7, "B", w, "C"); t(x, y + 16, v, 8, "", w, "C")
    x += w

# items
y = 245
cols = [("Item", 78, "L"), ("Description", 196, "L"), ("Ordered", 44, "R"), ("Shipped", 44, "R"),
        ("UOM", 30, "C"), ("Unit Price", 58, "R"), ("Extended", 66, "R"), ("Tax", 16, "C")]
x = L
pdf.set_fill_color(0, 90, 60)
pdf.rect(L, y, W, 14, "F")
pdf.set_text_color(255)
for h, w, a in cols:
    t(x + 2, y + 2, h, 7.5, "B", w - 4, a); x += w
pdf.set_text_color(0)
y += 18
rows = [("HH-R2-08", "Hydraulic hose 1/2\" 2-wire SAE 100R2AT", "150", "150", "FT", "6.85", "1,027.50", "GP"),
        ("CF-JFX-0808", "Crimp fitting JIC female swivel 1/2\" x 1/2\"", "40", "40", "EA", "9.20", "368.00", "GP"),
        ("LAB-ASSY", "Hose assembly fabrication labour (20 assemblies)", "3.5", "3.5", "HR", "115.00", "402.50", "GP"),
        ("OIL-AW46-20", "Hydraulic oil AW ISO 46, 20 L pail", "12", "12", "PL", "79.95", "959.40", "GP"),
        ("FRT-DEL", "Delivery charge - Coastal Freight to Campbell River", "1", "1", "EA", "65.00", "65.00", "G")]
for r in rows:
    x = L
    for (h, w, a), v in zip(cols, r):
        t(x + 2, y, v, 8.5, "", w - 4, a); x += w
    y += 15
pdf.set_line_width(0.4)
pdf.line(L, y + 2, R, y + 2)
t(L, y + 8, "Tax codes: G = GST 5%   P = BC PST 7%   Delivery charges not subject to PST.", 7)
t(L, y + 18, "Backorder: nil.  All hose assemblies pressure-tested to 2x working pressure (cert. HT-25-0207).", 7)

# totals
y += 40
tot = [("Subtotal", "2,822.40"), ("GST 5% on 2,822.40", "141.12"), ("PST 7% on 2,757.40", "193.02"),
       ("Invoice Total  CAD", "3,156.54")]
for i, (k, v) in enumerate(tot):
    b = "B" if i == 3 else ""
    if i == 3:
        pdf.set_line_width(0.8); pdf.line(R - 200, y - 2, R, y - 2)
    t(R - 200, y, k, 9 if i < 3 else 10, b, 120, "L")
    t(R - 80, y, v, 9 if i < 3 else 10, b, 80, "R")
    y += 15

t(L, y - 58, "Early payment discount: 2% of 2,822.40 = 56.45 if paid by Feb 17, 2025.", 8)
t(L, y - 46, "Net amount due Mar 9, 2025.", 8)
t(L, y - 34, "Interest of 2% per month (26.82% per annum) charged on overdue accounts.", 8)

# remit box
y += 20
pdf.set_line_width(0.6)
pdf.rect(L, y, W, 58)
t(L + 6, y + 5, "REMIT TO / PAYMENT OPTIONS", 8, "B")
t(L + 6, y + 18, "Cheque: Fraser Valley Hydraulic & Fitting Ltd., 31250 King Road, Abbotsford, BC  V2T 6H5", 8)
t(L + 6, y + 30, "EFT: Envision Valley Credit Union, Transit 10480, Institution 809, Account 0028814  (email remittance to ar@fvhydraulic.ca)", 8)
t(L + 6, y + 42, "Visa/MC accepted on invoices under $2,500 - call 604-555-0153 ext. 3", 8)

t(L, 742, "Thank you for your business.   Goods remain the property of Fraser Valley Hydraulic & Fitting Ltd. until paid in full.   Returns within 30 days with invoice; 15% restocking.", 6.5)
pdf.output(out)
