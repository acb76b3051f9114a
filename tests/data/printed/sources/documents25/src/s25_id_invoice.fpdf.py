"""Indonesia: commercial invoice of a logistics company (fpdf2, DejaVu Sans)."""
import sys
from fpdf import FPDF
from fpdf.enums import XPos, YPos

FONT = '/usr/share/fonts/truetype/dejavu/'
out = sys.argv[1]
pdf = FPDF(format='A4', unit='mm')
pdf.set_creation_date(__import__('datetime').datetime(2025, 3, 17, 9, 0, 0, tzinfo=__import__('datetime').timezone.utc))
pdf.set_title('Invoice INV/SNL/2025/03/0217'); pdf.set_author('PT Sinar Nusantara Logistik')
pdf.add_font('dv', '', FONT + 'DejaVuSans.ttf'); pdf.add_font('dv', 'B', FONT + 'DejaVuSans-Bold.ttf')
pdf.add_font('dvc', '', FONT + 'DejaVuSansCondensed.ttf'); pdf.add_font('dvc', 'B', FONT + 'DejaVuSansCondensed-Bold.ttf')
pdf.set_auto_page_break(False)
pdf.set_margins(15, 12, 15)
pdf.add_page()
NAVY = (16, 52, 96)

# letterhead
pdf.set_fill_color(*NAVY); pdf.rect(15, 12, 16, 16, 'F')
pdf.set_text_color(255, 255, 255); pdf.set_font('dv', 'B', 12); pdf.set_xy(15, 16.5); pdf.cell(16, 7, 'SNL', align='C')
pdf.set_text_color(*NAVY); pdf.set_font('dv', 'B', 15); pdf.set_xy(34, 12); pdf.cell(0, 7, 'PT SINAR NUSANTARA LOGISTIK')
pdf.set_text_color(90, 90, 90); pdf.set_font('dvc', '', 8.5)
pdf.set_xy(34, 19); pdf.cell(0, 4, 'Freight Forwarding · Trucking · Warehousing · Customs Clearance')
pdf.set_xy(34, 23); pdf.cell(0, 4, 'Jl. Perak Barat No. 118, Surabaya 60165 · Telp. (031) 352 8890 · finance@sinarnusantara.co.id')
pdf.set_xy(34, 27); pdf.cell(0, 4, 'NPWP : 01.234.567.8-012.000 · NIB 8120001234567')
pdf.set_draw_color(*NAVY); pdf.set_line_width(0.6); pdf.line(15, 33, 195, 33)

pdf.set_text_color(0, 0, 0)
pdf.set_font('dv', 'B', 16); pdf.set_xy(15, 37); pdf.cell(0, 8, 'INVOICE / FAKTUR', align='C')

# customer block
pdf.set_line_width(0.2); pdf.set_draw_color(120, 120, 120)
pdf.rect(15, 49, 96, 34)
pdf.set_font('dv', 'B', 8.5); pdf.set_xy(18, 51); pdf.cell(0, 4.5, 'Kepada Yth.')
pdf.set_font('dv', 'B', 10); pdf.set_xy(18, 56); pdf.cell(0, 5, 'PT Mitra Agro Lestari')
pdf.set_font('dv', '', 8.5)
for i, t in enumerate(['Jl. Urip Sumoharjo No. 45, Panaikang', 'Makassar 90232, Sulawesi Selatan',
                       'NPWP : 02.345.678.9-801.000', 'Up. Ibu Ratna Sari (Finance)']):
    pdf.set_xy(18, 62 + i * 4.8); pdf.cell(0, 4.5, t)

# invoice data block
pdf.rect(116, 49, 79, 34)
rows = [('No. Invoice', 'INV/SNL/2025/03/0217'), ('Tanggal', '17 Maret 2025'), ('Jatuh Tempo', '16 April 2025'),
        ('No. PO', 'PO/MAL/2025/0311'), ('No. Job', 'SNL-SUB-MKS-2503-044'), ('Mata Uang', 'IDR')]
for i, (k, v) in enumerate(rows):
    pdf.set_xy(119, 51 + i * 5.2); pdf.set_font('dv', '', 8.5); pdf.cell(24, 4.5, k)
    pdf.cell(3, 4.5, ':'); pdf.set_font('dv', 'B' if i == 0 else '', 8.5); pdf.cell(0, 4.5, v)

# items
y = 90
cols = [(9, 'No', 'C'), (83, 'Keterangan', 'L'), (12, 'Qty', 'R'), (15, 'Satuan', 'C'), (31, 'Harga Satuan (Rp)', 'R'), (30, 'Jumlah (Rp)', 'R')]
pdf.set_fill_color(*NAVY); pdf.set_text_color(255, 255, 255); pdf.set_font('dvc', 'B', 8.5)
x = 15
for w, t, a in cols:
    pdf.set_xy(x, y); pdf.cell(w, 7, t, border=1, align='C', fill=True); x += w
pdf.set_text_color(0, 0, 0)
items = [
    ('1', 'Jasa pengiriman laut FCL 20\' Surabaya – Makassar\nB/L No. SNL/SUB/MKS/2503/044, ETD 10-03-2025', '3', 'cont', '9.500.000', '28.500.000'),
    ('2', 'Trucking door-to-door Gresik – Tanjung Perak', '3', 'trip', '2.750.000', '8.250.000'),
    ('3', 'THC & handling pelabuhan muat', '3', 'cont', '1.250.000', '3.750.000'),
    ('4', 'Biaya dokumen, seal & administrasi', '1', 'ls', '2.000.000', '2.000.000'),
]
y += 7
pdf.set_font('dvc', '', 8.5)
for it in items:
    lines = it[1].split('\n'); h = 5 * len(lines) + 2
    x = 15
    for (w, _, a), v in zip(cols, it):
        pdf.rect(x, y, w, h)
        if v == it[1]:
            for j, ln in enumerate(lines):
                pdf.set_xy(x + 1, y + 1 + 5 * j); pdf.cell(w - 2, 5, ln, align='L')
        else:
            pdf.set_xy(x + 1, y + 1); pdf.cell(w - 2, 5, v, align=a)
        x += w
    y += h
y += 3
summary = [('Harga Jual / Penggantian', '42.500.000', False), ('Dikurangi Potongan Harga', '0', False),
           ('Dasar Pengenaan Pajak (DPP Nilai Lain 11/12)', '38.958.333', False), ('PPN 12% x DPP Nilai Lain', '4.675.000', False),
           ('TOTAL TAGIHAN (Rp)', '47.175.000', True)]
for k, v, b in summary:
    pdf.set_font('dv', 'B' if b else '', 9 if b else 8.5)
    if b: pdf.set_fill_color(226, 233, 243)
    pdf.set_xy(95, y); pdf.cell(71, 6.2, k, border=1, fill=b)
    pdf.cell(29, 6.2, v, border=1, align='R', fill=b)
    y += 6.2

pdf.set_xy(15, y + 4); pdf.set_font('dv', 'B', 8.5); pdf.cell(0, 5, 'Terbilang:')
pdf.set_xy(15, y + 9); pdf.set_font('dv', '', 8.5)
pdf.cell(0, 5, '# Empat puluh tujuh juta seratus tujuh puluh lima ribu rupiah #')
y += 18
pdf.set_font('dvc', '', 8)
notes = ['Catatan:',
         '1. Faktur Pajak (e-Faktur) No. 04002500123456789 tanggal 17-03-2025 diterbitkan terpisah melalui Coretax DJP.',
         '2. PPh Pasal 23 sebesar 2% x Rp 42.500.000 = Rp 850.000 dipotong oleh pengguna jasa; mohon kirimkan bukti potong (e-Bupot).',
         '   Jumlah yang ditransfer setelah PPh 23: Rp 46.325.000.',
         '3. Pembayaran melewati jatuh tempo dikenakan denda 0,1% per hari.',
         '4. Pembayaran melalui transfer ke rekening:',
         '   Bank Mandiri KCP Surabaya Perak · No. Rek. 142-00-1234567-8 · a.n. PT Sinar Nusantara Logistik',
         '   Bank BCA KCU Darmo · No. Rek. 0885 123 456 · a.n. PT Sinar Nusantara Logistik']
for i, t in enumerate(notes):
    pdf.set_font('dvc', 'B' if i == 0 else '', 8)
    pdf.set_xy(15, y + i * 4.3); pdf.cell(0, 4.3, t)
y += len(notes) * 4.3 + 8
pdf.set_font('dv', '', 8.5)
pdf.set_xy(140, y); pdf.cell(50, 5, 'Surabaya, 17 Maret 2025', align='C')
pdf.set_xy(140, y + 5); pdf.cell(50, 5, 'Hormat kami,', align='C')
pdf.set_draw_color(40, 70, 160); pdf.set_line_width(0.5); pdf.ellipse(150, y + 12, 30, 16)
pdf.set_text_color(40, 70, 160); pdf.set_font('dvc', 'B', 6); pdf.set_xy(150, y + 17); pdf.cell(30, 3, 'PT SINAR NUSANTARA', align='C')
pdf.set_xy(150, y + 20); pdf.cell(30, 3, 'LOGISTIK · SURABAYA', align='C')
pdf.set_text_color(0, 0, 0); pdf.set_font('dv', 'B', 8.5)
pdf.set_xy(140, y + 30); pdf.cell(50, 5, 'Dewi Kartika', align='C')
pdf.set_font('dv', '', 8); pdf.set_xy(140, y + 35); pdf.cell(50, 4, 'Finance Manager', align='C')
pdf.set_draw_color(180, 180, 180); pdf.set_line_width(0.2); pdf.line(15, 282, 195, 282)
pdf.set_font('dvc', '', 7); pdf.set_text_color(100, 100, 100)
pdf.set_xy(15, 283); pdf.cell(0, 4, 'Dokumen ini dicetak oleh sistem dan sah tanpa tanda tangan basah. Halaman 1 dari 1', align='C')
pdf.output(out)
