import sys, datetime
from fpdf import FPDF
out = sys.argv[1]
F = '/usr/share/fonts/truetype/liberation2/'
pdf = FPDF(unit='mm', format='A4')
pdf.set_creation_date(datetime.datetime(2025, 3, 19, 11, 0, tzinfo=datetime.timezone.utc))
pdf.add_font('S', '', F + 'LiberationSerif-Regular.ttf'); pdf.add_font('S', 'B', F + 'LiberationSerif-Bold.ttf')
pdf.add_font('N', '', F + 'LiberationSans-Regular.ttf'); pdf.add_font('N', 'B', F + 'LiberationSans-Bold.ttf')
pdf.set_auto_page_break(False); pdf.add_page()
L, R = 16, 194
def t(x, y, s, size=9, st='', w=0, align='L', f='N', col=(20, 20, 20)):
    pdf.set_text_color(*col); pdf.set_font(f, st, size); pdf.set_xy(x, y); pdf.cell(w, size * 0.42, s, align=align)
t(L, 14, 'CORTIÇARIA VALE DO SADO, LDA.', 15, 'B', f='S', col=(92, 58, 28))
t(L, 21, 'Cork flooring, underlay & wall panels since 1962', 8.5, '', f='S', col=(120, 90, 60))
for i, s in enumerate(['Zona Industrial da Mitrena, Lote 18', '2910-738 Setúbal, Portugal', 'Tel. +351 265 555 410 · export@corticaria-vsado.pt', 'NIPC / VAT: PT 503 417 296']):
    t(130, 13 + 4.2 * i, s, 7.5, '', R - 130, 'R', col=(80, 80, 80))
pdf.set_draw_color(92, 58, 28); pdf.set_line_width(0.6); pdf.line(L, 33, R, 33); pdf.set_line_width(0.2)
t(L, 40, 'PROFORMA INVOICE', 17, 'B', f='S')
pdf.set_draw_color(150, 150, 150)
box = [('Proforma No.', 'PI-2025-0064'), ('Date', '19 March 2025'), ('Valid until', '18 April 2025'), ('Buyer ref.', 'RFQ NW-0311'), ('Currency', 'EUR')]
y = 38
for k, v in box:
    pdf.rect(128, y, 28, 6); pdf.rect(156, y, R - 156, 6)
    t(129.5, y + 1.5, k, 8, 'B'); t(157.5, y + 1.5, v, 8.5); y += 6
y = 72
t(L, y, 'BUYER / CONSIGNEE', 8, 'B', col=(92, 58, 28)); t(108, y, 'SHIPPING', 8, 'B', col=(92, 58, 28))
buyer = ['Northway Flooring Distributors Inc.', 'Attn: Graham Petrie, Purchasing', '1880 Kingsway Ave, Unit 4', 'Port Coquitlam, BC V3C 1S5', 'Canada', 'Business No. 81234 5678 RT0001']
ship = [('Incoterms 2020', 'FOB Leixões, Portugal'), ('Port of discharge', 'Vancouver, BC'), ('Est. ship date', 'within 21 days of deposit'),
        ('Packing', '22 pallets, 1 x 40\' HC container'), ('Net / gross weight', '11,460 kg / 12,380 kg')]
for i, s in enumerate(buyer): t(L, y + 5 + 4.3 * i, s, 8.5, 'B' if i == 0 else '')
for i, (k, v) in enumerate(ship): t(108, y + 5 + 4.3 * i, k, 8, '', 34, col=(90, 90, 90)); t(142, y + 5 + 4.3 * i, v, 8.5)
y = 106
pdf.set_fill_color(92, 58, 28); pdf.rect(L, y, R - L, 7, 'F')
heads = [('Pos', 10, 'L'), ('Description', 68, 'L'), ('HS code', 20, 'L'), ('Qty', 18, 'R'), ('Unit', 12, 'L'), ('Unit price', 22, 'R'), ('Amount EUR', 27, 'R')]
x = L + 1
for h, w, a in heads: t(x, y + 1.8, h, 8, 'B', w, a, col=(255, 255, 255)); x += w
y += 10
items = [('1', ['Cork floor tiles 600 x 300 x 6 mm, pre-finished', 'matt varnish, natural colour, bevelled edge'], '4504.90', '1,200', 'm²', '14.80', '17,760.00'),
         ('2', ['Cork underlay rolls 10 m² x 2 mm', 'acoustic, agglomerated, density 200 kg/m³'], '4504.10', '80', 'roll', '22.50', '1,800.00'),
         ('3', ['Cork wall panels 600 x 300 x 10 mm', 'decorative, "Oporto" natural finish'], '4504.90', '350', 'm²', '19.40', '6,790.00')]
for pos, desc, hs, q, u, p, a in items:
    x = L + 1
    vals = [pos, desc[0], hs, q, u, p, a]
    for (h, w, al), v in zip(heads, vals): t(x, y, v, 8.5, '', w, al); x += w
    t(L + 11, y + 4.2, desc[1], 7.5, col=(110, 110, 110))
    y += 11; pdf.line(L, y - 2, R, y - 2)
y += 2
tot = [('Subtotal goods', '26,350.00'), ('Packing & palletising (22 pallets)', '420.00'), ('Freight & insurance', 'excluded (FOB)'),
       ('VAT 0% – export of goods, art. 14.º n.º 1 a) CIVA', '0.00')]
for k, v in tot:
    t(90, y, k, 8.5, '', 78, 'R'); t(168, y, v, 8.5, '', R - 168, 'R'); y += 5.5
pdf.set_fill_color(240, 232, 222); pdf.rect(90, y - 1, R - 90, 8, 'F')
t(92, y + 1, 'TOTAL EUR', 10, 'B', 76, 'R'); t(168, y + 1, '26,770.00', 10, 'B', R - 168, 'R'); y += 10
t(92, y, 'Advance payment required (30%)', 8.5, 'B', 76, 'R'); t(168, y, '8,031.00', 8.5, 'B', R - 168, 'R'); y += 5.5
t(92, y, 'Balance (70%) against copy of B/L', 8.5, '', 76, 'R'); t(168, y, '18,739.00', 8.5, '', R - 168, 'R'); y += 10
t(L, y, 'Amount in words: twenty-six thousand seven hundred seventy euros.', 8, f='S', col=(60, 60, 60)); y += 9
t(L, y, 'PAYMENT TERMS & BANK DETAILS', 8, 'B', col=(92, 58, 28)); y += 5
lines = ['30% advance by T/T on acceptance of this proforma; production starts on receipt of funds.',
         '70% balance by T/T against scanned copy of the Bill of Lading, before release of original documents.',
         'Beneficiary: Cortiçaria Vale do Sado, Lda.  ·  Bank: Banco Atlântico Comercial, Setúbal branch',
         'IBAN PT50 0079 0000 4417 2983 1015 2  ·  SWIFT/BIC BACOPTPL  ·  Please quote PI-2025-0064 on your transfer.']
for s in lines: t(L, y, s, 8.3); y += 4.5
y += 4
t(L, y, 'NOTES', 8, 'B', col=(92, 58, 28)); y += 5
for s in ['Prices valid until 18 April 2025; after this date they are subject to confirmation due to raw cork price variation.',
          'Goods of Portuguese origin; EUR.1 movement certificate and phytosanitary certificate provided at no extra cost.',
          'This proforma invoice is not a tax document and may not be used to claim VAT. A commercial invoice will be issued at shipment.']:
    t(L, y, s, 8); y += 4.5
y += 6
t(130, y, 'For Cortiçaria Vale do Sado, Lda.', 8.5, '', R - 130, 'C', f='S'); pdf.line(135, y + 14, R - 5, y + 14)
t(130, y + 16, 'Rui Mendonça, Export Manager', 8, '', R - 130, 'C')
t(L, 289, 'Cortiçaria Vale do Sado, Lda. · Capital social € 250.000 · Matriculada na CRC de Setúbal sob o n.º 503 417 296', 6.5, '', R - L, 'C', col=(140, 140, 140))
pdf.output(out)
