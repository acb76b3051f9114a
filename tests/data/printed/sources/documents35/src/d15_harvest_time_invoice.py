import sys, datetime
from fpdf import FPDF
out = sys.argv[1]
pdf = FPDF(unit='pt', format='letter')
pdf.set_creation_date(datetime.datetime(2025, 3, 31, 22, 0, tzinfo=datetime.timezone.utc))
pdf.set_auto_page_break(False); pdf.add_page()
L, R = 50, 562
def t(x, y, s, size=9.5, st='', w=0, align='L', col=(34, 34, 34)):
    pdf.set_text_color(*col); pdf.set_font('Helvetica', st, size); pdf.set_xy(x, y); pdf.cell(w, size + 3, s, align=align)
t(L, 46, 'Foxglove Software Consulting', 17, 'B')
t(L, 68, '216 W Jackson Blvd, Suite 740 · Chicago, IL 60606 · billing@foxglove.dev', 8.5, col=(110, 110, 110))
t(L, 108, 'INVOICE', 22, 'B', col=(240, 99, 33))
rows = [('Invoice ID', '2025-017'), ('Issue Date', '03/31/2025'), ('Due Date', '04/30/2025 (Net 30)'),
        ('Subject', 'March 2025 - Member portal development')]
y = 146
for k, v in rows:
    t(L, y, k, 9.5, 'B', col=(110, 110, 110)); t(L + 90, y, v, 9.5); y += 16
y = 146
t(360, y, 'From', 9.5, 'B', col=(110, 110, 110)); t(420, y, 'Foxglove Software Consulting LLC', 9.5)
for i, s in enumerate(['216 W Jackson Blvd, Suite 740', 'Chicago, IL 60606', 'EIN 83-2210947']):
    t(420, y + 14 + 12 * i, s, 8.5, col=(80, 80, 80))
y = 206
t(360, y, 'Invoice For', 9.5, 'B', col=(110, 110, 110))
for i, s in enumerate(['Parkside Credit Union', 'Attn: Denise Morrow, VP Digital', '4410 N Lincoln Ave', 'Chicago, IL 60625']):
    t(420, y + 12 * i, s, 9 if i else 9.5, 'B' if i == 0 else '', col=(34, 34, 34) if i == 0 else (80, 80, 80))
y = 276
pdf.set_fill_color(245, 245, 245); pdf.rect(L, y, R - L, 20, 'F')
cols = [(L + 6, 70, 'Item Type', 'L'), (L + 80, 230, 'Description', 'L'), (L + 315, 60, 'Quantity', 'R'), (L + 380, 60, 'Unit Price', 'R'), (L + 445, R - L - 451, 'Amount', 'R')]
for x, w, s, a in cols: t(x, y + 4, s, 8.5, 'B', w, a)
y += 28
items = [('Service', 'Backend development (API, integrations)', '62.50', '$150.00', '$9,375.00'),
         ('Service', 'Frontend development (member dashboard)', '41.25', '$140.00', '$5,775.00'),
         ('Service', 'Project management', '12.00', '$120.00', '$1,440.00'),
         ('Service', 'QA & testing', '18.75', '$110.00', '$2,062.50')]
pdf.set_draw_color(225, 225, 225)
for row in items:
    for (x, w, _, a), s in zip(cols, row): t(x, y, s, 9, '', w, a)
    t(L + 80, y + 12, '[PCU Member Portal] 03/01/2025 - 03/31/2025', 7.5, col=(130, 130, 130))
    y += 30; pdf.line(L, y - 6, R, y - 6)
y += 6
for k, v, st in [('Subtotal', '$18,652.50', ''), ('Amount Due', '$18,652.50', 'B')]:
    t(L + 300, y, k, 10 if st else 9.5, st, 130, 'R'); t(L + 445, y, v, 10 if st else 9.5, st, R - L - 451, 'R'); y += 18
y += 20
t(L, y, 'Hours summary', 10, 'B'); y += 18
for k, v in [('Backend development', '62.50'), ('Frontend development', '41.25'), ('Project management', '12.00'), ('QA & testing', '18.75')]:
    t(L, y, k, 9, col=(80, 80, 80)); t(L + 160, y, v, 9, '', 50, 'R'); y += 13
pdf.line(L, y + 2, L + 210, y + 2); y += 6
t(L, y, 'Total hours', 9, 'B'); t(L + 160, y, '134.50', 9, 'B', 50, 'R'); y += 16
t(L, y, 'Billable hours only; 6.25 non-billable hours (internal meetings) not invoiced.', 8, col=(130, 130, 130))
y += 34
t(L, y, 'Notes', 10, 'B'); y += 16
pdf.set_font('Helvetica', '', 9); pdf.set_text_color(80, 80, 80); pdf.set_xy(L, y)
pdf.multi_cell(R - L, 12, 'Thank you! Detailed time entries are attached in the client portal. Please pay by ACH to Foxglove Software '
               'Consulting LLC, First Midwest Commerce Bank, routing 271072318, account 60118822731, or online by card via the '
               '"Pay Invoice" link. Invoices unpaid after 04/30/2025 accrue interest at 1% per month.')
t(L, 742, 'Invoice 2025-017  ·  Page 1 of 1', 7.5, '', R - L, 'C', (150, 150, 150))
pdf.output(out)
