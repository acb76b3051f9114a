# Sales credit memo as Dynamics 365 Business Central prints it (fpdf2)
import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="Letter", unit="pt")
pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 12, 15, 4, tzinfo=__import__("datetime").timezone.utc))
pdf.set_title("Sales - Credit Memo CM-25-00317")
pdf.set_author("Cascade Hydraulics Corp.")
pdf.set_creator("Microsoft Dynamics 365 Business Central")
pdf.set_auto_page_break(False)
pdf.add_page()
L = 42

# company block top right
pdf.set_font("Helvetica", "B", 15)
pdf.set_text_color(20, 60, 110)
pdf.set_xy(360, 36)
pdf.cell(210, 18, "CASCADE HYDRAULICS", align="R")
pdf.set_text_color(0)
pdf.set_font("Helvetica", "", 8)
y = 58
for t in ["Cascade Hydraulics Corp.", "7720 N Leadbetter Road", "Portland, OR 97203",
          "Phone No. 503-555-0164", "Email ar@cascadehydraulics.com",
          "Home Page www.cascadehydraulics.com", "Federal Tax ID 93-1102845"]:
    pdf.set_xy(360, y); pdf.cell(210, 10, t, align="R"); y += 10

pdf.set_font("Helvetica", "B", 16)
pdf.set_xy(L, 40)
pdf.cell(250, 20, "Sales - Credit Memo")
pdf.set_font("Helvetica", "", 8)
pdf.set_xy(L, 62); pdf.cell(200, 10, "Page 1 of 1")

# customer address
pdf.set_font("Helvetica", "", 9)
y = 150
for t in ["Willamette Valley Ag Equipment, Inc.", "Attn: Purchasing", "3480 Commercial Street SE",
          "Salem, OR 97302"]:
    pdf.set_xy(L, y); pdf.cell(250, 11, t); y += 11

# header fields right
rows = [("No.", "CM-25-00317"), ("Document Date", "3/12/2025"), ("Posting Date", "3/12/2025"),
        ("Applies-to Doc. Type", "Invoice"), ("Applies-to Doc. No.", "PSI-25-04418"),
        ("Return Order No.", "RO-000412"), ("External Document No.", "RMA-5521"),
        ("Bill-to Customer No.", "C00872"), ("Salesperson", "Jill Hathaway"),
        ("Prices Including Tax", "No")]
y = 150
pdf.set_font("Helvetica", "", 8.5)
for k, v in rows:
    pdf.set_xy(350, y); pdf.cell(110, 11, k)
    pdf.set_xy(460, y); pdf.cell(110, 11, v, align="R"); y += 11

# ship-to / tax area
pdf.set_font("Helvetica", "B", 8.5)
pdf.set_xy(L, 220); pdf.cell(200, 11, "Ship-to Address")
pdf.set_font("Helvetica", "", 8.5)
y = 231
for t in ["Willamette Valley Ag Equipment, Inc.", "Service Shop - Bay 3", "1960 Front Street NE", "Salem, OR 97301"]:
    pdf.set_xy(L, y); pdf.cell(200, 11, t); y += 11

# lines
y = 300
cols = [(L, 70, "No.", "L"), (L + 70, 210, "Description", "L"), (L + 280, 45, "Quantity", "R"),
        (L + 325, 45, "Unit of Measure", "L"), (L + 375, 65, "Unit Price Excl. Tax", "R"),
        (L + 440, 35, "Line Disc. %", "R"), (L + 475, 53, "Amount Excl. Tax", "R")]
pdf.set_font("Helvetica", "B", 7.5)
for x, w, h, a in cols:
    pdf.set_xy(x, y); pdf.multi_cell(w, 9, h, align=a)
y += 22
pdf.set_draw_color(120); pdf.line(L, y, L + 528, y); y += 5
lines = [("HC-2040-12", "Hydraulic Cylinder 2in Bore x 12in Stroke Tie-Rod 3000 PSI", "2", "EA", "418.60", "", "837.20"),
         ("PV-1125", "Gear Pump 11 cc/rev SAE A 2-Bolt CW Rotation", "1", "EA", "684.00", "", "684.00"),
         ("HF-10-6MJ", "Hose Fitting Kit 3/8 Male JIC x 3/8 Hose, pk/4", "4", "KIT", "36.90", "", "147.60"),
         ("RESTOCK", "Restocking Fee 15% - cylinders and pump, returned unopened", "1", "EA", "-228.18", "", "-228.18")]
pdf.set_font("Helvetica", "", 8)
for row in lines:
    hmax = 11
    for (x, w, h, a), v in zip(cols, row):
        pdf.set_xy(x, y)
        if h == "Description":
            pdf.multi_cell(w, 10, v, align=a)
            hmax = max(hmax, pdf.get_y() - y)
        else:
            pdf.cell(w, 10, v, align=a)
    y += hmax + 4

pdf.line(L, y, L + 528, y); y += 6
tot = [("Subtotal", "1,440.62"), ("Total USD Excl. Tax", "1,440.62"), ("Tax (Oregon - no sales tax)", "0.00"),
       ("Total USD Incl. Tax", "1,440.62")]
for i, (k, v) in enumerate(tot):
    pdf.set_font("Helvetica", "B" if i == 3 else "", 8.5)
    pdf.set_xy(330, y); pdf.cell(150, 12, k)
    pdf.set_xy(480, y); pdf.cell(90, 12, v, align="R"); y += 13

y += 14
pdf.set_font("Helvetica", "", 8)
pdf.set_xy(L, y)
pdf.multi_cell(528, 10,
    "Reason Code: RETURN - Customer return, ordered in error. Original invoice PSI-25-04418 dated 2/21/2025 "
    "(Order No. SO-25-01877, Your Reference PO 88147). This credit has been applied to your account and may be "
    "deducted from your next payment or applied against open invoice PSI-25-04702. "
    "Please do not send payment against this document.")

# VAT-style specification box as BC prints it
y = pdf.get_y() + 14
pdf.set_font("Helvetica", "B", 7.5)
hdr = ["Tax Area", "Tax Group", "Tax Base", "Tax Amount"]
xs = [L, L + 110, L + 220, L + 320]
for x, h in zip(xs, hdr):
    pdf.set_xy(x, y); pdf.cell(100, 10, h, align="L" if h in ("Tax Area", "Tax Group") else "R")
y += 11
pdf.set_font("Helvetica", "", 7.5)
for x, h in zip(xs, ["OR-NOTAX", "PARTS", "1,440.62", "0.00"]):
    pdf.set_xy(x, y); pdf.cell(100, 10, h, align="L" if h in ("OR-NOTAX", "PARTS") else "R")

# footer
pdf.set_font("Helvetica", "", 7)
pdf.set_draw_color(150)
pdf.line(L, 730, L + 528, 730)
foot = [("Cascade Hydraulics Corp.", "Payment Terms: Net 30 days"),
        ("Bank: U.S. Bank N.A., Portland", "Shipment Method: FOB Origin"),
        ("ABA 123000220", "Account 1-534-0077-1918")]
x = L
for a, b in foot:
    pdf.set_xy(x, 734); pdf.cell(170, 9, a)
    pdf.set_xy(x, 743); pdf.cell(170, 9, b); x += 176
pdf.output(out)
