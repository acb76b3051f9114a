"""Air waybill, shipper's copy (Singapore Changi -> Munich), English: the IATA air-waybill grid drawn box by box with
tiny labels above the values - AWB number top left and top right with the airline prefix and the mod-7 check digit,
shipper and consignee boxes with account numbers, "Not negotiable / Air Waybill issued by" carrier block, issuing
carrier's agent with IATA code, airport of departure, routing, currency / charge codes, declared values NVD / NCV,
airport of destination, flight / date, handling information, the rating block (pieces, gross weight, rate class,
chargeable weight by volume, rate, total, nature and quantity of goods with dimensions), the prepaid / collect charge
summary with other charges due agent and due carrier, and the execution line. ReportLab canvas, Liberation Sans /
Sans Narrow.
Usage: python3 10_air_waybill_sg.rl.py out.pdf"""
import sys
from decimal import Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LN", F + "LiberationSansNarrow-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LNB", F + "LiberationSansNarrow-Bold.ttf"))

PCS, GW = 6, D("412.5")
VOL = 6 * D("1.00") * D("0.80") * D("0.75")            # m3
CW = max(GW, (VOL / D("0.006")).quantize(D("0.1")))     # IATA volumetric 6000 cm3/kg
RATE = D("5.85")
WC = CW * RATE
DUE_AGENT = {"AWC": D("25.00"), "CHA": D("45.00")}
DUE_CARRIER = {"FSC": CW * D("1.40"), "SCC": CW * D("0.22")}
TA, TC = sum(DUE_AGENT.values()), sum(DUE_CARRIER.values())
TOTAL = WC + TA + TC
assert (VOL, CW, WC, TA, TC, TOTAL) == (D("3.6"), D("600.0"), D("3510.00"), D("70.00"), D("972.00"), D("4552.00")), \
    (VOL, CW, WC, TA, TC, TOTAL)
AWB = "629-41837202"
assert int(AWB[4:11]) % 7 == int(AWB[11])

c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("Air Waybill " + AWB)
W, H = A4
L, R = 10 * mm, W - 10 * mm
M = (L + R) / 2
GR = colors.HexColor("#1d5e3a")
c.setLineWidth(0.6)


def box(x, y, w, h, label, lines=(), size=8, font="LSB", lsize=5.4):
    """x, y = top-left corner in points"""
    c.setStrokeColor(GR)
    c.rect(x, y - h * mm, w, h * mm)
    c.setFillColor(GR)
    c.setFont("LN", lsize)
    c.drawString(x + 1.2 * mm, y - 2.3 * mm, label)
    c.setFillColor(colors.black)
    for i, s in enumerate(lines):
        c.setFont(font if i == 0 else "LS", size)
        c.drawString(x + 1.6 * mm, y - (6 + i * 3.6) * mm, s)


y = H - 10 * mm
c.setFont("LSB", 11)
c.drawString(L, y - 4 * mm, "629")
c.drawString(L + 10 * mm, y - 4 * mm, "SIN")
c.drawString(L + 21 * mm, y - 4 * mm, "4183 7202")
c.drawRightString(R, y - 4 * mm, AWB)
y -= 6 * mm
box(L, y, M - L, 24, "Shipper's Name and Address                                Shipper's Account Number: SG-KST-0418",
    ["Kestrel Semiconductor Test Pte. Ltd.", "21 Changi North Crescent, #04-02", "Singapore 498807",
     "UEN 201604836K  ·  Tel +65 6542 7180"], 8)
c.setFont("LN", 6)
c.drawString(M + 2 * mm, y - 3 * mm, "Not Negotiable")
c.setFont("LSB", 13)
c.drawString(M + 2 * mm, y - 9 * mm, "Air Waybill")
c.setFont("LN", 6.5)
c.drawString(M + 2 * mm, y - 13 * mm, "issued by")
c.setFont("LSB", 10)
c.setFillColor(GR)
c.drawString(M + 14 * mm, y - 13.4 * mm, "STRAITS SKY CARGO")
c.setFillColor(colors.black)
c.setFont("LN", 6.3)
c.drawString(M + 2 * mm, y - 18 * mm, "Straits Sky Cargo Ltd · 7 Airline Road, Changi Airfreight Centre, Singapore 819834")
c.drawString(M + 2 * mm, y - 21.5 * mm, "Copies 1, 2 and 3 of this Air Waybill are originals and have the same validity.")
c.rect(M, y - 24 * mm, R - M, 24 * mm)
y -= 24 * mm
box(L, y, M - L, 24, "Consignee's Name and Address                            Consignee's Account Number",
    ["Bavaria Mikrotechnik GmbH", "Wareneingang Tor 3", "Lilienthalallee 40", "80939 München, Germany"], 8)
c.rect(M, y - 24 * mm, R - M, 24 * mm)
c.setFont("LN", 5.6)
for i, s in enumerate(["It is agreed that the goods described herein are accepted in apparent good order and condition",
                       "(except as noted) for carriage SUBJECT TO THE CONDITIONS OF CONTRACT ON THE REVERSE HEREOF.",
                       "THE SHIPPER'S ATTENTION IS DRAWN TO THE NOTICE CONCERNING CARRIER'S LIMITATION OF LIABILITY.",
                       "Shipper may increase such limitation of liability by declaring a higher value for carriage."]):
    c.drawString(M + 1.5 * mm, y - (4 + i * 3) * mm, s)
y -= 24 * mm
box(L, y, M - L, 14, "Issuing Carrier's Agent Name and City", ["Changi Skyline Cargo Pte Ltd", "Singapore"], 8)
box(M, y, R - M, 14, "Accounting Information", ["FREIGHT PREPAID", "Shipper's ref. KST-EXP-26-0311"], 8)
y -= 14 * mm
box(L, y, (M - L) / 2, 10, "Agent's IATA Code", ["73-4 7281/0012"])
box(L + (M - L) / 2, y, (M - L) / 2, 10, "Account No.", ["CSC-000184"])
box(M, y, R - M, 10, "Reference Number / Optional Shipping Information", ["HAWB CSK-SIN-26-01183"])
y -= 10 * mm
box(L, y, M - L, 10, "Airport of Departure (Addr. of First Carrier) and Requested Routing", ["SINGAPORE"])
rw = (R - M) / 6
for i, (lab, v) in enumerate([("Currency", "SGD"), ("CHGS Code", "PP"), ("WT/VAL PPD", "PP"), ("Other PPD", "PP"),
                              ("Decl. Value Carriage", "NVD"), ("Decl. Value Customs", "NCV")]):
    box(M + i * rw, y, rw, 10, lab, [v], lsize=4.8)
y -= 10 * mm
box(L, y, 14 * mm, 10, "To", ["MUC"])
box(L + 14 * mm, y, (M - L) - 14 * mm, 10, "By First Carrier / Routing and Destination", ["STRAITS SKY CARGO  SIN-MUC direct"])
box(M, y, (R - M) / 2, 10, "Airport of Destination", ["MUNICH"])
box(M + (R - M) / 2, y, (R - M) / 4, 10, "Flight/Date", ["ZM326/11"])
box(M + 3 * (R - M) / 4, y, (R - M) / 4, 10, "Amount of Insurance", ["NIL"])
y -= 10 * mm
box(L, y, R - L, 13, "Handling Information",
    ["KEEP DRY · DO NOT STACK · NOT DANGEROUS GOODS AS PER IATA DGR",
     "Documents attached: commercial invoice KST-INV-26-0311, packing list. Notify: consignee, tel +49 89 318 4720."], 7.6)
y -= 13 * mm
# rating block
cols = [("No. of Pieces\nRCP", 16), ("Gross\nWeight", 18), ("kg\nlb", 8), ("Rate\nClass", 10), ("Commodity\nItem No.", 15),
        ("Chargeable\nWeight", 20), ("Rate /\nCharge", 17), ("Total", 24), ("Nature and Quantity of Goods\n(incl. Dimensions or Volume)", 0)]
x = L
hh = 8 * mm
for lab, w in cols:
    ww = (R - x) if w == 0 else w * mm
    c.rect(x, y - hh, ww, hh)
    c.setFont("LN", 5.4)
    c.setFillColor(GR)
    for i, s in enumerate(lab.split("\n")):
        c.drawString(x + 1 * mm, y - (2.8 + i * 2.6) * mm, s)
    c.setFillColor(colors.black)
    c.rect(x, y - hh - 36 * mm, ww, 36 * mm)
    x += ww
vals = [str(PCS), f"{GW}", "K", "Q", "", f"{CW}", f"{RATE}", f"{WC:,.2f}"]
x = L
for (lab, w), v in zip(cols, vals):
    c.setFont("LSB", 8.5)
    c.drawRightString(x + w * mm - 1.5 * mm, y - hh - 6 * mm, v)
    x += w * mm
c.setFont("LS", 7.4)
for i, s in enumerate(["SEMICONDUCTOR TEST EQUIPMENT", "PARTS (PROBE CARDS, HANDLER", "KITS) HS 9031.80", "",
                       "DIMS: 6 @ 100x80x75 CM", f"VOLUME: {VOL:.3f} M3", "6 WOODEN CRATES, ISPM 15"]):
    c.drawString(x + 1.5 * mm, y - hh - (6 + i * 3.6) * mm, s)
c.setFont("LSB", 8.5)
c.drawRightString(L + 16 * mm - 1.5 * mm, y - hh - 33 * mm, str(PCS))
c.drawRightString(L + 34 * mm - 1.5 * mm, y - hh - 33 * mm, f"{GW}")
c.drawRightString(L + 128 * mm - 1.5 * mm, y - hh - 33 * mm, f"{WC:,.2f}")
y -= hh + 36 * mm
# charges summary
lw = (M - L) / 2


def ch(label, ppd, coll=""):
    global y
    c.rect(L, y - 8 * mm, lw, 8 * mm)
    c.rect(L + lw, y - 8 * mm, lw, 8 * mm)
    c.setFont("LN", 5.4)
    c.setFillColor(GR)
    c.drawCentredString(L + lw, y - 2.3 * mm, label)
    c.setFillColor(colors.black)
    c.setFont("LSB", 8.5)
    c.drawRightString(L + lw - 2 * mm, y - 6.5 * mm, ppd)
    c.drawRightString(L + 2 * lw - 2 * mm, y - 6.5 * mm, coll)
    y -= 8 * mm


ytop = y
c.setFont("LN", 5.6)
c.drawCentredString(L + lw / 2, y - 2.3 * mm, "Prepaid")
c.drawCentredString(L + 1.5 * lw, y - 2.3 * mm, "Collect")
ch("Weight Charge", f"{WC:,.2f}")
ch("Valuation Charge", "")
ch("Tax", "")
ch("Total Other Charges Due Agent", f"{TA:,.2f}")
ch("Total Other Charges Due Carrier", f"{TC:,.2f}")
ch("Total Prepaid", f"{TOTAL:,.2f}")
ch("Currency Conversion Rates / CC Charges in Dest. Currency", "")
box(M, ytop, R - M, 24, "Other Charges",
    [f"AWC: {DUE_AGENT['AWC']:.2f} (due agent)    CHA: {DUE_AGENT['CHA']:.2f} (due agent)",
     f"FSC: {DUE_CARRIER['FSC']:.2f} (due carrier, {CW} kg @ 1.40)",
     f"SCC: {DUE_CARRIER['SCC']:.2f} (due carrier, {CW} kg @ 0.22)"], 7.6, font="LS")
c.rect(M, ytop - 42 * mm, R - M, 18 * mm)
c.setFont("LN", 5.6)
for i, s in enumerate(["Shipper certifies that the particulars on the face hereof are correct and that insofar as any part",
                       "of the consignment contains dangerous goods, such part is properly described by name and is in",
                       "proper condition for carriage by air according to the applicable Dangerous Goods Regulations."]):
    c.drawString(M + 1.5 * mm, ytop - (27 + i * 3) * mm, s)
c.setFont("LS", 7.5)
c.drawString(M + 1.5 * mm, ytop - 40 * mm, "Signature of Shipper or its Agent:  p.p. Kestrel Semiconductor Test Pte. Ltd.")
c.rect(M, ytop - 56 * mm, R - M, 14 * mm)
c.setFont("LSB", 8.5)
c.drawString(M + 1.5 * mm, ytop - 48 * mm, "10 MAR 2026")
c.drawString(M + 24 * mm, ytop - 48 * mm, "SINGAPORE")
c.setFont("LSB", 7.5)
c.drawString(M + 45 * mm, ytop - 48 * mm, "CHANGI SKYLINE CARGO PTE LTD")
c.setFont("LN", 5.6)
c.setFillColor(GR)
c.drawString(M + 1.5 * mm, ytop - 54 * mm, "Executed on (date)")
c.drawString(M + 24 * mm, ytop - 54 * mm, "at (place)")
c.drawString(M + 45 * mm, ytop - 54 * mm, "Signature of Issuing Carrier or its Agent")
c.setFillColor(colors.black)
c.setFont("LSB", 11)
c.drawString(L, 12 * mm, "ORIGINAL 3 (FOR SHIPPER)")
c.drawRightString(R, 12 * mm, AWB)
c.showPage()
c.save()
