from fpdf import FPDF
import sys
pdf = FPDF(format="letter", unit="pt")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_font("Helvetica", "B", 20); pdf.set_text_color(20, 70, 140)
pdf.set_xy(40, 40); pdf.cell(300, 24, "Rivera Plumbing & Heating LLC")
pdf.set_font("Helvetica", "", 9); pdf.set_text_color(60, 60, 60)
for i, l in enumerate(["2290 Cleveland Ave, Columbus, OH 43211", "Phone: (614) 555-0182   |   service@riveraplumbing.com", "Ohio License PL.48213"]):
    pdf.set_xy(40, 68 + i*12); pdf.cell(300, 12, l)
pdf.set_font("Helvetica", "B", 28); pdf.set_text_color(20, 70, 140)
pdf.set_xy(400, 38); pdf.cell(172, 30, "INVOICE", align="R")
pdf.set_text_color(0, 0, 0); pdf.set_font("Helvetica", "", 10)
rows = [("Invoice #", "2025-0417"), ("Invoice Date", "03/14/2025"), ("Due Date", "04/13/2025"), ("P.O. #", "PO-88231"), ("Terms", "Net 30")]
for i, (k, v) in enumerate(rows):
    pdf.set_xy(400, 76 + i*14); pdf.set_font("Helvetica", "B", 10); pdf.cell(80, 14, k)
    pdf.set_font("Helvetica", "", 10); pdf.cell(92, 14, v, align="R")
pdf.set_fill_color(230, 238, 248)
pdf.set_xy(40, 160); pdf.set_font("Helvetica", "B", 10); pdf.cell(250, 16, " BILL TO", fill=True)
pdf.set_xy(322, 160); pdf.cell(250, 16, " SERVICE ADDRESS", fill=True)
pdf.set_font("Helvetica", "", 10)
for i, l in enumerate(["Maple Grove Property Management", "Attn: Accounts Payable", "415 N High St, Suite 300", "Columbus, OH 43215"]):
    pdf.set_xy(44, 180 + i*13); pdf.cell(250, 13, l)
for i, l in enumerate(["Maple Grove Apartments, Bldg C", "1180 Maple Grove Dr", "Columbus, OH 43229"]):
    pdf.set_xy(326, 180 + i*13); pdf.cell(250, 13, l)
y = 250
pdf.set_fill_color(20, 70, 140); pdf.set_text_color(255, 255, 255); pdf.set_font("Helvetica", "B", 10)
cols = [(40, 272, "DESCRIPTION", "L"), (312, 60, "QTY", "R"), (372, 90, "RATE", "R"), (462, 110, "AMOUNT", "R")]
for x, w, t, a in cols:
    pdf.set_xy(x, y); pdf.cell(w, 18, t, align=a, fill=True)
pdf.set_text_color(0, 0, 0); pdf.set_font("Helvetica", "", 10)
items = [("Bradford White 50 gal gas water heater (RG250T6N)", "1", "1,450.00", "1,450.00"),
         ("Labor - remove old unit, install new, test & haul away", "4.5", "95.00", "427.50"),
         ("Fittings, flex connectors, shut-off valves, venting parts", "1", "86.40", "86.40")]
y += 22
for d, q, r, a in items:
    for (x, w, _, al), t in zip(cols, (d, q, r, a)):
        pdf.set_xy(x, y); pdf.cell(w, 16, t, align=al)
    y += 20
pdf.line(40, y + 4, 572, y + 4)
y += 14
tot = [("Subtotal", "1,963.90"), ("Sales Tax (7.5% on materials)", "115.23"), ("TOTAL DUE", "$2,079.13")]
for i, (k, v) in enumerate(tot):
    b = "B" if i == 2 else ""
    pdf.set_font("Helvetica", b, 11 if b else 10)
    pdf.set_xy(312, y + i*18); pdf.cell(150, 16, k, align="R"); pdf.cell(110, 16, v, align="R")
pdf.set_font("Helvetica", "I", 9)
pdf.set_xy(40, y + 90); pdf.multi_cell(532, 12, "Please make checks payable to Rivera Plumbing & Heating LLC. A 1.5% monthly finance charge applies to balances over 30 days. Thank you for your business!")
pdf.set_font("Helvetica", "", 8); pdf.set_text_color(110, 110, 110)
pdf.set_xy(40, 740); pdf.cell(532, 10, "Rivera Plumbing & Heating LLC  -  Licensed, bonded & insured  -  24/7 emergency service (614) 555-0199", align="C")
pdf.output(sys.argv[1])
