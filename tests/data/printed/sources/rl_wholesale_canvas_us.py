# Wholesale janitorial supplier invoice, drawn with canvas.drawString / drawRightString
import os
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rl_wholesale_canvas_us.pdf")
random.seed(7)
items = [
 ("GL-1042", "Trash liners 40x46 1.5mil black, 100/cs", "CS", 12, 31.95),
 ("GL-1044", "Trash liners 24x33 0.6mil clear, 500/cs", "CS", 8, 22.40),
 ("KC-34790", "Scott hard roll towel 8\" x 950', 6/cs", "CS", 10, 54.10),
 ("KC-07805", "Scott 2-ply bath tissue, 80 rolls/cs", "CS", 14, 58.75),
 ("GP-43818", "Multifold towel white, 4000/cs", "CS", 6, 36.20),
 ("SC-3M-1", "3M Scotch-Brite scrub sponge, 60/cs", "CS", 2, 47.30),
 ("DV-5549", "Diversey Crew neutral floor cleaner 2.5 gal", "EA", 4, 41.85),
 ("DV-5501", "Diversey Virex II 256 disinfectant 2L", "EA", 6, 68.90),
 ("SP-GEL12", "Hand soap foam refill 1200 ml", "EA", 24, 9.45),
 ("SP-DSP12", "Foam soap dispenser 1200 ml, black", "EA", 6, 18.60),
 ("RB-FG758", "Rubbermaid mop bucket/wringer 35 qt yellow", "EA", 2, 112.00),
 ("RB-FGQ41", "Microfiber damp mop pad 18\" blue", "EA", 36, 6.15),
 ("RB-FGQ85", "Microfiber frame 18\" quick connect", "EA", 6, 17.80),
 ("MP-24W", "Wet mop head 24 oz cotton, looped end", "EA", 12, 7.95),
 ("BR-2436", "Push broom 24\" fine sweep w/ handle", "EA", 4, 24.50),
 ("DP-UPR12", "Upright dustpan w/ broom set", "EA", 3, 19.90),
 ("GL-NTR9", "Nitrile gloves L, powder-free, 10 x 100", "CS", 5, 61.40),
 ("GL-NTR8", "Nitrile gloves M, powder-free, 10 x 100", "CS", 5, 61.40),
 ("AF-CAN", "Air freshener aerosol, linen, 12/cs", "CS", 2, 38.60),
 ("UR-SCR", "Urinal screen w/ deodorizer, 10/bx", "BX", 6, 21.75),
 ("GL-BWL", "Bowl cleaner acid 32 oz, 12/cs", "CS", 3, 33.90),
 ("GL-GLS", "Glass cleaner RTU 32 oz, 12/cs", "CS", 3, 27.60),
 ("SP-TRG", "Trigger sprayer, chemical resistant, 24 pk", "PK", 2, 19.20),
 ("WR-CAUT", "Wet floor caution sign, 2-sided", "EA", 4, 14.95),
 ("CT-4432", "Slim Jim container 23 gal grey", "EA", 6, 38.40),
 ("CT-4433", "Slim Jim venting channels, 4/pk", "PK", 2, 9.80),
 ("DF-FLT", "Floor finish, high-speed burnish 5 gal", "EA", 2, 129.00),
 ("DF-STR", "Floor stripper, no-rinse 5 gal", "EA", 1, 98.50),
 ("PD-20R", "Floor pad 20\" red buffing, 5/cs", "CS", 4, 26.90),
]
W, H = letter
c = canvas.Canvas(OUT, pagesize=letter)
c.setTitle("Invoice 884213")
c.setAuthor("Great Lakes Janitorial Supply Co.")

def money(x):
    return f"{x:,.2f}"

def header(page, pages):
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, H - 50, "Great Lakes Janitorial Supply Co.")
    c.setFont("Helvetica", 9)
    c.drawString(40, H - 64, "Wholesale Sanitation & Paper Products")
    c.drawString(40, H - 76, "2275 N. Reynolds Road, Toledo, OH 43615")
    c.drawString(40, H - 88, "Tel (419) 555-0193   Fax (419) 555-0194   www.greatlakesjanitorial.com")
    c.setFont("Helvetica-Bold", 20)
    c.drawRightString(W - 40, H - 52, "INVOICE")
    c.setFont("Helvetica", 9)
    rows = [("Invoice No.", "884213"), ("Invoice Date", "06/17/2024"), ("Customer No.", "30417"),
            ("Page", f"{page} of {pages}")]
    y = H - 70
    for k, v in rows:
        c.drawRightString(W - 110, y, k + ":")
        c.drawRightString(W - 40, y, v)
        y -= 12

def table_head(y):
    c.setFont("Helvetica-Bold", 8.5)
    c.line(40, y + 10, W - 40, y + 10)
    c.drawString(42, y, "Item No.")
    c.drawString(110, y, "Description")
    c.drawString(370, y, "U/M")
    c.drawRightString(430, y, "Qty Shipped")
    c.drawRightString(500, y, "Unit Price")
    c.drawRightString(W - 42, y, "Extension")
    c.line(40, y - 4, W - 40, y - 4)

def line(y, it):
    code, desc, um, q, p = it
    c.setFont("Helvetica", 8.5)
    c.drawString(42, y, code)
    c.drawString(110, y, desc)
    c.drawString(370, y, um)
    c.drawRightString(430, y, str(q))
    c.drawRightString(500, y, money(p))
    c.drawRightString(W - 42, y, money(round(q * p, 2)))

# ---- page 1
header(1, 2)
c.setFont("Helvetica-Bold", 9)
c.drawString(40, H - 130, "SOLD TO")
c.drawString(300, H - 130, "SHIP TO")
c.setFont("Helvetica", 9)
for i, s in enumerate(["Maumee Valley School District", "Attn: Accounts Payable", "1420 Byrne Rd",
                       "Toledo, OH 43614"]):
    c.drawString(40, H - 143 - 12 * i, s)
for i, s in enumerate(["MVSD Central Warehouse", "Dock 3 - deliveries 7am-2pm", "3300 Airport Hwy",
                       "Toledo, OH 43609"]):
    c.drawString(300, H - 143 - 12 * i, s)

# order box
y = H - 210
c.rect(40, y - 8, W - 80, 30, stroke=1, fill=0)
c.setFont("Helvetica-Bold", 7.5)
labels = ["Customer PO", "Sales Order", "Order Date", "Ship Date", "Ship Via", "Terms", "Due Date", "Salesperson"]
vals = ["7781-A", "SO-551902", "06/10/2024", "06/14/2024", "Our truck", "Net 30", "07/17/2024", "D. Kowalski"]
xs = [46, 112, 182, 250, 318, 388, 440, 500]
for x, l, v in zip(xs, labels, vals):
    c.setFont("Helvetica-Bold", 7.5); c.drawString(x, y + 12, l)
    c.setFont("Helvetica", 8.5); c.drawString(x, y, v)

y = H - 250
table_head(y)
y -= 18
page1 = items[:21]
for it in page1:
    line(y, it)
    y -= 15
cf = round(sum(round(q * p, 2) for *_, q, p in page1), 2)
c.line(40, y + 8, W - 40, y + 8)
c.setFont("Helvetica-Bold", 9)
c.drawRightString(500, y - 6, "Carried forward")
c.drawRightString(W - 42, y - 6, money(cf))
c.setFont("Helvetica-Oblique", 8)
c.drawCentredString(W / 2, 40, "Continued on page 2")
c.showPage()

# ---- page 2
header(2, 2)
y = H - 130
table_head(y)
y -= 18
c.setFont("Helvetica-Bold", 9)
c.drawRightString(500, y, "Brought forward")
c.drawRightString(W - 42, y, money(cf))
y -= 17
page2 = items[21:]
for it in page2:
    line(y, it)
    y -= 15
sub = round(sum(round(q * p, 2) for *_, q, p in items), 2)
freight = 45.00
fuel = 6.75
tax = round((sub + freight + fuel) * 0.0725, 2)
total = round(sub + freight + fuel + tax, 2)
c.line(40, y + 8, W - 40, y + 8)
y -= 10
for k, v, bold in [("Merchandise Total", sub, False), ("Freight", freight, False), ("Fuel Surcharge", fuel, False),
                   ("Sales Tax (Lucas Co. 7.25%)", tax, False), ("TOTAL DUE USD", total, True)]:
    c.setFont("Helvetica-Bold" if bold else "Helvetica", 10 if bold else 9)
    c.drawRightString(500, y, k)
    c.drawRightString(W - 42, y, money(v))
    y -= 15
print("carried", cf, "sub", sub, "tax", tax, "TOTAL", total)

y -= 20
c.setFont("Helvetica", 8)
for s in ["Remit to: Great Lakes Janitorial Supply Co., P.O. Box 3381, Toledo, OH 43607-0381",
          "ACH: Fifth Third Bank, ABA 042000314, Acct 7390 0412 88. Please reference invoice number on remittance.",
          "Past due balances are subject to a service charge of 1.5% per month (18% APR).",
          "Returns require an RMA within 30 days; a 15% restocking fee applies to non-defective goods.",
          "Tax-exempt customers: please send a current Ohio STEC-B certificate to ar@greatlakesjanitorial.com."]:
    c.drawString(40, y, s)
    y -= 11
c.setFont("Helvetica-Bold", 9)
c.drawString(40, y - 20, "Received in good condition by: ______________________   Date: __________")
c.setFont("Helvetica-Oblique", 8)
c.drawCentredString(W / 2, 40, "Thank you for your business!")
c.showPage()
c.save()
