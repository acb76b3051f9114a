# Specialty chemicals invoice, SAP S/4HANA form style, receivable assigned to a factor (fpdf2, TTF fonts)
import sys, datetime
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="Letter", unit="pt")
pdf.set_creation_date(datetime.datetime(2025, 3, 11, 20, 15, tzinfo=datetime.timezone.utc))
pdf.set_title("Invoice 95002231")
pdf.set_creator("SAP NetWeaver Adobe Document Services")
pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
L, R = 50, 562
W = R - L


def t(x, y, s, size=8, style="", w=0, align="L"):
    pdf.set_font("DV", style, size)
    pdf.set_xy(x, y)
    pdf.cell(w, size + 2, s, align=align)


# logo block
pdf.set_fill_color(0, 84, 140)
pdf.polygon([(L, 40), (L + 22, 40), (L + 34, 62), (L + 12, 62)], style="F")
pdf.set_fill_color(240, 140, 0)
pdf.polygon([(L + 14, 40), (L + 22, 40), (L + 34, 62), (L + 26, 62)], style="F")
t(L + 42, 40, "BRAZOS", 16, "B")
t(L + 42, 58, "SPECIALTY CHEMICALS", 7, "B")

t(R - 200, 40, "Invoice", 18, "B", 200, "R")
t(R - 200, 62, "Original", 8, "", 200, "R")

# sender line and address window
t(L, 100, "Brazos Specialty Chemicals, Inc. · 1200 Terminal Road · Freeport TX 77541", 6.5)
pdf.set_draw_color(0)
pdf.line(L, 109, L + 250, 109)
for i, s in enumerate(["Permian Basin Water Solutions LLC", "Accounts Payable", "3300 N A Street, Bldg 8, Suite 220", "Midland TX 79705", "USA"]):
    t(L, 116 + i * 11, s, 9)

# info block
info = [("Invoice No.", "95002231"), ("Date", "03/11/2025"), ("Customer No.", "0000410877"),
        ("Your PO No.", "PBWS-PO-2025-0318"), ("PO Date", "03/03/2025"), ("Sales Order", "0001128840"),
        ("Delivery", "0080117762"), ("Ship Date", "03/10/2025"), ("Contact", "Carla Medina, 979-555-0114")]
y = 100
for k, v in info:
    t(340, y, k, 7.5); t(420, y, v, 8, "B" if k == "Invoice No." else ""); y += 11

# ship-to
t(L, 206, "Ship-to:", 7.5, "B")
t(L + 40, 206, "PBWS SWD Facility #4, 12 mi N of Pecos on FM 869, Reeves County TX 79772", 7.5)

# assignment notice
y = 222
pdf.set_fill_color(255, 243, 205)
pdf.set_draw_color(200, 140, 0)
pdf.rect(L, y, W, 54, "DF")
t(L + 6, y + 5, "NOTICE OF ASSIGNMENT", 8, "B")
pdf.set_font("DV", "", 7.5)
pdf.set_xy(L + 6, y + 17)
pdf.multi_cell(W - 12, 9.5, "This invoice has been sold and assigned to, and is payable only to, Keystone Trade Finance LLC. "
               "Payment to any other party will not discharge the debt. Please remit to the Remit To address below. "
               "Any claims or disputes must be reported to Keystone Trade Finance LLC at 214-555-0190.")
pdf.set_draw_color(0)

# items table
y = 290
cols = [("Item", 34, "L"), ("Material", 62, "L"), ("Description", 178, "L"), ("Quantity", 58, "R"),
        ("UoM", 30, "C"), ("Price", 60, "R"), ("Amount USD", 90, "R")]
pdf.set_fill_color(0, 84, 140)
pdf.rect(L, y, W, 15, "F")
pdf.set_text_color(255)
x = L
for h, w, a in cols:
    t(x + 3, y + 3, h, 7.5, "B", w - 6, a); x += w
pdf.set_text_color(0)
y += 20
items = [("10", "400411", "BSC-411 Scale inhibitor, phosphonate blend (4 x 275 gal IBC totes)", "1,100", "GAL", "9.85", "10,835.00"),
         ("20", "400625", "BSC-G25 Biocide, glutaraldehyde 25% (6 x 55 gal drums), UN2922", "330", "GAL", "14.20", "4,686.00"),
         ("30", "900100", "Returnable IBC tote deposit (credited on return within 90 days)", "4", "EA", "250.00", "1,000.00"),
         ("40", "900210", "Hazardous materials handling fee", "1", "EA", "85.00", "85.00"),
         ("50", "900300", "Fuel surcharge (DOE diesel index Gulf Coast)", "1", "EA", "142.60", "142.60")]
for row in items:
    x = L
    hmax = 12
    for (h, w, a), v in zip(cols, row):
        pdf.set_xy(x + 3, y)
        pdf.set_font("DV", "", 8)
        if h == "Description":
            pdf.multi_cell(w - 6, 10, v, align=a)
            hmax = max(hmax, pdf.get_y() - y)
        else:
            pdf.cell(w - 6, 10, v, align=a)
        x += w
    y += hmax + 5
pdf.line(L, y, R, y)
y += 8
sums = [("Net value", "16,748.60"), ("Sales tax 8.25% on 15,521.00", "1,280.48"),
        ("Total amount USD", "18,029.08")]
for i, (k, v) in enumerate(sums):
    b = "B" if i == 2 else ""
    if i == 2:
        pdf.line(R - 250, y - 2, R, y - 2)
    t(R - 250, y, k, 8.5, b, 160, "L"); t(R - 90, y, v, 8.5, b, 87, "R"); y += 14
pdf.line(R - 250, y, R, y); pdf.line(R - 250, y + 2, R, y + 2)

y += 16
t(L, y, "Terms of payment: 45 days net. Due date: 04/25/2025.", 8, "B")
t(L, y + 12, "Taxable materials: items 10, 20. Deposits, handling and surcharges are non-taxable.", 7.5)
t(L, y + 23, "SDS for BSC-411 and BSC-G25 transmitted with delivery 0080117762. Emergency: CHEMTREC 1-800-424-9300.", 7.5)

# remit / bank boxes
y += 44
pdf.rect(L, y, W / 2 - 4, 70); pdf.rect(L + W / 2 + 4, y, W / 2 - 4, 70)
t(L + 6, y + 5, "Remit To", 8, "B")
for i, s in enumerate(["Keystone Trade Finance LLC", "FBO Brazos Specialty Chemicals, Inc.", "P.O. Box 207719", "Dallas TX 75320-7719"]):
    t(L + 6, y + 18 + i * 11, s, 8)
t(L + W / 2 + 10, y + 5, "Wire / ACH (assignee account)", 8, "B")
for i, s in enumerate(["Bank: Trinity National Bank, Dallas TX", "ABA: 111017694   Acct: 4402-881-907", "Account name: Keystone Trade Finance LLC", "Reference: 95002231 / 0000410877"]):
    t(L + W / 2 + 10, y + 18 + i * 11, s, 8)

# footer
pdf.set_draw_color(120)
pdf.line(L, 730, R, 730)
foot = ["Brazos Specialty Chemicals, Inc.", "1200 Terminal Road, Freeport TX 77541", "Tel 979-555-0110 · www.brazoschem.com",
        "Texas Taxpayer No. 1-74-2219033-6", "FEIN 74-2219033", "Page 1 of 1"]
for i, s in enumerate(foot):
    t(L + (i % 3) * 175, 734 + (i // 3) * 9, s, 6.5)
pdf.output(out)
