import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

OUT = sys.argv[1]
for name, path in (("LS", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
                   ("LSB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
                   ("LN", "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf"),
                   ("LNB", "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf"),
                   ("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                   ("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(name, path))


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def canvas(size, title):
    c = Canvas(OUT, pagesize=size, invariant=1, pageCompression=1, initialFontName="DV", initialFontSize=9)
    c.setTitle(title)
    c.setCreator("ReportLab")
    return c


"""GST tax invoice of a plastic-packaging manufacturer (India, Pune), English, three A4 pages: the seller / buyer
header (GSTIN, state code, invoice number and date, buyer's order, e-way bill number) is repeated on pages 1 and 2;
24 lines run over pages 1 and 2 ("Continued on next page"); the taxable value, CGST 9 %, SGST 9 %, the invoice total
and the amount in words are only on page 2; page 3 holds the terms and conditions (interest 18 % p.a., cheque-return
charge, jurisdiction), bank details and the e-way bill / transport annex as distractors. Indian digit grouping
(4,12,345.60), dates dd-mm-yyyy. ReportLab canvas, DejaVu Sans.
Usage: python3 25_gst_invoice_three_pages_packaging_in.rl.py out.pdf"""

PAGES = [[('HDPE jerry can 5 L, natural, UN approved', '39233090', 1200, 'Nos', '38.50'), ('HDPE jerry can 20 L, blue, tamper-evident cap', '39233090', 300, 'Nos', '112.00'), ('PET preform 28 mm PCO, 18.5 g', '39233010', 25000, 'Nos', '2.15'), ('PP closure 38 mm, induction seal wad', '39235010', 40000, 'Nos', '0.94'), ('LDPE shrink film 50 micron, 600 mm', '39202020', 350, 'Kg', '148.00'), ('HDPE container 1 kg, wide mouth with lid', '39233090', 5000, 'Nos', '14.20'), ('PP woven sack 50 kg, laminated', '39232990', 8000, 'Nos', '11.60'), ('Corrugated carton 5-ply, 450x300x280', '48191010', 900, 'Nos', '46.75'), ('HDPE jerry can 5 L, natural, UN approved', '39233090', 800, 'Nos', '38.50'), ('HDPE jerry can 20 L, blue, tamper-evident cap', '39233090', 250, 'Nos', '112.00'), ('PET preform 28 mm PCO, 18.5 g', '39233010', 20000, 'Nos', '2.15'), ('PP closure 38 mm, induction seal wad', '39235010', 30000, 'Nos', '0.94'), ('LDPE shrink film 50 micron, 600 mm', '39202020', 420, 'Kg', '148.00'), ('HDPE container 1 kg, wide mouth with lid', '39233090', 4000, 'Nos', '14.20'), ('PP woven sack 50 kg, laminated', '39232990', 6000, 'Nos', '11.60'), ('Corrugated carton 5-ply, 450x300x280', '48191010', 1100, 'Nos', '46.75')], [('HDPE jerry can 5 L, natural, UN approved', '39233090', 1500, 'Nos', '38.50'), ('HDPE jerry can 20 L, blue, tamper-evident cap', '39233090', 200, 'Nos', '112.00'), ('PET preform 28 mm PCO, 18.5 g', '39233010', 15000, 'Nos', '2.15'), ('PP closure 38 mm, induction seal wad', '39235010', 25000, 'Nos', '0.94'), ('LDPE shrink film 50 micron, 600 mm', '39202020', 280, 'Kg', '148.00'), ('HDPE container 1 kg, wide mouth with lid', '39233090', 3000, 'Nos', '14.20'), ('PP woven sack 50 kg, laminated', '39232990', 5000, 'Nos', '11.60'), ('Corrugated carton 5-ply, 450x300x280', '48191010', 700, 'Nos', '46.75')]]
W, H = A4


def inr(x):
    s = f"{x:.2f}"
    ip, dp = s.split(".")
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        p = []
        while len(head) > 2:
            p.insert(0, head[-2:])
            head = head[:-2]
        p.insert(0, head)
        ip = ",".join(p) + "," + tail
    return ip + "." + dp


c = canvas(A4, "Tax Invoice SPPL/25-26/2291")


def head(n):
    c.setFont("DVB", 13)
    c.drawCentredString(W / 2, H - 40, "TAX INVOICE")
    c.setFont("DV", 7)
    c.drawRightString(W - 36, H - 40, "Original for Recipient · Page " + str(n) + " of 3")
    c.rect(36, H - 150, W - 72, 100)
    c.line(W / 2, H - 150, W / 2, H - 50)
    c.setFont("DVB", 9)
    c.drawString(40, H - 62, "Sahyadri Polymers Private Limited")
    c.setFont("DV", 7.5)
    for i, t in enumerate(["Plot C-18, MIDC Chakan Phase II, Pune 410501", "GSTIN/UIN: 27AAKCS4821R1ZM", "State Name: Maharashtra, Code: 27",
                           "CIN: U25209PN2012PTC184729"]):
        c.drawString(40, H - 73 - i * 9.5, t)
    c.setFont("DVB", 8)
    c.drawString(40, H - 115, "Buyer (Bill to)")
    c.setFont("DV", 7.5)
    c.drawString(40, H - 125, "Mahalaxmi Packaging Industries Private Limited")
    c.drawString(40, H - 134, "S-41, MIDC Bhosari, Pune 411026")
    c.drawString(40, H - 143, "GSTIN/UIN: 27AABCM7391L1ZY · State Code: 27")
    cells = [("Invoice No.", "SPPL/25-26/2291"), ("Dated", "14-03-2026"), ("Buyer's Order No.", "MPI/PO/2026/0177"), ("Order Dated", "02-03-2026"),
             ("Delivery Note", "DN-2291"), ("e-Way Bill No.", "2718 4729 3610"), ("Mode/Terms of Payment", "45 days"), ("Destination", "Bhosari, Pune")]
    for i, (k, v) in enumerate(cells):
        x = W / 2 + 4 + (i % 2) * 135
        y = H - 62 - (i // 2) * 22
        c.setFont("DV", 6.5)
        c.drawString(x, y, k)
        c.setFont("DVB", 8)
        c.drawString(x, y - 9, v)


COLS = [(40, "Sl"), (58, "Description of Goods"), (300, "HSN/SAC"), (395, "Quantity"), (460, "Rate"), (W - 40, "Amount")]


def th(y):
    c.setFont("DVB", 7.5)
    for x, t in COLS:
        (c.drawRightString if t in ("Quantity", "Rate", "Amount") else c.drawString)(x, y, t)
    c.line(36, y - 4, W - 36, y - 4)
    c.setFont("DV", 7.5)
    return y - 15


sl = 0
run = D(0)
for pi, rows in enumerate(PAGES):
    if pi:
        c.showPage()
    head(pi + 1)
    y = th(H - 166)
    for d, h, qt, u, p in rows:
        sl += 1
        v = (qt * D(p)).quantize(D("0.01"))
        run += v
        c.drawString(40, y, str(sl))
        c.drawString(58, y, d)
        c.drawString(300, y, h)
        c.drawRightString(395, y, f"{qt:,} {u}".replace(",", ","))
        c.drawRightString(460, y, inr(D(p)))
        c.drawRightString(W - 40, y, inr(v))
        y -= 14
    if pi == 0:
        c.setFont("DV", 7.5)
        c.drawRightString(W - 40, y - 6, "Continued on next page ...")
taxable = run
cgst = q(taxable * D("0.09"))
sgst = q(taxable * D("0.09"))
tot = taxable + cgst + sgst
c.line(36, y + 6, W - 36, y + 6)
y -= 8
for k, v, b in (("Taxable Value", taxable, False), ("CGST @ 9%", cgst, False), ("SGST @ 9%", sgst, False), ("Total", tot, True)):
    c.setFont("DVB" if b else "DV", 9 if b else 8)
    c.drawString(330, y, k)
    c.drawRightString(W - 40, y, ("₹ " if b else "") + inr(v))
    y -= 13
c.setFont("DV", 7.5)
c.drawString(40, y - 6, "Amount Chargeable (in words): Indian Rupees Thirteen Lakh Nine Thousand One Hundred Eighty and Fifty Paise Only")
c.drawString(40, y - 18, "Tax Amount (in words): Indian Rupees " + "One Lakh Ninety Nine Thousand Seven Hundred Five" + " and " + "Fifty" + " Paise Only")
c.drawString(40, y - 34, "Company's PAN: AAKCS4821R · Terms and bank details: see page 3.")
c.drawRightString(W - 40, 50, "for Sahyadri Polymers Private Limited — Authorised Signatory")
c.showPage()
c.setFont("DV", 7)
c.drawRightString(W - 36, H - 40, "Invoice SPPL/25-26/2291 · Page 3 of 3")
c.setFont("DVB", 10)
c.drawString(40, H - 60, "Company's Bank Details")
c.setFont("DV", 8)
for i, t in enumerate(["Bank Name: Deccan Co-operative Bank Ltd.", "A/c No.: 018472936100412", "Branch & IFS Code: Chakan & DCCB0001847"]):
    c.drawString(40, H - 74 - i * 11, t)
c.setFont("DVB", 10)
c.drawString(40, H - 120, "Terms and Conditions")
c.setFont("DV", 7.5)
terms = ["1. Interest @ 18% p.a. will be charged on bills not paid within 45 days from the date of invoice.",
         "2. A charge of Rs. 500.00 will be levied for every cheque returned unpaid, in addition to bank charges.",
         "3. Goods once sold will not be taken back. Claims for shortage or damage must be made within 7 days of receipt.",
         "4. Our responsibility ceases once goods leave our premises. Transit insurance under policy no. 1847/2025/MC.",
         "5. Subject to Pune jurisdiction only. E. & O.E.",
         "6. Certified that the particulars given above are true and correct (Rule 46 of the CGST Rules, 2017)."]
for i, t in enumerate(terms):
    c.drawString(40, H - 134 - i * 11, t)
c.setFont("DVB", 10)
c.drawString(40, H - 220, "Annexure — e-Way Bill and Transport Details")
c.setFont("DV", 8)
for i, (k, v) in enumerate([("e-Way Bill No.", "2718 4729 3610"), ("Generated", "14-03-2026 10:42"), ("Valid up to", "15-03-2026"),
                           ("Vehicle No.", "MH12 RT 4182"), ("Transporter", "Indrayani Roadlines (GSTIN 27AAJFI1847Q1Z5)"), ("LR No. / Date", "LR-71842 / 14-03-2026"),
                           ("Approx. distance", "18 km"), ("Packages", "64 pallets, gross weight 9,480 kg")]):
    c.drawString(40, H - 236 - i * 12, k)
    c.drawString(160, H - 236 - i * 12, v)
c.save()
