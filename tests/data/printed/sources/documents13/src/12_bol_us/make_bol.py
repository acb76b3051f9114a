"""Straight bill of lading, short form (US LTL), drawn with fpdf2 core fonts."""
import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(orientation="P", unit="pt", format="letter")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_line_width(0.7)
L, T, W = 30, 28, 552


def lab(x, y, w, h, label, lines, size=9, bold_first=False):
    pdf.rect(x, y, w, h)
    pdf.set_font("Helvetica", "B", 6.3)
    pdf.set_xy(x + 3, y + 2)
    pdf.cell(w - 6, 8, label)
    yy = y + 11
    for i, ln in enumerate(lines):
        pdf.set_font("Helvetica", "B" if (bold_first and i == 0) else "", size)
        pdf.set_xy(x + 4, yy)
        pdf.cell(w - 8, size + 2, ln)
        yy += size + 2


# title row
pdf.set_font("Helvetica", "B", 15)
pdf.set_xy(L, T)
pdf.cell(330, 18, "STRAIGHT BILL OF LADING - SHORT FORM")
pdf.set_font("Helvetica", "", 7)
pdf.set_xy(L, T + 18)
pdf.cell(330, 9, "ORIGINAL - NOT NEGOTIABLE.  Uniform Straight Bill of Lading, adopted by carriers in Official, Southern, Western")
pdf.set_xy(L, T + 26)
pdf.cell(330, 9, "and Illinois territories.  Page 1 of 1")
lab(L + 360, T, 192, 34, "BILL OF LADING NUMBER", ["7730-22916"], size=12, bold_first=True)

y = T + 40
lab(L, y, 276, 30, "CARRIER NAME", ["Prairie Arrow Freight Lines, Inc."], size=10, bold_first=True)
lab(L + 276, y, 138, 30, "SHIP DATE", ["03/19/2025"], size=10)
lab(L + 414, y, 138, 30, "SCAC", ["PAFL"], size=10)
y += 30
lab(L, y, 276, 30, "PRO NUMBER", ["418-2290-573"], size=10, bold_first=True)
lab(L + 276, y, 138, 30, "TRAILER NO.", ["PA 53118"], size=10)
lab(L + 414, y, 138, 30, "SEAL NO.", ["0471862"], size=10)
y += 30
lab(L, y, 276, 74, "SHIP FROM (SHIPPER)",
    ["Ostrander Pump & Valve Co.", "4120 W. Industrial Blvd", "Wichita, KS 67209", "Contact: Lyle Drummond  (316) 555-0134"],
    bold_first=True)
lab(L + 276, y, 276, 74, "SHIP TO (CONSIGNEE)",
    ["Hollis Creek Water Authority", "Attn: Maintenance Stores", "900 Reservoir Road", "Fayetteville, AR 72701",
     "Delivery appt required: (479) 555-0110"],
    bold_first=True)
y += 74
lab(L, y, 276, 52, "THIRD PARTY FREIGHT CHARGES BILL TO",
    ["(none - see freight terms)"])
lab(L + 276, y, 276, 52, "SPECIAL INSTRUCTIONS",
    ["Liftgate required at delivery.", "Do not double stack. Call 24 hrs before delivery."], size=8.5)
y += 52
lab(L, y, 184, 30, "FREIGHT CHARGE TERMS", ["Prepaid"], size=10)
lab(L + 184, y, 184, 30, "CUSTOMER ORDER NO.", ["SO-55821 / PO HCWA-2025-118"], size=9)
lab(L + 368, y, 184, 30, "COD AMOUNT", ["$0.00"], size=10)

# commodity table
y += 38
cols = [("HANDLING UNITS", 62), ("TYPE", 40), ("PKGS", 40), ("HM (X)", 38), ("DESCRIPTION OF ARTICLES", 200),
        ("NMFC NO.", 58), ("CLASS", 40), ("WEIGHT (LBS)", 74)]
pdf.set_fill_color(220, 220, 220)
pdf.set_font("Helvetica", "B", 6.5)
x = L
for c, w in cols:
    pdf.set_xy(x, y)
    pdf.cell(w, 16, c, border=1, align="C", fill=True)
    x += w
y += 16
rows = [
    ("1", "PLT", "4", "", "Centrifugal pumps, cast iron, crated", "154340", "85", "1,140"),
    ("2", "PLT", "12", "", "Gate valves, ductile iron, boxed", "154560", "70", "985"),
    ("1", "PLT", "20", "", "Valve parts and gaskets, cartons", "154520", "77.5", "290"),
]
pdf.set_font("Helvetica", "", 8.5)
for r in rows:
    x = L
    for (c, w), v in zip(cols, r):
        pdf.set_xy(x, y)
        pdf.cell(w, 17, v, border=1, align="L" if w == 200 else "C")
        x += w
    y += 17
pdf.set_font("Helvetica", "B", 8.5)
x = L
tot = ("4", "PLT", "36", "", "GRAND TOTAL", "", "", "2,415")
for (c, w), v in zip(cols, tot):
    pdf.set_xy(x, y)
    pdf.cell(w, 17, v, border=1, align="R" if v == "GRAND TOTAL" else "C")
    x += w
y += 26

pdf.set_font("Helvetica", "", 6.4)
fine = ("RECEIVED, subject to the classifications and tariffs in effect on the date of the issue of this Bill of Lading, the property "
        "described above in apparent good order, except as noted (contents and condition of contents of packages unknown), marked, "
        "consigned, and destined as indicated above which said carrier agrees to carry to its usual place of delivery at said "
        "destination. Where the rate is dependent on value, shippers are required to state specifically in writing the agreed or "
        "declared value of the property. The agreed or declared value of the property is hereby specifically stated by the shipper "
        "to be not exceeding $2.50 per pound. NOTE: Liability limitation for loss or damage in this shipment may be applicable. "
        "See 49 U.S.C. 14706(c)(1)(A) and (B).")
pdf.set_xy(L, y)
pdf.multi_cell(W, 7.5, fine)
y = pdf.get_y() + 10
lab(L, y, 184, 58, "SHIPPER SIGNATURE / DATE",
    ["This is to certify that the above named", "materials are properly classified, packaged,", "marked and labeled."], size=6.5)
lab(L + 184, y, 184, 58, "TRAILER LOADED / FREIGHT COUNTED",
    ["[X] By shipper        [ ] By driver", "[ ] By driver/pallets said to contain", "[X] By driver/pieces"], size=6.5)
lab(L + 368, y, 184, 58, "CARRIER SIGNATURE / PICKUP DATE",
    ["Carrier acknowledges receipt of packages", "and required placards.", "Driver: R. Okafor   Unit 2217"], size=6.5)
pdf.output(out)
