import sys
from fpdf import FPDF
out = sys.argv[1]
F = '/usr/share/fonts/truetype/liberation2/'
pdf = FPDF(unit='pt', format='letter')
pdf.set_creation_date(__import__('datetime').datetime(2025, 3, 10, 15, 2, tzinfo=__import__('datetime').timezone.utc))
pdf.add_font('LS', '', F + 'LiberationSans-Regular.ttf')
pdf.add_font('LS', 'B', F + 'LiberationSans-Bold.ttf')
pdf.set_auto_page_break(False)
pdf.add_page()
W = 612; L = 42; R = W - 42
# logo block
pdf.set_fill_color(196, 74, 34); pdf.rect(L, 40, 70, 70, 'F')
pdf.set_text_color(255, 255, 255); pdf.set_font('LS', 'B', 26); pdf.set_xy(L, 58); pdf.cell(70, 34, 'RR', align='C')
pdf.set_text_color(40, 40, 40)
pdf.set_font('LS', 'B', 26); pdf.set_xy(300, 38); pdf.cell(R - 300, 32, 'INVOICE', align='R')
pdf.set_font('LS', 'B', 10); pdf.set_xy(300, 74); pdf.cell(R - 300, 13, 'Ridgeline Roofing & Gutters', align='R')
pdf.set_font('LS', '', 9)
for i, t in enumerate(['3390 Brighton Blvd, Unit 12', 'Denver, Colorado 80216', 'United States', '', 'Phone: (303) 555-0124', 'www.ridgelineroofing.co']):
    pdf.set_xy(300, 88 + i * 12); pdf.cell(R - 300, 12, t, align='R')
pdf.set_draw_color(210, 210, 210); pdf.line(L, 168, R, 168)
# bill to + meta
pdf.set_font('LS', 'B', 9); pdf.set_text_color(120, 120, 120); pdf.set_xy(L, 180); pdf.cell(200, 12, 'BILL TO')
pdf.set_text_color(40, 40, 40); pdf.set_font('LS', 'B', 10); pdf.set_xy(L, 194); pdf.cell(200, 13, 'Patricia Okonkwo')
pdf.set_font('LS', '', 9)
for i, t in enumerate(['1187 S Clarkson St', 'Denver, Colorado 80210', '(720) 555-0161', 'p.okonkwo@example.com']):
    pdf.set_xy(L, 208 + i * 12); pdf.cell(200, 12, t)
meta = [('Invoice Number:', '58'), ('P.O./S.O. Number:', '4410'), ('Invoice Date:', 'March 10, 2025'), ('Payment Due:', 'April 9, 2025')]
for i, (k, v) in enumerate(meta):
    pdf.set_font('LS', 'B', 9); pdf.set_xy(330, 180 + i * 14); pdf.cell(140, 14, k, align='R')
    pdf.set_font('LS', '', 9); pdf.set_xy(474, 180 + i * 14); pdf.cell(R - 474, 14, v, align='R')
pdf.set_fill_color(241, 241, 241); pdf.rect(330, 238, R - 330, 18, 'F')
pdf.set_font('LS', 'B', 9); pdf.set_xy(330, 240); pdf.cell(140, 14, 'Amount Due (USD):', align='R')
pdf.set_xy(474, 240); pdf.cell(R - 474, 14, '$2,319.25', align='R')
# table
y = 282
pdf.set_fill_color(196, 74, 34); pdf.rect(L, y, R - L, 22, 'F'); pdf.set_text_color(255, 255, 255); pdf.set_font('LS', 'B', 9)
cols = [(L + 10, 270, 'Items', 'L'), (330, 70, 'Quantity', 'R'), (405, 75, 'Price', 'R'), (485, R - 495, 'Amount', 'R')]
for x, w, t, a in cols:
    pdf.set_xy(x, y + 4); pdf.cell(w, 14, t, align=a)
pdf.set_text_color(40, 40, 40)
items = [('Seamless aluminum gutter, 5" K-style', 'Remove old gutters, install new along all eaves (linear ft)', '142', '$11.50', '$1,633.00'),
         ('Downspouts, 3x4" with elbows', 'Front and rear corners, incl. splash blocks', '4', '$95.00', '$380.00'),
         ('Micro-mesh gutter guards', 'Stainless mesh, all new gutter runs (linear ft)', '142', '$6.25', '$887.50'),
         ('Haul-away & disposal', 'Old gutters and debris', '1', '$150.00', '$150.00')]
y += 30
for a, b, q, p, amt in items:
    pdf.set_font('LS', 'B', 9); pdf.set_xy(L + 10, y); pdf.cell(270, 12, a)
    pdf.set_font('LS', '', 8); pdf.set_text_color(110, 110, 110); pdf.set_xy(L + 10, y + 12); pdf.cell(270, 11, b); pdf.set_text_color(40, 40, 40)
    pdf.set_font('LS', '', 9)
    for (x, w, _, al), t in zip(cols[1:], (q, p, amt)):
        pdf.set_xy(x, y); pdf.cell(w, 12, t, align=al)
    y += 32
pdf.line(L, y, R, y); y += 10
tot = [('Subtotal:', '$3,050.50', ''), ('Sales Tax 8.81%:', '$268.75', ''), ('Total:', '$3,319.25', 'B'),
       ('Payment on March 10, 2025 using a credit card:', '$1,000.00', ''), ]
for k, v, s in tot:
    pdf.set_font('LS', s, 9); pdf.set_xy(230, y); pdf.cell(240, 14, k, align='R'); pdf.set_xy(474, y); pdf.cell(R - 474, 14, v, align='R'); y += 16
pdf.line(330, y + 2, R, y + 2); y += 8
pdf.set_font('LS', 'B', 10); pdf.set_xy(230, y); pdf.cell(240, 14, 'Amount Due (USD):', align='R'); pdf.set_xy(474, y); pdf.cell(R - 474, 14, '$2,319.25', align='R')
y += 50
pdf.set_font('LS', 'B', 9); pdf.set_xy(L, y); pdf.cell(300, 12, 'Notes / Terms')
pdf.set_font('LS', '', 8.5); pdf.set_xy(L, y + 14)
pdf.multi_cell(R - L, 12, 'This invoice was converted from Estimate #31 (dated February 24, 2025, accepted February 28, 2025). '
               'The $1,000.00 deposit paid by card on March 10, 2025 has been applied. Balance due within 30 days. '
               'Workmanship warranty: 5 years on gutter installation; guards carry the manufacturer\'s 20-year warranty. '
               'Pay online by card or bank payment using the "Pay Now" button in your email, or mail a check to the address above.')
pdf.set_font('LS', '', 7.5); pdf.set_text_color(130, 130, 130)
pdf.set_xy(L, 740); pdf.cell(R - L, 10, 'Ridgeline Roofing & Gutters LLC  ·  Colorado contractor license #RC-204871  ·  Insured through 12/31/2025', align='C')
pdf.output(out)
