"""Used-vehicle sales invoice under the VAT margin scheme – Pennine Prestige Cars Ltd (fpdf2)."""
import sys
from fpdf_common import new_pdf

out = sys.argv[1]
pdf = new_pdf("Sales invoice PPC-24871")
pdf.set_auto_page_break(False)
pdf.add_page()
GREEN = (20, 70, 50)
GOLD = (176, 141, 62)

pdf.set_fill_color(*GREEN)
pdf.rect(0, 0, 210, 30, style="F")
pdf.set_xy(15, 8)
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 20)
pdf.cell(120, 9, "PENNINE PRESTIGE CARS")
pdf.set_xy(15, 18)
pdf.set_font("Sans", "", 9)
pdf.cell(120, 5, "Quality used cars · Part exchange welcome · Est. 2004")
pdf.set_xy(130, 7)
pdf.set_font("Sans", "", 8)
pdf.multi_cell(65, 3.9, "Pennine Prestige Cars Ltd\nLeeds Road, Huddersfield HD2 1YY\n01484 537 200\nsales@pennineprestige.co.uk", align="R")
pdf.set_text_color(0, 0, 0)

pdf.set_xy(15, 38)
pdf.set_font("Sans", "B", 15)
pdf.cell(100, 8, "VEHICLE SALES INVOICE")
pdf.set_font("Sans", "", 9)
meta = [("Invoice no.", "PPC-24871"), ("Invoice date", "22/03/2025"), ("Order form", "OF-11862 (08/03/2025)"), ("Salesperson", "Gareth Lockwood")]
yy = 38
for k, v in meta:
    pdf.set_xy(130, yy)
    pdf.cell(28, 5, k)
    pdf.set_font("Sans", "B" if k == "Invoice no." else "", 9)
    pdf.cell(40, 5, v)
    pdf.set_font("Sans", "", 9)
    yy += 5

pdf.set_xy(15, 50)
pdf.set_font("Sans", "B", 8)
pdf.set_text_color(*GOLD)
pdf.cell(80, 5, "CUSTOMER", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10)
pdf.set_x(15)
pdf.multi_cell(90, 5, "Mr Daniel Ashworth\n17 Moorside Avenue\nHolmfirth\nHD9 2QP\nTel. 07700 914 226", align="L")

# vehicle panel
y = 82
pdf.set_draw_color(*GOLD)
pdf.rect(15, y, 180, 36)
pdf.set_xy(18, y + 2)
pdf.set_font("Sans", "B", 10)
pdf.cell(100, 6, "Vehicle supplied")
pdf.set_font("Sans", "", 9)
veh = [("Make / model", "Volvo XC60 D4 R-Design Pro AWD Auto"), ("Registration", "YK19 ZTP"),
       ("VIN", "YV1UZA8UCK1234567"), ("First registered", "14/06/2019"),
       ("Mileage", "48,210 (warranted)"), ("Colour", "Denim Blue metallic"),
       ("MOT expiry", "13/06/2025"), ("Keys / V5C", "2 keys, V5C ref. 1093 8821 554")]
for i, (k, v) in enumerate(veh):
    col = i % 2
    row = i // 2
    pdf.set_xy(18 + col * 90, y + 9 + row * 6)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(28, 6, k)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(60, 6, v)

# price table
y = 126
pdf.set_xy(15, y)
pdf.set_fill_color(*GREEN)
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 9)
pdf.cell(140, 7, "  Description", fill=True)
pdf.cell(40, 7, "Amount £  ", fill=True, align="R")
pdf.set_text_color(0, 0, 0)
lines = [("Volvo XC60 D4 R-Design Pro AWD Auto, YK19 ZTP – cash price incl. pre-delivery inspection", "21,495.00", False),
         ("12 months' Pennine Care mechanical warranty", "included", False),
         ("Road fund licence (transferred electronically by customer)", "0.00", False),
         ("TOTAL PRICE", "21,495.00", True),
         ("Less: part exchange – 2016 Ford Focus 1.0 EcoBoost Titanium, YD16 KXR, 71,904 miles", "-6,250.00", False),
         ("Less: deposit paid 08/03/2025 (debit card, receipt R-5530)", "-1,000.00", False),
         ("Less: outstanding finance settled on part exchange", "0.00", False),
         ("BALANCE DUE ON COLLECTION", "14,245.00", True)]
y += 7
pdf.set_fill_color(239, 234, 222)
for desc, amt, bold in lines:
    pdf.set_xy(15, y)
    pdf.set_font("Sans", "B" if bold else "", 9.5 if bold else 9)
    pdf.cell(140, 7.5, "  " + desc, fill=bold)
    pdf.cell(40, 7.5, amt + "  ", align="R", fill=bold)
    y += 7.5
    pdf.set_draw_color(220, 220, 220)
    pdf.line(15, y, 195, y)

y += 6
pdf.set_draw_color(*GOLD)
pdf.set_xy(15, y)
pdf.set_font("Sans", "B", 9)
pdf.multi_cell(180, 5, "Second-hand goods – margin scheme", align="L")
pdf.set_font("Sans", "", 8.5)
pdf.set_x(15)
pdf.multi_cell(180, 4.4, "This vehicle is sold under the VAT margin scheme for second-hand goods (VAT Notice 718). "
               "No VAT is shown separately on this invoice and no VAT can be reclaimed as input tax by the purchaser.", align="L")
pdf.ln(3)
pdf.set_x(15)
pdf.multi_cell(180, 4.4, "Balance payable by bank transfer or debit card before collection on 25/03/2025. Bank transfer to "
               "Pennine Prestige Cars Ltd, HSBC, sort code 40-27-15, account 61829904, reference PPC-24871. "
               "Title to the vehicle remains with Pennine Prestige Cars Ltd until the balance has been received in cleared funds.", align="L")
pdf.ln(3)
pdf.set_x(15)
pdf.multi_cell(180, 4.4, "Customer declaration: I confirm that I have inspected the vehicle, that the mileage and specification "
               "are as described, and I accept the terms of sale overleaf.", align="L")
pdf.ln(8)
pdf.set_x(15)
pdf.cell(85, 5, "Signed (customer): ..................................")
pdf.cell(85, 5, "Signed (for the company): ..............................")

pdf.set_font("Sans", "", 7)
pdf.set_text_color(90, 90, 90)
pdf.set_xy(15, 282)
pdf.multi_cell(180, 3.2, "Pennine Prestige Cars Ltd · Registered in England No. 05120477 · Registered office: Leeds Road, Huddersfield HD2 1YY · "
               "VAT Reg. No. GB 318 2046 81 · Authorised and regulated by the Financial Conduct Authority (FRN 660218) as a credit broker, not a lender.",
               align="C")
pdf.output(out)
