# VICS-style straight bill of lading, short form, not negotiable (fpdf2)
import sys, datetime
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="Letter", unit="pt")
pdf.set_creation_date(datetime.datetime(2025, 2, 26, 13, 30, tzinfo=datetime.timezone.utc))
pdf.set_title("Bill of Lading GLPC-250226-018")
pdf.set_creator("GLPC Shipping Console 4.2")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_line_width(0.7)
L, R = 30, 582
W = R - L
MID = L + W / 2


def box(x, y, w, h, fill=False):
    if fill:
        pdf.set_fill_color(0)
        pdf.rect(x, y, w, h, "F")
    else:
        pdf.rect(x, y, w, h)


def bar(x, y, w, text, h=11):
    pdf.set_fill_color(0)
    pdf.rect(x, y, w, h, "F")
    pdf.set_text_color(255)
    pdf.set_font("Helvetica", "B", 7.5)
    pdf.set_xy(x, y + 1)
    pdf.cell(w, h - 2, text, align="C")
    pdf.set_text_color(0)


def txt(x, y, s, size=7.5, style="", w=0, align="L"):
    pdf.set_font("Helvetica", style, size)
    pdf.set_xy(x, y)
    pdf.cell(w, size + 1.5, s, align=align)


# title row
txt(L, 28, "Date: 02/26/2025", 9)
txt(L, 24, "BILL OF LADING", 14, "B", W, "C")
txt(L, 40, "STRAIGHT BILL OF LADING - SHORT FORM - ORIGINAL - NOT NEGOTIABLE", 7, "", W, "C")
txt(R - 80, 28, "Page 1 of 1", 9, "", 80, "R")

y = 56
# ship from / BOL number
box(L, y, W / 2, 76); box(MID, y, W / 2, 76)
bar(L, y, W / 2, "SHIP FROM")
txt(L + 4, y + 14, "Name:  Great Lakes Polymer Compounds LLC", 8)
txt(L + 4, y + 25, "Address:  2840 Tracy Road, Dock 3", 8)
txt(L + 4, y + 36, "City/State/Zip:  Northwood, OH 43619", 8)
txt(L + 4, y + 47, "SID#:  GLPC-NW-01", 8)
txt(L + 4, y + 60, "FOB:  [X]", 8)
txt(MID + 4, y + 6, "Bill of Lading Number:  GLPC-250226-018", 9, "B")
pdf.set_font("Courier", "B", 13)
pdf.set_xy(MID + 14, y + 26)
pdf.cell(W / 2 - 28, 22, "||| |||| | || ||| |||| | ||| ||", align="C")
txt(MID + 4, y + 58, "BAR CODE SPACE", 6, "", W / 2 - 8, "C")

y += 76
box(L, y, W / 2, 76); box(MID, y, W / 2, 76)
bar(L, y, W / 2, "SHIP TO")
txt(L + 4, y + 14, "Name:  Sunbelt Molded Products, Inc.", 8)
txt(L + 4, y + 25, "Address:  1190 Industrial Boulevard", 8)
txt(L + 4, y + 36, "City/State/Zip:  Gainesville, GA 30501", 8)
txt(L + 4, y + 47, "Location #:  RCV-02      CID#:  SMP-GA-0117", 8)
txt(L + 4, y + 60, "FOB:  [  ]      Appointment: 02/28/2025 07:00", 8)
txt(MID + 4, y + 6, "CARRIER NAME:  Keystone Midwest Freight, Inc.", 8.5, "B")
txt(MID + 4, y + 20, "Trailer number:  KMF 53-4471", 8)
txt(MID + 4, y + 31, "Seal number(s):  0884127", 8)
txt(MID + 4, y + 42, "SCAC:  KMFX", 8)
txt(MID + 4, y + 53, "Pro number:  482-1180377", 9, "B")

y += 76
box(L, y, W / 2, 64); box(MID, y, W / 2, 64)
bar(L, y, W / 2, "THIRD PARTY FREIGHT CHARGES BILL TO:")
txt(L + 4, y + 14, "Name:  Great Lakes Polymer Compounds LLC - Freight Payables", 8)
txt(L + 4, y + 25, "Address:  c/o Ohio Valley Freight Audit, PO Box 14420", 8)
txt(L + 4, y + 36, "City/State/Zip:  Columbus, OH 43214", 8)
txt(MID + 4, y + 4, "Freight Charge Terms: (freight charges are prepaid", 7)
txt(MID + 4, y + 13, "unless marked otherwise)", 7)
txt(MID + 4, y + 27, "Prepaid  [X]        Collect  [  ]        3rd Party  [  ]", 8)
txt(MID + 4, y + 44, "[  ]  Master Bill of Lading: with attached", 7)
txt(MID + 4, y + 52, "       underlying Bills of Lading", 7)

y += 64
box(L, y, W / 2, 40)
txt(L + 4, y + 3, "SPECIAL INSTRUCTIONS:", 7.5, "B")
txt(L + 4, y + 14, "Liftgate not required. Do not double stack. Keep dry.", 7.5)
txt(L + 4, y + 24, "Deliver with appointment - call 770-555-0148 (receiving).", 7.5)
box(MID, y, W / 2, 40)

y += 40
bar(L, y, W, "CUSTOMER ORDER INFORMATION", 12)
y += 12
cx = [L, L + 180, L + 240, L + 320, L + 390, L + W]
hd = ["CUSTOMER ORDER NUMBER", "# PKGS", "WEIGHT", "PALLET/SLIP\n(CIRCLE ONE)", "ADDITIONAL SHIPPER INFO"]
for i, h in enumerate(hd):
    box(cx[i], y, cx[i + 1] - cx[i], 20)
    pdf.set_font("Helvetica", "B", 6.5)
    pdf.set_xy(cx[i], y + 2)
    pdf.multi_cell(cx[i + 1] - cx[i], 8, h, align="C")
y += 20
rows = [("SMP-PO-44812", "5", "6,150", "Y", "Lot 25-0219A  Resin GLP-PP30"),
        ("SMP-PO-44830", "3", "3,690", "Y", "Lot 25-0221C  Resin GLP-ABS12"),
        ("", "", "", "", ""),]
for r in rows:
    for i, v in enumerate(r):
        box(cx[i], y, cx[i + 1] - cx[i], 13)
        txt(cx[i] + 3, y + 2.5, v, 8, "", cx[i + 1] - cx[i] - 6, "L" if i in (0, 4) else "C")
    y += 13
box(cx[0], y, cx[1] - cx[0], 13); txt(cx[0] + 3, y + 2.5, "GRAND TOTAL", 8, "B")
box(cx[1], y, cx[2] - cx[1], 13); txt(cx[1], y + 2.5, "8", 8, "B", cx[2] - cx[1], "C")
box(cx[2], y, cx[3] - cx[2], 13); txt(cx[2], y + 2.5, "9,840", 8, "B", cx[3] - cx[2], "C")
box(cx[3], y, cx[5] - cx[3], 13)
y += 13

bar(L, y, W, "CARRIER INFORMATION", 12)
y += 12
cx = [L, L + 40, L + 80, L + 120, L + 160, L + 220, L + 245, L + 460, L + 515, L + W]
box(cx[0], y, cx[2] - cx[0], 10); txt(cx[0], y + 1.5, "HANDLING UNIT", 6.5, "B", cx[2] - cx[0], "C")
box(cx[2], y, cx[4] - cx[2], 10); txt(cx[2], y + 1.5, "PACKAGE", 6.5, "B", cx[4] - cx[2], "C")
for a, b in [(4, 5), (5, 6), (6, 7), (7, 8), (8, 9)]:
    box(cx[a], y, cx[b] - cx[a], 24)
txt(cx[4], y + 8, "WEIGHT", 6.5, "B", cx[5] - cx[4], "C")
txt(cx[5], y + 8, "H.M.(X)", 6, "B", cx[6] - cx[5], "C")
pdf.set_font("Helvetica", "B", 5.5)
pdf.set_xy(cx[6] + 2, y + 1)
pdf.multi_cell(cx[7] - cx[6] - 4, 6.5, "COMMODITY DESCRIPTION\nCommodities requiring special care in handling or stowing must be so marked and packaged.", align="C")
txt(cx[7], y + 3, "LTL ONLY", 6.5, "B", cx[9] - cx[7], "C")
y += 10
for i, h in enumerate(["QTY", "TYPE", "QTY", "TYPE"]):
    box(cx[i], y, cx[i + 1] - cx[i], 14); txt(cx[i], y + 3, h, 6.5, "B", cx[i + 1] - cx[i], "C")
txt(cx[7], y + 3, "NMFC #", 6.5, "B", cx[8] - cx[7], "C")
txt(cx[8], y + 3, "CLASS", 6.5, "B", cx[9] - cx[8], "C")
y += 14
crow = [("5", "PLT", "200", "BAG", "6,150", "", "Plastic Materials, Granules/Pellets, NOI, in 55 lb bags", "156600-03", "55"),
        ("3", "PLT", "120", "BAG", "3,690", "", "Plastic Materials, Granules/Pellets, NOI, in 55 lb bags", "156600-03", "55"),
        ("", "", "", "", "", "", "", "", "")]
for r in crow:
    for i, v in enumerate(r):
        box(cx[i], y, cx[i + 1] - cx[i], 14)
        txt(cx[i] + 2, y + 3, v, 7.5, "", cx[i + 1] - cx[i] - 4, "L" if i == 6 else "C")
    y += 14
box(cx[0], y, cx[1] - cx[0], 14); txt(cx[0], y + 3, "8", 7.5, "B", cx[1] - cx[0], "C")
box(cx[1], y, cx[2] - cx[1], 14)
box(cx[2], y, cx[3] - cx[2], 14); txt(cx[2], y + 3, "320", 7.5, "B", cx[3] - cx[2], "C")
box(cx[3], y, cx[4] - cx[3], 14)
box(cx[4], y, cx[5] - cx[4], 14); txt(cx[4], y + 3, "9,840", 7.5, "B", cx[5] - cx[4], "C")
box(cx[5], y, cx[6] - cx[5], 14)
box(cx[6], y, cx[9] - cx[6], 14); txt(cx[6] + 2, y + 3, "GRAND TOTAL", 7.5, "B")
y += 14

box(L, y, W * 0.62, 34); box(L + W * 0.62, y, W * 0.38, 34)
pdf.set_font("Helvetica", "", 6)
pdf.set_xy(L + 3, y + 2)
pdf.multi_cell(W * 0.62 - 6, 7, "Where the rate is dependent on value, shippers are required to state specifically in writing the agreed or declared value of the property as follows: \"The agreed or declared value of the property is specifically stated by the shipper to be not exceeding ________ per ________.\"")
txt(L + W * 0.62 + 4, y + 4, "COD Amount: $ ______________", 7.5)
txt(L + W * 0.62 + 4, y + 18, "Fee Terms:  Collect [ ]  Prepaid [ ]  Customer check acceptable [ ]", 6)
y += 34
box(L, y, W, 14)
txt(L + 3, y + 3, "NOTE  Liability Limitation for loss or damage in this shipment may be applicable. See 49 U.S.C. 14706(c)(1)(A) and (B).", 7, "B")
y += 14
box(L, y, W * 0.62, 40); box(L + W * 0.62, y, W * 0.38, 40)
pdf.set_font("Helvetica", "", 5.8)
pdf.set_xy(L + 3, y + 2)
pdf.multi_cell(W * 0.62 - 6, 6.6, "RECEIVED, subject to individually determined rates or contracts that have been agreed upon in writing between the carrier and shipper, if applicable, otherwise to the rates, classifications and rules that have been established by the carrier and are available to the shipper, on request, and to all applicable state and federal regulations.")
pdf.set_xy(L + W * 0.62 + 3, y + 2)
pdf.multi_cell(W * 0.38 - 6, 6.6, "The carrier shall not make delivery of this shipment without payment of freight and all other lawful charges.\n\n_______________________ Shipper Signature")
y += 40
cw = [W * 0.30, W * 0.16, W * 0.16, W * 0.38]
xs = [L, L + cw[0], L + cw[0] + cw[1], L + cw[0] + cw[1] + cw[2]]
for x, w in zip(xs, cw):
    box(x, y, w, 80)
txt(xs[0] + 3, y + 3, "SHIPPER SIGNATURE / DATE", 7, "B")
txt(xs[0] + 3, y + 30, "D. Pawlowski          02/26/2025", 8)
pdf.set_font("Helvetica", "", 5.5)
pdf.set_xy(xs[0] + 3, y + 44)
pdf.multi_cell(cw[0] - 6, 6.2, "This is to certify that the above named materials are properly classified, packaged, marked and labeled, and are in proper condition for transportation according to the applicable regulations of the DOT.")
txt(xs[1] + 3, y + 3, "Trailer Loaded:", 7, "B")
txt(xs[1] + 3, y + 16, "[X] By Shipper", 7)
txt(xs[1] + 3, y + 27, "[  ] By Driver", 7)
txt(xs[2] + 3, y + 3, "Freight Counted:", 7, "B")
txt(xs[2] + 3, y + 16, "[  ] By Shipper", 7)
txt(xs[2] + 3, y + 27, "[X] By Driver/pallets", 7)
txt(xs[2] + 3, y + 36, "     said to contain", 7)
txt(xs[3] + 3, y + 3, "CARRIER SIGNATURE / PICKUP DATE", 7, "B")
txt(xs[3] + 3, y + 30, "R. Castellanos  (KMFX)          02/26/2025 14:20", 8)
pdf.set_font("Helvetica", "", 5.5)
pdf.set_xy(xs[3] + 3, y + 44)
pdf.multi_cell(cw[3] - 6, 6.2, "Carrier acknowledges receipt of packages and required placards. Carrier certifies emergency response information was made available and/or carrier has the DOT emergency response guidebook or equivalent documentation in the vehicle. Property described above is received in good order, except as noted.")
pdf.output(out)
