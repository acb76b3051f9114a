#!/usr/bin/env python3
"""Sales invoice (Philippines) -- BIR-style VAT invoice with VAT-inclusive unit prices, the statutory summary box
(Total Sales (VAT Inclusive) / Less: VAT / Amount: Net of VAT / Less: Discount / Add: VAT / Less: Withholding Tax /
TOTAL AMOUNT DUE) with 2 % expanded withholding tax deducted, VATable / VAT-exempt / zero-rated breakdown, TINs of both
parties, Authority to Print and printer's accreditation footer, US-style dates "March 17, 2026". fpdf2 with embedded
TTF fonts (Noto Sans)."""
import sys
from datetime import datetime, timezone
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "s67_17.pdf"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2026, 3, 27, tzinfo=timezone.utc))
F = "/usr/share/fonts/truetype/noto/"
pdf.add_font("N", "", F + "NotoSans-Regular.ttf")
pdf.add_font("N", "B", F + "NotoSans-Bold.ttf")
pdf.set_margins(16, 14, 16)
pdf.set_auto_page_break(False)
L = 16
W = 210 - 32
BLUE = (18, 62, 120)


def cell(x, y, w, h, txt, style="", size=8.4, align="L", border=0, fill=False):
    pdf.set_xy(x, y)
    pdf.set_font("N", style, size)
    pdf.cell(w, h, txt, border=border, align=align, fill=fill)


pdf.add_page()
# letterhead (registered name, address, VAT reg. TIN as required on invoices)
pdf.set_text_color(*BLUE)
cell(L, 12, W, 8, "Cebu Bayfront IT Solutions Corp.", "B", 16, "C")
pdf.set_text_color(40, 40, 40)
cell(L, 20, W, 4.5, "12/F Mabolo Commerce Center, Juan Luna Avenue, Mabolo, Cebu City 6000, Philippines", "", 8.2, "C")
cell(L, 24.5, W, 4.5, "Tel. (032) 231 4182 · billing@cebubayfront-it.ph", "", 8.2, "C")
cell(L, 29, W, 4.5, "VAT Reg. TIN: 008-418-273-00000", "B", 8.6, "C")
pdf.set_draw_color(*BLUE)
pdf.set_line_width(0.6)
pdf.line(L, 35, L + W, 35)

pdf.set_text_color(*BLUE)
cell(L, 38, 100, 9, "SALES INVOICE", "B", 15)
pdf.set_text_color(0, 0, 0)
cell(L + W - 60, 38, 60, 5, "No. SI-004187", "B", 11, "R")
cell(L + W - 60, 43.5, 60, 4.5, "Date: March 17, 2026", "", 8.8, "R")

# sold-to box
y = 52
pdf.set_line_width(0.3)
pdf.set_draw_color(120, 120, 120)
pdf.rect(L, y, W, 31)
rows = [("Registered Name:", "Mactan Garments Export, Inc."),
        ("TIN:", "204-182-736-00000"),
        ("Business Address:", "A.S. Fortuna Street, Banilad, Mandaue City 6014, Cebu"),
        ("P.O. No.:", "MGE-PO-26-0418 (dated 02/20/2026)")]
for i, (k, v) in enumerate(rows):
    cell(L + 2, y + 2 + i * 5.2, 34, 5, k, "", 8.4)
    cell(L + 36, y + 2 + i * 5.2, 90, 5, v, "B" if i == 0 else "", 8.8 if i == 0 else 8.4)
meta = [("Terms:", "30 days"), ("Due Date:", "April 16, 2026"), ("Customer Code:", "MGE-0092"), ("Sales Agent:", "R. Villanueva")]
for i, (k, v) in enumerate(meta):
    cell(L + 122, y + 2 + i * 5.2, 26, 5, k, "", 8.4)
    cell(L + 148, y + 2 + i * 5.2, W - 150, 5, v, "B" if i == 1 else "", 8.4)
cell(L + 2, y + 23.5, W - 4, 5, "Project: network upgrade, production floors 2 and 3 · completion acceptance signed March 13, 2026", "", 8)

# items
y = 89
cols = [("Qty", 12), ("Unit", 12), ("Description / Nature of Service", 96), ("Unit Price (VAT incl.)", 30), ("Amount", W - 150)]
pdf.set_fill_color(226, 234, 246)
x = L
for n, w in cols:
    cell(x, y, w, 7, n, "B", 7.8, "L" if n.startswith("Desc") or n == "Unit" else "R", 1, True)
    x += w
items = [("1", "lot", "Structured cabling and network installation, 2nd floor production", "168,000.00", "168,000.00"),
         ("1", "sub", "Managed firewall subscription, 12 months, Apr 2026 – Mar 2027", "95,200.00", "95,200.00"),
         ("8", "day", "On-site technical support and configuration (man-days)", "8,400.00", "67,200.00")]
y += 7
for it in items:
    x = L
    for (n, w), v in zip(cols, it):
        cell(x, y, w, 7.5, v, "", 7.9, "L" if n.startswith("Desc") or n == "Unit" else "R", 1)
        x += w
    y += 7.5
for _ in range(3):
    x = L
    for n, w in cols:
        cell(x, y, w, 7.5, "", "", 8.2, "L", 1)
        x += w
    y += 7.5

# left: VAT breakdown; right: statutory total box
y += 5
bx = L
for i, (k, v) in enumerate([("VATable Sales", "295,000.00"), ("VAT-Exempt Sales", "0.00"), ("Zero-Rated Sales", "0.00"),
                            ("VAT Amount", "35,400.00")]):
    cell(bx, y + i * 6.5, 45, 6.5, k, "", 8.4, "L", 1)
    cell(bx + 45, y + i * 6.5, 35, 6.5, v, "", 8.4, "R", 1)
rx = L + W - 92
box = [("Total Sales (VAT Inclusive)", "330,400.00", ""),
       ("Less: VAT", "35,400.00", ""),
       ("Amount: Net of VAT", "295,000.00", ""),
       ("Less: Discount (SC/PWD/NAAC/MOV/SP)", "0.00", ""),
       ("Add: VAT", "35,400.00", ""),
       ("Less: Withholding Tax (EWT 2%)", "5,900.00", ""),
       ("TOTAL AMOUNT DUE", "₱ 324,500.00", "B")]
for i, (k, v, st) in enumerate(box):
    fill = st == "B"
    cell(rx, y + i * 6.5, 60, 6.5, k, st, 8.4 if not st else 9.4, "L", 1, fill)
    cell(rx + 60, y + i * 6.5, 32, 6.5, v, st, 8.4 if not st else 9.4, "R", 1, fill)

y += 7 * 6.5 + 6
notes = ["Amounts in Philippine pesos (PHP). Unit prices include 12% VAT.",
         "Customer to issue BIR Form 2307 for the 2% expanded withholding tax (ATC WC160) within 20 days after the end of the quarter.",
         "Make cheques payable to Cebu Bayfront IT Solutions Corp. or deposit to BDO Unibank, Mabolo branch, account 0041-8273-6400.",
         "Unpaid: SI-003952 dated February 16, 2026, ₱ 58,240.00."]
for s in notes:
    cell(L, y, W, 4.6, s, "", 7.8)
    y += 4.6

# acknowledgement / signature
y = 236
pdf.set_draw_color(120, 120, 120)
cell(L, y, 80, 5, "Received the above services in good order and condition:", "", 7.8)
pdf.line(L, y + 16, L + 70, y + 16)
cell(L, y + 17, 70, 4, "Customer's signature over printed name / date", "", 7, "C")
pdf.line(L + W - 70, y + 16, L + W, y + 16)
cell(L + W - 70, y + 17, 70, 4, "Authorized signature", "", 7, "C")

# printer's accreditation (required on the face of the invoice)
y = 262
pdf.set_line_width(0.2)
pdf.line(L, y, L + W, y)
pdf.set_text_color(90, 90, 90)
for i, s in enumerate(["50 Bklts. (50x3) 0004001–0006500 · BIR Authority to Print No. 083AU20250000041827 · Date of ATP: 09/15/2025",
                       "Printed by: Visayan Business Forms Printing Co. · TIN 112-418-273-00000 · Printer's Accreditation No. 083MP20230000000218",
                       "Date issued: 05/02/2023 · Valid until 05/01/2028"]):
    cell(L, y + 1.5 + i * 4.2, W, 4, s, "", 6.8, "C")
pdf.output(out)
