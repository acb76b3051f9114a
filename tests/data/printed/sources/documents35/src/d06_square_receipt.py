import sys, datetime
from fpdf import FPDF
out = sys.argv[1]
F = '/usr/share/fonts/truetype/dejavu/'
W = 226  # 80 mm
pdf = FPDF(unit='pt', format=(W, 560))
pdf.set_creation_date(datetime.datetime(2025, 3, 22, 15, 14, tzinfo=datetime.timezone.utc))
pdf.add_font('D', '', F + 'DejaVuSans.ttf'); pdf.add_font('D', 'B', F + 'DejaVuSans-Bold.ttf')
pdf.set_auto_page_break(False); pdf.set_margins(14, 14, 14); pdf.add_page()
L, R = 16, W - 16
def c(y, t, size=8, st='', align='C', col=(30, 30, 30)):
    pdf.set_text_color(*col); pdf.set_font('D', st, size); pdf.set_xy(L, y); pdf.cell(R - L, size + 3, t, align=align)
def lr(y, a, b, size=8, st='', col=(30, 30, 30)):
    pdf.set_text_color(*col); pdf.set_font('D', st, size); pdf.set_xy(L, y); pdf.cell(R - L, size + 3, a)
    pdf.set_xy(L, y); pdf.cell(R - L, size + 3, b, align='R')
# round logo
pdf.set_fill_color(62, 107, 72); pdf.ellipse(W / 2 - 22, 18, 44, 44, 'F')
pdf.set_text_color(255, 255, 255); pdf.set_font('D', 'B', 14); pdf.set_xy(W / 2 - 22, 31); pdf.cell(44, 18, 'LF', align='C')
c(70, 'Little Fern Bakehouse', 11, 'B')
c(86, '22 Haywood Rd, Asheville, NC 28806', 7, col=(100, 100, 100))
c(96, '(828) 555-0139 · littlefernbakehouse.com', 7, col=(100, 100, 100))
c(118, '$32.62', 22, 'B')
c(146, 'Visa 2281 (Contactless)', 7.5, col=(100, 100, 100))
pdf.set_draw_color(220, 220, 220); pdf.line(L, 164, R, 164)
y = 172
for name, sub, amt in [('Oat Milk Latte', '12 oz · Extra shot', '$5.25'), ('Cardamom Bun x 2', '$4.50 ea', '$9.00'),
                       ('Country Sourdough Loaf', '', '$9.50'), ('Drip Coffee', '16 oz · For here', '$3.00')]:
    lr(y, name, amt, 8); y += 11
    if sub: c(y, sub, 6.5, align='L', col=(120, 120, 120)); y += 10
    y += 4
pdf.line(L, y, R, y); y += 8
for a, b in [('Subtotal', '$26.75'), ('Sales Tax (7%)', '$1.87'), ('Tip', '$4.00')]:
    lr(y, a, b, 8); y += 13
pdf.line(L, y, R, y); y += 6
lr(y, 'Total', '$32.62', 10, 'B'); y += 20
pdf.line(L, y, R, y); y += 8
for a, b in [('Visa 2281', '$32.62'), ('Entry method', 'Contactless'), ('Auth code', '08441Z'), ('AID', 'A0000000031010')]:
    lr(y, a, b, 7, col=(90, 90, 90)); y += 11
y += 6
c(y, 'Mar 22 2025 at 8:14 AM', 7.5, col=(90, 90, 90)); y += 11
c(y, 'Receipt #Kq3T', 7.5, 'B'); y += 11
c(y, 'Order 4FQ8 · Counter · Staff: Jess', 7, col=(120, 120, 120)); y += 20
pdf.line(L, y, R, y); y += 8
c(y, 'Thanks for baking the day with us!', 7.5); y += 11
c(y, 'Earn a free pastry every 10 visits —', 7, col=(90, 90, 90)); y += 10
c(y, 'this visit added 1 star (7/10).', 7, col=(90, 90, 90)); y += 18
c(y, 'Refunds & exchanges within 24 hours', 6.5, col=(130, 130, 130)); y += 9
c(y, 'with this receipt.', 6.5, col=(130, 130, 130)); y += 18
c(y, 'View online: littlefernbakehouse.com/r/Kq3TmZ8vX2', 6, col=(160, 160, 160))
pdf.output(out)
