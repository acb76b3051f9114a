"""Norwegian bank statement (Kontoutskrift), LibreOffice .fodt, 3 pages."""
import random
from common import *
from xml.sax.saxutils import escape as X

rnd = random.Random(1702)


def mod11(base10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * w[k] for k, c in enumerate(base10))
    r = 11 - s % 11
    return None if r == 10 else (0 if r == 11 else r)


base = "3705412886"
acct = base + str(mod11(base))
acct_p = f"{acct[:4]}.{acct[4:6]}.{acct[6:]}"
IB = iban("NO", acct)

opening = D("18432.17")
tx = []  # (day, text, rentedato_day, out, inn)


def add(day, text, out=None, inn=None, rd=None):
    tx.append((day, text, rd or day, q2(out) if out else None, q2(inn) if inn else None))


shops = ["REMA 1000 FØRDE", "KIWI 412 FØRDE SENTRUM", "COOP EXTRA FØRDE", "CIRCLE K FØRDE", "VINMONOPOLET FØRDE",
         "APOTEK 1 FØRDE", "XXL FØRDE", "NARVESEN FØRDE SKYSS", "BUNNPRIS NAUSTDAL", "CLAS OHLSON FØRDE",
         "BIL-EXTRA FØRDE", "ESPRESSO HOUSE FØRDE", "SPAR JØLSTER", "UNO-X 7-ELEVEN SKEI", "NILLE FØRDE"]
days = list(range(1, 32))
for d in days:
    n = rnd.choice([1, 1, 2, 2, 3])
    for _ in range(n):
        shop = rnd.choice(shops)
        amt = D(rnd.randint(3900, 98000)) / 100
        add(min(d + 1, 31), f"Varekjøp {shop} dato {d:02d}.03 Visa *4471", out=amt, rd=d)
add(1, "Avtalegiro til Fjordkysten Sparebank lån 3705.61.22190", out="9845.00")
add(3, "Nettbank til: Fjordkraft AS Betalt: 03.03.25", out="1487.36")
add(5, "Vipps til Kari Solheim", out="450.00")
add(10, "Straksbetaling Telenor Norge AS faktura 882134551", out="649.00")
add(12, "Lønn fra Sunnfjord Entreprenør AS", inn="38412.00")
add(12, "Overføring til sparekonto 3705.41.29914", out="5000.00")
add(15, "Avtalegiro til Gjensidige Forsikring ASA", out="1218.00")
add(17, "Vipps fra Ola Haugen", inn="1200.00")
add(18, "Efaktura Førde kommune kommunale avgifter", out="3904.50")
add(20, "Barnetrygd NAV", inn="1766.00")
add(21, "Nettbank til: SFE Nett AS Betalt: 21.03.25", out="712.44")
add(24, "Vipps til Sunnfjord Idrettslag", out="600.00")
add(25, "Minibank DNB Førde torg", out="1000.00")
add(26, "Overføring fra sparekonto 3705.41.29914", inn="3000.00")
add(27, "Efaktura Sunnfjord Energi AS", out="984.10")
add(28, "Tilbakeføring XXL FØRDE ref. 77120", inn="899.00")
add(31, "Gebyr kontohold mars", out="25.00")
add(31, "Gebyr varekjøp Visa 44 stk", out="0.00")
tx = [t for t in tx if t[3] != D("0.00")]
tx.sort(key=lambda t: (t[0], t[1]))

sum_out = sum(t[3] for t in tx if t[3])
sum_in = sum(t[4] for t in tx if t[4])
closing = opening - sum_out + sum_in
reserved = D("1240.00")
print(len(tx), sum_out, sum_in, closing)
sizes = [22, 30, len(tx) - 52]
pages = chunk(tx, sizes)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

COLS = [("A", "1.6cm"), ("B", "8.6cm"), ("C", "1.8cm"), ("D", "2.6cm"), ("E", "2.6cm")]

styles = f"""
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:language="nb" fo:country="NO"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.0cm" fo:margin-bottom="0.8cm" fo:margin-left="1.8cm" fo:margin-right="1.4cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm" fo:border-bottom="0.8pt solid #0b5a4a" fo:padding-bottom="0.1cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm" fo:border-top="0.5pt solid #0b5a4a" fo:padding-top="0.1cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Logo" style:family="paragraph"><style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#0b5a4a"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="RB" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="B" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="paragraph"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="7pt"/></style:style>
 <style:style style:name="Gap" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm"/></style:style>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17.2cm" table:align="left" fo:margin-top="0.3cm"/></style:style>
 <style:style style:name="TblPB" style:family="table"><style:table-properties style:width="17.2cm" table:align="left" fo:break-before="page"/></style:style>
 <style:style style:name="Meta" style:family="table"><style:table-properties style:width="17.2cm" table:align="left"/></style:style>
 <style:style style:name="Meta.A" style:family="table-column"><style:table-column-properties style:column-width="9.2cm"/></style:style>
 <style:style style:name="Meta.B" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
 <style:style style:name="Meta.C" style:family="table-column"><style:table-column-properties style:column-width="4.6cm"/></style:style>
 {''.join(f'<style:style style:name="Tbl.{c}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for c, w in COLS)}
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border-bottom="0.3pt solid #bbbbbb" fo:border-top="none" fo:border-left="none" fo:border-right="none"/></style:style>
 <style:style style:name="HCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:background-color="#dfeee9" fo:border-bottom="0.8pt solid #0b5a4a" fo:border-top="none" fo:border-left="none" fo:border-right="none"/></style:style>
 <style:style style:name="NCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.04cm" fo:border="none"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header>
   <text:p text:style-name="Logo">Fjordkysten Sparebank</text:p>
   <text:p>Kontoutskrift nr. 3/2025 · Brukskonto Pluss · Kontonummer {acct_p}<text:tab/><text:tab/>Side <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>3</text:page-count></text:p>
  </style:header>
  <style:footer>
   <text:p text:style-name="Small">Fjordkysten Sparebank · Postboks 214, 6803 Førde · Org.nr. 937 551 208 MVA · Telefon 57 72 40 00 · fjordkysten.no</text:p>
   <text:p text:style-name="Small">Kontroller kontoutskriften og meld fra til banken snarest om feil. Innskudd er sikret gjennom Bankenes sikringsfond inntil 2 millioner kroner.</text:p>
  </style:footer>
 </style:master-page>
</office:master-styles>
"""


def P(text, st=None):
    s = f' text:style-name="{st}"' if st else ""
    return f"<text:p{s}>{X(text)}</text:p>"


def cell(text, pst=None, cst="Cell"):
    return f'<table:table-cell table:style-name="{cst}" office:value-type="string">{P(text, pst)}</table:table-cell>'


def row(cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


body = []
body.append(P("Ingrid Solheim Haugen", "Gap"))
body.append(P("Storehagen 17"))
body.append(P("6800 FØRDE"))
meta = [("KONTOUTSKRIFT", "", ""),
        ("", "Utskriftsdato", "01.04.2025"),
        ("", "Periode", "01.03.2025 - 31.03.2025"),
        ("", "Kontonummer", acct_p),
        ("", "IBAN", iban_spaced(IB)),
        ("", "BIC", "FJKSNO21"),
        ("", "Kontotype", "Brukskonto Pluss"),
        ("", "Kontohaver", "Ingrid Solheim Haugen"),
        ("", "Disponent", "Ola Haugen"),
        ]
t = ['<table:table table:name="Meta" table:style-name="Meta">',
     '<table:table-column table:style-name="Meta.A"/><table:table-column table:style-name="Meta.B"/><table:table-column table:style-name="Meta.C"/>']
for a, b, c in meta:
    t.append(row([cell(a, "Title" if a else None, "NCell"), cell(b, None, "NCell"), cell(c, "B" if b else None, "NCell")]))
t.append("</table:table>")
body.append("".join(t))

HDR = row([cell(h, "RB" if k >= 3 else "B", "HCell") for k, h in enumerate(["Bokført", "Forklaring", "Rentedato", "Ut av konto", "Inn på konto"])])
run_out = D(0)
run_in = D(0)
for p, its in enumerate(pages, 1):
    tname = f"Tbl{p}"
    st = "Tbl" if p == 1 else "TblPB"
    t = [f'<table:table table:name="{tname}" table:style-name="{st}">']
    t += [f'<table:table-column table:style-name="Tbl.{c}"/>' for c, _ in COLS]
    t.append(f"<table:table-header-rows>{HDR}</table:table-header-rows>")
    if p == 1:
        t.append(row([cell("01.03"), cell("Inngående saldo pr. 01.03.2025", "B"), cell(""), cell(""), cell(fi(opening), "RB")]))
    else:
        t.append(row([cell(""), cell("Overført fra forrige side", "I"), cell(""), cell(fi(run_out), "R"), cell(fi(run_in), "R")]))
    for day, text, rd, out, inn in its:
        t.append(row([cell(f"{day:02d}.03"), cell(text), cell(f"{rd:02d}.03"), cell(fi(out) if out else "", "R"), cell(fi(inn) if inn else "", "R")]))
        run_out += out or 0
        run_in += inn or 0
    if p < len(pages):
        t.append(row([cell(""), cell("Overføres til neste side", "I"), cell(""), cell(fi(run_out), "R"), cell(fi(run_in), "R")]))
    else:
        t.append(row([cell(""), cell("Sum bevegelser i perioden", "B"), cell(""), cell(fi(sum_out), "RB"), cell(fi(sum_in), "RB")]))
        t.append(row([cell("31.03"), cell("Utgående saldo pr. 31.03.2025", "B"), cell(""), cell(""), cell(fi(closing), "RB")]))
    t.append("</table:table>")
    body.append("".join(t))

body.append(P("Oversikt", "Title"))
ov = [("Inngående saldo 01.03.2025", fi(opening)), ("Sum ut av konto", fi(sum_out)), ("Sum inn på konto", fi(sum_in)),
      ("Utgående saldo 31.03.2025", fi(closing)), ("Reserverte beløp (ikke bokført)", fi(reserved)),
      ("Disponibelt beløp 01.04.2025", fi(closing - reserved)), ("Kreditt", "0,00"),
      ("Innskuddsrente", "1,25 % p.a."), ("Opptjente renter hittil i år", "214,88")]
t = ['<table:table table:name="Ov" table:style-name="Meta">',
     '<table:table-column table:style-name="Meta.A"/><table:table-column table:style-name="Meta.B"/><table:table-column table:style-name="Meta.C"/>']
for a, b in ov:
    t.append(row([cell(a, None, "NCell"), cell("", None, "NCell"), cell(b, "R", "NCell")]))
t.append("</table:table>")
body.append("".join(t))
body.append(P("Renter godskrives kontoen ved årsskiftet. Neste kontoutskrift sendes 01.07.2025 til Nettbanken. "
              "Spørsmål om transaksjoner kan rettes til kundesenteret på 57 72 40 00.", "Gap"))

doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Kontoutskrift {acct_p} mars 2025</dc:title></office:meta>
{styles}
<office:body><office:text>
{''.join(body)}
</office:text></office:body></office:document>
"""
write("02_kontoutskrift_no.fodt", doc)

truth("02_kontoutskrift_no.pdf", {
    "customer_name": "Ingrid Solheim Haugen",
    "account_number": acct_p,
    "iban": IB,
    "statement_date": "2025-04-01",
    "opening_balance": float(opening),
    "closing_balance": float(closing),
}, {"customer_name": "text", "account_number": "text", "iban": "text", "statement_date": "date",
    "opening_balance": "amount", "closing_balance": "amount"},
    "Norwegian bank statement (Kontoutskrift) for March 2025, LibreOffice Writer from .fodt, 3 pages, 79 transactions. "
    "Page header repeated (bank name, 'Kontoutskrift nr. 3/2025', Kontonummer, Side x av 3), footer repeated. Page 1: address block "
    "(customer name), meta table with Utskriftsdato (statement_date), Periode 01.03.2025 - 31.03.2025, Kontonummer, IBAN (printed "
    "in groups of 4; truth without spaces), Kontohaver (customer again), Disponent Ola Haugen (distractor name). "
    "Table first row 'Inngående saldo pr. 01.03.2025' (opening_balance). Pages end with 'Overføres til neste side' and start with "
    "'Overført fra forrige side' column sums (distractors). Last page: 'Sum bevegelser', 'Utgående saldo pr. 31.03.2025' "
    "(closing_balance), then an Oversikt block repeating balances plus Reserverte beløp and Disponibelt beløp (distractors). "
    "Number format '18 432,17'.")
