"""Narrow shop-till VAT receipt (80 mm thermal roll) from a hardware store: items with VAT codes A (20 %) and Z (0 %),
multibuy and trade-card savings, VAT summary, contactless card payment and the card slip.
UK / Cornwall (fpdf2, DejaVu Sans Mono subset). Usage: python3 14_till_receipt_uk.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

C = D("0.01")
# description, qty, unit price (VAT incl.), VAT code
ITEMS = [
    ("WOOD SCREWS 4X40 BOX200", 1, "7.49", "A"),
    ("WALL PLUGS BROWN X100", 1, "2.99", "A"),
    ("MASKING TAPE 25MM", 2, "3.49", "A"),
    ("PAINT BRUSH SET 5PC", 1, "11.99", "A"),
    ("MATT EMULSION WHITE 2.5L", 1, "26.00", "A"),
    ("MULTI-PURPOSE COMPOST 40L", 1, "6.50", "A"),
    ("SEEDS CARROT AUTUMN KING", 1, "1.99", "Z"),
    ("SEEDS LEEK MUSSELBURGH", 1, "1.99", "Z"),
]
SAVINGS = [("MULTIBUY 2 TAPE FOR 5.50", D("-1.48"), "A"), ("TRADE CARD 10% PAINT", D("-2.60"), "A")]
gross = {"A": D(0), "Z": D(0)}
for _d, n, p, code in ITEMS:
    gross[code] += n * D(p)
for _d, amt, code in SAVINGS:
    gross[code] += amt
total = gross["A"] + gross["Z"]
vat_a = (gross["A"] / 6).quantize(C, ROUND_HALF_UP)   # VAT fraction 1/6 of the VAT-inclusive amount at 20 %
net_a = gross["A"] - vat_a
savings = -sum(a for _d, a, _c in SAVINGS)
assert (gross["A"], gross["Z"], total, vat_a, net_a, savings) == \
    (D("57.87"), D("3.98"), D("61.85"), D("9.65"), D("48.22"), D("4.08")), (gross, total, vat_a, net_a, savings)
n_items = sum(n for _d, n, _p, _c in ITEMS)

M = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(unit="mm", format=(80, 205))
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1763596800")), timezone.utc))
pdf.add_font("M", "", M + "DejaVuSansMono.ttf")
pdf.add_font("M", "B", M + "DejaVuSansMono-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_margins(4, 4, 4)
pdf.set_title("Receipt 007-2-058831")
pdf.add_page()
W = 72
CH = 3.55  # line height
COLS = 46  # characters per line at 7.2 pt (DejaVu Sans Mono: 0.602 em)


def line(text="", style="", size=7.2, align="L"):
    pdf.set_font("M", style, size)
    pdf.set_x(4)
    pdf.cell(W, CH if size <= 7.6 else CH * 1.5, text, align=align, new_x="LMARGIN", new_y="NEXT")


def lr(left, right, style=""):
    line(left + " " * max(1, COLS - len(left) - len(right)) + right, style)


def rule(ch="-"):
    line(ch * COLS)


pdf.set_y(5)
line("HARBOUR HARDWARE", "B", 13, "C")
line("Harbour Hardware & DIY Ltd", "", 7.2, "C")
line("12-14 Arwenack Street", align="C")
line("Falmouth TR11 3JA  Tel 01326 418273", align="C")
line("VAT Reg No: GB 294 7105 00", align="C")
pdf.ln(1.5)
rule("=")
lr("Store 007  Till 02", "Op 114 JESS")
lr("Date 08/11/2025", "Time 14:32")
lr("Receipt No:", "007-2-058831")
rule("=")
for desc, n, p, code in ITEMS:
    amt = n * D(p)
    lr(desc, f"{amt:.2f} {code}")
    if n > 1:
        line(f"   {n} @ £{D(p):.2f}")
rule()
lr("SUBTOTAL", f"{sum(n * D(p) for _d, n, p, _c in ITEMS):.2f}")
for desc, amt, code in SAVINGS:
    lr(desc, f"{amt:.2f} {code}")
rule()
pdf.set_font("M", "B", 10)
pdf.set_x(4)
pdf.cell(W / 2, 5.4, "TOTAL")
pdf.cell(W / 2, 5.4, f"£{total:.2f}", align="R", new_x="LMARGIN", new_y="NEXT")
lr(f"{n_items} ITEMS", "")
pdf.ln(0.5)
lr("VISA DEBIT", f"£{total:.2f}")
lr("CHANGE", "£0.00")
pdf.ln(1)
lr("TOTAL SAVINGS TODAY", f"£{savings:.2f}", "B")
rule()
line("VAT SUMMARY")
lr("CODE  RATE        NET       VAT     GROSS", "")
lr(f"A     20.0%  {net_a:>9.2f} {vat_a:>9.2f} {gross['A']:>9.2f}", "")
lr(f"Z      0.0%  {gross['Z']:>9.2f} {D('0.00'):>9.2f} {gross['Z']:>9.2f}", "")
lr("TOTAL VAT", f"{vat_a:.2f}")
rule("=")
line("CARDHOLDER COPY", "B", align="C")
line("VISA DEBIT CONTACTLESS", align="C")
line("************4417", align="C")
lr("MID ****1827", "TID ****0702")
lr("AID A0000000031010", "PAN SEQ 01")
line("SALE", "B")
lr("AMOUNT GBP", f"£{total:.2f}", "B")
line("NO CARDHOLDER VERIFICATION")
lr("AUTH CODE 08213A", "08/11/25 14:32")
line("PLEASE RETAIN FOR YOUR RECORDS", align="C")
rule("=")
line("Returns within 28 days with receipt.", align="C")
line("Mixed paint and cut timber cannot", align="C")
line("be refunded. Thank you for shopping", align="C")
line("local - see you again soon!", align="C")
pdf.ln(1)
line("*007-2-058831*", "B", 8.4, "C")
pdf.output(sys.argv[1])
