import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

def box(x, y, w, h, label, value, vsize=10, bold=True, align="L"):
    pdf.rect(x, y, w, h)
    pdf.set_xy(x + 1, y + 0.8)
    pdf.set_font("DV", "", 6)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(w - 2, 3, label)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DV", "B" if bold else "", vsize)
    lines = value.split("\n")
    yy = y + 4.5
    for ln in lines:
        pdf.set_xy(x + 1.5, yy)
        pdf.cell(w - 3, vsize * 0.45, ln, align=align)
        yy += vsize * 0.42

# header
pdf.set_font("DV", "B", 17)
pdf.set_xy(12, 10)
pdf.set_text_color(0, 84, 147)
pdf.cell(110, 8, "MERLION AIRFREIGHT LOGISTICS")
pdf.set_text_color(0, 0, 0)
pdf.set_font("DV", "", 7.5)
pdf.set_xy(12, 18)
pdf.multi_cell(110, 3.4, "Merlion Airfreight Logistics Pte. Ltd.  (UEN 201734125K)\n"
               "7 Changi South Street 2, #04-11 Airline House, Singapore 486415\n"
               "Tel +65 6555 3810   ops@merlion-air.example.sg   GST Reg. No. M90-3481726-K")
pdf.set_font("DV", "B", 13)
pdf.set_xy(130, 10)
pdf.cell(68, 7, "FREIGHT INVOICE", align="R")
pdf.set_font("DV", "", 8)
pdf.set_xy(130, 17)
pdf.cell(68, 4, "Invoice  MAL/INV/24/007219", align="R")
pdf.set_xy(130, 21)
pdf.cell(68, 4, "Issued  14 Jun 2024", align="R")

# AWB strip
y = 34
pdf.set_fill_color(230, 238, 246)
pdf.rect(12, y, 186, 12, style="DF")
pdf.set_xy(14, y + 1.5)
pdf.set_font("DV", "", 6.5)
pdf.cell(60, 3, "AIR WAYBILL NUMBER")
pdf.set_xy(14, y + 5)
pdf.set_font("DV", "B", 14)
pdf.cell(80, 6, "618-44072135")
pdf.set_xy(100, y + 1.5)
pdf.set_font("DV", "", 6.5)
pdf.cell(40, 3, "HOUSE AWB")
pdf.set_xy(100, y + 5)
pdf.set_font("DV", "B", 11)
pdf.cell(40, 6, "MAL-H-2406-0388")
pdf.set_xy(150, y + 1.5)
pdf.set_font("DV", "", 6.5)
pdf.cell(40, 3, "NOT NEGOTIABLE")

y = 49
box(12, y, 93, 24, "Shipper's Name and Address",
    "Lumitech Components Pte. Ltd.\n21 Tuas Avenue 9\nSingapore 639189", vsize=8.5, bold=False)
box(105, y, 93, 24, "Consignee's Name and Address",
    "Hanwell Precision GmbH\nIndustriestraße 44\n70565 Stuttgart, Germany", vsize=8.5, bold=False)
y += 24
box(12, y, 62, 13, "Airport of Departure", "SIN  Singapore Changi", vsize=9)
box(74, y, 62, 13, "Airport of Destination", "FRA  Frankfurt/Main", vsize=9)
box(136, y, 62, 13, "Flight / Date", "SQ 326 / 12JUN24", vsize=9)
y += 13
box(12, y, 31, 13, "No. of Pieces", "4", align="C")
box(43, y, 31, 13, "Gross Weight (kg)", "212.0", align="C")
box(74, y, 31, 13, "Volume (m³)", "1.632", align="C")
box(105, y, 31, 13, "Chargeable Wt (kg)", "272.0", align="C")
box(136, y, 31, 13, "Rate Class", "Q", align="C")
box(167, y, 31, 13, "Incoterms", "FCA SIN", align="C")
y += 13
box(12, y, 186, 13, "Nature and Quantity of Goods (incl. Dimensions or Volume)",
    "PRINTED CIRCUIT BOARD ASSEMBLIES — 4 PLT 80x60x85 CM — NON-DG", vsize=8.5, bold=False)

# charges table
y += 19
pdf.set_font("DV", "B", 8)
pdf.set_fill_color(0, 84, 147)
pdf.set_text_color(255, 255, 255)
cols = [("Charge", 86, "L"), ("Basis", 40, "L"), ("Rate", 25, "R"), ("Amount (SGD)", 35, "R")]
pdf.set_xy(12, y)
for t, w, a in cols:
    pdf.cell(w, 6, t, border=0, align=a, fill=True)
pdf.set_text_color(0, 0, 0)
pdf.set_font("DV", "", 8.5)
rows = [
    ("Air freight SIN–FRA", "272.0 kg chargeable", "4.85", "1,319.20"),
    ("Fuel surcharge (MYC)", "272.0 kg", "1.20", "326.40"),
    ("Security surcharge (SCC)", "272.0 kg", "0.22", "59.84"),
    ("Terminal handling, origin", "per shipment", "", "85.00"),
    ("Export permit (TradeNet)", "per permit", "", "38.50"),
    ("Documentation fee", "per AWB", "", "25.00"),
]
y += 6
for r in rows:
    pdf.set_xy(12, y)
    for (t, w, a), v in zip(cols, r):
        pdf.cell(w, 6, v, border="B", align=a)
    y += 6
y += 2
def tot(label, val, bold=False):
    global y
    pdf.set_font("DV", "B" if bold else "", 9 if bold else 8.5)
    pdf.set_xy(112, y)
    pdf.cell(51, 6, label, align="R")
    pdf.cell(35, 6, val, align="R")
    y += 6
tot("Subtotal", "1,853.94")
tot("GST 0% (international service)", "0.00")
pdf.line(130, y + 0.5, 198, y + 0.5)
y += 1
tot("TOTAL DUE  SGD", "1,853.94", bold=True)

y += 6
pdf.set_font("DV", "", 7.5)
pdf.set_xy(12, y)
pdf.multi_cell(110, 3.6,
    "Payment terms: 30 days from invoice date (due 14 Jul 2024).\n"
    "Bank: Straits Harbour Bank Ltd, Singapore\n"
    "Account name: Merlion Airfreight Logistics Pte. Ltd.\n"
    "Account no. 072-418836-1   SWIFT SHBKSGSGXXX\n"
    "Please quote the air waybill number with your remittance.")
pdf.set_xy(12, 283)
pdf.set_font("DV", "", 6.5)
pdf.set_text_color(110, 110, 110)
pdf.cell(186, 3, "All business is transacted subject to the Standard Trading Conditions of the Singapore Logistics Association. Page 1/1", align="C")
pdf.output(out)
