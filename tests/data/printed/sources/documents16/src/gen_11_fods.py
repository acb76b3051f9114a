# Writes 11_nl_factuur.fods (a LibreOffice Calc invoice sheet). Run once by hand; the .fods is the source.
from xml.sax.saxutils import escape as e
rows = []
def s(text, st="ce_txt", span=1):
    sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    return f'<table:table-cell table:style-name="{st}" office:value-type="string"{sp}><text:p>{e(text)}</text:p></table:table-cell>' + ('<table:covered-table-cell/>' * (span - 1))
def f(val, st="ce_eur", formula=None):
    fm = f' table:formula="{e(formula)}"' if formula else ""
    return f'<table:table-cell table:style-name="{st}" office:value-type="float" office:value="{val}"{fm}><text:p>x</text:p></table:table-cell>'
def n(val, st="ce_num"):
    return f'<table:table-cell table:style-name="{st}" office:value-type="float" office:value="{val}"><text:p>x</text:p></table:table-cell>'
E = '<table:table-cell/>'
def row(*cells, h=None):
    rs = "ro_h" if h is None else h
    rows.append(f'<table:table-row table:style-name="{rs}">' + "".join(cells) + '</table:table-row>')

row(s("Van Dijk Installatietechniek B.V.", "ce_brand", 3))
row(s("Industrieweg 18, 3846 BD Harderwijk", "ce_small", 3))
row(s("Tel. 0341-415 220 · info@vandijk-installatie.nl · www.vandijk-installatie.nl", "ce_small", 3))
row(s("KvK 58214773 · Btw-id NL853412760B01", "ce_small", 3))
row(E)
row(s("Factuur aan:", "ce_bold"), E, E, s("FACTUUR", "ce_title"))
row(s("Bakkerij De Korenschoof V.O.F."), E, E, s("Factuurnummer"), s("2025-0317", "ce_txtr"))
row(s("t.a.v. mevr. E. Hoekstra"), E, E, s("Factuurdatum"), s("14-03-2025", "ce_txtr"))
row(s("Smeepoortstraat 52"), E, E, s("Vervaldatum"), s("13-04-2025", "ce_txtr"))
row(s("3841 EL Harderwijk"), E, E, s("Klantnummer"), s("K-1082", "ce_txtr"))
row(s("Btw-nr. klant: NL001928374B62", "ce_small"), E, E, s("Werkbon"), s("WB-25-0448", "ce_txtr"))
row(E)
row(s("Betreft: onderhoud en reparatie cv-installatie Smeepoortstraat 52, uitgevoerd op 11-03-2025", "ce_txt", 5))
row(E)
row(s("Omschrijving", "ce_head"), s("Aantal", "ce_headr"), s("Eenheid", "ce_head"), s("Prijs", "ce_headr"), s("Bedrag", "ce_headr"))
items = [("Voorrijkosten", 1, "st", 45.00), ("Arbeid monteur", 3.5, "uur", 62.50),
         ("Expansievat Flamco Flexcon 25 L", 1, "st", 89.40), ("Overstortventiel 3 bar 1/2\"", 1, "st", 24.95),
         ("Klein materiaal en bevestiging", 1, "post", 12.50)]
r0 = 16
for i, (d, q, u, p) in enumerate(items):
    r = r0 + i
    row(s(d), n(q, "ce_qty"), s(u), f(p), f(round(q * p, 2), formula=f"of:=[.B{r}]*[.D{r}]"))
row(E)
sub = round(sum(round(q * p, 2) for _, q, _, p in items), 2)
vat = round(sub * 0.21, 2)
tot = round(sub + vat, 2)
assert (sub, vat, tot) == (390.60, 82.03, 472.63), (sub, vat, tot)
row(E, E, E, s("Subtotaal"), f(sub, formula="of:=SUM([.E16:.E20])"))
row(E, E, E, s("Btw 21%"), f(vat, formula="of:=ROUND([.E22]*0.21;2)"))
row(E, E, E, s("Totaal", "ce_bold"), f(tot, "ce_eurb", formula="of:=[.E22]+[.E23]"))
row(E)
row(s("Wij verzoeken u het totaalbedrag van € 472,63 binnen 30 dagen na factuurdatum over te maken op IBAN NL10 RABO 0312 4587 97 (BIC RABONL2U) ten name van Van Dijk Installatietechniek B.V., onder vermelding van het factuurnummer.", "ce_wrap", 5), h="ro_2")
row(s("Op al onze werkzaamheden zijn de Algemene Voorwaarden van Techniek Nederland van toepassing. Garantie op onderdelen: 12 maanden.", "ce_wrapsmall", 5), h="ro_2")
row(E)
row(s("Rabobank · IBAN NL10 RABO 0312 4587 97 · BIC RABONL2U · KvK 58214773 · Btw NL853412760B01", "ce_foot", 5))

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <number:currency-style style:name="N_eur" number:language="nl" number:country="NL">
   <number:currency-symbol number:language="nl" number:country="NL">€</number:currency-symbol>
   <number:text> </number:text>
   <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>
  </number:currency-style>
  <number:number-style style:name="N_qty" number:language="nl" number:country="NL">
   <number:number number:decimal-places="2" number:min-decimal-places="0" number:min-integer-digits="1"/>
  </number:number-style>
  <style:default-style style:family="table-cell">
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:language="nl" fo:country="NL"/>
  </style:default-style>
  <style:style style:name="Default" style:family="table-cell"/>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="co_a" style:family="table-column"><style:table-column-properties style:column-width="7.6cm"/></style:style>
  <style:style style:name="co_b" style:family="table-column"><style:table-column-properties style:column-width="1.8cm"/></style:style>
  <style:style style:name="co_c" style:family="table-column"><style:table-column-properties style:column-width="1.8cm"/></style:style>
  <style:style style:name="co_d" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
  <style:style style:name="co_e" style:family="table-column"><style:table-column-properties style:column-width="2.9cm"/></style:style>
  <style:style style:name="ro_h" style:family="table-row"><style:table-row-properties style:row-height="0.5cm" style:use-optimal-row-height="true"/></style:style>
  <style:style style:name="ro_2" style:family="table-row"><style:table-row-properties style:row-height="1.3cm" style:use-optimal-row-height="false"/></style:style>
  <style:style style:name="ta1" style:family="table" style:master-page-name="PageStyle_Invoice"><style:table-properties table:display="true"/></style:style>
  <style:style style:name="ce_txt" style:family="table-cell" style:parent-style-name="Default"/>
  <style:style style:name="ce_txtr" style:family="table-cell" style:parent-style-name="Default"><style:paragraph-properties fo:text-align="end"/></style:style>
  <style:style style:name="ce_bold" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="ce_brand" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#c0392b"/></style:style>
  <style:style style:name="ce_title" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="ce_small" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="8pt" fo:color="#444444"/></style:style>
  <style:style style:name="ce_head" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#f2d7d5" fo:border-bottom="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="ce_headr" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#f2d7d5" fo:border-bottom="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="ce_eur" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_eur"/>
  <style:style style:name="ce_eurb" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_eur"><style:table-cell-properties fo:border-top="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="ce_num" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_qty"/>
  <style:style style:name="ce_qty" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_qty"/>
  <style:style style:name="ce_wrap" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/></style:style>
  <style:style style:name="ce_wrapsmall" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-size="8pt"/></style:style>
  <style:style style:name="ce_foot" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border-top="0.5pt solid #888888"/><style:text-properties fo:font-size="7.5pt" fo:color="#444444"/></style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.8cm" fo:margin-right="1.5cm" style:print="objects charts drawings" style:scale-to-X="1" style:scale-to-Y="1"/>
   <style:header-style/><style:footer-style/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="PageStyle_Invoice" style:page-layout-name="pm1">
   <style:header style:display="false"/><style:footer style:display="false"/>
  </style:master-page>
 </office:master-styles>
 <office:body><office:spreadsheet>
  <table:table table:name="Factuur" table:style-name="ta1">
   <table:table-column table:style-name="co_a"/><table:table-column table:style-name="co_b"/><table:table-column table:style-name="co_c"/><table:table-column table:style-name="co_d"/><table:table-column table:style-name="co_e"/>
   {"".join(rows)}
  </table:table>
 </office:spreadsheet></office:body>
</office:document>
'''
open("11_nl_factuur.fods", "w", encoding="utf-8").write(doc)
