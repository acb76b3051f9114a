"""One-off helper used to write src/lista_pakunkowa_pl.fods (kept for reference; build.sh uses the .fods)."""
from xml.sax.saxutils import escape
cols = [("A", "2.2cm"), ("B", "2.3cm"), ("C", "5.2cm"), ("D", "1.8cm"), ("E", "1.9cm"), ("F", "2.1cm"), ("G", "2.1cm"), ("H", "2.4cm")]
# rows: list of lists of (text, style, colspan)
R = []
def row(*cells, h=None):
    R.append((cells, h))
row(("MEBLEX Sp. z o.o.", "title", 4), ("", None, 1), ("", None, 1), ("", None, 1), ("", None, 1))
row(("Fabryka Mebli Drewnianych · ul. Przemysłowa 12, 62-800 Kalisz, Polska · tel. +48 62 768 41 20 · export@meblex.example.pl", "small", 8))
row(("NIP: PL6182143370 · REGON: 251879340 · KRS: 0000318842 · BDO: 000123456", "small", 8))
row(("",None,1))
row(("LISTA PAKUNKOWA / PACKING LIST", "h1", 8))
row(("",None,1))
row(("Nr listy / List No.:", "lbl", 2), ("PL/2025/0412", "valb", 1), ("Data wysyłki / Shipment date:", "lbl", 3), ("2025-04-14", "valb", 2))
row(("Faktura / Invoice No.:", "lbl", 2), ("FV/2025/04/118", "val", 1), ("Data faktury / Invoice date:", "lbl", 3), ("2025-04-11", "val", 2))
row(("Zamówienie / Order No.:", "lbl", 2), ("NHI-PO-88214", "val", 1), ("Incoterms 2020:", "lbl", 3), ("FCA Kalisz", "val", 2))
row(("Przewoźnik / Carrier:", "lbl", 2), ("Raben Logistics Polska", "val", 1), ("Nr CMR / CMR No.:", "lbl", 3), ("4471882", "val", 2))
row(("",None,1))
row(("Nadawca / Shipper", "boxh", 3), ("", None, 1), ("Odbiorca / Consignee", "boxh", 4))
row(("Meblex Sp. z o.o.", "box", 3), ("", None, 1), ("Nordhus Interiör AB", "box", 4))
row(("ul. Przemysłowa 12", "box", 3), ("", None, 1), ("Importgatan 18", "box", 4))
row(("62-800 Kalisz, Polska", "box", 3), ("", None, 1), ("422 46 Hisings Backa, Sweden", "box", 4))
row(("Magazyn wysyłkowy nr 2", "box", 3), ("", None, 1), ("VAT: SE556721449801 · Att: Goods-in, door 4", "box", 4))
row(("",None,1))
row(("Nr kartonów / Carton No.", "th", 1), ("Kod towaru / Item code", "th", 1), ("Opis towaru / Description", "th", 1), ("Ilość (szt.) / Qty (pcs)", "th", 1), ("Liczba kartonów / Cartons", "th", 1), ("Waga netto (kg) / Net weight (kg)", "th", 1), ("Waga brutto (kg) / Gross weight (kg)", "th", 1), ("Wymiary kartonu (cm) / Carton size (cm)", "th", 1), h="1.45cm")
items = [
 ("1–4", "MX-CH-201", "Krzesło dębowe tapicerowane / Upholstered oak chair", "16", "4", "88,00", "102,40", "60×55×95"),
 ("5–6", "MX-TB-180", "Stół rozkładany 180 cm / Extending table 180 cm", "2", "2", "96,50", "112,00", "190×95×18"),
 ("7–12", "MX-SB-120", "Komoda 120 cm / Sideboard 120 cm", "6", "6", "214,80", "241,20", "125×48×85"),
 ("13–20", "MX-BN-140", "Ławka 140 cm / Bench 140 cm", "8", "8", "148,00", "166,40", "145×40×50"),
 ("21–24", "MX-SH-075", "Regał 75 cm / Bookshelf 75 cm", "4", "4", "65,10", "76,90", "80×35×190"),
]
for it in items:
    row(*[(v, "tdr" if i >= 3 and i <= 6 else "td", 1) for i, v in enumerate(it)], h="0.85cm")
row(("RAZEM / TOTAL", "tot", 3), ("36", "totr", 1), ("24", "totr", 1), ("612,40", "totr", 1), ("698,90", "totr", 1), ("", "tot", 1))
row(("",None,1))
row(("Palety / Pallets: 3 × EUR 120×80 · Objętość / Volume: 6,42 m³ · Kraj pochodzenia / Country of origin: Polska / Poland", "small", 8))
row(("Kod CN / HS code: 9401 61, 9403 60 · Towar nie stanowi ładunku niebezpiecznego / Non-hazardous goods", "small", 8))
row(("",None,1))
row(("Sporządził / Prepared by: Katarzyna Wróbel, dział ekspedycji", "small", 4), ("Podpis i pieczęć / Signature and stamp: ....................", "small", 4))

st = """
<style:style style:name="co{c}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>"""
cellstyles = {
 "title": 'fo:font-size="16pt" fo:font-weight="bold" fo:color="#7a3b0c"',
 "small": 'fo:font-size="7.5pt"',
 "h1": 'fo:font-size="14pt" fo:font-weight="bold"',
 "lbl": 'fo:font-size="9pt" fo:color="#444444"',
 "val": 'fo:font-size="9pt"',
 "valb": 'fo:font-size="9pt" fo:font-weight="bold"',
 "boxh": 'fo:font-size="8pt" fo:font-weight="bold"',
 "box": 'fo:font-size="9pt"',
 "th": 'fo:font-size="7.5pt" fo:font-weight="bold"',
 "td": 'fo:font-size="8pt"',
 "tdr": 'fo:font-size="8pt"',
 "tot": 'fo:font-size="8.5pt" fo:font-weight="bold"',
 "totr": 'fo:font-size="8.5pt" fo:font-weight="bold"',
}
cellprops = {
 "boxh": 'fo:background-color="#eeeeee" fo:border="0.5pt solid #666666"',
 "box": 'fo:border-left="0.5pt solid #666666" fo:border-right="0.5pt solid #666666" fo:border-bottom="0.5pt solid #666666"',
 "th": 'fo:background-color="#dddddd" fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle"',
 "td": 'fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle"',
 "tdr": 'fo:border="0.5pt solid #000000" style:vertical-align="middle"',
 "tot": 'fo:border="0.5pt solid #000000" fo:background-color="#eeeeee"',
 "totr": 'fo:border="0.5pt solid #000000" fo:background-color="#eeeeee"',
}
parprops = {"tdr": '<style:paragraph-properties fo:text-align="end"/>', "totr": '<style:paragraph-properties fo:text-align="end"/>', "th": '<style:paragraph-properties fo:text-align="center"/>'}
auto = "".join(st.format(c=c, w=w) for c, w in cols)
auto += '<style:style style:name="ro" style:family="table-row"><style:table-row-properties style:row-height="0.5cm" style:use-optimal-row-height="true"/></style:style>'
hs = sorted({h for _, h in R if h})
for i, h in enumerate(hs):
    auto += f'<style:style style:name="rh{i}" style:family="table-row"><style:table-row-properties style:row-height="{h}" style:use-optimal-row-height="false"/></style:style>'
for k, v in cellstyles.items():
    auto += f'<style:style style:name="ce_{k}" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties {cellprops.get(k, "")}/>{parprops.get(k, "")}<style:text-properties style:font-name="Liberation Sans" {v}/></style:style>'
auto += '<style:style style:name="ta1" style:family="table" style:master-page-name="PM"><style:table-properties table:display="true"/></style:style>'
body = ""
for cells, h in R:
    rs = f"rh{hs.index(h)}" if h else "ro"
    body += f'<table:table-row table:style-name="{rs}">'
    n = 0
    for txt, sty, span in cells:
        a = f' table:style-name="ce_{sty}"' if sty else ""
        if span > 1:
            a += f' table:number-columns-spanned="{span}"'
        if txt:
            body += f'<table:table-cell{a} office:value-type="string"><text:p>{escape(txt)}</text:p></table:table-cell>'
        else:
            body += f'<table:table-cell{a}/>'
        for _ in range(span - 1):
            body += "<table:covered-table-cell/>"
        n += span
    if n < 8:
        body += f'<table:table-cell table:number-columns-repeated="{8-n}"/>'
    body += "</table:table-row>"
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>Lista pakunkowa PL/2025/0412</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles><style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/></style:style></office:styles>
<office:automatic-styles>{auto}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.2cm" fo:margin-right="1.0cm" style:scale-to-X="1" style:scale-to-Y="1" style:print="objects charts drawings"/><style:header-style/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="PM" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="Lista" table:style-name="ta1">
{"".join(f'<table:table-column table:style-name="co{c}"/>' for c, _ in cols)}
{body}
</table:table></office:spreadsheet></office:body></office:document>
'''
open("lista_pakunkowa_pl.fods", "w").write(doc)
