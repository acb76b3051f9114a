"""TallyPrime-style GST Tax Invoice (boxed grid), drawn with fpdf2."""
import sys, datetime
from fpdf import FPDF

out = sys.argv[1]
LB = "/usr/share/fonts/truetype/liberation2/"
DJ = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 3, 18, 11, 5, tzinfo=datetime.timezone.utc))
pdf.set_title("Tax Invoice SGP/1187/24-25")
pdf.add_font("ar", "", LB + "LiberationSans-Regular.ttf")
pdf.add_font("ar", "B", LB + "LiberationSans-Bold.ttf")
pdf.add_font("ar", "I", LB + "LiberationSans-Italic.ttf")
pdf.add_font("ar", "BI", LB + "LiberationSans-BoldItalic.ttf")
pdf.add_font("dj", "", DJ + "DejaVuSans.ttf")
pdf.add_font("dj", "B", DJ + "DejaVuSans-Bold.ttf")
pdf.set_fallback_fonts(["dj"])
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_line_width(0.25)
pdf.set_draw_color(0, 0, 0)
pdf.set_text_color(0, 0, 0)

def t(x, y, s, size=8, style="", w=0, align="L"):
    pdf.set_font("ar", style, size)
    pdf.set_xy(x, y)
    pdf.cell(w, size * 0.42, s, align=align)

L, R, T = 10, 200, 16
t(L, 8, "Tax Invoice", 11, "B", w=R - L, align="C")
t(L, 9, "(ORIGINAL FOR RECIPIENT)", 7, "I", w=R - L, align="R")
MID = 105
# ---- top block -------------------------------------------------------------
top_h = 96
pdf.rect(L, T, R - L, 262)
pdf.line(MID, T, MID, T + top_h)
# seller
y = T + 1.5
t(L + 1.5, y, "Shree Ganesh Packaging Industries", 8.5, "B"); y += 4.2
for s in ["Plot No. 118, GIDC Phase II, Vatva", "Ahmedabad - 382445", "GSTIN/UIN: 24ADFPS7731K1Z7", "State Name : Gujarat, Code : 24",
          "Contact : 079-2583 4410", "E-Mail : accounts@sgpackaging.in"]:
    t(L + 1.5, y, s, 7.8); y += 3.7
pdf.line(L, T + 30, MID, T + 30)
# consignee
y = T + 31.5
t(L + 1.5, y, "Consignee (Ship to)", 7, ""); y += 3.6
t(L + 1.5, y, "Kumar Agro Foods Pvt Ltd", 8.5, "B"); y += 4.2
for s in ["Survey No. 41/2, Sanwer Road Industrial Area", "Indore - 452015", "GSTIN/UIN : 23AACCK8820M1ZD", "State Name : Madhya Pradesh, Code : 23"]:
    t(L + 1.5, y, s, 7.8); y += 3.7
pdf.line(L, T + 62, MID, T + 62)
# buyer
y = T + 63.5
t(L + 1.5, y, "Buyer (Bill to)", 7, ""); y += 3.6
t(L + 1.5, y, "Kumar Agro Foods Pvt Ltd", 8.5, "B"); y += 4.2
for s in ["Survey No. 41/2, Sanwer Road Industrial Area", "Indore - 452015", "GSTIN/UIN : 23AACCK8820M1ZD", "State Name : Madhya Pradesh, Code : 23",
          "Place of Supply : Madhya Pradesh"]:
    t(L + 1.5, y, s, 7.8); y += 3.7
# right grid
grid = [("Invoice No.", "SGP/1187/24-25", "Dated", "18-Mar-25"),
        ("Delivery Note", "", "Mode/Terms of Payment", "30 Days"),
        ("Reference No. & Date.", "", "Other References", "Quotation Q-0412"),
        ("Buyer's Order No.", "KAF/PO/0932", "Dated", "12-Mar-25"),
        ("Dispatch Doc No.", "DC-1187", "Delivery Note Date", "18-Mar-25"),
        ("Dispatched through", "VRL Logistics", "Destination", "Indore"),
        ("Vessel/Flight No.", "", "Place of receipt by shipper:", "")]
gh = 10.5
C2 = MID + (R - MID) / 2
for i, (k1, v1, k2, v2) in enumerate(grid):
    gy = T + i * gh
    pdf.line(MID, gy + gh, R, gy + gh)
    pdf.line(C2, gy, C2, gy + gh)
    t(MID + 1.2, gy + 1.2, k1, 7)
    t(MID + 1.2, gy + 5.2, v1, 8, "B")
    t(C2 + 1.2, gy + 1.2, k2, 7)
    t(C2 + 1.2, gy + 5.2, v2, 8, "B")
t(MID + 1.2, T + 7 * gh + 1.2, "Terms of Delivery", 7)
t(MID + 1.2, T + 7 * gh + 5.2, "Door delivery, freight paid. Goods insured by seller.", 7.8)
# ---- items -----------------------------------------------------------------
yt = T + top_h
pdf.line(L, yt, R, yt)
cols = [("Sl\nNo.", 9, "C"), ("Description of Goods", 74, "L"), ("HSN/SAC", 18, "C"), ("Quantity", 22, "R"), ("Rate", 18, "R"), ("per", 11, "C"), ("Amount", 38, "R")]
x = L
xs = []
for name, w, al in cols:
    xs.append(x)
    pdf.set_font("ar", "", 7.5)
    pdf.set_xy(x, yt + 0.8)
    pdf.multi_cell(w, 3.2, name, align="C")
    x += w
body_top = yt + 8
body_bot = yt + 80
pdf.line(L, body_top, R, body_top)
for xx in xs[1:]:
    pdf.line(xx, yt, xx, body_bot + 6)
items = [("1", "Corrugated Boxes 5-Ply (450x300x250 mm)", "4819", "2,000 Nos", "18.50", "Nos", "37,000.00"),
         ("2", "Printed Laminated Pouches 1 kg (3-layer)", "3923", "15,000 Nos", "2.35", "Nos", "35,250.00"),
         ("3", "BOPP Self Adhesive Tape 72mm x 65m", "3919", "120 Nos", "42.00", "Nos", "5,040.00")]
y = body_top + 2
for it in items:
    for (name, w, al), xx, v in zip(cols, xs, it):
        t(xx + 1, y, v, 8, "B" if name.startswith("Desc") or name == "Amount" else "", w=w - 2, align=al if al != "L" else "L")
    y += 7
y += 2
pdf.line(xs[6] + 4, y - 1.5, R - 1, y - 1.5)
t(xs[6] + 1, y, "77,290.00", 8, "", w=cols[6][1] - 2, align="R")
y += 5
t(xs[1] + 1, y, "OUTPUT IGST @ 18%", 8, "BI", w=cols[1][1] - 2, align="R")
t(xs[4] + 1, y, "18", 8, "", w=cols[4][1] - 2, align="R")
t(xs[5] + 1, y, "%", 8, "", w=cols[5][1] - 2, align="C")
t(xs[6] + 1, y, "13,912.20", 8, "B", w=cols[6][1] - 2, align="R")
y += 5
t(xs[1] + 1, y, "Round Off", 8, "BI", w=cols[1][1] - 2, align="R")
t(xs[6] + 1, y, "(-)0.20", 8, "B", w=cols[6][1] - 2, align="R")
pdf.line(L, body_bot, R, body_bot)
t(xs[1] + 1, body_bot + 1.5, "Total", 8.5, "", w=cols[1][1] - 2, align="R")
t(xs[3] + 1, body_bot + 1.5, "17,120 Nos", 8.5, "B", w=cols[3][1] - 2, align="R")
pdf.set_font("ar", "B", 9)
pdf.set_xy(xs[6] + 1, body_bot + 1.2)
pdf.cell(cols[6][1] - 2, 4, "₹ 91,202.00", align="R")
y = body_bot + 6
pdf.line(L, y, R, y)
t(L + 1.5, y + 1.2, "Amount Chargeable (in words)", 7)
t(R - 20, y + 1.2, "E. & O.E", 7, "I", w=18, align="R")
t(L + 1.5, y + 4.8, "Indian Rupee Ninety One Thousand Two Hundred Two Only", 8.5, "B")
y += 10
pdf.line(L, y, R, y)
# ---- HSN tax summary --------------------------------------------------------
hc = [("HSN/SAC", 56), ("Taxable\nValue", 32), ("IGST\nRate", 18), ("IGST\nAmount", 32), ("Total\nTax Amount", 52)]
x = L
hx = []
for n, w in hc:
    hx.append(x)
    pdf.set_font("ar", "", 7.3)
    pdf.set_xy(x, y + 0.6)
    pdf.multi_cell(w, 3.2, n, align="C")
    x += w
for xx in hx[1:]:
    pdf.line(xx, y, xx, y + 31)
pdf.line(L, y + 7.5, R, y + 7.5)
rows = [("4819", "37,000.00", "18%", "6,660.00", "6,660.00"), ("3923", "35,250.00", "18%", "6,345.00", "6,345.00"),
        ("3919", "5,040.00", "18%", "907.20", "907.20")]
yy = y + 9
for r in rows:
    for (n, w), xx, v in zip(hc, hx, r):
        t(xx + 1, yy, v, 7.8, "", w=w - 2, align="L" if n == "HSN/SAC" else "R")
    yy += 4.5
pdf.line(L, y + 25, R, y + 25)
for (n, w), xx, v in zip(hc, hx, ("Total", "77,290.00", "", "13,912.20", "13,912.20")):
    t(xx + 1, y + 26.3, v, 7.8, "B", w=w - 2, align="R")
y += 31
pdf.line(L, y, R, y)
t(L + 1.5, y + 1.5, "Tax Amount (in words) :  Indian Rupee Thirteen Thousand Nine Hundred Twelve and Twenty paise Only", 7.8, "B")
y += 7
t(L + 1.5, y, "Company's PAN       :  ADFPS7731K", 7.8)
t(MID + 2, y, "Company's Bank Details", 7.8)
t(MID + 2, y + 3.5, "Bank Name              :  Bank of Baroda", 7.8)
t(MID + 2, y + 7.0, "A/c No.                   :  02870200001187", 7.8)
t(MID + 2, y + 10.5, "Branch & IFS Code :  Vatva GIDC & BARB0VATVAX", 7.8)
dy = T + 262 - 20
t(L + 1.5, dy, "Declaration", 7.8)
pdf.line(L + 1.5, dy + 3.4, L + 17, dy + 3.4)
pdf.set_font("ar", "", 7.3)
pdf.set_xy(L + 1.5, dy + 4.2)
pdf.multi_cell(90, 3.3, "We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.")
by = T + 262 - 15
pdf.rect(MID, by, R - MID, 15)
t(MID + 2, by + 1.5, "for Shree Ganesh Packaging Industries", 8, "B", w=R - MID - 4, align="R")
t(MID + 2, by + 10.8, "Authorised Signatory", 7.8, "", w=R - MID - 4, align="R")
t(L, T + 262 + 1.5, "SUBJECT TO AHMEDABAD JURISDICTION", 7.5, "", w=R - L, align="C")
t(L, T + 262 + 5, "This is a Computer Generated Invoice", 7.3, "", w=R - L, align="C")
pdf.output(out)
