# one-off authoring helper: writes src/de_abschlagsrechnung_bau.fodt (static source used by build.sh)
from xml.sax.saxutils import escape as e
import os; HERE = os.path.dirname(os.path.abspath(__file__)); HEAD = open(os.path.join(HERE, '..', 'fr_facturx_imprimerie.fodt'), encoding='utf-8').read()
# reuse the namespace header and the style block from the French document, with German colours
start = HEAD.split('<office:automatic-styles>')[0]
start = start.replace('fo:language="fr" fo:country="FR"', 'fo:language="de" fo:country="DE"').replace('#8b1e2d', '#2f5d3a').replace('#f3e3e5', '#e3efe6')
auto = '''<office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.3cm" fo:margin-bottom="1.0cm" fo:margin-left="2.2cm" fo:margin-right="1.6cm"/>
   <style:footer-style><style:header-footer-properties fo:min-height="1.4cm" fo:margin-top="0.3cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
  <style:style style:name="T1" style:family="table"><style:table-properties style:width="17.2cm" table:align="left"/></style:style>
  <style:style style:name="T1.A" style:family="table-column"><style:table-column-properties style:column-width="9.6cm"/></style:style>
  <style:style style:name="T1.B" style:family="table-column"><style:table-column-properties style:column-width="7.6cm"/></style:style>
  <style:style style:name="Plain" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm"/></style:style>
  <style:style style:name="Box" style:family="table-cell"><style:table-cell-properties fo:padding="0.2cm" fo:border="0.5pt solid #2f5d3a"/></style:style>
  <style:style style:name="TL" style:family="table"><style:table-properties style:width="17.2cm" table:align="left" fo:margin-top="0.3cm"/></style:style>
  <style:style style:name="TL.A" style:family="table-column"><style:table-column-properties style:column-width="1.1cm"/></style:style>
  <style:style style:name="TL.B" style:family="table-column"><style:table-column-properties style:column-width="8.1cm"/></style:style>
  <style:style style:name="TL.C" style:family="table-column"><style:table-column-properties style:column-width="2.8cm"/></style:style>
  <style:style style:name="TL.D" style:family="table-column"><style:table-column-properties style:column-width="1.8cm"/></style:style>
  <style:style style:name="TL.E" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
  <style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:background-color="#2f5d3a" fo:padding="0.1cm" fo:border="none"/></style:style>
  <style:style style:name="TD" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border-bottom="0.5pt solid #bbbbbb" fo:border-left="none" fo:border-right="none" fo:border-top="none"/></style:style>
  <style:style style:name="TS" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:background-color="#e3efe6" fo:border-top="1pt solid #2f5d3a" fo:border-bottom="1pt solid #2f5d3a" fo:border-left="none" fo:border-right="none"/></style:style>
  <style:style style:name="TA" style:family="table"><style:table-properties style:width="17.2cm" table:align="left" fo:margin-top="0.4cm"/></style:style>
  <style:style style:name="TA.A" style:family="table-column"><style:table-column-properties style:column-width="13.2cm"/></style:style>
  <style:style style:name="TA.B" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:footer>
    <text:p text:style-name="Legal">Bauunternehmung Krämer GmbH · Industriestraße 18 · 50999 Köln · Amtsgericht Köln HRB 48127 · Geschäftsführer: Dipl.-Ing. Stefan Krämer, Andrea Krämer-Vogt</text:p>
    <text:p text:style-name="Legal">USt-IdNr. DE149277307 · Steuernummer 223/5710/4418 · Commerzbank Köln · IBAN DE59 3704 0044 0218 8374 00 · BIC COBADEFFXXX</text:p>
    <text:p text:style-name="Legal">Seite <text:page-number text:select-page="current">1</text:page-number> von <text:page-count>2</text:page-count></text:p>
   </style:footer>
  </style:master-page>
 </office:master-styles>
'''
def cell(txt, style='Plain', p=None, bold=False):
    t = e(txt)
    if bold: t = f'<text:span text:style-name="Bold">{t}</text:span>'
    ps = f' text:style-name="{p}"' if p else ''
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"><text:p{ps}>{t}</text:p></table:table-cell>'
def para(txt, style=None, bold_prefix=None):
    s = f' text:style-name="{style}"' if style else ''
    t = e(txt)
    if bold_prefix: t = f'<text:span text:style-name="Bold">{e(bold_prefix)}</text:span> ' + t
    return f'<text:p{s}>{t}</text:p>'
body = []
body.append('<table:table table:name="Kopf" table:style-name="T1"><table:table-column table:style-name="T1.A"/><table:table-column table:style-name="T1.B"/><table:table-row>')
body.append('<table:table-cell table:style-name="Plain" office:value-type="string">' + ''.join([
    para('KRÄMER BAU', 'Brand'), para('Bauunternehmung Krämer GmbH · Hochbau · Sanierung · Fassaden', 'Small'),
    para('Industriestraße 18 · 50999 Köln · Tel. 0221 35 91 70-0 · rechnung@kraemer-bau.de', 'Small'),
    para(' ', 'Small'), para('Bauunternehmung Krämer GmbH · Industriestraße 18 · 50999 Köln', 'Small'),
    para('Wohnungseigentümergemeinschaft Lindenstraße 14'), para('vertreten durch Hausverwaltung Ostermann GmbH'),
    para('Aachener Straße 212'), para('50931 Köln')]) + '</table:table-cell>')
meta = [('Rechnungsnummer', 'AR-2025-031'), ('Rechnungsdatum', '28.03.2025'), ('Kundennummer', '20417'),
        ('Auftrag / Vertrag', 'V-2024-118 vom 14.10.2024'), ('Leistungsstand per', '21.03.2025'), ('Ihr Ansprechpartner', 'Herr Jonas Pütz, Bauleitung'),
        ('Telefon', '0221 35 91 70-24')]
body.append('<table:table-cell table:style-name="Plain" office:value-type="string">' + ''.join(para(v, None, k + ':') for k, v in meta) + '</table:table-cell>')
body.append('</table:table-row></table:table>')
body.append(para('3. Abschlagsrechnung', 'Title'))
body.append(para('Bauvorhaben: Fassadensanierung mit Wärmedämmverbundsystem, Lindenstraße 14, 50674 Köln (Vorder- und Hofseite)', None))
body.append(para('Sehr geehrte Damen und Herren,', 'Note'))
body.append(para('gemäß § 16 Abs. 1 VOB/B und dem vereinbarten Zahlungsplan berechnen wir Ihnen auf Grundlage des gemeinsamen Aufmaßes vom 21.03.2025 die bis zu diesem Tag erbrachten Leistungen wie folgt:', 'Note'))
rows = [('01', 'Baustelleneinrichtung, Bauzaun, Container, Baustrom', '8.500,00', '100 %', '8.500,00'),
        ('02', 'Fassadengerüst inkl. Netz, Standzeit bis 12 Wochen, 1.180 m²', '14.200,00', '100 %', '14.200,00'),
        ('03', 'WDVS Mineralwolle 160 mm WLG 035, verklebt und verdübelt, 1.140 m²', '68.400,00', '75 %', '51.300,00'),
        ('04', 'Armierung, Oberputz Silikonharz 2 mm, Egalisationsanstrich', '31.600,00', '40 %', '12.640,00'),
        ('05', 'Fensterbänke Aluminium pulverbeschichtet, 64 Stück', '9.800,00', '80 %', '7.840,00'),
        ('06', 'Anpassung Dachrinnen und Fallrohre, Verlängerung Dachüberstand', '6.900,00', '0 %', '0,00'),
        ('07', 'Sockelabdichtung und Perimeterdämmung, Spritzwasserbereich', '8.600,00', '20 %', '1.720,00')]
body.append('<table:table table:name="LV" table:style-name="TL">' + ''.join(f'<table:table-column table:style-name="TL.{c}"/>' for c in 'ABCDE'))
body.append('<table:table-header-rows><table:table-row>' + cell('Pos.', 'TH', 'Head') + cell('Leistung laut Leistungsverzeichnis', 'TH', 'Head') + cell('Auftragssumme €', 'TH', 'HeadR') + cell('Stand', 'TH', 'HeadR') + cell('erbracht netto €', 'TH', 'HeadR') + '</table:table-row></table:table-header-rows>')
for r in rows:
    body.append('<table:table-row>' + cell(r[0], 'TD') + cell(r[1], 'TD') + cell(r[2], 'TD', 'Right') + cell(r[3], 'TD', 'Right') + cell(r[4], 'TD', 'Right') + '</table:table-row>')
body.append('<table:table-row>' + cell('', 'TS') + cell('Summe', 'TS', None, True) + cell('148.000,00', 'TS', 'RightB') + cell('65 %', 'TS', 'RightB') + cell('96.200,00', 'TS', 'RightB') + '</table:table-row></table:table>')
body.append(para('Nachträge: Nachtragsangebot NA-03 (Zusatzdämmung Laibungen) ist beauftragt, aber noch nicht ausgeführt und daher in dieser Abschlagsrechnung nicht enthalten.', 'Note'))
body.append(para('Die Aufstellung der Abschlagszahlungen und den Zahlbetrag finden Sie auf der folgenden Seite.', 'Note'))
body.append(para('Abrechnung der Abschlagszahlungen – AR-2025-031', 'PB'))
body.append(para(' ', 'Note'))
summ = [('Gesamtleistung bis 21.03.2025 (netto)', '96.200,00 €', False),
        ('abzüglich 1. Abschlagsrechnung AR-2024-112 vom 29.11.2024 (netto)', '– 28.900,00 €', False),
        ('abzüglich 2. Abschlagsrechnung AR-2025-007 vom 31.01.2025 (netto)', '– 37.700,00 €', False),
        ('Summe bisher berechneter Abschläge (netto)', '66.600,00 €', False),
        ('Nettobetrag dieser Abschlagsrechnung', '29.600,00 €', True),
        ('zzgl. 19 % Umsatzsteuer', '5.624,00 €', False),
        ('Rechnungsbetrag (Zahlbetrag)', '35.224,00 €', True)]
body.append('<table:table table:name="Abrechnung" table:style-name="TA"><table:table-column table:style-name="TA.A"/><table:table-column table:style-name="TA.B"/>')
for k, v, b in summ:
    st = 'TS' if b else 'TD'
    body.append('<table:table-row>' + cell(k, st, None, b) + cell(v, st, 'RightB' if b else 'Right') + '</table:table-row>')
body.append('</table:table>')
body.append(para(' ', 'Note'))
body.append(para('Bitte überweisen Sie den Rechnungsbetrag von 35.224,00 € bis zum 18.04.2025 (21 Kalendertage nach Zugang, § 16 Abs. 1 Nr. 3 VOB/B) unter Angabe der Rechnungsnummer AR-2025-031 auf unser Konto bei der Commerzbank Köln, IBAN DE59 3704 0044 0218 8374 00.', 'Note', 'Zahlungsbedingungen:'))
body.append(para('Bisher bezahlt: 1. Abschlag (34.391,00 € brutto) am 12.12.2024; 2. Abschlag (44.863,00 € brutto) am 20.02.2025.', 'Note'))
body.append(para('Ein Sicherheitseinbehalt wurde gemäß Bauvertrag nicht vereinbart. Die Schlussrechnung erfolgt nach Abnahme der Gesamtleistung.', 'Note'))
body.append(para('Leistungszeitraum: 03.11.2024 bis 21.03.2025. Die Umsatzsteuer schulden wir als leistender Unternehmer; die Voraussetzungen des § 13b UStG liegen nicht vor.', 'Note'))
body.append(para('Hinweis nach § 14 Abs. 4 Satz 1 Nr. 9 UStG: Der Leistungsempfänger ist verpflichtet, diese Rechnung zwei Jahre aufzubewahren, soweit er die Leistung als Nichtunternehmer bezieht.', 'Note'))
body.append(para(' ', 'Note'))
body.append(para('Mit freundlichen Grüßen', 'Note'))
body.append(para('Bauunternehmung Krämer GmbH', 'Note'))
doc = start + auto + ' <office:body>\n  <office:text>\n' + '\n'.join(body) + '\n  </office:text>\n </office:body>\n</office:document>\n'
open(os.path.join(HERE, '..', 'de_abschlagsrechnung_bau.fodt'), 'w', encoding='utf-8').write(doc)
