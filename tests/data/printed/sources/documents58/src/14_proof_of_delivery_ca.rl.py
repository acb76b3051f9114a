"""Carrier's proof of delivery for an LTL shipment (Canada, Kitchener ON cabinet maker -> Ottawa home centre), English
with French sub-labels: carrier header with the PRO number as a big box top right, a grid of boxes with tiny bilingual
labels above the values (PRO, BOL, customer PO, pickup date, delivery date and time, terminal, freight terms), shipper
and consignee side by side, the piece table (pallets and loose cartons with SSCC labels, pieces, weight in lb and kg),
the exception box (one crushed carton), the consignee's printed name, drawn signature and time, the driver, and the
POD image reference. Dates ISO. ReportLab canvas, Liberation Sans / Sans Narrow.
Usage: python3 14_proof_of_delivery_ca.rl.py out.pdf"""
import sys

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LN", F + "LiberationSansNarrow-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LNB", F + "LiberationSansNarrow-Bold.ttf"))

# handling unit, SSCC, description, pieces, weight lb
UNITS = [("PLT 1", "006241830026031019", "Kitchen base cabinets, shrink-wrapped", 1, 412),
         ("PLT 2", "006241830026031125", "Kitchen base cabinets, shrink-wrapped", 1, 398),
         ("PLT 3", "006241830026031231", "Wall cabinets", 1, 356),
         ("PLT 4", "006241830026031347", "Wall cabinets", 1, 344),
         ("PLT 5", "006241830026031453", "Pantry tower cabinets", 1, 428),
         ("PLT 6", "006241830026031569", "Countertop panels, crated", 1, 166),
         ("CTN", "", "Loose cartons: hardware kits and fillers (8)", 8, 80)]
PCS = sum(u[3] for u in UNITS)
LB = sum(u[4] for u in UNITS)
KG = round(LB * 0.45359237, 1)
assert (PCS, LB, KG) == (14, 2184, 990.6), (PCS, LB, KG)

c = Canvas(sys.argv[1], pagesize=letter, pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("Proof of Delivery PRO 4718-2630-5")
W, H = letter
L, R = 15 * mm, W - 15 * mm
RED = colors.HexColor("#a4161a")

# header
c.setFillColor(RED)
c.rect(L, H - 27 * mm, 9 * mm, 13 * mm, fill=1, stroke=0)
c.setFillColor(colors.black)
c.setFont("LSB", 17)
c.drawString(L + 12 * mm, H - 20 * mm, "LAURENTIAN TRANSPORT")
c.setFont("LN", 7.6)
c.drawString(L + 12 * mm, H - 24.5 * mm, "Laurentian Transport Inc.  ·  6355 Kestrel Road, Mississauga ON L5T 1Z8  ·  BN 819472630 RT0001")
c.setLineWidth(1.4)
c.rect(R - 58 * mm, H - 30 * mm, 58 * mm, 18 * mm)
c.setLineWidth(0.5)
c.setFont("LN", 6.5)
c.drawString(R - 56 * mm, H - 16 * mm, "PRO NUMBER / N° DE PRO")
c.setFont("LSB", 17)
c.drawString(R - 56 * mm, H - 25 * mm, "4718-2630-5")
c.setFont("LSB", 15)
c.drawString(L, H - 40 * mm, "PROOF OF DELIVERY")
c.setFont("LS", 9)
c.drawString(L + 58 * mm, H - 40 * mm, "Preuve de livraison  ·  LTL delivery receipt, consignee copy scanned")

# grid of boxes
y = H - 46 * mm
bw = (R - L) / 4
grid = [[("PRO NUMBER / N° DE PRO", "4718-2630-5"), ("BILL OF LADING / CONNAISSEMENT", "MRC-BOL-260309-02"),
         ("CUSTOMER PO / BON DE COMMANDE", "NHC-PO-55871"), ("FREIGHT TERMS / MODALITÉS", "Prepaid")],
        [("PICKUP DATE / DATE D'ENLÈVEMENT", "2026-03-09"), ("DELIVERY DATE / DATE DE LIVRAISON", "2026-03-11"),
         ("TIME DELIVERED / HEURE", "10:42"), ("DELIVERY TERMINAL", "OTT - Ottawa East")],
        [("SERVICE", "LTL Standard, liftgate"), ("TRAILER / REMORQUE", "LT 53-1184"),
         ("APPOINTMENT / RENDEZ-VOUS", "2026-03-11 10:00-12:00"), ("POD IMAGE ID", "POD-OTT-0311-22817")]]
for row in grid:
    for i, (lab, val) in enumerate(row):
        x = L + i * bw
        c.rect(x, y - 11 * mm, bw, 11 * mm)
        c.setFont("LN", 5.8)
        c.drawString(x + 1.5 * mm, y - 3 * mm, lab)
        c.setFont("LSB", 9.5)
        c.drawString(x + 1.5 * mm, y - 8.6 * mm, val)
    y -= 11 * mm

# shipper / consignee
y -= 4 * mm
hw = (R - L) / 2
for j, (cap, lines) in enumerate([("SHIPPER / EXPÉDITEUR", ["Maple Ridge Cabinetry Ltd.", "455 Trillium Drive, Unit 3",
                                                             "Kitchener ON N2R 1J9", "Contact: shipping desk, 519-555-0126"]),
                                  ("CONSIGNEE / DESTINATAIRE", ["Northshore Home Centres Inc.", "Receiving - Store 114",
                                                                "1180 Innes Road", "Ottawa ON K1B 3V3"])]):
    x = L + j * hw
    c.setFillColor(colors.HexColor("#f1e3e3"))
    c.rect(x, y - 5 * mm, hw, 5 * mm, fill=1, stroke=1)
    c.setFillColor(colors.black)
    c.setFont("LNB", 7.5)
    c.drawString(x + 1.5 * mm, y - 3.6 * mm, cap)
    c.rect(x, y - 27 * mm, hw, 22 * mm)
    for k, s in enumerate(lines):
        c.setFont("LSB" if k == 0 else "LS", 9.5 if k == 0 else 9)
        c.drawString(x + 2 * mm, y - 10 * mm - k * 4.4 * mm, s)
y -= 33 * mm

# piece table
cols = [("Unit", 16, "L"), ("SSCC (00)", 44, "L"), ("Description", 70, "L"), ("Pcs", 14, "R"), ("Weight lb", 20, "R"),
        ("Weight kg", 21.9, "R")]
c.setFillColor(colors.HexColor("#333333"))
c.rect(L, y - 5.5 * mm, R - L, 5.5 * mm, fill=1, stroke=0)
c.setFillColor(colors.white)
c.setFont("LNB", 8)
x = L
for h, w, a in cols:
    if a == "R":
        c.drawRightString(x + w * mm - 1.5 * mm, y - 3.9 * mm, h)
    else:
        c.drawString(x + 1.5 * mm, y - 3.9 * mm, h)
    x += w * mm
c.setFillColor(colors.black)
y -= 5.5 * mm
for u, sscc, desc, pcs, lb in UNITS:
    y -= 5.6 * mm
    vals = [u, sscc, desc, str(pcs), f"{lb:,}", f"{lb * 0.45359237:,.1f}"]
    x = L
    for (h, w, a), v in zip(cols, vals):
        c.setFont("LN", 8.6)
        if a == "R":
            c.drawRightString(x + w * mm - 1.5 * mm, y + 1.6 * mm, v)
        else:
            c.drawString(x + 1.5 * mm, y + 1.6 * mm, v)
        x += w * mm
    c.setStrokeColor(colors.HexColor("#cccccc"))
    c.line(L, y, R, y)
    c.setStrokeColor(colors.black)
y -= 6 * mm
c.setFont("LSB", 9)
c.drawString(L + 1.5 * mm, y + 1.6 * mm, "TOTAL  ·  6 pallets + 8 cartons")
c.drawRightString(L + 144 * mm - 1.5 * mm, y + 1.6 * mm, f"{PCS}")
c.drawRightString(L + 164 * mm - 1.5 * mm, y + 1.6 * mm, f"{LB:,} lb")
c.drawRightString(R - 1.5 * mm, y + 1.6 * mm, f"{KG:,.1f} kg")
c.setLineWidth(1)
c.line(L, y + 6.2 * mm, R, y + 6.2 * mm)
c.line(L, y - 0.5 * mm, R, y - 0.5 * mm)
c.setLineWidth(0.5)
c.setFont("LN", 7.2)
c.drawString(L, y - 4.5 * mm, "Total pieces / nombre total de pièces: 14   ·   Declared on BOL: 14 pieces, 2,184 lb   ·   Piece count verified at delivery: yes")

# exceptions
y -= 12 * mm
c.setStrokeColor(RED)
c.setLineWidth(1.2)
c.rect(L, y - 17 * mm, R - L, 17 * mm)
c.setStrokeColor(colors.black)
c.setLineWidth(0.5)
c.setFont("LNB", 7.5)
c.setFillColor(RED)
c.drawString(L + 2 * mm, y - 4 * mm, "EXCEPTIONS / RÉSERVES  (OS&D)")
c.setFillColor(colors.black)
c.setFont("LS", 8.8)
c.drawString(L + 2 * mm, y - 9 * mm, "1 carton (hardware kit, from CTN) crushed corner - noted on delivery receipt, contents not inspected.")
c.drawString(L + 2 * mm, y - 13.5 * mm, "Delivered 14 of 14 pieces. No shortage. Liftgate used. Consignee signed subject to inspection.")

# signatures
y -= 24 * mm
c.setFont("LN", 6.5)
c.drawString(L, y, "RECEIVED BY (PRINT NAME) / REÇU PAR")
c.drawString(L + 62 * mm, y, "CONSIGNEE SIGNATURE / SIGNATURE")
c.drawString(L + 124 * mm, y, "DRIVER / CHAUFFEUR")
c.setFont("LSB", 11)
c.drawString(L, y - 7 * mm, "D. Tremblay")
c.setFont("LS", 8)
c.drawString(L, y - 11.5 * mm, "Receiving lead, store 114")
c.drawString(L + 124 * mm, y - 7 * mm, "Driver #3318 - M. Okafor")
c.drawString(L + 124 * mm, y - 11.5 * mm, "Signed 2026-03-11 10:42 (handheld)")
p = c.beginPath()
p.moveTo(L + 64 * mm, y - 9 * mm)
p.curveTo(L + 70 * mm, y - 1 * mm, L + 72 * mm, y - 14 * mm, L + 78 * mm, y - 6 * mm)
p.curveTo(L + 83 * mm, y + 0 * mm, L + 86 * mm, y - 12 * mm, L + 92 * mm, y - 7 * mm)
p.curveTo(L + 96 * mm, y - 4 * mm, L + 100 * mm, y - 10 * mm, L + 108 * mm, y - 8 * mm)
c.setLineWidth(0.9)
c.drawPath(p, stroke=1, fill=0)
c.setLineWidth(0.5)
for x0 in (L, L + 62 * mm, L + 124 * mm):
    c.line(x0, y - 13 * mm if x0 == L + 62 * mm else y - 13.5 * mm, x0 + 56 * mm, y - 13 * mm if x0 == L + 62 * mm else y - 13.5 * mm)

c.setFont("LN", 6.8)
c.drawString(L, 16 * mm, "This proof of delivery is a true image of the signed delivery receipt held by Laurentian Transport Inc. "
                         "Claims for concealed damage must be reported within 3 business days of delivery.")
c.drawString(L, 12.5 * mm, "Requested by: Maple Ridge Cabinetry Ltd. accounts receivable  ·  retrieved 2026-03-13  ·  page 1 of 1")
c.showPage()
c.save()
