"""Employee expense claim with a mileage log (New Zealand, Whangārei engineering firm), English: company header with
GST number, claim title and a boxed label block (claim no., claim date, period, employee, employee no., cost centre),
the mileage log (date, route, purpose, odometer start / end, km) with the kilometre rate, the receipted expenses with
the GST component (3/23 of GST-inclusive amounts), the claim summary (mileage, receipts, total, travel advance as a
negative amount, amount payable), the GST claimable, bank account for reimbursement, declaration and approval.
Dates day first. fpdf2, DejaVu Sans (macron in Whangārei).
Usage: python3 18_expense_claim_mileage_nz.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


TRIPS = [("03/03/2026", "Whangārei - Kaikohe - Whangārei", "Pump station inspection, Far North District Council", 48211, 48397),
         ("05/03/2026", "Whangārei - Dargaville - Whangārei", "Client meeting, Kaipara Dairy Co-op", 48412, 48528),
         ("10/03/2026", "Whangārei - Penrose (Auckland) - Whangārei", "Factory acceptance test, switchboard supplier", 48601, 48939),
         ("12/03/2026", "Whangārei - Ruakākā - Whangārei", "Commissioning, Marsden Point site", 48955, 49029)]
KM = sum(e - s for *_, s, e in TRIPS)
RATE = D("1.04")
MILEAGE = q(KM * RATE)
RECEIPTS = [("04/03/2026", "Accommodation - Kaikohe Hotel, 1 night", "R1", D("189.00")),
            ("05/03/2026", "Client lunch (2 persons) - The Riverside Cafe, Dargaville", "R2", D("86.50")),
            ("10/03/2026", "Parking - Penrose, Wilson car park", "R3", D("18.00")),
            ("10/03/2026", "Dinner, travel day - Penrose", "R4", D("42.80")),
            ("12/03/2026", "Safety boots (PPE), Mitre 10 Whangārei", "R5", D("159.90"))]
GSTS = [q(a * 3 / 23) for *_, a in RECEIPTS]
REC = sum(r[3] for r in RECEIPTS)
GST = sum(GSTS)
TOTAL = MILEAGE + REC
ADV = D("-200.00")
PAY = TOTAL + ADV
assert (KM, MILEAGE, REC, GST, TOTAL, PAY) == (714, D("742.56"), D("496.20"), D("64.72"), D("1238.76"), D("1038.76")), \
    (KM, MILEAGE, REC, GST, TOTAL, PAY)
assert GST == q(REC * 3 / 23)

F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1774569600")), timezone.utc))
pdf.add_font("DV", "", F + "DejaVuSans.ttf")
pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
pdf.add_font("DC", "", F + "DejaVuSansCondensed.ttf")
pdf.add_font("DC", "B", F + "DejaVuSansCondensed-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Expense claim EXP-2026-0118")
pdf.add_page()
pdf.set_line_width(0.25)
X0, X1 = 14, 196
W = X1 - X0
GREEN = (20, 83, 45)


def t(x, y, s, size=8.5, style="", font="DC", w=0, align="L", h=4.2):
    pdf.set_xy(x, y)
    pdf.set_font(font, style, size)
    pdf.cell(w, h, s, align=align)


def n(x):
    return f"{x:,.2f}" if x >= 0 else f"-{-x:,.2f}"


pdf.set_text_color(*GREEN)
t(X0, 12, "KAURI COAST ENGINEERING", 15, "B", font="DV", h=7)
pdf.set_text_color(90, 90, 90)
t(X0, 19.5, "Kauri Coast Engineering Ltd  ·  22 Port Road, Whangārei 0110  ·  GST no. 118-472-632  ·  NZBN 9429041847268", 7.2)
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(*GREEN)
pdf.set_line_width(0.8)
pdf.line(X0, 25, X1, 25)
pdf.set_line_width(0.25)
pdf.set_draw_color(0, 0, 0)
t(X0, 29, "EMPLOYEE EXPENSE CLAIM", 13, "B", font="DV", h=6)
t(X0, 35.5, "Reimbursement of business travel (mileage) and receipted expenses  ·  policy FIN-07", 7.8)
# label block
rows = [("Claim no.", "EXP-2026-0118"), ("Claim date", "20/03/2026"), ("Claim period", "02/03/2026 - 13/03/2026"),
        ("Employee", "Aroha Ngata"), ("Employee no.", "E0417"), ("Cost centre", "420 Field Services")]
for i, (lab, val) in enumerate(rows):
    col, r = divmod(i, 3)
    x = X0 + col * (W / 2)
    y = 42 + r * 6
    pdf.rect(x, y, W / 2, 6)
    t(x + 1.5, y + 0.9, lab, 7.2)
    t(x + 28, y + 0.8, val, 8.8, "B")
y = 64
t(X0, y, "A. MILEAGE LOG (private vehicle, reg. KRW418)", 8.6, "B")
y += 5.5
cols = [("Date", 20, "L"), ("Route", 58, "L"), ("Purpose", 64, "L"), ("Odo start", 14, "R"), ("Odo end", 13, "R"), ("km", 13, "R")]
pdf.set_fill_color(226, 239, 230)
pdf.rect(X0, y, W, 5.5, "F")
x = X0
for h, w, a in cols:
    t(x + 0.8, y + 0.8, h, 7.4, "B", w=w - 1.6, align=a)
    x += w
y += 5.5
for d, route, purp, s, e in TRIPS:
    x = X0
    for (h, w, a), v in zip(cols, [d, route, purp, f"{s}", f"{e}", f"{e - s}"]):
        t(x + 0.8, y + 0.9, v, 7.6, w=w - 1.6, align=a)
        x += w
    pdf.set_draw_color(200, 200, 200)
    pdf.line(X0, y + 5.6, X1, y + 5.6)
    pdf.set_draw_color(0, 0, 0)
    y += 5.6
t(X0 + 0.8, y + 1.2, f"Total kilometres: {KM} km   x   ${RATE} per km (company rate, IRD tier 1 basis)", 8, "B")
t(X1 - 40, y + 1.2, f"Mileage  ${n(MILEAGE)}", 8.6, "B", w=39.2, align="R")
y += 12
t(X0, y, "B. RECEIPTED EXPENSES (amounts include GST)", 8.6, "B")
y += 5.5
cols2 = [("Date", 20, "L"), ("Description / supplier", 104, "L"), ("Receipt", 16, "C"), ("Amount $", 21, "R"), ("GST incl. $", 21, "R")]
pdf.set_fill_color(226, 239, 230)
pdf.rect(X0, y, W, 5.5, "F")
x = X0
for h, w, a in cols2:
    t(x + 0.8, y + 0.8, h, 7.4, "B", w=w - 1.6, align=a)
    x += w
y += 5.5
for (d, desc, r, a), g in zip(RECEIPTS, GSTS):
    x = X0
    for (h, w, al), v in zip(cols2, [d, desc, r, n(a), n(g)]):
        t(x + 0.8, y + 0.9, v, 7.6, w=w - 1.6, align=al)
        x += w
    pdf.set_draw_color(200, 200, 200)
    pdf.line(X0, y + 5.6, X1, y + 5.6)
    pdf.set_draw_color(0, 0, 0)
    y += 5.6
x = X0 + 20 + 104 + 16
t(X0 + 0.8, y + 1.2, "Total receipted expenses", 8, "B")
t(x + 0.8, y + 1.2, n(REC), 8, "B", w=19.4, align="R")
t(x + 21.8, y + 1.2, n(GST), 8, "B", w=19.4, align="R")
y += 12
# summary box
sx = X1 - 86
t(sx, y, "C. CLAIM SUMMARY", 8.6, "B")
lines = [("Mileage allowance (A)", MILEAGE, ""), ("Receipted expenses (B)", REC, ""), ("Total claim", TOTAL, "B"),
         ("Less travel advance paid 27/02/2026", ADV, ""), ("AMOUNT PAYABLE TO EMPLOYEE", PAY, "B")]
for i, (lab, v, b) in enumerate(lines):
    yy = y + 5 + i * 6
    if i == 4:
        pdf.set_fill_color(*GREEN)
        pdf.rect(sx, yy, 86, 6.5, "F")
        pdf.set_text_color(255, 255, 255)
    else:
        pdf.rect(sx, yy, 86, 6)
    t(sx + 1.5, yy + 1, lab, 8, b)
    t(sx + 56, yy + 0.9, n(v), 8.8 if not b else 9.4, b, w=28, align="R")
    pdf.set_text_color(0, 0, 0)
# left of summary
lx = X0
t(lx, y + 5, f"GST claimable by the company (input tax): ${n(GST)}", 8)
t(lx, y + 10, "No GST is claimed on the mileage allowance.", 7.4)
t(lx, y + 16, "Reimbursement with the pay run of 26/03/2026 to", 8)
t(lx, y + 20.5, "ASB account 12-3184-0472910-00 (A NGATA)", 8, "B")
y += 44
pdf.set_draw_color(160, 160, 160)
pdf.line(X0, y, X1, y)
pdf.set_draw_color(0, 0, 0)
t(X0, y + 2, "Declaration: I certify that the travel and expenses above were incurred wholly for business purposes, that the receipts", 7.3)
t(X0, y + 5.6, "attached are originals and that no part of this claim has been or will be reimbursed from another source.", 7.3)
y += 16
for i, (lab, name, dt) in enumerate([("Employee", "Aroha Ngata", "20/03/2026"), ("Approved by (manager)", "Grant McAllister, Field Services Manager", "23/03/2026"),
                                     ("Processed (payroll)", "J. Turei", "24/03/2026")]):
    x = X0 + i * (W / 3)
    pdf.line(x, y + 8, x + W / 3 - 6, y + 8)
    t(x, y + 9, lab, 7)
    t(x, y + 12.5, name, 7.6, "B")
    t(x, y + 16, dt, 7.4)
t(X0, 280, "Kauri Coast Engineering Ltd · form FIN-07-A (expense claim) · attach receipts R1-R5 · claims older than 60 days are not reimbursed", 6.3)
pdf.output(sys.argv[1])
