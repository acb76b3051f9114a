"""Marketplace seller tax invoice, South Africa (fpdf2, core fonts)."""
import sys, datetime
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 1, 9, 6, 12, tzinfo=datetime.timezone.utc))
pdf.set_title("Tax Invoice TW-INV-88310427")
pdf.set_auto_page_break(False)
pdf.set_producer("PyFPDF/fpdf2 2.8.9")
pdf.add_page()
L = 15
pdf.set_margins(L, 15, 15)

# marketplace band
pdf.set_fill_color(18, 92, 170)
pdf.rect(0, 0, 210, 22, style="F")
pdf.set_xy(L, 6)
pdf.set_text_color(255, 255, 255)
pdf.set_font("Helvetica", "B", 18)
pdf.cell(80, 10, "tradeway")
pdf.set_font("Helvetica", "", 9)
pdf.set_xy(110, 6)
pdf.multi_cell(85, 4.5, "Sold on the Tradeway Marketplace\nhelp.tradeway.example  |  087 555 0100", align="R")
pdf.set_text_color(0, 0, 0)

pdf.set_xy(L, 28)
pdf.set_font("Helvetica", "B", 15)
pdf.cell(0, 8, "TAX INVOICE", new_x="LMARGIN", new_y="NEXT")

# seller block (left) / invoice details (right)
pdf.set_font("Helvetica", "", 9)
y = 38
pdf.set_xy(L, y)
pdf.set_font("Helvetica", "B", 9)
pdf.cell(90, 4.6, "Karoo Outdoor Gear CC", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
for t in ["12 Voortrekker Road", "Bellville, Cape Town 7530", "Reg. No. 2011/087231/23",
          "VAT Reg. No. 4120298571", "sales@karoooutdoor.example"]:
    pdf.cell(90, 4.6, t, new_x="LMARGIN", new_y="NEXT")

det = [("Tax Invoice No.", "TW-INV-88310427"), ("Invoice Date", "09 Jan 2025"),
       ("Order No.", "104772981"), ("Order Date", "06 Jan 2025"),
       ("Payment Method", "Card (Visa ending 2218)"), ("Payment Status", "Paid")]
yy = y
for k, v in det:
    pdf.set_xy(112, yy)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(34, 4.6, k)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(49, 4.6, v, align="R")
    yy += 4.6

# customer address block
pdf.set_xy(L, 72)
pdf.set_font("Helvetica", "B", 9)
pdf.set_text_color(90, 90, 90)
pdf.cell(90, 5, "DELIVERY ADDRESS", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "", 9.5)
for t in ["Nomsa Dlamini", "55 Florida Road", "Morningside", "Durban, KwaZulu-Natal 4001", "082 555 0193"]:
    pdf.cell(90, 4.8, t, new_x="LMARGIN", new_y="NEXT")

# items
pdf.set_xy(L, 104)
widths = [86, 30, 12, 26, 26]
heads = ["Description", "Tradeway ID", "Qty", "Unit Price (incl. VAT)", "Total (incl. VAT)"]
pdf.set_fill_color(235, 240, 246)
pdf.set_font("Helvetica", "B", 8.5)
x0 = pdf.get_x(); y0 = pdf.get_y()
# draw header boxes with possible wrapping at fixed height
x = x0
for w, h in zip(widths, heads):
    pdf.rect(x, y0, w, 9, style="DF")
    pdf.set_xy(x + 1, y0 + 0.5)
    pdf.multi_cell(w - 2, 4, h, align="L" if h in ("Description", "Tradeway ID") else "R")
    x += w
pdf.set_xy(x0, y0 + 9)
pdf.set_font("Helvetica", "", 9)
items = [("Campmaster Director's Chair with Side Table, Grey", "PLID71822044", "1", "899.00", "899.00"),
         ("Trailhawk LED Headlamp 450 lm, USB Rechargeable", "PLID70455318", "2", "249.00", "498.00"),
         ("Delivery - Standard (Durban metro)", "", "1", "65.00", "65.00"),
         ("Voucher TWNEWYEAR100", "", "", "", "-100.00")]
for r in items:
    for i, (w, v) in enumerate(zip(widths, r)):
        pdf.cell(w, 7, v, border=1, align="L" if i < 2 else "R")
    pdf.ln()

# totals
pdf.ln(3)
tots = [("Total excl. VAT", "R 1 184.35"), ("VAT @ 15%", "R 177.65"),
        ("Total (incl. VAT)", "R 1 362.00"), ("Amount Paid", "R 1 362.00"), ("Balance Due", "R 0.00")]
for k, v in tots:
    pdf.set_x(120)
    bold = k.startswith("Total (incl")
    pdf.set_font("Helvetica", "B" if bold else "", 10 if bold else 9)
    pdf.cell(45, 6, k, border="T" if bold else 0)
    pdf.cell(30, 6, v, align="R", border="T" if bold else 0, new_x="LMARGIN", new_y="NEXT")

pdf.set_xy(L, 190)
pdf.set_font("Helvetica", "", 8)
pdf.multi_cell(180, 4, "This tax invoice is issued by the seller named above, a VAT vendor, for goods sold on the Tradeway "
               "Marketplace. Tradeway Marketplace (Pty) Ltd (Reg. No. 2015/442901/07, VAT No. 4870261193) acts as the "
               "seller's agent for payment collection and delivery. Returns are accepted within 30 days in original "
               "packaging - log a return at tradeway.example/returns quoting order 104772981. All prices in South "
               "African Rand (ZAR) and include VAT at 15% where applicable.")
pdf.set_xy(L, 282)
pdf.set_font("Helvetica", "", 7)
pdf.cell(180, 4, "Page 1 of 1   |   Generated 09 Jan 2025 08:12 SAST   |   TW-INV-88310427", align="C")
pdf.output(out)
