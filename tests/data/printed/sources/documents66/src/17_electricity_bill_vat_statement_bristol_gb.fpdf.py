#!/usr/bin/env python3
"""Business electricity bill (England) -- statement-style VAT invoice: account summary with previous balance, payment
received and this bill's charges; day / night units, standing charge, Climate Change Levy, VAT 20 %; MPAN, meter
readings, Direct Debit collection date; dates "19 March 2026". fpdf2 with embedded TTF fonts (Noto Sans)."""
import sys
from datetime import datetime, timezone
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "s66_17.pdf"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2026, 3, 20, tzinfo=timezone.utc))
F = "/usr/share/fonts/truetype/noto/"
pdf.add_font("N", "", F + "NotoSans-Regular.ttf")
pdf.add_font("N", "B", F + "NotoSans-Bold.ttf")
pdf.set_margins(15, 14, 15)
pdf.set_auto_page_break(False)
W = 210 - 30
L = 15
TEAL = (0, 105, 92)


def cell(x, y, w, h, txt, style="", size=8.4, align="L", border=0, fill=False):
    pdf.set_xy(x, y)
    pdf.set_font("N", style, size)
    pdf.cell(w, h, txt, border=border, align=align, fill=fill)


pdf.add_page()
# letterhead
pdf.set_fill_color(*TEAL)
pdf.rect(L, 12, 9, 14, style="F")
pdf.set_text_color(*TEAL)
cell(L + 12, 11.5, 110, 8, "Severn Vale Energy Ltd", "B", 16)
pdf.set_text_color(60, 60, 60)
cell(L + 12, 19.5, 110, 4.5, "Business electricity & gas · PO Box 7731, Bristol BS1 9SV", "", 7.8)
cell(L + 12, 23.5, 110, 4.5, "0117 496 0733 · business@severnvale-energy.co.uk", "", 7.8)
pdf.set_text_color(0, 0, 0)
cell(L + W - 70, 12, 70, 8, "Your electricity bill", "B", 14, "R")
cell(L + W - 70, 20, 70, 4.5, "VAT invoice and statement", "", 8.2, "R")
cell(L + W - 70, 24.5, 70, 4.5, "VAT Reg. No. GB 330 6127 40", "", 7.8, "R")
pdf.set_draw_color(*TEAL)
pdf.set_line_width(0.6)
pdf.line(L, 31, L + W, 31)

# customer block + label / value block
y = 36
for i, (s, st) in enumerate([("Harbourside Bakery Co. Ltd", "B"), ("Accounts Department", ""), ("Unit 3, Wapping Wharf", ""),
                             ("Gaol Ferry Steps", ""), ("Bristol BS1 6WP", "")]):
    cell(L, y + i * 5, 90, 5, s, st, 9.2 if st else 8.6)
rx = L + 98
rows = [("Bill number", "B-88172034"), ("Bill date", "19 March 2026"), ("Account number", "7731 0452 19"),
        ("Your order ref.", "HBC-PO-11873"), ("Billing period", "1 February 2026 to 28 February 2026"),
        ("Supply address", "Unit 3, Wapping Wharf, Bristol BS1 6WP")]
for i, (k, v) in enumerate(rows):
    cell(rx, y + i * 5, 30, 5, k, "", 7.8)
    cell(rx + 30, y + i * 5, W - 128, 5, v, "B" if i < 2 else "", 8.2)

# account summary (statement)
y = 72
pdf.set_fill_color(224, 242, 239)
pdf.rect(L, y, W, 38, style="F")
cell(L + 3, y + 2, 100, 6, "Your account summary", "B", 10.5)
summ = [("Balance on your last bill (B-88031597, 19 February 2026)", "£1,238.44"),
        ("Payment received by Direct Debit, 27 February 2026 - thank you", "-£1,238.44"),
        ("Balance brought forward", "£0.00"),
        ("Charges on this bill including VAT (details below)", "£1,855.78")]
for i, (k, v) in enumerate(summ):
    cell(L + 3, y + 9 + i * 5.2, 130, 5, k, "", 8.4)
    cell(L + W - 43, y + 9 + i * 5.2, 40, 5, v, "", 8.4, "R")
pdf.set_draw_color(*TEAL)
pdf.set_line_width(0.4)
pdf.line(L + 3, y + 30.5, L + W - 3, y + 30.5)
cell(L + 3, y + 31.5, 120, 6, "Total amount to pay", "B", 11)
cell(L + W - 53, y + 31.5, 50, 6, "£1,855.78", "B", 11, "R")

cell(L, y + 42, W, 5, "Payment due by 2 April 2026. We will collect this amount by Direct Debit on or after that date.", "B", 8.6)

# charges table
y = 124
cell(L, y, 100, 6, "Your charges this period", "B", 10.5)
y += 8
cols = [("Description", 86), ("Quantity", 26), ("Unit rate", 30), ("Amount", W - 142)]
x = L
pdf.set_fill_color(*TEAL)
pdf.set_text_color(255, 255, 255)
for n, w in cols:
    cell(x, y, w, 6.5, n, "B", 8, "L" if n == "Description" else "R", 0, True)
    x += w
pdf.set_text_color(0, 0, 0)
items = [("Day units (07:00-24:00)", "4,182 kWh", "26.48p", "£1,107.39"),
         ("Night units (00:00-07:00)", "1,936 kWh", "18.72p", "£362.42"),
         ("Standing charge", "28 days", "104.50p", "£29.26"),
         ("Climate Change Levy", "6,118 kWh", "0.775p", "£47.41")]
pdf.set_draw_color(200, 200, 200)
pdf.set_line_width(0.2)
for it in items:
    y += 6.5
    x = L
    for (n, w), v in zip(cols, it):
        cell(x, y, w, 6.5, v, "", 8.4, "L" if n == "Description" else "R")
        x += w
    pdf.line(L, y + 6.5, L + W, y + 6.5)
y += 9
tx = L + W - 80
for k, v, st in [("Charges before VAT", "£1,546.48", ""), ("VAT at 20%", "£309.30", ""),
                 ("Total charges this bill", "£1,855.78", "B")]:
    cell(tx, y, 50, 6, k, st, 8.8)
    cell(tx + 50, y, 30, 6, v, st, 8.8, "R")
    y += 6

# meter readings
y += 6
cell(L, y, 100, 6, "Meter readings", "B", 10.5)
y += 7
mr = [("MPAN", "Meter", "Register", "Previous (31 Jan 2026)", "Latest (28 Feb 2026)", "Units"),
      ("00 801 102 1200 0418 273", "K14D04182", "Day", "118,402 A", "122,584 A", "4,182"),
      ("", "", "Night", "52,917 A", "54,853 A", "1,936")]
widths = [44, 24, 18, 36, 34, W - 156]
for r, row in enumerate(mr):
    x = L
    for w, v in zip(widths, row):
        cell(x, y, w, 5.5, v, "B" if r == 0 else "", 7.6)
        x += w
    y += 5.5
cell(L, y + 1, W, 5, "A = actual reading. Your next meter reading is due around 31 March 2026.", "", 7.6)

# notes
y += 10
notes = ["Your Climate Change Levy rate is the full main rate; if you qualify for relief, send us a PP11 supply declaration.",
         "Energy used: 6,118 kWh this period (28 days), 218.5 kWh per day on average. Contract end date: 30 September 2027.",
         "Paying by bank transfer? NatWest, sort code 60-16-13, account 29418273 (IBAN GB36 NWBK 6016 1329 4182 73),",
         "Payment reference: SVE7731045219. Please do not pay twice if your Direct Debit is active.",
         "Emergencies and power cuts: call 105. Complaints: see severnvale-energy.co.uk/complaints."]
for s in notes:
    cell(L, y, W, 5, s, "", 7.9)
    y += 5
pdf.set_draw_color(*TEAL)
pdf.line(L, 278, L + W, 278)
cell(L, 279.5, W, 4, "Severn Vale Energy Ltd · Registered in England and Wales No. 10418273 · Registered office: 2 Temple Back East, Bristol BS1 6EG · VAT GB 330 6127 40", "", 6.6, "C")
pdf.output(out)
