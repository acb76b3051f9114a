"""Tally-style GST tax invoice (India), lakh grouping. Usage: python this.py out.pdf"""
import sys
from fpdf import FPDF

D = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4")
pdf.set_creation_date(__import__("datetime").datetime(2024, 3, 3, 11, 20, tzinfo=__import__("datetime").timezone.utc))
pdf.add_font("DV", "", D + "DejaVuSans.ttf")
pdf.add_font("DV", "B", D + "DejaVuSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_margins(10, 10, 10)
L, R, W = 10, 200, 190

def txt(x, y, s, size=8, style="", w=0, align="L"):
    pdf.set_font("DV", style, size)
    pdf.set_xy(x, y)
    if w:
        pdf.cell(w, 4, s, align=align)
    else:
        pdf.cell(pdf.get_string_width(s) + 1, 4, s)

pdf.set_font("DV", "B", 11)
pdf.set_xy(L, 8)
pdf.cell(W, 6, "Tax Invoice", align="C")
txt(160, 9, "(ORIGINAL FOR RECIPIENT)", 6.5, "", 40, "R")
top = 15
pdf.set_line_width(0.3)
pdf.rect(L, top, W, 262)
mid = 105
# seller block
pdf.line(mid, top, mid, top + 78)
y = top + 1
txt(L + 1, y, "Shree Ganesh Electricals Pvt. Ltd.", 9, "B")
for i, s in enumerate([
    "Plot No. 14, Sector 10, PCNTDA Bhosari",
    "Pune - 411026, Maharashtra",
    "GSTIN/UIN: 27AAHCS4821K1Z3",
    "State Name : Maharashtra, Code : 27",
    "E-Mail : accounts@shreeganeshelec.in",
]):
    txt(L + 1, y + 5 + i * 3.6, s, 7.5)
pdf.line(L, top + 26, mid, top + 26)
y = top + 27
txt(L + 1, y, "Buyer (Bill to)", 7)
txt(L + 1, y + 3.6, "Vardhaman Infra Projects LLP", 9, "B")
for i, s in enumerate([
    "Office 502, Suyog Fusion, Dhole Patil Road",
    "Pune - 411001, Maharashtra",
    "GSTIN/UIN        : 27AAKFV3390M1ZH",
    "State Name       : Maharashtra, Code : 27",
]):
    txt(L + 1, y + 8.5 + i * 3.6, s, 7.5)
pdf.line(L, top + 52, mid, top + 52)
y = top + 53
txt(L + 1, y, "Consignee (Ship to)", 7)
txt(L + 1, y + 3.6, "Vardhaman Infra Projects LLP - Site: Hinjewadi Ph. III", 8, "B")
for i, s in enumerate([
    "Plot R-7, Rajiv Gandhi Infotech Park, Hinjewadi",
    "Pune - 411057, Maharashtra",
    "State Name       : Maharashtra, Code : 27",
]):
    txt(L + 1, y + 8 + i * 3.6, s, 7.5)
# right header grid
rows = [
    ("Invoice No.", "SGE/2023-24/1482", "Dated", "03-Mar-24"),
    ("Delivery Note", "DN/1482", "Mode/Terms of Payment", "45 Days"),
    ("Reference No. & Date.", "QT/SGE/0219 dt. 12-Feb-24", "Other References", ""),
    ("Buyer's Order No.", "VIPL/PO/23-24/0877", "Dated", "19-Feb-24"),
    ("Dispatch Doc No.", "LR 55120", "Delivery Note Date", "03-Mar-24"),
    ("Dispatched through", "Shivneri Roadlines", "Destination", "Hinjewadi, Pune"),
    ("Vehicle No.", "MH 14 HG 7731", "e-Way Bill No.", "3410 2288 7154"),
]
rh = 78 / 7.0
c2 = mid + (R - mid) / 2
pdf.line(c2, top, c2, top + 7 * rh)
for i, (a, b, c, d) in enumerate(rows):
    yy = top + i * rh
    if i:
        pdf.line(mid, yy, R, yy)
    txt(mid + 1, yy + 0.6, a, 6.5)
    txt(mid + 1, yy + 4.6, b, 8, "B")
    txt(c2 + 1, yy + 0.6, c, 6.5)
    txt(c2 + 1, yy + 4.6, d, 8, "B")
pdf.line(L, top + 78, R, top + 78)
# item table
cols = [("Sl\nNo.", 8), ("Description of Goods", 66), ("HSN/SAC", 16), ("Quantity", 20), ("Rate", 20), ("per", 10), ("Disc. %", 12), ("Amount", 38)]
y0 = top + 78
x = L
for name, w in cols:
    pdf.set_font("DV", "", 7)
    pdf.set_xy(x, y0 + 0.5)
    pdf.multi_cell(w, 3.2, name, align="C")
    x += w
pdf.line(L, y0 + 8, R, y0 + 8)
items = [
    ("1", "LT XLPE Arm. Cable 4C x 95 sqmm Al", "85446090", "250 mtr", "412.00", "mtr", "", "1,03,000.00"),
    ("2", "MCCB 250A 4P 36kA TM Adjustable", "85362090", "4 Nos", "14,850.00", "Nos", "", "59,400.00"),
    ("3", "Copper Cable Lugs 95 sq mm (Tubular)", "85369090", "200 Nos", "38.50", "Nos", "", "7,700.00"),
]
y = y0 + 10
for it in items:
    x = L
    for (name, w), v in zip(cols, it):
        al = "L" if name.startswith("Desc") else ("R" if name in ("Rate", "Amount", "Quantity") else "C")
        txt(x + 0.5, y, v, 8, "B" if name.startswith("Desc") else "", w - 1.5, al)
        x += w
    y += 6
y += 2
pdf.line(L + 8 + 66 + 16 + 20 + 20 + 10 + 12, y, R, y)
txt(L + 8 + 66 + 16 + 20 + 20 + 10 + 12, y + 0.5, "1,70,100.00", 8, "", 36.5, "R")
y += 6
txt(L + 8 + 20, y, "CGST @ 9%", 8, "B", 46, "R")
txt(L + 152, y, "15,309.00", 8, "B", 36.5, "R")
y += 5
txt(L + 8 + 20, y, "SGST @ 9%", 8, "B", 46, "R")
txt(L + 152, y, "15,309.00", 8, "B", 36.5, "R")
y += 5
txt(L + 8 + 20, y, "Round Off", 8, "", 46, "R")
txt(L + 152, y, "0.00", 8, "", 36.5, "R")
yt = top + 170
x = L
for name, w in cols[:-1]:
    x += w
    pdf.line(x, y0, x, yt)
pdf.line(L, yt, R, yt)
txt(L + 8, yt + 1, "Total", 8, "", 66, "R")

txt(L + 152, yt + 1, "\u20b9 2,00,718.00", 9, "B", 36.5, "R")
pdf.line(L, yt + 6, R, yt + 6)
txt(L + 1, yt + 7, "Amount Chargeable (in words)", 7)
txt(R - 30, yt + 7, "E. & O.E", 7, "", 29, "R")
txt(L + 1, yt + 11, "Indian Rupee Two Lakh Seven Hundred Eighteen Only", 8.5, "B")
# HSN summary
yh = yt + 17
pdf.line(L, yh, R, yh)
hc = [("HSN/SAC", 40), ("Taxable\nValue", 30), ("CGST\nRate", 14), ("CGST\nAmount", 24), ("SGST/UTGST\nRate", 18), ("SGST/UTGST\nAmount", 24), ("Total\nTax Amount", 40)]
x = L
for name, w in hc:
    pdf.set_font("DV", "", 6.5)
    pdf.set_xy(x, yh + 0.5)
    pdf.multi_cell(w, 3, name, align="C")
    x += w
pdf.line(L, yh + 7, R, yh + 7)
hrows = [("85446090", "1,03,000.00", "9%", "9,270.00", "9%", "9,270.00", "18,540.00"),
         ("85362090", "59,400.00", "9%", "5,346.00", "9%", "5,346.00", "10,692.00"),
         ("85369090", "7,700.00", "9%", "693.00", "9%", "693.00", "1,386.00"),
         ("Total", "1,70,100.00", "", "15,309.00", "", "15,309.00", "30,618.00")]
yy = yh + 8
for r in hrows:
    x = L
    for (name, w), v in zip(hc, r):
        txt(x + 0.5, yy, v, 7.5, "B" if r[0] == "Total" else "", w - 1.5, "L" if name == "HSN/SAC" else "R")
        x += w
    yy += 4.2
    if r[0] == "85369090":
        pdf.line(L, yy - 0.2, R, yy - 0.2)
x = L
for name, w in hc[:-1]:
    x += w
    pdf.line(x, yh, x, yy + 1)
pdf.line(L, yy + 1, R, yy + 1)
txt(L + 1, yy + 2.5, "Tax Amount (in words) :  Indian Rupee Thirty Thousand Six Hundred Eighteen Only", 7.5, "B")
yb = yy + 9
txt(L + 1, yb, "Company's PAN           : AAHCS4821K", 7.5)
txt(L + 1, yb + 5, "Declaration", 7, "B")
pdf.set_font("DV", "", 7)
pdf.set_xy(L + 1, yb + 9)
pdf.multi_cell(90, 3.2, "We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct. Interest @ 18% p.a. will be charged on bills unpaid beyond 45 days.")
txt(mid + 1, yb, "Company's Bank Details", 7)
for i, s in enumerate(["Bank Name        : HDFC Bank Ltd.", "A/c No.              : 50200031847720", "Branch & IFS Code : Bhosari & HDFC0001288"]):
    txt(mid + 1, yb + 4 + i * 3.6, s, 7.5)
pdf.rect(mid, yb + 16, R - mid, 22)
txt(mid + 1, yb + 17, "for Shree Ganesh Electricals Pvt. Ltd.", 8, "B", R - mid - 2, "R")
txt(mid + 1, yb + 33, "Authorised Signatory", 7.5, "", R - mid - 2, "R")
txt(L, 278, "SUBJECT TO PUNE JURISDICTION", 7, "", W, "C")
txt(L, 281.5, "This is a Computer Generated Invoice", 7, "", W, "C")
pdf.output(sys.argv[1])
