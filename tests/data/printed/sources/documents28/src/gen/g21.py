# Danish furniture store invoice kept as a spreadsheet (.fods) -> LibreOffice Calc PDF
import sys
from xml.sax.saxutils import escape
cols = [2.0, 7.2, 1.4, 2.4, 1.3, 2.8]  # cm
cells = {}   # (row, col) -> (value, style, kind)  kind: 's' string, 'f' float
def S(r, c, v, st="Def"): cells[(r, c)] = (v, st, "s")
def N(r, c, v, st="Num"): cells[(r, c)] = (v, st, "f")
r = 0
S(r, 0, "NORDVIG", "Brand"); S(r, 4, "FAKTURA", "Title"); r += 1
S(r, 0, "Kontormøbler · København", "Small"); r += 2
for line in ["Nordvig Kontormøbler ApS", "Vesterbrogade 148", "1620 København V", "Tlf. +45 33 21 47 90 · ordre@nordvig.dk", "CVR-nr. 38412752 · Moms-nr. DK38412752"]:
    S(r, 0, line, "Small"); r += 1
r += 1
top = r
cust = ["Aldergrove Consulting B.V.", "Att.: Sanne de Vries", "Herengracht 258", "1016 BV Amsterdam", "Holland", "Moms-nr.: NL862341954B01"]
meta = [("Fakturanr.", "24117"), ("Fakturadato", "19-11-2024"), ("Ordrenr.", "7731"), ("Kundenr.", "1093"),
        ("Betaling", "Netto 8 dage"), ("Forfaldsdato", "27-11-2024"), ("Levering", "uge 49, 2024")]
S(top, 0, "Faktureres til:", "Bold")
for i, line in enumerate(cust): S(top + 1 + i, 0, line)
for i, (k, v) in enumerate(meta):
    S(top + i, 3, k, "Label"); S(top + i, 5, v, "RightText")
r = top + len(meta) + 2
hdr = ["Varenr.", "Beskrivelse", "Antal", "Enhedspris", "Rabat", "Beløb DKK"]
for c, h in enumerate(hdr): S(r, c, h, "HeadR" if c >= 2 else "Head")
r += 1
items = [("HS-160", "Hæve-/sænkebord 160 x 80 cm, egefinér, sort stel", 4, 4295.00, 17180.00),
         ("ES-3", "Kontorstol \"Ergo 3\", sort stof, armlæn", 4, 3150.00, 12600.00),
         ("RE-80", "Reol 80 x 200 cm, eg", 2, 1895.00, 3790.00),
         ("FR-NL", "Fragt og levering til Amsterdam (2 paller)", 1, 2400.00, 2400.00)]
for vn, desc, q, p, a in items:
    S(r, 0, vn, "Line"); S(r, 1, desc, "Line"); N(r, 2, q, "IntLine"); N(r, 3, p, "NumLine"); S(r, 4, "", "Line"); N(r, 5, a, "NumLine"); r += 1
r += 1
S(r, 3, "Subtotal", "Label"); N(r, 5, 35970.00); r += 1
S(r, 3, "Moms 0 % (EU-levering)", "Label"); S(r, 5, "0,00", "RightText"); r += 1
S(r, 3, "Total DKK", "BoldBox"); N(r, 4, None, "BoldBox"); N(r, 5, 35970.00, "NumBoldBox"); r += 2
notes = ["Momsfri levering af varer til virksomhed i andet EU-land, jf. momslovens § 34, stk. 1, nr. 1.",
         "Køber afregner erhvervelsesmoms (omvendt betalingspligt). Købers moms-nr.: NL862341954B01.",
         "",
         "Betaling: Danske Bank · Reg.nr. 3000 · Kontonr. 0012497823",
         "IBAN DK18 3000 0012 4978 23 · SWIFT DABADKKK · Anfør venligst fakturanr. 24117",
         "Ved betaling efter forfaldsdato tilskrives renter på 0,8 % pr. påbegyndt måned samt rykkergebyr kr. 100,00.",
         "Ejendomsretten til de leverede varer forbeholdes, indtil fuld betaling har fundet sted.",
         "",
         "Nordvig Kontormøbler ApS · Vesterbrogade 148 · 1620 København V · CVR-nr. 38412752 · Moms-nr. DK 38 41 27 52 · www.nordvig.dk"]
for n in notes: S(r, 0, n, "Small"); r += 1
nrows = r

def cellxml(v, st, kind, span=None):
    if v is None: return f'<table:table-cell table:style-name="{st}"/>'
    if kind == "f":
        txt = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") if st != "IntLine" else str(v)
        return f'<table:table-cell table:style-name="{st}" office:value-type="float" office:value="{v}"><text:p>{txt}</text:p></table:table-cell>'
    return f'<table:table-cell table:style-name="{st}" office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'
rows_xml = []
for rr in range(nrows):
    cs = []
    for cc in range(len(cols)):
        if (rr, cc) in cells: cs.append(cellxml(*cells[(rr, cc)]))
        else: cs.append('<table:table-cell/>')
    h = "0.75cm" if rr == 0 else "0.5cm"
    rows_xml.append(f'<table:table-row table:style-name="ro{"1" if rr == 0 else "2"}">{"".join(cs)}</table:table-row>')
colstyles = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>' for i, w in enumerate(cols))
colxml = "".join(f'<table:table-column table:style-name="co{i}" table:default-cell-style-name="Def"/>' for i in range(len(cols)))
def cst(name, size="9pt", bold=False, align=None, color=None, border=None, bg=None, num=False):
    p = f'<style:table-cell-properties style:vertical-align="middle"' + (f' fo:border-bottom="{border}"' if border else "") + (f' fo:background-color="{bg}"' if bg else "") + ' style:shrink-to-fit="false" fo:wrap-option="no-wrap"/>'
    a = f'<style:paragraph-properties fo:text-align="{align}"/>' if align else ""
    t = f'<style:text-properties style:font-name="Liberation Sans" fo:font-size="{size}"' + (' fo:font-weight="bold"' if bold else "") + (f' fo:color="{color}"' if color else "") + '/>'
    dn = ' style:data-style-name="N2"' if num else ""
    return f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default"{dn}>{p}{a}{t}</style:style>'
styles = "".join([
    cst("Def"), cst("Brand", "20pt", True, color="#2f4f3a"), cst("Title", "16pt", True, "end"),
    cst("Small", "8pt", color="#333333"), cst("Bold", bold=True), cst("Label", "9pt", False), cst("RightText", align="end"),
    cst("Head", "9pt", True, border="0.75pt solid #000000", bg="#dfe8e1"), cst("HeadR", "9pt", True, "end", border="0.75pt solid #000000", bg="#dfe8e1"),
    cst("Line", border="0.5pt solid #bbbbbb"), cst("IntLine", align="end", border="0.5pt solid #bbbbbb"),
    cst("NumLine", align="end", border="0.5pt solid #bbbbbb", num=True), cst("Num", align="end", num=True),
    cst("BoldBox", "10pt", True, border="1.5pt double #000000"), cst("NumBoldBox", "10pt", True, "end", border="1.5pt double #000000", num=True),
])
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;"/></office:font-face-decls>
<office:styles>
<number:number-style style:name="N2" number:language="da" number:country="DK"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt" fo:language="da" fo:country="DK"/></style:style>
</office:styles>
<office:automatic-styles>
{colstyles}
<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.9cm" style:use-optimal-row-height="false"/></style:style>
<style:style style:name="ro2" style:family="table-row"><style:table-row-properties style:row-height="0.48cm" style:use-optimal-row-height="false"/></style:style>
<style:style style:name="ta1" style:family="table" style:master-page-name="PM1"><style:table-properties table:display="true"/></style:style>
{styles}
<style:page-layout style:name="pl1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.8cm" fo:margin-right="1.5cm" style:print="objects charts drawings" style:print-page-order="ttb" style:scale-to="100%"/>
<style:header-style/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="PM1" style:page-layout-name="pl1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="Faktura 24117" table:style-name="ta1">{colxml}
{"".join(rows_xml)}
</table:table>
</office:spreadsheet></office:body></office:document>
'''
open(sys.argv[1], "w", encoding="utf-8").write(doc)
