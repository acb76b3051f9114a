"""Writes s25_sa_standard_tax_invoice.fodt (LibreOffice flat text). Run once by hand; the .fodt is the source."""
import base64, os
from xml.sax.saxutils import escape as E
HERE = os.path.dirname(os.path.abspath(__file__))
qr = base64.b64encode(open(os.path.join(HERE, 'img/qr_sa2.png'), 'rb').read()).decode()

def cell(paras, style='bx', span=1):
    a = f' table:number-columns-spanned="{span}"' if span > 1 else ''
    ps = ''.join(f'<text:p text:style-name="{ps}">{E(t)}</text:p>' for t, ps in paras)
    return f'<table:table-cell table:style-name="{style}"{a} office:value-type="string">{ps}</table:table-cell>' + '<table:covered-table-cell/>' * (span - 1)

def table(name, widths, rows):
    cols = ''.join(f'<table:table-column table:style-name="{name}.{i}"/>' for i in range(len(widths)))
    st = f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{sum(widths):.2f}cm" table:align="center"/></style:style>'
    st += ''.join(f'<style:style style:name="{name}.{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths))
    body = ''.join('<table:table-row>' + ''.join(r) + '</table:table-row>' for r in rows)
    return st, f'<table:table table:name="{name}" table:style-name="{name}">{cols}{body}</table:table>'

styles, parts = [], []
def add(t):
    styles.append(t[0]); parts.append(t[1])
def para(text, style):
    parts.append(f'<text:p text:style-name="{style}">{E(text)}</text:p>')

add(table('H', [9.0, 9.0], [[
    cell([('Gulf Industrial Equipment Co. Ltd.', 'EnBig'), ('P.O. Box 5521, Al Sulay Industrial City, Riyadh 14325', 'En'),
          ('CR No. 1010567890', 'En'), ('VAT Registration No. 300456789100003', 'En'), ('Tel. +966 11 265 4400 · billing@gulfindeq.com.sa', 'En')], 'nb'),
    cell([('شركة الخليج للمعدات الصناعية المحدودة', 'ArBig'), ('ص.ب ٥٥٢١ - المدينة الصناعية بالسلي - الرياض ١٤٣٢٥', 'Ar'),
          ('سجل تجاري رقم ١٠١٠٥٦٧٨٩٠', 'Ar'), ('الرقم الضريبي ٣٠٠٤٥٦٧٨٩١٠٠٠٠٣', 'Ar')], 'nb')]]))
para('', 'En')
para('Tax Invoice    فاتورة ضريبية', 'Title')
para('', 'En')
info = [('Invoice Number', 'GIE-2025-0412', 'رقم الفاتورة'),
        ('Invoice Issue Date', '2025-02-26 (27/08/1446 H)', 'تاريخ إصدار الفاتورة'),
        ('Date of Supply', '2025-02-25', 'تاريخ التوريد'),
        ('Purchase Order', 'RWS-PO-0931', 'أمر الشراء'),
        ('Payment Due Date', '2025-03-28', 'تاريخ استحقاق الدفع')]
add(table('I', [4.2, 9.6, 4.2], [[cell([(a, 'EnL')], 'lab'), cell([(b, 'EnB')], 'bx'), cell([(c, 'ArL')], 'lab')] for a, b, c in info]))
para('', 'En')
add(table('P', [9.0, 9.0], [
    [cell([('Buyer  المشتري', 'Hd')], 'lab', 2)],
    [cell([('Riyadh Water Solutions Co.', 'EnB'), ('Building No. 7421, King Fahd Road, Al Malqa', 'En'), ('Riyadh 13521, Saudi Arabia', 'En'),
           ('VAT Number: 310987654300003', 'En'), ('CR No. 1010778899', 'En')], 'bx'),
     cell([('شركة حلول المياه بالرياض', 'ArB'), ('مبنى ٧٤٢١ طريق الملك فهد - الملقا', 'Ar'), ('الرياض ١٣٥٢١ - المملكة العربية السعودية', 'Ar'),
           ('الرقم الضريبي للمشتري ٣١٠٩٨٧٦٥٤٣٠٠٠٠٣', 'Ar')], 'bx')]]))
para('', 'En')
hdr = [('Nature of goods or services', 'تفاصيل السلع أو الخدمات'), ('Unit price', 'سعر الوحدة'), ('Quantity', 'الكمية'),
       ('Taxable amount', 'المبلغ الخاضع للضريبة'), ('Tax rate', 'نسبة الضريبة'), ('Tax amount', 'مبلغ الضريبة'), ('Subtotal incl. VAT', 'المجموع شامل الضريبة')]
lines = [('Centrifugal pump KSB Etanorm 65-200, 30 kW', 'مضخة طرد مركزي', '18,500.00', '2', '37,000.00', '15%', '5,550.00', '42,550.00'),
         ('Pressure control valve DN100 PN16', 'صمام تحكم بالضغط', '2,150.00', '8', '17,200.00', '15%', '2,580.00', '19,780.00'),
         ('Installation & commissioning at site', 'التركيب والتشغيل في الموقع', '10,000.00', '1', '10,000.00', '15%', '1,500.00', '11,500.00')]
rows = [[cell([(e, 'ThE'), (a, 'ThA')], 'th') for e, a in hdr]]
for l in lines:
    rows.append([cell([(l[0], 'EnS'), (l[1], 'ArS')], 'bx')] + [cell([(v, 'Num')], 'bx') for v in l[2:]])
add(table('L', [5.4, 2.1, 1.5, 2.4, 1.6, 2.2, 2.8], rows))
para('', 'En')
tots = [('Total (excluding VAT)', '64,200.00', 'الإجمالي غير شامل ضريبة القيمة المضافة'),
        ('Discount', '0.00', 'مجموع الخصومات'),
        ('Total taxable amount (excluding VAT)', '64,200.00', 'الإجمالي الخاضع للضريبة'),
        ('Total VAT 15%', '9,630.00', 'مجموع ضريبة القيمة المضافة'),
        ('Total amount due (SAR)', '73,830.00', 'إجمالي المبلغ المستحق')]
trows = []
for i, (a, b, c) in enumerate(tots):
    last = i == len(tots) - 1
    q = cell([('', 'En')], 'nb') if i else cell([], 'qr')
    trows.append([q, cell([(a, 'EnB' if last else 'EnL')], 'labg' if last else 'lab'), cell([(b, 'NumB' if last else 'Num')], 'bxg' if last else 'bx'), cell([(c, 'ArL')], 'labg' if last else 'lab')])
qrframe = ('<text:p text:style-name="En"><draw:frame draw:style-name="fr" draw:name="qr" text:anchor-type="as-char" svg:width="3.2cm" svg:height="3.2cm">'
           f'<draw:image><office:binary-data>{qr}</office:binary-data></draw:image></draw:frame></text:p>')
st, body = table('T', [4.0, 5.6, 3.0, 5.4], trows)
body = body.replace('<table:table-cell table:style-name="qr" office:value-type="string"></table:table-cell>',
                    f'<table:table-cell table:style-name="nb" table:number-rows-spanned="5" office:value-type="string">{qrframe}</table:table-cell>', 1)
import re
# cells below the QR become covered cells
rows_split = body.split('<table:table-row>')
for k in range(2, len(rows_split)):
    rows_split[k] = rows_split[k].replace('<table:table-cell table:style-name="nb" office:value-type="string"><text:p text:style-name="En"></text:p></table:table-cell>', '<table:covered-table-cell/>', 1)
body = '<table:table-row>'.join(rows_split)
styles.append(st); parts.append(body)
para('', 'En')
para('Amount in words: Seventy-three thousand eight hundred thirty Saudi Riyals only', 'EnS')
para('المبلغ كتابة: ثلاثة وسبعون ألفاً وثمانمائة وثلاثون ريالاً سعودياً فقط', 'ArS')
para('', 'En')
para('Bank: Al Rajhi Bank · Account name: Gulf Industrial Equipment Co. Ltd. · IBAN SA03 8000 0000 6080 1016 7519', 'EnS')
para('Payment terms: 30 days from invoice date. Warranty: 12 months on pumps and valves from commissioning date.', 'EnS')

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="DV" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="LS" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="LS" style:font-name-complex="DV" fo:font-size="8.5pt" style:font-size-complex="8.5pt"
    fo:language="en" fo:country="GB" style:language-complex="ar" style:country-complex="SA"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.3cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/></style:page-layout>
 {''.join(styles)}
 <style:style style:name="nb" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="none"/></style:style>
 <style:style style:name="bx" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #8a8a8a" style:vertical-align="middle"/></style:style>
 <style:style style:name="bxg" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #8a8a8a" fo:background-color="#dfe9e4" style:vertical-align="middle"/></style:style>
 <style:style style:name="lab" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #8a8a8a" fo:background-color="#f0f4f2" style:vertical-align="middle"/></style:style>
 <style:style style:name="labg" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #8a8a8a" fo:background-color="#dfe9e4" style:vertical-align="middle"/></style:style>
 <style:style style:name="th" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #8a8a8a" fo:background-color="#1f5d46" style:vertical-align="middle"/></style:style>
 <style:style style:name="En" style:family="paragraph"><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="EnS" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="EnL" style:family="paragraph"><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="EnB" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="EnBig" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#1f5d46"/></style:style>
 <style:style style:name="Ar" style:family="paragraph"><style:paragraph-properties fo:text-align="end" style:writing-mode="rl-tb"/><style:text-properties style:font-size-complex="8.5pt"/></style:style>
 <style:style style:name="ArS" style:family="paragraph"><style:paragraph-properties fo:text-align="end" style:writing-mode="rl-tb"/><style:text-properties style:font-size-complex="7.5pt"/></style:style>
 <style:style style:name="ArL" style:family="paragraph"><style:paragraph-properties fo:text-align="end" style:writing-mode="rl-tb"/><style:text-properties style:font-size-complex="8pt"/></style:style>
 <style:style style:name="ArB" style:family="paragraph"><style:paragraph-properties fo:text-align="end" style:writing-mode="rl-tb"/><style:text-properties style:font-size-complex="9pt" style:font-weight-complex="bold"/></style:style>
 <style:style style:name="ArBig" style:family="paragraph"><style:paragraph-properties fo:text-align="end" style:writing-mode="rl-tb" fo:margin-bottom="0.1cm"/><style:text-properties style:font-size-complex="13pt" style:font-weight-complex="bold" fo:color="#1f5d46"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:background-color="#1f5d46" fo:padding="0.12cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold" style:font-size-complex="14pt" style:font-weight-complex="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="Hd" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
 <style:style style:name="ThE" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7.5pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="ThA" style:family="paragraph"><style:paragraph-properties fo:text-align="center" style:writing-mode="rl-tb"/><style:text-properties style:font-size-complex="7pt" fo:color="#ffffff"/></style:style>
 <style:style style:name="Num" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="NumB" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="fr" style:family="graphic"><style:graphic-properties style:wrap="none" fo:border="none"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
{''.join(parts)}
</office:text></office:body></office:document>
'''
open(os.path.join(HERE, 's25_sa_standard_tax_invoice.fodt'), 'w', encoding='utf-8').write(doc)
