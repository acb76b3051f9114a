# Kenyan VAT tax invoice with KRA eTIMS block (fpdf2)
import sys, datetime, random
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 3, 10, 9, 5, tzinfo=datetime.timezone.utc))
pdf.set_title("SPB/INV/25/0391")
pdf.set_author("Savanna Print & Branding Ltd")
pdf.set_auto_page_break(False)
pdf.add_page()
orange = (222, 110, 20)
dark = (40, 40, 40)

pdf.set_fill_color(*orange); pdf.rect(0, 0, 210, 4, "F")
pdf.set_xy(14, 10); pdf.set_font("Helvetica", "B", 17); pdf.set_text_color(*orange)
pdf.cell(0, 8, "SAVANNA PRINT & BRANDING LTD")
pdf.set_text_color(*dark); pdf.set_font("Helvetica", "", 8.5)
pdf.set_xy(14, 19)
pdf.multi_cell(100, 4, "Godown 14, Baba Dogo Road, Ruaraka\nP.O. Box 41187 - 00100, Nairobi, Kenya\n"
               "Tel: +254 722 410 883 | +254 20 786 1140\nEmail: accounts@savannaprint.co.ke\nKRA PIN: P051234567X", align="L")
pdf.set_xy(120, 10); pdf.set_font("Helvetica", "B", 20); pdf.cell(76, 10, "TAX INVOICE", align="R")
pdf.set_font("Helvetica", "", 8.5)
meta = [("Invoice No.", "SPB/INV/25/0391"), ("Invoice Date", "10/03/2025"), ("LPO No.", "SAR/LPO/0458"),
        ("Delivery Note", "DN-25-0612"), ("Payment Terms", "30 Days"), ("Currency", "KES")]
for i, (k, v) in enumerate(meta):
    pdf.set_xy(130, 22 + i * 5)
    pdf.set_font("Helvetica", "", 8.5); pdf.cell(28, 5, k)
    pdf.set_font("Helvetica", "B", 8.5); pdf.cell(38, 5, v, align="R")

# customer box
pdf.set_draw_color(180, 180, 180); pdf.set_line_width(0.3)
pdf.rect(14, 54, 182, 27)
pdf.set_xy(17, 56); pdf.set_font("Helvetica", "B", 8); pdf.set_text_color(*orange); pdf.cell(0, 4, "INVOICE TO")
pdf.set_text_color(*dark)
pdf.set_xy(17, 61); pdf.set_font("Helvetica", "B", 9.5); pdf.cell(0, 5, "Sarangi Trading (K) Ltd")
pdf.set_xy(17, 66); pdf.set_font("Helvetica", "", 8.5)
pdf.multi_cell(90, 4, "Mombasa Road, Sameer Business Park, Block B4\nP.O. Box 18290 - 00500, Nairobi\nCustomer PIN: P052345678Y", align="L")
pdf.set_xy(110, 56); pdf.set_font("Helvetica", "B", 8); pdf.set_text_color(*orange); pdf.cell(0, 4, "DELIVER TO")
pdf.set_text_color(*dark); pdf.set_xy(110, 61); pdf.set_font("Helvetica", "", 8.5)
pdf.multi_cell(84, 4, "Sarangi Trading (K) Ltd - Marketing Dept.\nAttn: Ms. Wanjiru Kamau\nTel: 0733 902 114\nDelivered 07/03/2025", align="L")

# items
y = 88
heads = [("#", 8, "C"), ("Description", 82, "L"), ("Qty", 16, "R"), ("Unit Price", 26, "R"), ("Tax", 16, "C"), ("Amount (KES)", 34, "R")]
pdf.set_fill_color(*dark); pdf.set_text_color(255, 255, 255); pdf.set_font("Helvetica", "B", 8.5)
pdf.set_xy(14, y)
for h, w, a in heads:
    pdf.cell(w, 7, h, align=a if a != "L" else "L", fill=True)
pdf.set_text_color(*dark)
items = [("1", "Corporate catalogue A4, 48pp, 150gsm art paper, saddle stitched", "500", "420.00", "A-16%", "210,000.00"),
         ("2", "Roll-up banner 85 x 200 cm, incl. carry bag", "6", "8,500.00", "A-16%", "51,000.00"),
         ("3", "Business cards, 350gsm matt laminated (box of 500)", "10", "1,800.00", "A-16%", "18,000.00")]
yy = y + 7
pdf.set_font("Helvetica", "", 8.5)
for n, it in enumerate(items):
    if n % 2 == 1:
        pdf.set_fill_color(248, 240, 232); pdf.rect(14, yy, 182, 8, "F")
    pdf.set_xy(14, yy)
    for (h, w, a), v in zip(heads, it):
        pdf.cell(w, 8, v, align=a)
    yy += 8
pdf.set_draw_color(*dark); pdf.line(14, yy + 1, 196, yy + 1)

# totals
yy += 5
tots = [("Taxable Amount (A-16%)", "279,000.00"), ("Exempt Amount", "0.00"), ("VAT 16%", "44,640.00")]
for k, v in tots:
    pdf.set_xy(112, yy); pdf.set_font("Helvetica", "", 9); pdf.cell(50, 6, k); pdf.cell(34, 6, v, align="R"); yy += 6
pdf.set_fill_color(*orange); pdf.set_text_color(255, 255, 255); pdf.set_font("Helvetica", "B", 10.5)
pdf.set_xy(112, yy + 1); pdf.cell(50, 8, " TOTAL (KES)", fill=True); pdf.cell(34, 8, "323,640.00 ", align="R", fill=True)
pdf.set_text_color(*dark)
pdf.set_xy(14, yy - 17); pdf.set_font("Helvetica", "", 8.5)
pdf.multi_cell(92, 4.2, "Amount in words:\nKenya Shillings Three Hundred Twenty Three Thousand Six Hundred Forty Only\n\n"
               "Withholding VAT (2%) is applicable where the buyer is an appointed agent: KES 5,580.00", align="L")

# eTIMS block
yy += 16
pdf.set_draw_color(160, 160, 160); pdf.rect(14, yy, 182, 42)
pdf.set_xy(17, yy + 2); pdf.set_font("Helvetica", "B", 8.5); pdf.cell(0, 5, "KRA eTIMS - CONTROL UNIT INFORMATION")
info = [("SCU ID", "KRACU0100012345"), ("CU Invoice No.", "0100012345000004521"),
        ("Date / Time", "10/03/2025 09:04:37"),
        ("Internal Data", "NJ4Q-7XKT-2WPL-9RCE-MZ5A-HBU3-64"), ("Receipt Signature", "WK7P-2QXM-V8RT-ZN4C")]
for i, (k, v) in enumerate(info):
    pdf.set_xy(17, yy + 9 + i * 5.5); pdf.set_font("Helvetica", "", 8.2); pdf.cell(32, 5, k)
    pdf.set_font("Courier", "", 8.5); pdf.cell(0, 5, ": " + v)
# pseudo QR code
rnd = random.Random(391)
qx, qy, m = 160, yy + 4, 1.2
pdf.set_fill_color(0, 0, 0)
for r in range(29):
    for c in range(29):
        finder = any(r0 <= r < r0 + 7 and c0 <= c < c0 + 7 for r0, c0 in ((0, 0), (0, 22), (22, 0)))
        if finder:
            rr, cc = (r % 22 if r >= 22 else r), (c % 22 if c >= 22 else c)
            on = rr in (0, 6) or cc in (0, 6) or (2 <= rr <= 4 and 2 <= cc <= 4)
        else:
            on = rnd.random() < 0.48
        if on:
            pdf.rect(qx + c * m, qy + r * m, m, m, "F")
pdf.set_xy(150, yy + 39); pdf.set_font("Helvetica", "", 6.5); pdf.cell(46, 3, "Scan to verify on itax.kra.go.ke", align="C")

# bank + footer
yy += 48
pdf.set_xy(14, yy); pdf.set_font("Helvetica", "B", 8.5); pdf.cell(0, 5, "Payment Details")
pdf.set_xy(14, yy + 5); pdf.set_font("Helvetica", "", 8.2)
pdf.multi_cell(110, 4, "Bank: NCBA Bank Kenya PLC, Industrial Area Branch\nAccount Name: Savanna Print & Branding Ltd\n"
               "Account No.: 1001877432  |  Bank Code 07, Branch 140  |  SWIFT: CBAFKENX\n"
               "M-PESA Paybill: 880100, Account: SPB0391", align="L")
pdf.set_xy(130, yy + 20); pdf.cell(66, 4, "______________________________", align="C")
pdf.set_xy(130, yy + 24); pdf.cell(66, 4, "Authorised Signatory", align="C")
pdf.set_xy(14, yy + 34); pdf.set_font("Helvetica", "I", 7.5); pdf.set_text_color(110, 110, 110)
pdf.multi_cell(182, 3.6, "Goods once delivered are not returnable. Claims for shortages must be made within 48 hours of delivery. "
               "Interest at 2% per month will be charged on overdue accounts. Previous invoice SPB/INV/25/0317 dated 14/02/2025 "
               "(KES 96,280.00) is now overdue.", align="L")
pdf.set_fill_color(*orange); pdf.rect(0, 293, 210, 4, "F")
pdf.output(out)
