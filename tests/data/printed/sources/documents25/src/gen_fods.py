"""Writes the LibreOffice flat spreadsheets (.fods) used for the CO and TH invoices.
Run once by hand; the .fods it writes are the sources that build.sh converts."""
import base64, os
from xml.sax.saxutils import escape
HERE = os.path.dirname(os.path.abspath(__file__))

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls>
 <style:font-face style:name="F" svg:font-family="'{font}'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="table-cell">
  <style:table-cell-properties style:vertical-align="top"/>
  <style:text-properties style:font-name="F" fo:font-size="8pt" fo:language="{lang}" fo:country="{country}"/>
 </style:default-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
   fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1cm" fo:margin-right="1cm"
   style:print="objects charts drawings" style:scale-to-X="1" style:scale-to-Y="{pages}" style:table-centering="horizontal"/>
  <style:header-style/><style:footer-style/>
 </style:page-layout>
 <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
{colstyles}
 <style:style style:name="ro" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>
{rowstyles}
{cellstyles}
 <style:style style:name="gr" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Default" style:page-layout-name="pm1">
  <style:header style:display="false"/><style:footer style:display="false"/>
 </style:master-page>
</office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="{sheet}" table:style-name="ta1">
'''
TAIL = '''</table:table>
</office:spreadsheet></office:body></office:document>
'''

BORDER = '0.5pt solid #555555'
def cellstyle(name, size=8, bold=False, align='start', bg=None, color=None, border=None, wrap=True, valign='top', italic=False):
    cp = [f'style:vertical-align="{valign}"', 'fo:padding="0.05cm"']
    if wrap: cp.append('fo:wrap-option="wrap"')
    if bg: cp.append(f'fo:background-color="{bg}"')
    if border == 'all': cp.append(f'fo:border="{BORDER}"')
    elif border == 'top': cp.append(f'fo:border-top="1pt solid #000000"')
    elif border == 'bottom': cp.append(f'fo:border-bottom="{BORDER}"')
    elif border == 'box2': cp.append('fo:border="1.5pt solid #000000"')
    tp = [f'fo:font-size="{size}pt"']
    if bold: tp.append('fo:font-weight="bold"')
    if italic: tp.append('fo:font-style="italic"')
    if color: tp.append(f'fo:color="{color}"')
    return (f' <style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties {" ".join(cp)} style:repeat-content="false"/>'
            f'<style:paragraph-properties fo:text-align="{align}"/><style:text-properties {" ".join(tp)}/></style:style>')

def write(path, *, font, lang, country, sheet, cols, rows, styles, pages=1, images=()):
    colstyles = '\n'.join(f' <style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>' for i, w in enumerate(cols))
    heights = sorted({r['h'] for r in rows if isinstance(r, dict) and 'h' in r})
    rowstyles = '\n'.join(f' <style:style style:name="rh{str(h).replace(".", "_")}" style:family="table-row"><style:table-row-properties style:row-height="{h}cm" style:use-optimal-row-height="false"/></style:style>' for h in heights)
    out = [HEAD.format(font=font, lang=lang, country=country, pages=pages, sheet=sheet, colstyles=colstyles, rowstyles=rowstyles,
                       cellstyles='\n'.join(cellstyle(n, **kw) for n, kw in styles.items()))]
    for i in range(len(cols)):
        out.append(f'<table:table-column table:style-name="co{i}" table:default-cell-style-name="Default"/>\n')
    imgs = {(r, c): v for (r, c, v) in images}
    for ri, row in enumerate(rows):
        cells = row['c'] if isinstance(row, dict) else row
        rs = f'rh{str(row["h"]).replace(".", "_")}' if isinstance(row, dict) and 'h' in row else 'ro'
        out.append(f'<table:table-row table:style-name="{rs}">')
        col = 0
        for cell in cells:
            if cell is None:
                out.append('<table:table-cell/>'); col += 1; continue
            text, st, span = (tuple(cell) + (None, 1)[len(cell) - 1:])[:3] if isinstance(cell, tuple) else (cell, None, 1)
            attrs = f' table:style-name="{st}"' if st else ''
            if span > 1: attrs += f' table:number-columns-spanned="{span}"'
            paras = ''.join(f'<text:p>{escape(t)}</text:p>' for t in text.split('\n')) if text else ''
            frame = ''
            if (ri, col) in imgs:
                fn, w, h = imgs[(ri, col)]
                data = base64.b64encode(open(os.path.join(HERE, fn), 'rb').read()).decode()
                frame = (f'<draw:frame draw:style-name="gr" draw:z-index="0" svg:width="{w}cm" svg:height="{h}cm" svg:x="0.1cm" svg:y="0.1cm">'
                         f'<draw:image><office:binary-data>{data}</office:binary-data></draw:image></draw:frame>')
            vt = ' office:value-type="string"' if text else ''
            out.append(f'<table:table-cell{attrs}{vt}>{frame}{paras}</table:table-cell>')
            if span > 1: out.append('<table:covered-table-cell/>' * (span - 1))
            col += span
        out.append('</table:table-row>\n')
    out.append(TAIL)
    with open(os.path.join(HERE, path), 'w', encoding='utf-8') as f:
        f.write(''.join(out))

STY = dict(
    n={}, b=dict(bold=True), sm=dict(size=6.5), smc=dict(size=6.5, align='center'),
    h1=dict(size=15, bold=True, color='#5a3311'), h2=dict(size=10, bold=True),
    r=dict(align='end'), rb=dict(align='end', bold=True), c=dict(align='center'),
    th=dict(bold=True, align='center', bg='#5a3311', color='#ffffff', border='all', valign='middle'),
    td=dict(border='all'), tdr=dict(border='all', align='end'), tdc=dict(border='all', align='center'),
    boxt=dict(border='box2', bold=True, size=11, align='center', valign='middle'),
    lab=dict(bold=True, size=7.5, bg='#efe6dc', border='all'), val=dict(border='all'),
    tl=dict(border='all', bold=False), tr=dict(border='all', align='end'),
    gl=dict(border='all', bold=True, size=10, bg='#efe6dc'), gr=dict(border='all', bold=True, size=10, align='end', bg='#efe6dc'),
    mono=dict(size=6.5, border='all'),
)

def co():
    cols = [0.7, 1.8, 6.0, 1.2, 1.0, 2.2, 1.0, 2.1, 2.4]  # 18.4 cm
    L = []
    L.append([('Café de Altura Huila S.A.S.', 'h1', 5), None, None, None, ('FACTURA ELECTRÓNICA DE VENTA\nNo. FEV-10387', 'boxt', 4)])
    L[-1] = [c for c in L[-1] if c is not None]
    L.append({'h': 0.1, 'c': []})
    L.append([('NIT 901.482.735-0 · Responsable de IVA · Actividad económica CIIU 1061', 'n', 5), ('Fecha de expedición: 2025-02-27 10:18:44', 'n', 4)])
    L.append([('Carrera 5 # 12-48, Zona Industrial, Pitalito, Huila · Tel. (608) 836 4410', 'n', 5), ('Fecha de vencimiento: 2025-03-29', 'n', 4)])
    L.append([('facturacion@cafedealturahuila.co · www.cafedealturahuila.co', 'n', 5), ('Forma de pago: Crédito 30 días · Medio: Transferencia', 'n', 4)])
    L.append([('No somos grandes contribuyentes · No somos autorretenedores', 'sm', 5), ('Moneda: COP · Orden de pedido: OP-2291', 'n', 4)])
    L.append({'h': 0.3, 'c': []})
    L.append([('ADQUIRIENTE', 'lab', 2), ('Tostadora Andina Ltda.', 'val', 3), ('NIT', 'lab', 1), ('800.219.476-6', 'val', 3)])
    L.append([('Dirección', 'lab', 2), ('Calle 80 # 69Q-50, Bodega 7, Bogotá D.C.', 'val', 3), ('Teléfono', 'lab', 1), ('(601) 744 2190', 'val', 3)])
    L.append([('Correo', 'lab', 2), ('recepcion.fe@tostadoraandina.com.co', 'val', 3), ('Resp. fiscal', 'lab', 1), ('O-13 Gran contribuyente', 'val', 3)])
    L.append({'h': 0.3, 'c': []})
    L.append([('#', 'th'), ('Código', 'th'), ('Descripción', 'th'), ('Cant.', 'th'), ('U.M.', 'th'), ('Vr. Unitario', 'th'), ('% IVA', 'th'), ('Vr. IVA', 'th'), ('Vr. Total', 'th')])
    items = [
        ('CEX-25', 'Café excelso tipo exportación, bolsa 2,5 kg', '40', 'BOL', '148.000,00', '5', '296.000,00', '5.920.000,00'),
        ('CTM-500', 'Café tostado molido medio, 500 g', '300', 'UND', '18.500,00', '5', '277.500,00', '5.550.000,00'),
        ('CTG-1K', 'Café tostado en grano, 1 kg', '120', 'UND', '36.900,00', '5', '221.400,00', '4.428.000,00'),
        ('GEI-250', 'Café especial variedad Geisha, 250 g', '80', 'UND', '42.000,00', '5', '168.000,00', '3.360.000,00'),
        ('DES-500', 'Café descafeinado proceso natural, 500 g', '60', 'UND', '21.500,00', '5', '64.500,00', '1.290.000,00'),
        ('MOL-IND', 'Molino eléctrico industrial 1,5 HP', '2', 'UND', '1.450.000,00', '19', '551.000,00', '2.900.000,00'),
        ('FIL-1000', 'Filtros de papel cónicos, caja x 1000', '25', 'CJ', '38.000,00', '19', '180.500,00', '950.000,00'),
        ('CAP-BAR', 'Capacitación en barismo (8 horas), sede cliente', '1', 'SRV', '1.200.000,00', '19', '228.000,00', '1.200.000,00'),
    ]
    for i, it in enumerate(items, 1):
        L.append([(str(i), 'tdc'), (it[0], 'td'), (it[1], 'td'), (it[2], 'tdr'), (it[3], 'tdc'), (it[4], 'tdr'), (it[5], 'tdc'), (it[6], 'tdr'), (it[7], 'tdr')])
    L.append({'h': 0.3, 'c': []})
    tot = [('Subtotal', '$ 25.598.000,00'), ('Descuentos', '$ 0,00'), ('Base gravable IVA 5%', '$ 20.548.000,00'), ('IVA 5%', '$ 1.027.400,00'),
           ('Base gravable IVA 19%', '$ 5.050.000,00'), ('IVA 19%', '$ 959.500,00'), ('Total IVA', '$ 1.986.900,00')]
    left = ['Valor en letras:', 'VEINTISIETE MILLONES QUINIENTOS OCHENTA Y CUATRO MIL NOVECIENTOS PESOS M/CTE.', '',
            'Retenciones (informativas, a practicar por el adquiriente):', 'ReteFuente 2,5% sobre $ 25.598.000,00: $ 639.950,00', 'ReteICA Bogotá 4,14 x mil: $ 105.975,72', '']
    for (k, v), lt in zip(tot, left):
        L.append([(lt, 'n', 5), (k, 'tl', 2), (v, 'tr', 2)])
    L.append([('', 'n', 5), ('TOTAL FACTURA', 'gl', 2), ('$ 27.584.900,00', 'gr', 2)])
    L.append({'h': 0.4, 'c': []})
    L.append([('CUFE: 96f4f2eb79b26086b220472f1adddc89a74ecd46dbfece048657a8e881c19ba2d4a3c6d40fd98fde084b188d4a8a6c70', 'mono', 9)])
    L.append({'h': 3.4, 'c': [('', 'n', 2), ('Resolución de facturación DIAN No. 18764062481537 de 2024-06-12, prefijo FEV, rango autorizado del 1 al 50.000, vigencia 24 meses.\n'
               'Fecha y hora de validación DIAN: 2025-02-27 10:19:02.\n'
               'Representación gráfica de la factura electrónica de venta. Software propio. Proveedor tecnológico: Nube Fiscal S.A.S., NIT 900.771.204-3.\n'
               'Esta factura se asimila en todos sus efectos a la letra de cambio (Art. 774 del Código de Comercio). Consignar en Bancolombia, cuenta corriente 450-123456-78, a nombre de Café de Altura Huila S.A.S.', 'sm', 7)]})
    write('s25_co_factura_electronica_venta.fods', font='Liberation Sans', lang='es', country='CO', sheet='FEV-10387', cols=cols, rows=L,
          styles=STY, images=[(len(L) - 1, 0, ('img/qr_co.png', 2.3, 2.3))])

def th():
    st = dict(STY)
    st.update(h1=dict(size=14, bold=True, color='#6b1f6b'), th=dict(bold=True, align='center', bg='#6b1f6b', color='#ffffff', border='all', valign='middle'),
              lab=dict(bold=True, size=7.5, bg='#f1e6f1', border='all'), gl=dict(border='all', bold=True, size=10, bg='#f1e6f1'),
              gr=dict(border='all', bold=True, size=10, align='end', bg='#f1e6f1'), boxt=dict(border='box2', bold=True, size=12, align='center', valign='middle'))
    cols = [0.8, 2.0, 6.6, 1.5, 1.3, 2.4, 2.0, 1.8]  # 18.4
    L = []
    L.append([('Siam Orchid Trading Co., Ltd.', 'h1', 5), ('TAX INVOICE / RECEIPT', 'boxt', 3)])
    L.append([('(Head Office)', 'n', 5), ('ORIGINAL', 'c', 3)])
    L.append([('88/12 Soi Sukhumvit 71, Phra Khanong Nuea, Watthana, Bangkok 10110', 'n', 5), ('', 'n', 3)])
    L.append([('Tel. +66 2 391 5580 · Fax +66 2 391 5581 · sales@siamorchidtrading.co.th', 'n', 5), ('', 'n', 3)])
    L.append([('Tax ID: 0105558123456', 'b', 5), ('', 'n', 3)])
    L.append({'h': 0.3, 'c': []})
    L.append([('Customer', 'lab', 2), ('Bangkok Riverside Hotel Co., Ltd.', 'val', 3), ('No.', 'lab', 1), ('IV6803-0091', 'val', 2)])
    L.append([('Address', 'lab', 2), ('257 Charoen Nakhon Road, Khlong Ton Sai, Khlong San, Bangkok 10600', 'val', 3), ('Date', 'lab', 1), ('19/03/2025', 'val', 2)])
    L.append([('Tax ID', 'lab', 2), ('0105540098765 (Branch 00001)', 'val', 3), ('Customer PO', 'lab', 1), ('PO-BRH-25-0412', 'val', 2)])
    L.append([('Contact', 'lab', 2), ('Khun Pimchanok (Housekeeping)', 'val', 3), ('Credit term', 'lab', 1), ('30 days (due 18/04/2025)', 'val', 2)])
    L.append([('Delivery', 'lab', 2), ('Delivered 17/03/2025, DO-6803-0117', 'val', 3), ('Salesperson', 'lab', 1), ('Somchai K.', 'val', 2)])
    L.append({'h': 0.3, 'c': []})
    L.append([('No.', 'th'), ('Item code', 'th'), ('Description', 'th'), ('Qty', 'th'), ('Unit', 'th'), ('Unit price', 'th'), ('Discount', 'th'), ('Amount', 'th')])
    items = [('BT-7014', 'Bath towel 70x140 cm, 600 g/m², white, hotel logo embroidery', '600', 'pcs', '145.00', '0.00', '87,000.00'),
             ('BR-WF-L', 'Waffle bathrobe, size L, white', '80', 'pcs', '380.00', '0.00', '30,400.00'),
             ('SL-DISP', 'Disposable slippers, closed toe, with logo', '2,000', 'pairs', '4.00', '0.00', '8,000.00')]
    for i, it in enumerate(items, 1):
        L.append([(str(i), 'tdc'), (it[0], 'td'), (it[1], 'td'), (it[2], 'tdr'), (it[3], 'tdc'), (it[4], 'tdr'), (it[5], 'tdr'), (it[6], 'tdr')])
    for _ in range(6):
        L.append([('', 'td'), ('', 'td'), ('', 'td'), ('', 'td'), ('', 'td'), ('', 'td'), ('', 'td'), ('', 'td')])
    L.append({'h': 0.3, 'c': []})
    L.append([('(One Hundred Thirty-Four Thousand One Hundred Seventy-Eight Baht Only)', 'b', 4), ('Total amount', 'tl', 2), ('125,400.00', 'tr', 2)])
    L.append([('', 'n', 4), ('Less discount', 'tl', 2), ('0.00', 'tr', 2)])
    L.append([('Payment: Kasikornbank, Sukhumvit 71 branch', 'n', 4), ('Amount before VAT', 'tl', 2), ('125,400.00', 'tr', 2)])
    L.append([('A/C No. 123-4-56789-0 (Current)', 'n', 4), ('VAT 7%', 'tl', 2), ('8,778.00', 'tr', 2)])
    L.append([('Withholding tax 3% (if applicable) is calculated on the amount before VAT.', 'sm', 4), ('Grand Total (THB)', 'gl', 2), ('134,178.00', 'gr', 2)])
    L.append({'h': 1.6, 'c': []})
    L.append([('', 'n', 1), ('Received by ____________________', 'c', 2), ('', 'n', 1), ('Delivered by ____________________', 'c', 2), ('Authorized signature ______________', 'c', 2)])
    L.append([('', 'n', 1), ('Date ____/____/______', 'c', 2), ('', 'n', 1), ('Date ____/____/______', 'c', 2), ('for Siam Orchid Trading Co., Ltd.', 'c', 2)])
    L.append({'h': 0.5, 'c': []})
    L.append([('Goods sold are not returnable except for manufacturing defects reported within 7 days. This document is valid as a receipt only when payment has been cleared to the company account.', 'sm', 8)])
    write('s25_th_tax_invoice.fods', font='Liberation Sans', lang='en', country='TH', sheet='IV6803-0091', cols=cols, rows=L, styles=st)

if __name__ == '__main__':
    co(); th()
