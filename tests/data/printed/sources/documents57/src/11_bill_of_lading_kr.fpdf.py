"""Ocean bill of lading, original (South Korea, Busan -> San Antonio, Chile), English: the carrier's B/L form with
numbered boxes and tiny labels - (1) shipper with business registration number, (2) consignee "to the order of" the
L/C issuing bank, (3) notify party, (4)-(9) pre-carriage, place of receipt, vessel / voyage, ports, place of delivery,
B/L number and booking number at the top right, the particulars furnished by the shipper (container / seal, marks,
number of packages, description with HS code and L/C number, gross weight, measurement), "SHIPPED ON BOARD" clause
with the on-board date, freight prepaid, number of originals, place and date of issue and the carrier's signature.
fpdf2, DejaVu Sans Condensed.
Usage: python3 11_bill_of_lading_kr.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1774569600")), timezone.utc))
pdf.add_font("DC", "", F + "DejaVuSansCondensed.ttf")
pdf.add_font("DC", "B", F + "DejaVuSansCondensed-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Bill of Lading HBOLBSN2603184")
pdf.add_page()
X0, X1 = 10, 200
XM = 105
BL = (18, 62, 120)
pdf.set_draw_color(*BL)
pdf.set_line_width(0.3)


def t(x, y, s, size=7.8, style="", w=0, align="L", h=3.6, color=(20, 20, 20)):
    pdf.set_xy(x, y)
    pdf.set_font("DC", style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, h, s, align=align)


def box(x, y, w, h, label, lines=(), size=8, first_bold=True):
    pdf.rect(x, y, w, h)
    t(x + 1, y + 0.5, label, 5.4, color=BL, h=2.8)
    for i, s in enumerate(lines):
        t(x + 1.5, y + 3.6 + i * 3.6, s, size, "B" if (i == 0 and first_bold) else "")


# top right: carrier
t(XM + 2, 10, "HANBIT OCEAN LINES", 15, "B", color=BL, h=6)
t(XM + 2, 16.5, "Hanbit Ocean Lines Co., Ltd. · 79 Jungang-daero, Jung-gu, Busan 48939, Korea", 6.3)
t(XM + 2, 24, "BILL OF LADING", 13, "B", h=5)
t(XM + 2, 29.5, "FOR PORT-TO-PORT OR COMBINED TRANSPORT  ·  ORIGINAL", 6.8, "B", color=BL)
box(XM, 34, (X1 - XM) / 2, 9, "B/L No.", ["HBOLBSN2603184"])
box(XM + (X1 - XM) / 2, 34, (X1 - XM) / 2, 9, "Booking No.", ["BSN26SAI0718"])
box(XM, 43, X1 - XM, 9, "Export References", ["Invoice DS-EX-2603-027 · L/C No. BPS-LC-26-00418"], 7.6, False)
# left column parties
box(X0, 8, XM - X0, 26, "(1) Shipper / Exporter (complete name and address)",
    ["Daeseong Auto Parts Co., Ltd.", "112 Hyomun-ro, Buk-gu", "Ulsan 44252, Republic of Korea",
     "Business Reg. No. 607-81-47329", "Tel +82 52 289 4710"])
box(X0, 34, XM - X0, 22, "(2) Consignee (complete name and address)",
    ["TO THE ORDER OF BANCO DEL PACIFICO SUR S.A.", "Av. Apoquindo 3721, Las Condes", "Santiago, Chile"])
box(X0, 56, XM - X0, 26, "(3) Notify Party (complete name and address)",
    ["Autopartes Andinas SpA", "Av. Américo Vespucio 1840, Quilicura", "Santiago, Chile",
     "Tel +56 2 2918 4730 · importaciones@autoandinas.example"])
box(XM, 52, X1 - XM, 30, "Forwarding Agent / Point and Country of Origin / Also Notify",
    ["Country of origin: REPUBLIC OF KOREA", "Also notify: Agencia de Aduanas Valparaíso Sur Ltda.",
     "Blanco 1131, Valparaíso, Chile"], 7.6, False)
y = 82
hw = (XM - X0) / 2
box(X0, y, hw, 9, "(4) Pre-carriage by", [""])
box(X0 + hw, y, hw, 9, "(5) Place of Receipt", ["BUSAN CY"])
box(X0, y + 9, hw, 9, "(6) Ocean Vessel", ["HANBIT CORAL"])
box(X0 + hw, y + 9, hw, 9, "Voyage No.", ["2607E"])
box(X0, y + 18, hw, 9, "(7) Port of Loading", ["BUSAN, KOREA"])
box(X0 + hw, y + 18, hw, 9, "(8) Port of Discharge", ["SAN ANTONIO, CHILE"])
box(XM, y, (X1 - XM) / 2, 9, "(9) Place of Delivery", ["SAN ANTONIO CY"])
box(XM + (X1 - XM) / 2, y, (X1 - XM) / 2, 9, "Final Destination (merchant's reference)", ["SANTIAGO"])
box(XM, y + 9, (X1 - XM) / 2, 9, "Vessel IMO No.", ["9384162"])
box(XM + (X1 - XM) / 2, y + 9, (X1 - XM) / 2, 9, "Service / Mode", ["FCL / FCL  CY-CY"])
box(XM, y + 18, X1 - XM, 9, "Type of Movement", ["PORT TO PORT"])
y += 27
# particulars
t(X0, y + 1, "PARTICULARS FURNISHED BY THE SHIPPER - CARRIER NOT RESPONSIBLE", 7, "B", w=X1 - X0, align="C", color=BL)
y += 5
cols = [("Container No. / Seal No.\nMarks and Numbers", 44), ("No. of Containers\nor Packages", 24),
        ("Kind of Packages; Description of Goods", 72), ("Gross Weight\n(KGS)", 25), ("Measurement\n(CBM)", 25)]
x = X0
for lab, w in cols:
    pdf.rect(x, y, w, 8)
    for i, s in enumerate(lab.split("\n")):
        t(x + 1, y + 0.8 + i * 3, s, 5.8, color=BL, h=2.8)
    pdf.rect(x, y + 8, w, 78)
    x += w
yy = y + 10
for i, s in enumerate(["HBLU4183075", "SEAL: HB2604718", "40' HC", "", "AUTOPARTES ANDINAS", "SAN ANTONIO", "C/NO. 1-24",
                       "MADE IN KOREA"]):
    t(X0 + 1.5, yy + i * 3.8, s, 7.8, "B" if i < 2 else "")
t(X0 + 45, yy, "24 PALLETS", 7.8, "B")
t(X0 + 45, yy + 3.8, "(1,152 CTNS)", 7.4)
for i, s in enumerate(["1 X 40' HC CONTAINER SAID TO CONTAIN:", "24 PALLETS (1,152 CARTONS) OF", "AUTOMOTIVE BRAKE PADS AND",
                       "BRAKE DISCS FOR PASSENGER CARS", "HS CODE 8708.30", "", "INVOICE NO. DS-EX-2603-027",
                       "L/C NO. BPS-LC-26-00418 DATED 12.01.2026", "CFR SAN ANTONIO, CHILE", "", "FREIGHT PREPAID",
                       "SHIPPER'S LOAD, STOW, COUNT AND SEAL", "CY / CY"]):
    t(X0 + 69, yy + i * 3.8, s, 7.6, "B" if s in ("FREIGHT PREPAID",) else "")
t(X0 + 141, yy, "18,640.000", 8, "B", w=23, align="R")
t(X0 + 166, yy, "58.320", 8, "B", w=23, align="R")
t(X0 + 69, y + 76, "SHIPPED ON BOARD 04 MAR 2026  HANBIT CORAL 2607E  AT BUSAN, KOREA", 7.6, "B")
t(X0 + 69, y + 80, "Total number of containers or packages (in words): ONE (1) CONTAINER ONLY", 6.8)
y += 86
# freight / issue block
box(X0, y, 60, 16, "Freight and Charges", ["OCEAN FREIGHT PREPAID", "AS ARRANGED"], 7.8)
box(X0 + 60, y, 30, 16, "Prepaid at", ["BUSAN"])
box(X0 + 90, y, 30, 16, "Payable at", [""])
box(X0 + 120, y, 70, 8, "Number of Original B(s)/L", ["THREE (3)"])
box(X0 + 120, y + 8, 70, 8, "Place and Date of Issue", ["BUSAN, KOREA  05 MAR 2026"])
y += 16
box(X0, y, 120, 34, "Terms", [], 6)
for i, s in enumerate(["RECEIVED by the Carrier the goods as specified above in apparent good order and condition unless",
                       "otherwise stated, to be transported to such place as agreed, authorised or permitted herein and",
                       "subject to all the terms and conditions appearing on the front and reverse of this Bill of Lading.",
                       "One original Bill of Lading, duly endorsed, must be surrendered in exchange for the goods or",
                       "delivery order. IN WITNESS whereof the number of original Bills of Lading stated above have been",
                       "signed, one of which being accomplished the others to stand void."]):
    t(X0 + 1.5, y + 4 + i * 3.6, s, 6.2)
box(X0 + 120, y, 70, 34, "Signed for the Carrier", ["HANBIT OCEAN LINES CO., LTD.", "as Carrier", "", "", "",
                                                     "By: Busan Documentation Centre"], 7.6)
t(X0, 283, "B/L No. HBOLBSN2603184 · ORIGINAL 1 of 3 · Non-negotiable copies are marked as such", 6.4, color=BL)
pdf.output(sys.argv[1])
