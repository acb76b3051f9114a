import sys, datetime
from fpdf import FPDF
out = sys.argv[1]
F = '/usr/share/fonts/truetype/dejavu/'
pdf = FPDF(unit='mm', format='A4')
pdf.set_creation_date(datetime.datetime(2025, 4, 3, 9, 30, tzinfo=datetime.timezone.utc))
pdf.add_font('D', '', F + 'DejaVuSans.ttf'); pdf.add_font('D', 'B', F + 'DejaVuSans-Bold.ttf')
pdf.set_auto_page_break(False); pdf.add_page()
L, R = 18, 192
def t(x, y, s, size=9, st='', w=0, align='L', col=(33, 37, 41)):
    pdf.set_text_color(*col); pdf.set_font('D', st, size); pdf.set_xy(x, y); pdf.cell(w, size * 0.45, s, align=align)
pdf.set_fill_color(234, 88, 12); pdf.rect(0, 0, 210, 24, 'F')
t(L, 8, 'makersfield', 18, 'B', col=(255, 255, 255)); t(120, 10, 'Seller payout statement', 10, '', R - 120, 'R', (255, 255, 255))
t(L, 34, 'Birch & Loom Textiles', 13, 'B')
t(L, 41, 'Shop owner: Hannah Birch · Shop ID 40288175', 8, col=(100, 100, 100))
t(L, 46, '57 Maple Ave, Burlington, VT 05401, United States', 8, col=(100, 100, 100))
meta = [('Payout ID', 'PO-7731-2045-B'), ('Payout date', 'April 3, 2025'), ('Statement period', 'March 1, 2025 – March 31, 2025'),
        ('Deposited to', 'Checking account ending 4471'), ('Currency', 'USD')]
y = 33
for k, v in meta:
    t(112, y, k, 8, '', 30, col=(100, 100, 100)); t(142, y, v, 8, 'B', R - 142, 'R'); y += 5.5
y = 66
pdf.set_fill_color(255, 243, 235); pdf.rect(L, y, R - L, 18, 'F')
t(L + 5, y + 4, 'Net payout', 9, col=(100, 100, 100)); t(L + 5, y + 10, '$5,965.13', 16, 'B')
t(100, y + 4, 'Previous payout', 8, col=(100, 100, 100)); t(100, y + 10, 'March 3, 2025 · $4,118.72', 9)
y = 94
t(L, y, 'Summary', 11, 'B'); y += 8
pdf.set_draw_color(220, 220, 220)
def row(k, v, st='', ind=0, col=(33, 37, 41)):
    global y
    t(L + ind, y, k, 9, st, col=col); t(140, y, v, 9, st, R - 140, 'R', col); y += 6.5
row('Gross sales (87 orders, 104 items)', '$6,482.00')
row('Shipping charged to buyers', '$412.50')
row('Refunds (2 orders)', '-$148.00')
pdf.line(L, y - 1, R, y - 1); y += 1
row('Total collected', '$6,746.50', 'B')
y += 3
row('Fees', '', 'B')
row('Transaction fees (6.5% of item price + shipping)', '-$438.52', ind=4)
row('Payment processing fees (3% + $0.25 per order)', '-$224.15', ind=4)
row('Listing fees (112 listings × $0.20)', '-$22.40', ind=4)
row('Offsite ads fees (3 attributed orders)', '-$96.30', ind=4)
pdf.line(L, y - 1, R, y - 1); y += 1
row('Total fees', '-$781.37', 'B')
y += 3
row('Adjustments', '$0.00')
row('Reserve held', '$0.00')
pdf.set_draw_color(33, 37, 41); pdf.line(L, y - 1, R, y - 1); y += 1
row('Net payout', '$5,965.13', 'B')
y += 10
t(L, y, 'Weekly activity', 11, 'B'); y += 8
pdf.set_fill_color(245, 245, 245); pdf.rect(L, y - 2, R - L, 7, 'F')
heads = [('Week', 50, 'L'), ('Orders', 20, 'R'), ('Sales', 30, 'R'), ('Shipping', 25, 'R'), ('Refunds', 25, 'R'), ('Fees', 24, 'R')]
x = L
for h, w, a in heads: t(x, y, h, 8, 'B', w, a); x += w
y += 8
data = [('Mar 1 – Mar 7', '19', '$1,402.00', '$88.50', '$0.00', '-$165.91'),
        ('Mar 8 – Mar 14', '24', '$1,796.00', '$114.00', '-$64.00', '-$212.86'),
        ('Mar 15 – Mar 21', '22', '$1,655.00', '$105.00', '-$84.00', '-$206.20'),
        ('Mar 22 – Mar 31', '22', '$1,629.00', '$105.00', '$0.00', '-$196.40')]
for r in data:
    x = L
    for (h, w, a), v in zip(heads, r): t(x, y, v, 8, '', w, a); x += w
    y += 6
pdf.set_draw_color(220, 220, 220); pdf.line(L, y - 1, R, y - 1)
x = L
for (h, w, a), v in zip(heads, ('Total', '87', '$6,482.00', '$412.50', '-$148.00', '-$781.37')): t(x, y + 1, v, 8, 'B', w, a); x += w
y += 16
pdf.set_font('D', '', 7.5); pdf.set_text_color(110, 110, 110); pdf.set_xy(L, y)
pdf.multi_cell(R - L, 4, 'Payouts usually arrive in your bank account 1–3 business days after the payout date. Sales tax collected and remitted by '
               'Makersfield on your behalf ($402.18 this period) is not included in gross sales or in your payout. This statement is provided for your '
               'records and is not a tax document; your annual 1099-K will be available by January 31, 2026.')
t(L, 285, 'Makersfield Marketplace, Inc. · 400 Brannan St, San Francisco, CA 94107 · Statement generated April 3, 2025', 6.5, '', R - L, 'C', (150, 150, 150))
pdf.output(out)
