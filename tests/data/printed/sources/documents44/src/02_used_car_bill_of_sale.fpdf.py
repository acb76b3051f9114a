"""Private-party motor vehicle bill of sale (Ohio, US Letter) - fpdf2."""
import sys
import datetime
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(orientation="P", unit="mm", format="Letter")
pdf.set_creation_date(datetime.datetime(2025, 6, 1, tzinfo=datetime.timezone.utc))
pdf.set_auto_page_break(False)
pdf.set_margins(18, 16, 18)
pdf.add_page()
W = pdf.w - 36


def box(x, y, w, h, label, value, vsize=11):
    """label above value inside a ruled box"""
    pdf.set_draw_color(90, 90, 90)
    pdf.rect(x, y, w, h)
    pdf.set_xy(x + 1.5, y + 1.2)
    pdf.set_font("Helvetica", "", 6.5)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(w - 3, 3, label.upper())
    pdf.set_xy(x + 1.5, y + 5.2)
    pdf.set_font("Helvetica", "B", vsize)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(w - 3, 5, value)


pdf.set_font("Helvetica", "B", 18)
pdf.cell(W, 9, "MOTOR VEHICLE BILL OF SALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.cell(W, 5, "State of Ohio  -  County of Franklin  -  Private party sale", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_font("Helvetica", "", 9.5)
pdf.multi_cell(W, 4.8,
    "For good and valuable consideration, the receipt of which is hereby acknowledged, the undersigned Seller "
    "sells, transfers and conveys to the undersigned Buyer all right, title and interest in the motor vehicle "
    "described below, on the date of sale stated in this document.")
pdf.ln(3)

# --- vehicle section
y = pdf.get_y()
pdf.set_fill_color(225, 225, 225)
pdf.set_font("Helvetica", "B", 9)
pdf.cell(W, 6, "  1. VEHICLE DESCRIPTION", fill=True, new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 1
c = W / 4
box(18, y, c, 12, "Year", "2019")
box(18 + c, y, c, 12, "Make", "Honda")
box(18 + 2 * c, y, c, 12, "Model", "Civic EX Sedan")
box(18 + 3 * c, y, c, 12, "Body style / Color", "4D / Lunar Silver", 9.5)
y += 12
box(18, y, 2 * c, 12, "Vehicle identification number (VIN)", "2HGFC2F50KH538214")
box(18 + 2 * c, y, c, 12, "Ohio title number", "2507718394")
box(18 + 3 * c, y, c, 12, "License plate", "JQK 4821")
y += 12
box(18, y, c, 12, "Odometer reading (miles)", "48,316")
box(18 + c, y, c, 12, "Date of sale", "04/19/2025")
box(18 + 2 * c, y, 2 * c, 12, "Purchase price (USD)", "$16,750.00")
pdf.set_y(y + 16)

# --- payment
pdf.set_font("Helvetica", "B", 9)
pdf.cell(W, 6, "  2. PAYMENT", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5)
pdf.ln(1)
pdf.multi_cell(W, 4.8,
    "The Buyer paid the full purchase price of Sixteen Thousand Seven Hundred Fifty and 00/100 Dollars by "
    "cashier's check no. 0041877 drawn on a local credit union. No trade-in was accepted. Ohio sales tax on this "
    "transfer is collected by the Clerk of Courts title office when the Buyer applies for a new title.")
pdf.ln(3)

# --- parties: two columns
pdf.set_font("Helvetica", "B", 9)
pdf.cell(W, 6, "  3. PARTIES", fill=True, new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 2
half = W / 2 - 3
for x, role, lines in [
    (18, "SELLER", ["Daniel R. Whitcomb", "1482 Larkspur Lane", "Westerville, OH 43081", "Phone (614) 555-0148",
                    "Driver license: OH RT482917"]),
    (18 + half + 6, "BUYER", ["Priya Venkataraman", "77 Tanager Court", "Dublin, OH 43017", "Phone (614) 555-0177",
                             "Driver license: OH SV903318"]),
]:
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "B", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(half, 4, role)
    pdf.set_text_color(0, 0, 0)
    for i, line in enumerate(lines):
        pdf.set_xy(x, y + 5 + i * 5)
        pdf.set_font("Helvetica", "B" if i == 0 else "", 10 if i == 0 else 9.5)
        pdf.cell(half, 5, line)
pdf.set_y(y + 33)

# --- odometer disclosure
pdf.set_font("Helvetica", "B", 9)
pdf.cell(W, 6, "  4. ODOMETER DISCLOSURE STATEMENT (49 CFR Part 580)", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5)
pdf.ln(1)
pdf.multi_cell(W, 4.8,
    "Federal and state law require the Seller to state the mileage upon transfer of ownership. Failure to complete "
    "or providing a false statement may result in fines and/or imprisonment. I certify that to the best of my "
    "knowledge the odometer reading stated in section 1 reflects the actual mileage of the vehicle.")
pdf.ln(1)
for t in ["[X] Actual mileage", "[  ] Mileage exceeds mechanical limits", "[  ] NOT the actual mileage - WARNING"]:
    pdf.cell(W / 3, 5, t)
pdf.ln(8)

pdf.set_font("Helvetica", "B", 9)
pdf.cell(W, 6, "  5. CONDITION", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5)
pdf.ln(1)
pdf.multi_cell(W, 4.8,
    "The vehicle is sold AS IS, WHERE IS, with no warranty, express or implied, as to its condition or fitness. "
    "The Seller warrants that the vehicle is free of all liens and encumbrances and that the Seller is the lawful owner.")
pdf.ln(10)

# signatures
y = pdf.get_y()
for x, who in [(18, "Seller signature"), (18 + half + 6, "Buyer signature")]:
    pdf.line(x, y + 8, x + half - 30, y + 8)
    pdf.line(x + half - 26, y + 8, x + half, y + 8)
    pdf.set_xy(x, y + 9)
    pdf.set_font("Helvetica", "", 7.5)
    pdf.cell(half - 30, 4, who)
    pdf.set_xy(x + half - 26, y + 9)
    pdf.cell(26, 4, "Date")
pdf.set_font("Helvetica", "I", 10)
pdf.set_xy(22, y + 2)
pdf.cell(60, 5, "Daniel R. Whitcomb")
pdf.set_xy(18 + half + 6 + 4, y + 2)
pdf.cell(60, 5, "Priya Venkataraman")

pdf.set_xy(18, 252)
pdf.set_font("Helvetica", "", 7)
pdf.set_text_color(100, 100, 100)
pdf.multi_cell(W, 3.5,
    "Keep a copy of this bill of sale for your records. The Buyer must apply for a certificate of title within 30 days "
    "of the date of sale. This form does not replace the assigned certificate of title.")
pdf.output(out)
