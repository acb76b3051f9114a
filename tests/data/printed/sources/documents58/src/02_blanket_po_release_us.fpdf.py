"""Blanket purchase order release / call-off (United States, Grand Rapids MI buyer -> Holland MI packaging supplier),
English, US Letter: buyer letterhead, a boxed label block top right (blanket PO no., release no., release date, page),
vendor and ship-to blocks side by side, an agreement strip (agreement period, not-to-exceed value, terms, FOB, buyer),
four release lines with unit prices to three decimals and a need-by date, release totals (sales tax exempt), the
agreement status (not-to-exceed, released before, this release, released to date, remaining balance) and the history
of the six earlier releases. Dates are month first. fpdf2, Liberation Sans / Sans Narrow.
Usage: python3 02_blanket_po_release_us.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


# line, item, description, qty, UOM, unit price, need-by
LINES = [(1, "GLF-PK-2418", "RSC shipping carton 24 x 18 x 12 in, 32 ECT, kraft, 2-color print", 2400, "EA", D("1.385")),
         (2, "GLF-PK-1812T", "Die-cut tray 18 x 12 x 3 in, 44 ECT, white", 3000, "EA", D("0.742")),
         (3, "GLF-PK-CB36", "Edge / corner board 2 x 2 in x 36 in, .160 caliper", 1500, "EA", D("0.415")),
         (4, "GLF-PK-SF18", "Stretch film 18 in x 1500 ft, 80 gauge, cast", 48, "RL", D("21.75"))]
AMT = [q(qty * p) for _, _, _, qty, _, p in LINES]
SUB = sum(AMT)
NTE = D("180000.00")
HIST = [("0001", "01/09/2026", D("7118.40")), ("0002", "01/23/2026", D("6905.25")), ("0003", "02/06/2026", D("8214.00")),
        ("0004", "02/18/2026", D("5987.35")), ("0005", "02/27/2026", D("9402.10")), ("0006", "03/06/2026", D("8685.40"))]
PRIOR = sum(h[2] for h in HIST)
TODATE = PRIOR + SUB
REM = NTE - TODATE
assert (SUB, PRIOR, TODATE, REM) == (D("7216.50"), D("46312.50"), D("53529.00"), D("126471.00")), (SUB, PRIOR, TODATE, REM)

F = "/usr/share/fonts/truetype/liberation/"
pdf = FPDF(format="Letter", unit="mm")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1774569600")), timezone.utc))
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.add_font("LN", "", F + "LiberationSansNarrow-Regular.ttf")
pdf.add_font("LN", "B", F + "LiberationSansNarrow-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Blanket PO GLF-BPO-26-0042 Release 0007")
pdf.add_page()
pdf.set_line_width(0.25)
X0, X1 = 14, 201.9
W = X1 - X0
NAVY = (22, 52, 92)


def t(x, y, s, size=8.5, style="", font="LS", w=0, align="L", h=4.2):
    pdf.set_xy(x, y)
    pdf.set_font(font, style, size)
    pdf.cell(w, h, s, align=align)


def n(x, d=2):
    return f"{x:,.{d}f}"


# letterhead
pdf.set_text_color(*NAVY)
t(X0, 12, "GREAT LAKES FIXTURE COMPANY", 15, "B", h=7)
pdf.set_text_color(0, 0, 0)
t(X0, 19, "Great Lakes Fixture Company, Inc.  ·  4250 Roger B. Chaffee Memorial Blvd SE, Grand Rapids, MI 49548", 7.2, font="LN")
t(X0, 22.5, "Purchasing Department  ·  (616) 555-0142  ·  purchasing@glfixture.example  ·  FEIN 38-2917465", 7.2, font="LN")
# label block top right
bx, by, bw = X1 - 74, 10, 74
pdf.set_fill_color(*NAVY)
pdf.rect(bx, by, bw, 7, "F")
pdf.set_text_color(255, 255, 255)
t(bx, by + 1.3, "BLANKET ORDER RELEASE", 10.5, "B", w=bw, align="C")
pdf.set_text_color(0, 0, 0)
rows = [("Blanket PO No.", "GLF-BPO-26-0042"), ("Release No.", "0007"), ("Release Date", "03/18/2026"),
        ("Supplier No.", "V-10384"), ("Page", "1 of 1")]
for i, (lab, val) in enumerate(rows):
    y = by + 7 + i * 5.2
    pdf.rect(bx, y, bw, 5.2)
    pdf.line(bx + 28, y, bx + 28, y + 5.2)
    t(bx + 1.5, y + 0.7, lab, 7.2, font="LN")
    t(bx + 30, y + 0.6, val, 8.6, "B")
y = 44
# vendor / ship to
for j, (cap, lines) in enumerate([("VENDOR", ["Tri-County Corrugated Packaging LLC", "Attn: Customer Service / Order Desk",
                                               "11850 James Street", "Holland, MI 49424",
                                               "Phone (616) 555-0193  ·  orders@tricountybox.example"]),
                                  ("SHIP TO", ["Great Lakes Fixture Company, Inc.", "Plant 2 - Receiving Dock 6",
                                               "3800 Patterson Avenue SE", "Grand Rapids, MI 49512",
                                               "Receiving hours Mon-Fri 6:00 am - 2:30 pm"])]):
    x = X0 + j * (W / 2 + 2)
    w = W / 2 - 2
    pdf.set_fill_color(228, 234, 242)
    pdf.rect(x, y, w, 5, "F")
    t(x + 1.5, y + 0.6, cap, 7.5, "B")
    pdf.rect(x, y, w, 27)
    for k, s in enumerate(lines):
        t(x + 2, y + 6 + k * 4, s, 8.4 if k else 8.8, "B" if k == 0 else "")
y += 31
# agreement strip
cells = [(0.27, "Agreement Period", "01/01/2026 - 12/31/2026"), (0.19, "Not-to-Exceed Amount", "$180,000.00"),
         (0.16, "Payment Terms", "2% 10, Net 45"), (0.2, "FOB / Freight", "Destination, prepaid"),
         (0.18, "Buyer", "K. Vanderwall")]
x = X0
for f, lab, val in cells:
    pdf.rect(x, y, W * f, 10)
    t(x + 1, y + 0.6, lab.upper(), 5.8, font="LN", h=3)
    t(x + 1.2, y + 4.6, val, 8.6, "B")
    x += W * f
y += 14
t(X0, y, "Please deliver the following against the blanket purchase agreement above. All terms and conditions of the "
         "agreement apply to this release.", 7.8, font="LN")
y += 6
# lines
cols = [("Ln", 8, "C"), ("Item No.", 25, "L"), ("Description", 73, "L"), ("Qty", 16, "R"), ("UOM", 10, "C"),
        ("Unit Price", 19, "R"), ("Need By", 18, "C"), ("Extended", 18.9, "R")]
pdf.set_fill_color(*NAVY)
pdf.rect(X0, y, W, 6, "F")
pdf.set_text_color(255, 255, 255)
x = X0
for h, w, a in cols:
    t(x + 0.8, y + 1, h, 7.5, "B", w=w - 1.6, align=a)
    x += w
pdf.set_text_color(0, 0, 0)
y += 6
for (ln, item, desc, qty, uom, price), amt in zip(LINES, AMT):
    vals = [str(ln), item, desc, f"{qty:,}", uom, f"{price:.3f}" if price < 10 else n(price), "03/30/2026", n(amt)]
    x = X0
    for (h, w, a), v in zip(cols, vals):
        t(x + 0.8, y + 1.4, v, 7.9 if h != "Description" else 7.6, font="LN" if h == "Description" else "LS",
          w=w - 1.6, align=a)
        x += w
    pdf.set_draw_color(190, 190, 190)
    pdf.line(X0, y + 7, X1, y + 7)
    pdf.set_draw_color(0, 0, 0)
    y += 7
y += 3
# release totals
tx = X1 - 72
for i, (lab, val, b) in enumerate([("Release Subtotal", n(SUB), ""), ("Sales Tax (MI exempt - Form 3372 on file)", "0.00", ""),
                                   ("Freight (prepaid, FOB destination)", "0.00", ""), ("RELEASE TOTAL USD", n(SUB), "B")]):
    t(tx, y + i * 5, lab, 7.6 if not b else 8.6, b, font="LN" if not b else "LS")
    t(tx + 46, y + i * 5, val, 8.4 if not b else 9.6, b, w=26, align="R")
pdf.set_line_width(0.5)
pdf.rect(tx - 1.5, y + 14.4, 74.5, 6)
pdf.set_line_width(0.25)
# agreement status
sx = X0
t(sx, y, "AGREEMENT STATUS", 8, "B")
for i, (lab, val) in enumerate([("Not-to-exceed amount", NTE), ("Released prior to this release (6)", PRIOR),
                                ("This release", SUB), ("Released to date", TODATE), ("Remaining balance", REM)]):
    yy = y + 5 + i * 4.6
    pdf.rect(sx, yy, 82, 4.6)
    t(sx + 1.5, yy + 0.4, lab, 7.8, "B" if i >= 3 else "", font="LN")
    t(sx + 52, yy + 0.3, n(val), 8.3, "B" if i >= 3 else "", w=28, align="R")
y += 36
t(X0, y, "RELEASE HISTORY", 8, "B")
y += 5
x = X0
for i, (r, d, a) in enumerate(HIST):
    xx = X0 + (i % 3) * (W / 3)
    yy = y + (i // 3) * 4.5
    t(xx, yy, f"Release {r}   {d}   $ {n(a)}", 7.8, font="LN")
y += 14
pdf.set_draw_color(120, 120, 120)
pdf.line(X0, y, X1, y)
pdf.set_draw_color(0, 0, 0)
y += 2
notes = ["1. Reference the blanket PO number and release number on every packing slip, bill of lading and invoice; "
         "invoices without both numbers will be returned unpaid.",
         "2. Deliveries later than the need-by date require prior approval from the buyer. Over-shipments above 5 % "
         "per line will not be accepted.",
         "3. Cartons must be bundled 25 per bundle, palletized on 48 x 40 in GMA pallets, maximum height 60 in.",
         "4. Invoice to: Accounts Payable, Great Lakes Fixture Company, Inc., P.O. Box 88142, Grand Rapids, MI 49518, "
         "or ap@glfixture.example (PDF, one invoice per release)."]
for s in notes:
    t(X0, y, s, 7.2, font="LN")
    y += 4.2
y += 10
pdf.line(X0, y, X0 + 70, y)
pdf.line(X1 - 70, y, X1, y)
t(X0, y + 1, "Authorized signature - Purchasing", 7.2, font="LN")
t(X0, y + 4.5, "Karen Vanderwall, Senior Buyer", 8, "B")
t(X1 - 70, y + 1, "Supplier acknowledgement (sign and return within 2 days)", 7.2, font="LN")
t(X0, 266, "GLF Purchasing  ·  Form PUR-114 (rev. 2025-08)  ·  This release is issued under and subject to blanket "
           "purchase agreement GLF-BPO-26-0042 and GLF Standard Terms of Purchase.", 6.3, font="LN")
pdf.output(sys.argv[1])
