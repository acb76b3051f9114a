"""Nigerian facility-services invoice with amounts in words beside figures. Usage: python this.py out.pdf"""
import sys, datetime
from fpdf import FPDF

L2 = "/usr/share/fonts/truetype/liberation2/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.datetime(2024, 3, 5, 14, 0, tzinfo=datetime.timezone.utc))
pdf.add_font("LS", "", L2 + "LiberationSerif-Regular.ttf")
pdf.add_font("LS", "B", L2 + "LiberationSerif-Bold.ttf")
pdf.add_font("LS", "I", L2 + "LiberationSerif-Italic.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
G = (0, 102, 68)
pdf.set_fill_color(*G)
pdf.rect(0, 0, 210, 30, "F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("LS", "B", 20)
pdf.set_xy(15, 7)
pdf.cell(0, 9, "ZENBRIDGE")
pdf.set_font("LS", "", 9)
pdf.set_xy(15, 17)
pdf.cell(0, 4, "Zenbridge Facility Services Ltd  |  RC 1482937  |  TIN 21843975-0001")
pdf.set_xy(15, 21.5)
pdf.cell(0, 4, "17B Adeola Odeku Street, Victoria Island, Lagos  |  +234 802 318 4490  |  billing@zenbridgefs.ng")
pdf.set_font("LS", "B", 18)
pdf.set_xy(140, 8)
pdf.cell(55, 9, "INVOICE", align="R")
pdf.set_text_color(20, 20, 20)
# bill to / details
pdf.set_font("LS", "B", 9)
pdf.set_xy(15, 38)
pdf.cell(0, 5, "BILL TO")
pdf.set_font("LS", "B", 11)
pdf.set_xy(15, 44)
pdf.cell(0, 5, "Adeyemi & Partners")
pdf.set_font("LS", "", 9.5)
for i, s in enumerate(["Legal Practitioners & Notaries Public", "Plot 1204 Bishop Oluwole Street", "Victoria Island, Lagos", "Attn: The Head of Chambers"]):
    pdf.set_xy(15, 50 + i * 4.8)
    pdf.cell(0, 4.8, s)
det = [("Invoice No.", "ZFS/INV/2024/0218"), ("Invoice Date", "05 March 2024"), ("Service Period", "01 - 31 March 2024"),
       ("Contract Ref.", "ZFS/SLA/AP/2023-07"), ("Payment Terms", "14 days"), ("Currency", "NGN")]
for i, (k, v) in enumerate(det):
    pdf.set_xy(118, 38 + i * 5.5)
    pdf.set_font("LS", "B", 9)
    pdf.cell(32, 5.5, k)
    pdf.set_font("LS", "", 9.5)
    pdf.cell(45, 5.5, v, align="R")
# items
y = 78
cols = [("S/N", 10), ("Description of Service", 90), ("Qty", 14), ("Unit Price (NGN)", 33), ("Amount (NGN)", 33)]
pdf.set_fill_color(*G)
pdf.set_text_color(255, 255, 255)
pdf.set_font("LS", "B", 9)
x = 15
for n, w in cols:
    pdf.set_xy(x, y)
    pdf.cell(w, 7, n, fill=True, align="L" if n.startswith("Desc") else "C")
    x += w
pdf.set_text_color(20, 20, 20)
rows = [("1", "Office cleaning & janitorial services - monthly fee (3 floors)", "1", "1,250,000.00", "1,250,000.00"),
        ("2", "Security guard services - 12-hour shifts, day & night", "4", "180,000.00", "720,000.00"),
        ("3", "Generator servicing (250 kVA) - quarterly maintenance", "1", "310,000.00", "310,000.00")]
y += 7
pdf.set_font("LS", "", 9.5)
for r in rows:
    x = 15
    for (n, w), v in zip(cols, r):
        pdf.set_xy(x, y)
        pdf.cell(w, 8, v, border="B", align="L" if n.startswith("Desc") else ("C" if n in ("S/N", "Qty") else "R"))
        x += w
    y += 8
# totals with words
y += 8
pdf.set_font("LS", "B", 9)
pdf.set_fill_color(232, 242, 236)
pdf.set_xy(15, y)
pdf.cell(42, 7, "", fill=True)
pdf.cell(40, 7, "Amount (NGN)", fill=True, align="R")
pdf.cell(98, 7, "   Amount in Words", fill=True)
tots = [("Sub-Total", "NGN 2,280,000.00", "Two Million, Two Hundred and Eighty Thousand Naira Only"),
        ("VAT @ 7.5%", "NGN 171,000.00", "One Hundred and Seventy-One Thousand Naira Only"),
        ("TOTAL", "NGN 2,451,000.00", "Two Million, Four Hundred and Fifty-One Thousand Naira Only")]
y += 7
for k, v, wds in tots:
    last = k == "TOTAL"
    pdf.set_xy(15, y)
    pdf.set_font("LS", "B", 10.5 if last else 9.5)
    pdf.cell(42, 8, k, border="B")
    pdf.cell(40, 8, v, border="B", align="R")
    pdf.set_font("LS", "I", 9.5)
    pdf.cell(98, 8, "   " + wds, border="B")
    y += 8
y += 6
pdf.set_font("LS", "", 9)
pdf.set_xy(15, y)
pdf.multi_cell(180, 4.6,
    "Note: Where the client is a withholding tax agent, WHT of 5% on the sub-total (NGN 114,000.00) may be deducted "
    "at source; please forward the WHT credit note in favour of Zenbridge Facility Services Ltd (TIN 21843975-0001). "
    "Outstanding balance on account as at 29 February 2024: NGN 0.00.")
y = pdf.get_y() + 6
pdf.set_font("LS", "B", 9.5)
pdf.set_xy(15, y)
pdf.cell(0, 5, "PAYMENT DETAILS")
pdf.set_font("LS", "", 9.5)
for i, s in enumerate(["Account Name: Zenbridge Facility Services Ltd", "Bank: Guaranty Trust Bank Plc", "Account No.: 0213487756 (NGN)",
                       "Please quote the invoice number ZFS/INV/2024/0218 as payment reference. Payment due by 19 March 2024."]):
    pdf.set_xy(15, y + 6 + i * 5)
    pdf.cell(0, 5, s)
pdf.line(140, 255, 192, 255)
pdf.set_xy(140, 256)
pdf.cell(52, 5, "For: Zenbridge Facility Services Ltd", align="C")
pdf.set_xy(140, 261)
pdf.set_font("LS", "I", 8.5)
pdf.cell(52, 4, "Authorised Signatory", align="C")
pdf.set_font("LS", "", 7.5)
pdf.set_xy(15, 284)
pdf.cell(180, 4, "Thank you for your business.  Zenbridge Facility Services Ltd is registered with the Federal Inland Revenue Service for VAT.", align="C")
pdf.output(sys.argv[1])
