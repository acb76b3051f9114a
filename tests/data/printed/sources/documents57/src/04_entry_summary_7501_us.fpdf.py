"""Customs broker's copy of an import entry summary in the layout of CBP Form 7501 (United States, Newark), English,
US Letter: a grid of numbered boxes with tiny labels above the values (1 filer code / entry no. ... 26 importer of
record), the line-item block (description, HTSUS no., gross weight, entered value, rate, duty), the other-fee summary
(499 MPF, 501 HMF), the totals blocks 35-40 and the broker's declaration. Dates are month first. fpdf2, Liberation
Sans / Sans Narrow.
Usage: python3 04_entry_summary_7501_us.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


# line, description, HTSUS, gross kg, net qty, entered value, rate
LINES = [("001", "Glazed porcelain floor tiles 60x60 cm", "6907.21.1000", "24180 KG", "1,944.00 M2", D("48620"), D("0.085")),
         ("002", "Glazed ceramic finishing pieces (trims)", "6907.40.0000", "3020 KG", "2,640 NO", D("6380"), D("0.085")),
         ("003", "Cementitious tile adhesive, 25 kg bags", "3214.90.5000", "640 KG", "600 KG", D("1250"), D("0.037"))]
DUTY = [q(v * r) for *_, v, r in LINES]
EV = sum(x[5] for x in LINES)
MPF = q(EV * D("0.003464"))
HMF = q(EV * D("0.00125"))
TOTDUTY = sum(DUTY)
OTHER = MPF + HMF
TOTAL = TOTDUTY + OTHER
assert (EV, TOTDUTY, MPF, HMF, TOTAL) == (D("56250"), D("4721.25"), D("194.85"), D("70.31"), D("4986.41"))

F = "/usr/share/fonts/truetype/liberation/"
pdf = FPDF(format="Letter", unit="mm")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1774569600")), timezone.utc))
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.add_font("LN", "", F + "LiberationSansNarrow-Regular.ttf")
pdf.add_font("LN", "B", F + "LiberationSansNarrow-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Entry Summary 317-4182093-5")
pdf.add_page()
pdf.set_line_width(0.25)
X0, X1 = 10, 205.9


def t(x, y, s, size=8, style="", font="LS", w=0, align="L", h=4):
    pdf.set_xy(x, y)
    pdf.set_font(font, style, size)
    pdf.cell(w, h, s, align=align)


def box(x, y, w, h, label, value="", vsize=8.5, vstyle="B", lines=None):
    pdf.rect(x, y, w, h)
    t(x + 0.8, y + 0.4, label, 5.4, font="LN", h=2.6)
    if lines:
        for i, s in enumerate(lines):
            t(x + 1.2, y + 3.4 + i * 3.8, s, 7.8, "B" if i == 0 else "", h=3.6)
    elif value:
        t(x + 1.2, y + h - 5.2, value, vsize, vstyle, h=4.2)


t(X0, 8, "DEPARTMENT OF HOMELAND SECURITY · U.S. Customs and Border Protection", 6.5, font="LN")
t(X0, 11.5, "ENTRY SUMMARY", 13, "B", h=6)
t(X0 + 60, 12.5, "(layout of CBP Form 7501) · BROKER FILE COPY", 7, font="LN")
t(X1 - 60, 8, "OMB APPROVAL NO. 1651-0022", 6, font="LN", w=60, align="R")
t(X1 - 60, 12, "Hudson Meridian Customs Brokers, LLC", 8, "B", w=60, align="R")
t(X1 - 60, 15.5, "Filer code 317 · Broker file HM-26-07714", 6.5, font="LN", w=60, align="R")
y = 21
W = X1 - X0
row1 = [(0.24, "1. Filer Code/Entry No.", "317-4182093-5"), (0.12, "2. Entry Type", "01 ABI/A"),
        (0.14, "3. Summary Date", "03/12/2026"), (0.14, "4. Surety No.", "457"), (0.1, "5. Bond Type", "8"),
        (0.1, "6. Port Code", "4601"), (0.16, "7. Entry Date", "03/06/2026")]
x = X0
for f, lab, val in row1:
    box(x, y, W * f, 10, lab, val)
    x += W * f
y += 10
row2 = [(0.28, "8. Importing Carrier", "ADRIATIC LODESTAR"), (0.12, "9. Mode of Transport", "11"),
        (0.14, "10. Country of Origin", "IT"), (0.16, "11. Import Date", "03/04/2026"),
        (0.3, "12. B/L or AWB No.", "ADRLLSP26021847")]
x = X0
for f, lab, val in row2:
    box(x, y, W * f, 10, lab, val)
    x += W * f
y += 10
row3 = [(0.28, "13. Manufacturer ID", "ITCERFIO41MOD"), (0.14, "14. Exporting Country", "IT"),
        (0.16, "15. Export Date", "02/13/2026"), (0.14, "16. I.T. No.", ""), (0.14, "17. I.T. Date", ""),
        (0.14, "18. Missing Docs", "")]
x = X0
for f, lab, val in row3:
    box(x, y, W * f, 10, lab, val)
    x += W * f
y += 10
row4 = [(0.22, "19. Foreign Port of Lading", "47527 La Spezia"), (0.2, "20. U.S. Port of Unlading", "4601 Newark"),
        (0.3, "21. Location of Goods/G.O. No.", "E434 Port Newark Container Terminal"),
        (0.14, "22. Consignee No.", "SAME"), (0.14, "23. Importer No.", "72-418390600")]
x = X0
for f, lab, val in row4:
    box(x, y, W * f, 10, lab, val, vsize=7.6 if len(val) > 20 else 8.5)
    x += W * f
y += 10
box(X0, y, W / 2, 21, "25. Ultimate Consignee Name and Address",
    lines=["Cascade Stone & Tile Supply, Inc.", "1180 Doremus Avenue", "Newark, NJ 07105", "State: NJ"])
box(X0 + W / 2, y, W / 2, 21, "26. Importer of Record Name and Address",
    lines=["Cascade Stone & Tile Supply, Inc.", "1180 Doremus Avenue", "Newark, NJ 07105", "IRS No. 72-4183906"])
y += 21
# line-item header
cols = [(0.07, "27.\nLine No."), (0.33, "28. Description of Merchandise\n29. A. HTSUS No.  B. ADA/CVD No."),
        (0.14, "30. A. Gross Weight\nB. Manifest Qty."), (0.14, "31. Net Quantity in\nHTSUS Units"),
        (0.14, "32. A. Entered Value\nB. CHGS  C. Relationship"), (0.08, "33. HTSUS\nRate"), (0.1, "34. Duty and\nI.R. Tax")]
x = X0
for f, lab in cols:
    pdf.rect(x, y, W * f, 8)
    for i, s in enumerate(lab.split("\n")):
        t(x + 0.8, y + 0.6 + i * 3, s, 5.6, font="LN", h=2.8)
    x += W * f
y += 8
pdf.rect(X0, y, W, 62)
for ln, desc, hts, gw, nq, ev, rate in LINES:
    vals = [ln, desc, f"{gw}", nq, f"{ev:,.0f}", f"{rate * 100:.1f}%", f"{q(ev * rate):,.2f}"]
    x = X0
    for (f, _), v, a in zip(cols, vals, "LLRRRRR"):
        t(x + 1, y + 1.5, v, 7.8, font="LN", w=W * f - 2, align=a)
        x += W * f
    t(X0 + W * 0.07 + 1, y + 5.3, hts + "   NO ADA/CVD", 7.8, "B", font="LN")
    y += 11
y += 2
t(X0 + W * 0.07 + 1, y, "Other Fee Summary for Block 39", 7.5, "B", font="LN")
t(X0 + W * 0.07 + 1, y + 4, "499 Merchandise Processing Fee  0.3464%", 7.8, font="LN")
t(X0 + W * 0.9 - 30, y + 4, f"{MPF:,.2f}", 7.8, font="LN", w=28, align="R")
t(X0 + W * 0.07 + 1, y + 8, "501 Harbor Maintenance Fee  0.125%", 7.8, font="LN")
t(X0 + W * 0.9 - 30, y + 8, f"{HMF:,.2f}", 7.8, font="LN", w=28, align="R")
t(X0 + W * 0.07 + 1, y + 12, "Total Other Fees", 7.8, "B", font="LN")
t(X0 + W * 0.9 - 30, y + 12, f"{OTHER:,.2f}", 7.8, "B", font="LN", w=28, align="R")
y = 21 + 40 + 21 + 8 + 62
# totals: 35 .. 40
box(X0, y, W * 0.5, 12, "35. Total Entered Value", f"$ {EV:,.2f}")
bx = X0 + W * 0.5
for i, (lab, val) in enumerate([("37. Duty", TOTDUTY), ("38. Tax", D("0")), ("39. Other", OTHER), ("40. Total", TOTAL)]):
    box(bx, y + i * 7, W * 0.5, 7, "", "")
    t(bx + 2, y + i * 7 + 1.5, lab, 7.5, "B" if i == 3 else "", font="LN")
    t(bx + 20, y + i * 7 + 1.5, f"{val:,.2f}", 8.2, "B" if i == 3 else "", w=W * 0.5 - 24, align="R")
box(X0, y + 12, W * 0.5, 16, "36. Declaration of Importer of Record (Owner or Purchaser) or Authorized Agent",
    lines=["Hudson Meridian Customs Brokers, LLC", "as agent for the importer of record", "Sign.: /s/ Dana R. Whitcombe"])
y += 32
t(X0, y, "41. Declaration: I declare that I am the importer of record or the owner or purchaser or agent thereof and that the "
         "statements in this document are true and correct.", 6.5, font="LN")
t(X0, y + 4, "42. Broker/Filer Information: Hudson Meridian Customs Brokers, LLC, 2 Gateway Center, Suite 1410, Newark, "
             "NJ 07102 · Tel. (973) 555-0188 · License no. 31847", 6.5, font="LN")
t(X0, y + 8, "43. Broker/Importer File No.: HM-26-07714    Payment: ACH statement 03/20/2026 (periodic monthly "
             "statement)    Container: ADRU4718262, ADRU4718302", 6.5, font="LN")
t(X0, 268, "CBP Form 7501 (layout) · broker copy printed 03/12/2026 · page 1 of 1", 6, font="LN")
pdf.output(sys.argv[1])
