import sys
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.lib.units import inch

out = sys.argv[1] if len(sys.argv) > 1 else "10_bill_of_lading.pdf"
c = canvas.Canvas(out, pagesize=letter, invariant=1)
c.setTitle("Bill of Lading 0071-554820")
W, H = letter
L, Rr = 0.45*inch, W - 0.45*inch

def lbl(x, y, t, s=6.5):
    c.setFont("Helvetica-Bold", s); c.drawString(x, y, t)
def val(x, y, t, s=9, f="Helvetica"):
    c.setFont(f, s); c.drawString(x, y, t)

c.setFont("Helvetica-Bold", 15); c.drawCentredString(W/2, H - 0.6*inch, "STRAIGHT BILL OF LADING – SHORT FORM")
c.setFont("Helvetica", 7.5); c.drawCentredString(W/2, H - 0.75*inch, "Original – Not Negotiable")
top = H - 0.85*inch
c.setLineWidth(0.8)
# left column boxes
mid = W/2
boxes = [("SHIP FROM", ["Heartland Seed Genetics, Inc.", "2100 Research Park Drive", "Slater, IA 50244", "SID#: HSG-SL-01   FOB: [X]"], 0.95*inch),
         ("SHIP TO", ["Tri-County Ag Supply Co.", "Attn: Receiving – Dock 3", "411 N. Depot Street", "Effingham, IL 62401   CID#: TCA-0932"], 0.95*inch),
         ("THIRD PARTY FREIGHT CHARGES BILL TO", ["Heartland Seed Genetics, Inc. – Logistics AP", "PO Box 118, Slater, IA 50244"], 0.6*inch)]
y = top
for t, lines, h in boxes:
    c.rect(L, y - h, mid - L, h)
    lbl(L + 3, y - 9, t)
    for i, ln in enumerate(lines):
        val(L + 6, y - 21 - i*11, ln)
    y -= h
# right column
rbox = [("Bill of Lading Number:", "0071-554820", 0.45*inch),
        ("CARRIER NAME:", "Midwest Ag Freight Lines, Inc.", 0.35*inch),
        ("Trailer number:", "MAF 53-2217        Seal number(s): 4471903", 0.35*inch),
        ("SCAC:", "MWAF        Pro number: 884-102377", 0.35*inch),
        ("Ship Date:", "03/24/2025", 0.35*inch),
        ("Freight Charge Terms:", "Prepaid [X]   Collect [ ]   3rd Party [ ]", 0.35*inch)]
y = top
for t, v, h in rbox:
    c.rect(mid, y - h, Rr - mid, h)
    lbl(mid + 3, y - 9, t)
    val(mid + 10, y - 21, v, 10 if "Number" in t else 9, "Helvetica-Bold" if "Number" in t else "Helvetica")
    y -= h
y = top - 2.5*inch
c.rect(L, y - 0.35*inch, Rr - L, 0.35*inch)
lbl(L + 3, y - 9, "SPECIAL INSTRUCTIONS:")
val(L + 6, y - 20, "Keep dry. Do not double stack bulk boxes. Appointment required – call 217-555-0138 24 hrs ahead. Deliver by 03/26/2025.", 8)
y -= 0.35*inch
# customer order info
lbl(L, y - 12, "CUSTOMER ORDER INFORMATION", 8)
y -= 16
cols = [("CUSTOMER ORDER NUMBER", 2.3), ("# PKGS", 0.8), ("WEIGHT (LBS)", 1.0), ("PALLET/SLIP", 1.0), ("ADDITIONAL SHIPPER INFO", 2.5)]
rows = [["SO-2025-10448", "18", "14,112", "Y", "Seed corn – treated, 80K units"],
        ["SO-2025-10451", "6", "3,960", "Y", "Soybean seed – 140K seeds/unit"]]
x = L
c.setFillGray(0.88); c.rect(L, y - 14, Rr - L, 14, fill=1); c.setFillGray(0)
for t, w in cols:
    lbl(x + 3, y - 10, t); x += w*inch
for r in rows:
    y -= 14; x = L
    for (t, w), v in zip(cols, r):
        c.rect(x, y - 14, w*inch, 14); val(x + 3, y - 10, v, 8.5); x += w*inch
y -= 14
x = L
for v, w in zip(["GRAND TOTAL", "24", "18,072", "", ""], [cl[1] for cl in cols]):
    c.rect(x, y - 14, w*inch, 14); val(x + 3, y - 10, v, 8.5, "Helvetica-Bold"); x += w*inch
y -= 30
lbl(L, y, "CARRIER INFORMATION", 8)
y -= 4
cc = [("HANDLING UNIT QTY", 0.8), ("TYPE", 0.6), ("PACKAGE QTY", 0.7), ("TYPE", 0.6), ("WEIGHT (LBS)", 0.8), ("H.M.", 0.4), ("COMMODITY DESCRIPTION", 2.6), ("NMFC #", 0.6), ("CLASS", 0.5)]
x = L
c.setFillGray(0.88); c.rect(L, y - 14, Rr - L, 14, fill=1); c.setFillGray(0)
for t, w in cc:
    lbl(x + 2, y - 10, t, 5.5); x += w*inch
cr = [["12", "PLT", "18", "BOX", "14,112", "", "Seeds, agricultural, NOI, treated, in bulk boxes", "163500", "60"],
      ["4", "PLT", "6", "BOX", "3,960", "", "Seeds, agricultural, NOI, in bulk boxes", "163500", "60"],
      ["16", "", "24", "", "18,072", "", "GRAND TOTAL", "", ""]]
for r in cr:
    y -= 14; x = L
    for (t, w), v in zip(cc, r):
        c.rect(x, y - 14, w*inch, 14); val(x + 2, y - 10, v, 7.5, "Helvetica-Bold" if r[6] == "GRAND TOTAL" else "Helvetica"); x += w*inch
y -= 24
c.setFont("Helvetica", 6.3)
txt = c.beginText(L, y)
for ln in ["Where the rate is dependent on value, shippers are required to state specifically in writing the agreed or declared value of the property as follows:",
           "\"The agreed or declared value of the property is specifically stated by the shipper to be not exceeding $ 92,400.00 per shipment.\"",
           "NOTE: Liability limitation for loss or damage in this shipment may be applicable. See 49 U.S.C. 14706(c)(1)(A) and (B).",
           "RECEIVED, subject to individually determined rates or contracts that have been agreed upon in writing between the carrier and shipper, if applicable, otherwise to the rates,",
           "classifications and rules that have been established by the carrier and are available to the shipper, on request, and to all applicable state and federal regulations.",
           "Seed treated with fungicide/insecticide – do not use for food, feed or oil purposes."]:
    txt.textLine(ln)
c.drawText(txt)
y -= 60
w3 = (Rr - L) / 3
for i, (t, l2) in enumerate([("SHIPPER SIGNATURE / DATE", "K. Lindqvist   03/24/2025"), ("LOADED: By Shipper [X]   COUNTED: By Shipper [X]", ""), ("CARRIER SIGNATURE / PICKUP DATE", "D. Ortega   03/24/2025")]):
    c.rect(L + i*w3, y - 0.6*inch, w3, 0.6*inch); lbl(L + i*w3 + 3, y - 9, t, 5.5); val(L + i*w3 + 6, y - 30, l2, 9)
c.showPage(); c.save()
