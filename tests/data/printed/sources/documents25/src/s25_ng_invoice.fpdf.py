"""Nigeria: tax invoice of a beverage manufacturer (fpdf2, DejaVu Sans; naira sign)."""
import sys, datetime, os
from fpdf import FPDF

FONT = '/usr/share/fonts/truetype/dejavu/'
out = sys.argv[1]
pdf = FPDF(format='A4', unit='mm')
pdf.set_creation_date(datetime.datetime(2025, 2, 14, 10, 0, tzinfo=datetime.timezone.utc))
pdf.set_title('Tax Invoice LFB/INV/2025/0456'); pdf.set_author('Lagoon Foods & Beverages Limited')
pdf.add_font('dv', '', FONT + 'DejaVuSans.ttf'); pdf.add_font('dv', 'B', FONT + 'DejaVuSans-Bold.ttf')
pdf.add_font('dvc', '', FONT + 'DejaVuSansCondensed.ttf'); pdf.add_font('dvc', 'B', FONT + 'DejaVuSansCondensed-Bold.ttf')
pdf.set_auto_page_break(False)
pdf.add_page()
GREEN = (0, 110, 70)
pdf.set_fill_color(*GREEN); pdf.rect(0, 0, 210, 30, 'F')
pdf.set_text_color(255, 255, 255)
pdf.set_font('dv', 'B', 17); pdf.set_xy(15, 7); pdf.cell(0, 8, 'Lagoon Foods & Beverages Limited')
pdf.set_font('dvc', '', 8.5)
pdf.set_xy(15, 16); pdf.cell(0, 4.5, 'Plot 14, Oregun Industrial Estate, Ikeja, Lagos State · +234 803 555 0190 · accounts@lagoonfoods.ng')
pdf.set_xy(15, 21); pdf.cell(0, 4.5, 'RC 1234567 · TIN 12345678-0001 · VAT Reg. (FIRS Ikeja MSTO)')
pdf.set_text_color(0, 0, 0)
pdf.set_font('dv', 'B', 20); pdf.set_xy(15, 36); pdf.cell(90, 10, 'TAX INVOICE')

meta = [('Invoice No.', 'LFB/INV/2025/0456'), ('Invoice Date', '14 February 2025'), ('Due Date', '16 March 2025'),
        ('Sales Order', 'SO-2025-0311'), ('Waybill', 'WB-88214 (dispatched 13/02/2025)'), ('Currency', 'NGN')]
for i, (k, v) in enumerate(meta):
    pdf.set_xy(120, 36 + i * 5.2); pdf.set_font('dvc', '', 8.5); pdf.cell(25, 5, k)
    pdf.set_font('dvc', 'B' if i == 0 else '', 8.5); pdf.cell(0, 5, v)

def block(x, y, title, lines):
    pdf.set_font('dv', 'B', 8.5); pdf.set_text_color(*GREEN); pdf.set_xy(x, y); pdf.cell(80, 5, title)
    pdf.set_text_color(0, 0, 0)
    for i, l in enumerate(lines):
        pdf.set_font('dv', 'B' if i == 0 else '', 8.5); pdf.set_xy(x, y + 5.5 + i * 4.6); pdf.cell(85, 4.6, l)
block(15, 72, 'BILL TO', ['Eko Supermarkets Nigeria Ltd', '23 Adeola Odeku Street, Victoria Island', 'Lagos', 'TIN 23456789-0001', 'Attn: Procurement (Mrs. A. Balogun)'])
block(110, 72, 'SHIP TO', ['Eko Supermarkets – Lekki Distribution Centre', 'KM 18 Lekki-Epe Expressway, Ajah', 'Lagos', 'Receiving hours 8am – 4pm'])

y = 104
cols = [(10, '#', 'C'), (78, 'Description', 'L'), (20, 'Qty', 'R'), (18, 'Unit', 'C'), (26, 'Unit Price (₦)', 'R'), (28, 'Amount (₦)', 'R')]
pdf.set_fill_color(*GREEN); pdf.set_text_color(255, 255, 255); pdf.set_font('dvc', 'B', 8.5)
x = 15
for w, t, a in cols:
    pdf.set_xy(x, y); pdf.cell(w, 7, t, align='C', fill=True); x += w
pdf.set_text_color(0, 0, 0); y += 7
rows = [('1', 'Lagoon Table Water 75cl (pack of 12)', '1,500', 'pack', '1,200.00', '1,800,000.00'),
        ('2', 'Lagoon 100% Orange Juice 1L (carton of 10)', '400', 'carton', '3,600.00', '1,440,000.00')]
pdf.set_font('dvc', '', 9); pdf.set_draw_color(200, 200, 200)
for r in rows:
    x = 15
    for (w, _, a), v in zip(cols, r):
        pdf.set_xy(x, y); pdf.cell(w, 8, v, align=a, border='B'); x += w
    y += 8
y += 4
tot = [('Subtotal', '₦3,240,000.00', False), ('Discount', '₦0.00', False), ('VAT @ 7.5%', '₦243,000.00', False), ('TOTAL', '₦3,483,000.00', True)]
for k, v, b in tot:
    pdf.set_font('dv', 'B' if b else '', 10 if b else 9)
    if b:
        pdf.set_fill_color(225, 240, 232)
    pdf.set_xy(120, y); pdf.cell(37, 7, k, fill=b); pdf.cell(38, 7, v, align='R', fill=b); y += 7
pdf.set_font('dv', '', 8.5); pdf.set_xy(15, y + 3)
pdf.multi_cell(180, 4.8, 'Amount in words: Three Million, Four Hundred and Eighty-Three Thousand Naira Only.')
y += 14
pdf.set_draw_color(*GREEN); pdf.set_line_width(0.3); pdf.rect(15, y, 85, 30)
pdf.set_font('dv', 'B', 8.5); pdf.set_xy(18, y + 2); pdf.cell(0, 5, 'Account summary')
summ = [('Balance brought forward', '₦1,150,000.00'), ('Payment received 07/02/2025', '-₦1,150,000.00'), ('This invoice', '₦3,483,000.00'), ('Balance due', '₦3,483,000.00')]
for i, (k, v) in enumerate(summ):
    pdf.set_font('dvc', 'B' if i == 3 else '', 8.5); pdf.set_xy(18, y + 8 + i * 5); pdf.cell(45, 5, k); pdf.cell(34, 5, v, align='R')
pdf.rect(110, y, 85, 30)
pdf.set_font('dv', 'B', 8.5); pdf.set_xy(113, y + 2); pdf.cell(0, 5, 'Payment details')
bank = ['Guaranty Trust Bank – Acct No. 0123456789', 'Zenith Bank – Acct No. 1012345678', 'Account name: Lagoon Foods & Beverages Ltd', 'Ref: LFB/INV/2025/0456']
for i, l in enumerate(bank):
    pdf.set_font('dvc', '', 8.5); pdf.set_xy(113, y + 8 + i * 5); pdf.cell(0, 5, l)
y += 38
pdf.set_font('dvc', '', 8)
for i, l in enumerate(['Terms: payment within 30 days of invoice date. Returnable crates/pallets remain the property of Lagoon Foods & Beverages Limited.',
                       'Withholding tax credit notes, where applicable, should be forwarded to accounts@lagoonfoods.ng.',
                       'Goods received in good condition: ______________________  Date: ____________  Stamp:']):
    pdf.set_xy(15, y + i * 5); pdf.cell(0, 5, l)
pdf.set_font('dv', '', 8.5); pdf.set_xy(140, y + 28); pdf.cell(55, 5, '______________________', align='C')
pdf.set_xy(140, y + 33); pdf.cell(55, 5, 'For: Lagoon Foods & Beverages Ltd', align='C')
pdf.set_font('dvc', '', 7); pdf.set_text_color(110, 110, 110)
pdf.set_xy(15, 285); pdf.cell(180, 4, 'Lagoon Foods & Beverages Limited · Registered in Nigeria (CAC) RC 1234567 · Page 1 of 1', align='C')
pdf.output(out)
