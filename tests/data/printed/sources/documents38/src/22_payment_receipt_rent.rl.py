import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else "22_payment_receipt_rent.pdf"
W, H = A4
GREEN = colors.HexColor("#2e5e3e"); PINK = colors.HexColor("#c2185b")
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("Receipt RC-2503-0871"); c.setAuthor("Protea Property Management (Pty) Ltd")
top = H - 15 * mm
# stylised logo: flower + name
c.setFillColor(PINK); c.circle(24 * mm, top - 8 * mm, 7 * mm, fill=1, stroke=0)
c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 14); c.drawCentredString(24 * mm, top - 10 * mm, "PP")
c.setFillColor(GREEN); c.setFont("Helvetica-Bold", 17); c.drawString(35 * mm, top - 7 * mm, "Protea Property Management (Pty) Ltd")
c.setFillColor(colors.black); c.setFont("Helvetica", 8.5)
c.drawString(35 * mm, top - 12 * mm, "Reg. No. 2011/118842/07  ·  VAT No. 4480261177  ·  PPRA FFC F118842")
c.drawString(35 * mm, top - 16 * mm, "3rd Floor, Umhlanga Arch, 1 Ncondo Place, Umhlanga Ridge 4319  ·  Tel 031 566 2040")
c.setStrokeColor(GREEN); c.setLineWidth(1.5); c.line(15 * mm, top - 21 * mm, W - 15 * mm, top - 21 * mm)
c.setFont("Helvetica-Bold", 20); c.drawString(15 * mm, top - 33 * mm, "RECEIPT")
c.setFont("Helvetica", 9); c.drawString(15 * mm, top - 38 * mm, "Proof of payment received – please retain for your records")
# right: boxed receipt no / date (labels left inside boxes)
def kv(x, y, w, label, value, bold=True):
    c.setStrokeColor(colors.grey); c.setLineWidth(0.6); c.rect(x, y, w, 8 * mm)
    c.setFont("Helvetica", 8); c.drawString(x + 2 * mm, y + 2.8 * mm, label)
    c.setFont("Helvetica-Bold" if bold else "Helvetica", 10); c.drawRightString(x + w - 2 * mm, y + 2.6 * mm, value)
kv(120 * mm, top - 33 * mm, 75 * mm, "Receipt No.", "RC-2503-0871")
kv(120 * mm, top - 41 * mm, 75 * mm, "Date", "2025/03/03")
kv(120 * mm, top - 49 * mm, 75 * mm, "Tenant account", "T-0447-U12")
# received from block
y = top - 62 * mm
c.setFont("Helvetica", 9); c.drawString(15 * mm, y, "Received from:")
c.setFont("Helvetica-Bold", 11); c.drawString(45 * mm, y, "Mthembu Trading CC")
c.setFont("Helvetica", 9)
c.drawString(45 * mm, y - 5 * mm, "Unit 12, Riverhorse Valley Business Estate, 5 Palmiet Drive, Durban 4017")
c.drawString(15 * mm, y - 13 * mm, "The sum of:")
c.setFont("Helvetica-Oblique", 10); c.drawString(45 * mm, y - 13 * mm, "Eighteen thousand seven hundred and fifty rand only")
c.setFont("Helvetica", 9)
c.drawString(15 * mm, y - 21 * mm, "Payment method:"); c.setFont("Helvetica-Bold", 10); c.drawString(45 * mm, y - 21 * mm, "EFT")
c.setFont("Helvetica", 9); c.drawString(60 * mm, y - 21 * mm, "Bank ref: MTHEMBU U12 MAR  ·  Value date 2025/03/02")
c.drawString(15 * mm, y - 29 * mm, "In payment of:"); c.drawString(45 * mm, y - 29 * mm, "Invoice INV-25-0312 (Unit 12, Riverhorse Valley) and arrears")
# big amount box
c.setFillColor(colors.HexColor("#e8f1ea")); c.setStrokeColor(GREEN); c.setLineWidth(1.2)
c.rect(130 * mm, y - 53 * mm, 65 * mm, 16 * mm, fill=1)
c.setFillColor(GREEN); c.setFont("Helvetica", 8.5); c.drawString(133 * mm, y - 41.5 * mm, "AMOUNT RECEIVED")
c.setFont("Helvetica-Bold", 16); c.drawRightString(192 * mm, y - 49.5 * mm, "R 18 750,00")
c.setFillColor(colors.black)
# allocation table
y = y - 64 * mm
c.setFont("Helvetica-Bold", 10); c.drawString(15 * mm, y, "Allocation")
rows = [("Document", "Description", "Outstanding", "Allocated"),
        ("INV-25-0312", "Rental – March 2025 (incl. VAT)", "15 400,00", "15 400,00"),
        ("INV-25-0312", "Electricity & water recovery – Feb 2025", "2 350,00", "2 350,00"),
        ("INV-25-0241", "Late payment charge – February 2025", "1 000,00", "1 000,00"),
        ("INV-25-0241", "Rates recovery – February 2025", "1 860,00", "0,00")]
y -= 7 * mm
xs = [15, 45, 130, 165]
for i, r in enumerate(rows):
    c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9)
    c.drawString(xs[0] * mm, y, r[0]); c.drawString(xs[1] * mm, y, r[1])
    c.drawRightString(158 * mm, y, r[2]); c.drawRightString(195 * mm, y, r[3])
    if i == 0:
        c.setLineWidth(0.5); c.line(15 * mm, y - 2 * mm, 195 * mm, y - 2 * mm)
    y -= 6 * mm
c.line(15 * mm, y + 3 * mm, 195 * mm, y + 3 * mm)
c.setFont("Helvetica-Bold", 9.5); c.drawString(45 * mm, y - 1 * mm, "Total allocated"); c.drawRightString(195 * mm, y - 1 * mm, "18 750,00")
c.setFont("Helvetica", 9); c.drawString(45 * mm, y - 7 * mm, "Balance remaining on account after this payment"); c.drawRightString(195 * mm, y - 7 * mm, "1 860,00")
y -= 22 * mm
c.setFont("Helvetica", 8.5)
c.drawString(15 * mm, y, "Amounts in South African Rand (ZAR). This receipt is issued subject to the funds being cleared by the bank.")
c.drawString(15 * mm, y - 4.5 * mm, "Queries: accounts@proteaproperty.example  ·  Trust account: Nedbank 1198 447 102, branch 198765")
c.drawString(15 * mm, y - 16 * mm, "Issued by: N. Govender (Debtors Clerk)")
c.drawString(120 * mm, y - 16 * mm, "Signature: ___________________________")
c.setDash(3, 3); c.setStrokeColor(colors.grey); c.line(0, y - 26 * mm, W, y - 26 * mm)
c.showPage(); c.save()
