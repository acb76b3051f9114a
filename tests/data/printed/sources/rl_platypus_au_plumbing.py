# Australian plumbing contractor tax invoice, reportlab platypus with gridded Tables
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rl_platypus_au_plumbing.pdf")
ss = getSampleStyleSheet()
n = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=9, leading=11.5)
b = ParagraphStyle("b", parent=n, fontName="Helvetica-Bold")
small = ParagraphStyle("s", parent=n, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444"))

def P(t, st=n):
    return Paragraph(t, st)

items = [
    ("Call-out fee (business hours)", 1, 95.00),
    ("Labour - replace hot water unit, licensed plumber (per hr)", 3.5, 118.00),
    ("Rheem Stellar 330L gas storage HWS, 5-star", 1, 2189.00),
    ("Tempering valve 1/2\" (RMC Heatguard)", 1, 142.50),
    ("Copper fittings, flexible connectors & sundries", 1, 86.40),
    ("Removal and disposal of old unit", 1, 75.00),
    ("Gas compliance certificate lodgement (NSW Fair Trading)", 1, 45.00),
]
rows = [["Qty", "Description", "Unit Price (ex GST)", "GST", "Amount (inc GST)"]]
sub = gst = 0.0
for d, q, p in items:
    line = round(q * p, 2)
    g = round(line * 0.10, 2)
    sub += line; gst += g
    rows.append([f"{q:g}", P(d), f"${p:,.2f}", f"${g:,.2f}", f"${line + g:,.2f}"])
sub = round(sub, 2); gst = round(gst, 2); total = round(sub + gst, 2)
print("sub", sub, "gst", gst, "total", total)

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=16*mm, rightMargin=16*mm, topMargin=14*mm, bottomMargin=14*mm,
                        title="Tax Invoice INV-3307", author="Coastline Plumbing & Gas Pty Ltd")
story = []
head = Table([
    [P("<font size=17><b>Coastline Plumbing &amp; Gas Pty Ltd</b></font>", n),
     P("<para align=right><font size=18><b>TAX INVOICE</b></font></para>", n)],
    [P("ABN 53 614 208 771<br/>NSW Contractor Licence No. 284471C<br/>Unit 6, 22 Industrial Drive, Mayfield West NSW 2304<br/>"
       "Ph 02 4960 7215 &nbsp; Mob 0412 338 905<br/>accounts@coastlineplumbing.com.au", n),
     Table([["Invoice No.", "INV-3307"], ["Invoice Date", "08/07/2024"], ["Due Date", "22/07/2024"],
            ["Job No.", "J-1189"], ["Quote Ref.", "Q-2206"]],
           colWidths=[28*mm, 30*mm],
           style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9),
                             ("FONT", (1, 0), (1, -1), "Helvetica", 9), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6eef5"))]))],
], colWidths=[110*mm, 68*mm])
head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 1), (1, 1), "RIGHT")]))
story += [head, Spacer(1, 8*mm)]

cust = Table([[P("<b>Bill To</b>", n), P("<b>Job Site</b>", n)],
              [P("Mrs Phuong Nguyen<br/>14 Banksia Street<br/>Merewether NSW 2291<br/>Customer ref: NGU-0217", n),
               P("14 Banksia Street, Merewether NSW 2291<br/>Attended: 05/07/2024, 7:45am - 11:30am<br/>Technician: Brad Holloway (Lic. 311820C)", n)]],
             colWidths=[89*mm, 89*mm])
cust.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6eef5")),
                          ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [cust, Spacer(1, 6*mm)]

story.append(P("<b>Work performed:</b> Attended site - existing 170L electric storage unit leaking from tank. Isolated water and power, "
               "drained and removed old unit. Supplied and installed new Rheem 330L gas storage hot water system, new tempering valve "
               "set to 50&deg;C, tested gas connection for leaks, commissioned unit and checked relief valve operation. Site left clean."))
story.append(Spacer(1, 5*mm))

t = Table(rows, colWidths=[14*mm, 84*mm, 30*mm, 20*mm, 30*mm], repeatRows=1)
t.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e79")),
    ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
    ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
    ("ALIGN", (2, 0), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
]))
story += [t, Spacer(1, 4*mm)]

tot = Table([["Subtotal (ex GST)", f"${sub:,.2f}"], ["GST (10%)", f"${gst:,.2f}"], ["Total (inc GST)", f"${total:,.2f}"],
             ["Amount Paid", "$0.00"], ["BALANCE DUE (AUD)", f"${total:,.2f}"]], colWidths=[50*mm, 30*mm], hAlign="RIGHT")
tot.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                         ("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 4), (-1, 4), "Helvetica-Bold", 10),
                         ("BACKGROUND", (0, 4), (-1, 4), colors.HexColor("#e6eef5"))]))
story += [tot, Spacer(1, 8*mm)]

pay = Table([[P("<b>How to pay</b><br/>Direct deposit: Coastline Plumbing &amp; Gas Pty Ltd<br/>BSB 062-145 &nbsp; Account 1048 7732<br/>"
                "Reference: INV-3307<br/>Credit card over the phone (1.5% surcharge)", n),
              P("<b>Payment terms</b><br/>14 days from invoice date. Overdue accounts may be referred for collection. "
                "Warranty on workmanship: 6 years (Home Building Act 1989). Manufacturer's warranty on the HWS: 10 years tank, "
                "3 years parts.", n)]], colWidths=[89*mm, 89*mm])
pay.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [pay, Spacer(1, 8*mm)]
story.append(P("Thank you for choosing Coastline Plumbing &amp; Gas. Gas fitting compliance certificate no. GCC-0049183 has been lodged "
               "and a copy emailed to you. All prices in Australian dollars.", small))
doc.build(story)
