#!/usr/bin/env python3
"""SALES INVOICE (Philippines) -- pre-printed style serial No. 004182, trade name "BIG ISLAND HARDWARE" in the logo
vs registered name Visayan Industrial Hardware Corporation, VAT REG. TIN with branch code, VAT 12 % with VAT-inclusive
line amounts and the BIR summary box (VATable sales / VAT / total amount due), BIR Authority to Print and printer's
accreditation block, informative EWT. fpdf2 with embedded TTF fonts (Noto Sans / Noto Serif)."""
import sys
from datetime import datetime, timezone
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "s65_17.pdf"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2026, 3, 20, tzinfo=timezone.utc))
F = "/usr/share/fonts/truetype/noto/"
pdf.add_font("S", "", F + "NotoSans-Regular.ttf")
pdf.add_font("S", "B", F + "NotoSans-Bold.ttf")
pdf.add_font("R", "B", F + "NotoSerif-Bold.ttf")
pdf.set_margins(14, 12, 14)
pdf.set_auto_page_break(False)
pdf.add_page()
W = pdf.epw
L = pdf.l_margin


def cell(x, y, w, h, txt, style="", size=8.5, align="L", border=0, fill=False, fam="S"):
    pdf.set_xy(x, y)
    pdf.set_font(fam, style, size)
    pdf.cell(w, h, txt, border=border, align=align, fill=fill)


# logo + registered name block (centered, as on BIR-registered pre-printed invoices)
pdf.set_fill_color(16, 78, 139)
pdf.rect(L, 12, 26, 20, style="F")
pdf.set_text_color(255, 255, 255)
cell(L, 15, 26, 8, "BIH", "B", 17, "C", fam="R")
cell(L, 23, 26, 5, "since 1998", "", 6.5, "C")
pdf.set_text_color(16, 78, 139)
cell(L + 30, 12, W - 30, 8, "BIG ISLAND HARDWARE", "B", 18, "L", fam="R")
pdf.set_text_color(0, 0, 0)
cell(L + 30, 20, W - 30, 4.5, "VISAYAN INDUSTRIAL HARDWARE CORPORATION", "B", 9)
cell(L + 30, 24.5, W - 30, 4.2, "Visayan Industrial Hardware Corporation - Prop.  |  M.J. Cuenco Ave. cor. Legaspi St., Brgy. San Roque, Cebu City 6000", "", 7.6)
cell(L + 30, 28.7, W - 30, 4.2, "VAT REG. TIN: 004-182-736-000   |   Tel. (032) 416 4182   |   SEC Reg. No. CS199841827 (08/21/1998)", "", 7.6)

# title and serial number
pdf.set_draw_color(16, 78, 139)
pdf.set_line_width(0.6)
pdf.line(L, 35, L + W, 35)
cell(L, 38, 100, 9, "SALES INVOICE", "B", 17)
pdf.set_text_color(200, 20, 30)
cell(L + W - 60, 38, 60, 9, "No. 004182", "B", 16, "R", fam="R")
pdf.set_text_color(0, 0, 0)

# sold-to block (label / value grid) and date block
pdf.set_line_width(0.25)
pdf.set_draw_color(80, 80, 80)
y = 50
pdf.rect(L, y, W * 0.62, 30)
pdf.rect(L + W * 0.64, y, W * 0.36, 30)
rows = [("SOLD TO:", "Nordhavn Philippines, Inc."), ("Registered Name:", "Nordhavn Philippines, Inc."),
        ("TIN:", "009-291-837-000"), ("Business Address:", "12F Ayala Triangle Gardens Tower 2, Makati City"),
        ("Business Style:", "Logistics and warehousing")]
cell(L + W * 0.62 - 24, y + 0.8, 22, 4, "SOLD TO", "B", 6.8, "R")
for i, (k, v) in enumerate(rows[1:]):
    cell(L + 2, y + 2 + i * 6.6, 32, 6, k, "B", 8)
    cell(L + 34, y + 2 + i * 6.6, W * 0.62 - 36, 6, v, "B" if i == 0 else "", 8.4)
rr = [("Date:", "March 16, 2026"), ("Terms:", "30 days"), ("Due Date:", "April 15, 2026"),
      ("P.O. No.:", "NPH-PO-26-0319"), ("D.R. No.:", "DR-26-0877 (03/13/2026)")]
for i, (k, v) in enumerate(rr):
    cell(L + W * 0.64 + 2, y + 2 + i * 5.4, 20, 5, k, "B", 8)
    cell(L + W * 0.64 + 22, y + 2 + i * 5.4, W * 0.36 - 24, 5, v, "B" if i in (0, 2) else "", 8.2)

# items (VAT-inclusive amounts)
cols = [("QTY", 16), ("UNIT", 16), ("ARTICLES / DESCRIPTION", 98), ("UNIT PRICE", 26), ("AMOUNT", W - 156)]
y = 86
pdf.set_fill_color(222, 233, 245)
x = L
for n, w in cols:
    cell(x, y, w, 7, n, "B", 7.8, "C", 1, True)
    x += w
items = [("50", "pcs", "Hex bolt M16 x 80, hot-dip galvanised, with nut and washer", "543.20", "27,160.00"),
         ("10", "sets", "Heavy-duty angle grinder 9\" 2,400 W with guard", "3,640.00", "36,400.00"),
         ("1", "lot", "Delivery to Mandaue warehouse and on-site assembly", "7,616.00", "7,616.00")]
for it in items:
    y += 7
    x = L
    for (n, w), v in zip(cols, it):
        cell(x, y, w, 7, v, "", 8, "L" if n.startswith("ART") else ("C" if n in ("QTY", "UNIT") else "R"), 1)
        x += w
for _ in range(3):   # empty ruled rows, as on a pre-printed form
    y += 7
    x = L
    for n, w in cols:
        cell(x, y, w, 7, "", "", 8, "L", 1)
        x += w

# BIR summary box (left) and amount box (right)
y += 11
bx = [("VATable Sales", "63,550.00"), ("VAT-Exempt Sales", "0.00"), ("Zero-Rated Sales", "0.00"),
      ("VAT Amount", "7,626.00")]
for i, (k, v) in enumerate(bx):
    cell(L, y + i * 6, 44, 6, k, "", 8, "L", 1)
    cell(L + 44, y + i * 6, 32, 6, v, "", 8, "R", 1)
tx = L + W - 92
rows = [("Total Sales (VAT Inclusive)", "71,176.00"), ("Less: VAT", "7,626.00"), ("Amount: Net of VAT", "63,550.00"),
        ("Less: SC/PWD/NAAC/MOV Discount", ""), ("Add: VAT", "7,626.00"), ("Less: Withholding Tax", ""),
        ("TOTAL AMOUNT DUE", "₱71,176.00")]
for i, (k, v) in enumerate(rows):
    st = "B" if k.startswith("TOTAL") else ""
    cell(tx, y + i * 6, 60, 6, k, st, 8.2 if not st else 9.2, "L", 1)
    cell(tx + 60, y + i * 6, 32, 6, v, st, 8.2 if not st else 9.2, "R", 1)

# notes
y += 48
notes = ["Amount in words: Seventy-One Thousand One Hundred Seventy-Six Pesos Only.",
         "Creditable withholding tax, if withheld by the buyer: 1% on goods (567.50) + 2% on services (136.00) = 703.50;",
         "please issue BIR Form 2307. Unpaid: Sales Invoice No. 003961 dated February 13, 2026, PHP 48,720.00.",
         "Payment: BDO Unibank, Mandaue A.S. Fortuna branch, Current Account 0041 8273 6450, Visayan Industrial Hardware Corporation.",
         "For reference only: USD 1,225.06 at PHP 58.10 / USD (BSP reference rate, 03/13/2026)."]
for i, s in enumerate(notes):
    cell(L, y + i * 5, W, 5, s, "", 7.8)
y += 32
cell(L, y, 80, 5, "Received the above goods in good order and condition.", "", 7.8)
cell(L + W - 70, y + 10, 70, 5, "Cashier / Authorized Representative", "", 7.8, "C")
pdf.line(L + W - 70, y + 10, L + W, y + 10)
cell(L, y + 10, 70, 5, "Customer's signature over printed name", "", 7.8, "C")
pdf.line(L, y + 10, L + 70, y + 10)

# printer's block (required on BIR-registered invoices)
y = 268
pdf.set_font("S", "", 6.6)
for i, s in enumerate(["25 Bklts. (50x3) 004001-005250   BIR Authority to Print No. 083AU20250000041827   Date Issued: 01/15/2025",
                       "CEBU ALLIED PRINTERS, INC.  Gorordo Ave., Cebu City  TIN 002-918-364-000  Printer's Accreditation No. 083MP20230000000012  Date Issued: 05/02/2023",
                       "This Sales Invoice shall be valid for five (5) years from the date of ATP.  Original - Customer / Duplicate - Accounting / Triplicate - File"]):
    cell(L, y + i * 3.8, W, 3.8, s, "", 6.6)
pdf.output(out)
