"""D22: Indian IT services GST tax invoice kept as a spreadsheet (.fods): repeated header row on every
printed page, manual row break, SAC-wise tax summary, amount in words, bank details (LibreOffice Calc)."""
import sys
from xml.sax.saxutils import escape
from common import fmt, D
from odf import NS
import data

d = data.d22()
OUT = sys.argv[1]
INV = d["invoice_number"]


def r(x):
    return fmt(x, "in")


def x(s):
    return escape(str(s))


# ---- amount in words (Indian system)
ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen",
        "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def two(n):
    return ONES[n] if n < 20 else TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")


def three(n):
    h, t = divmod(n, 100)
    return ((ONES[h] + " Hundred" + (" " if t else "")) if h else "") + (two(t) if t else "")


def words(n):
    n = int(n)
    parts = []
    for div, name in ((10 ** 7, "Crore"), (10 ** 5, "Lakh"), (1000, "Thousand")):
        q, n = divmod(n, div)
        if q:
            parts.append(f"{three(q) if q < 1000 else words(q)} {name}")
    if n:
        parts.append(three(n))
    return " ".join(parts)


COLW = ["0.9cm", "6.6cm", "1.5cm", "1.4cm", "2.0cm", "2.3cm", "2.9cm"]
styles = []
for i, w in enumerate(COLW):
    styles.append(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="{w}"/></style:style>')
for name, h in [("ro", "0.72cm"), ("ro2", "0.98cm"), ("roT", "0.95cm"), ("roS", "0.35cm"), ("roH", "0.55cm")]:
    styles.append(f'<style:style style:name="{name}" style:family="table-row"><style:table-row-properties style:row-height="{h}" fo:break-before="auto" style:use-optimal-row-height="false"/></style:style>')
styles.append('<style:style style:name="roB" style:family="table-row"><style:table-row-properties style:row-height="0.5cm" fo:break-before="page" style:use-optimal-row-height="false"/></style:style>')
styles.append('<style:style style:name="ta1" style:family="table" style:master-page-name="Invoice"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>')

CELL = {}


def cs(name, size="8pt", bold=False, align="start", bg=None, border=None, color=None, wrap=False, valign="middle", italic=False):
    tp = [f'fo:font-size="{size}"', 'style:font-name="Liberation Sans"']
    if bold:
        tp.append('fo:font-weight="bold"')
    if italic:
        tp.append('fo:font-style="italic"')
    if color:
        tp.append(f'fo:color="{color}"')
    cp = [f'style:vertical-align="{valign}"', 'fo:padding="0.04cm"']
    if bg:
        cp.append(f'fo:background-color="{bg}"')
    if border:
        cp.append(f'fo:border="{border}"')
    if wrap:
        cp.append('fo:wrap-option="wrap"')
    styles.append(f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default">'
                  f'<style:table-cell-properties {" ".join(cp)}/><style:paragraph-properties fo:text-align="{align}"/>'
                  f'<style:text-properties {" ".join(tp)}/></style:style>')
    CELL[name] = True


BD = "0.5pt solid #555555"
cs("title", "15pt", True, color="#8b1a1a")
cs("sub", "7.5pt", color="#333333")
cs("doc", "12pt", True, align="center", bg="#f3e3e3", border=BD)
cs("orig", "7pt", italic=True, align="end")
cs("lab", "7.8pt", bold=True, border=BD, bg="#faf3f3")
cs("val", "7.8pt", border=BD, wrap=True)
cs("th", "7.6pt", True, align="center", bg="#8b1a1a", color="#ffffff", border=BD, wrap=True)
cs("td", "7.8pt", border=BD, wrap=True, valign="top")
cs("tdc", "7.8pt", align="center", border=BD, valign="top")
cs("tdr", "7.8pt", align="end", border=BD, valign="top")
cs("tot", "8pt", True, border=BD, bg="#f3e3e3")
cs("totr", "8pt", True, align="end", border=BD, bg="#f3e3e3")
cs("gr", "9.5pt", True, border=BD, bg="#e8c9c9")
cs("grr", "9.5pt", True, align="end", border=BD, bg="#e8c9c9")
cs("note", "7.3pt", wrap=True, valign="top")
cs("noteb", "7.8pt", True, valign="top")
cs("sign", "8pt", True, align="end")
cs("blank", "7pt")

rows = []


def cell(text, style, span=1, rows_span=1):
    a = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    a += f' table:number-rows-spanned="{rows_span}"' if rows_span > 1 else ""
    body = "".join(f"<text:p>{x(t)}</text:p>" for t in str(text).split("\n")) if text != "" else ""
    out = f'<table:table-cell table:style-name="{style}" office:value-type="string"{a}>{body}</table:table-cell>'
    out += "<table:covered-table-cell/>" * (span - 1)
    return out


def row(cells, style="ro"):
    n = sum(c.count("<table:table-cell") + c.count("<table:covered-table-cell/>") for c in cells)
    pad = "".join('<table:table-cell table:style-name="blank"/>' for _ in range(7 - n))
    rows.append(f'<table:table-row table:style-name="{style}">{"".join(cells)}{pad}</table:table-row>')


row([cell("SAHYADRI SOFTECH SOLUTIONS PVT. LTD.", "title", 7)], "ro2")
row([cell("Office 704, Amar Tech Park, Baner Road, Balewadi, Pune, Maharashtra 411045  ·  +91 20 6712 4480  ·  accounts@sahyadrisoftech.in", "sub", 7)])
row([cell("GSTIN: 27AAHCS7781E1Z4  ·  PAN: AAHCS7781E  ·  CIN: U72900PN2014PTC151277  ·  LUT not applicable (domestic supply)", "sub", 7)])
row([cell("", "blank", 7)], "roS")
row([cell("TAX INVOICE", "doc", 5), cell("Original for Recipient", "orig", 2)], "ro2")
styles.append('<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>')


def kv(k, v, style="val", span=4):
    body = f'<text:p><text:span text:style-name="Tb">{x(k)}:</text:span> {x(v)}</text:p>' if k else f"<text:p>{x(v)}</text:p>"
    return f'<table:table-cell table:style-name="{style}" office:value-type="string" table:number-columns-spanned="{span}">{body}</table:table-cell>' + "<table:covered-table-cell/>" * (span - 1)


left = [("Invoice No.", INV), ("Invoice Date", "31-Mar-2025"), ("Due Date", "15-Apr-2025"),
        ("Buyer PO", "KLL/IT/PO/2425/0381 dt 02-Apr-2024"), ("Place of Supply", "Maharashtra (27)"),
        ("Reverse Charge", "No"), ("Period", "01-Mar-2025 to 31-Mar-2025")]
right = [("Bill To", ""), ("", "Konkan Logistics Ltd."), ("", "Plot 18, TTC Industrial Area, MIDC Mahape"),
         ("", "Navi Mumbai, Maharashtra 400710"), ("GSTIN", "27AABCK6620M1ZS"), ("State", "Maharashtra, Code 27"),
         ("Contact", "Mr. Nitin Patil, Head - IT")]
for (k1, v1), (k2, v2) in zip(left, right):
    row([kv(k1, v1, "val", 4), kv(k2, v2, "lab" if k2 == "Bill To" else "val", 3)], "roH")
row([cell("", "blank", 7)], "roS")
HEAD_ROW = (f'<table:table-row table:style-name="ro2">{cell("S.No", "th")}{cell("Description of Services", "th")}{cell("SAC", "th")}'
            f'{cell("Qty", "th")}{cell("Unit", "th")}{cell("Rate (₹)", "th")}{cell("Taxable Value (₹)", "th")}</table:table-row>')
head_index = len(rows)
for i, l in enumerate(d["lines"], 1):
    q = l["qty"]
    qs = f"{q:.1f}" if q % 1 else f"{int(q)}"
    style = "ro2" if len(l["desc"]) > 44 else "ro"
    row([cell(str(i), "tdc"), cell(l["desc"], "td"), cell(l["sac"], "tdc"), cell(qs, "tdr"), cell(l["unit"], "tdc"),
         cell(r(l["rate"]), "tdr"), cell(r(l["amt"]), "tdr")], style)
row([cell("Total Taxable Value", "tot", 6), cell(r(d["taxable"]), "totr")])
row([cell("Add: CGST @ 9%", "td", 6), cell(r(d["cgst"]), "tdr")])
row([cell("Add: SGST @ 9%", "td", 6), cell(r(d["sgst"]), "tdr")])
row([cell("Rounded off", "td", 6), cell(r(d["roundoff"]), "tdr")])
row([cell("GRAND TOTAL (₹)", "gr", 6), cell(r(d["total"]), "grr")], "roT")
row([cell(f"Amount in words: Rupees {words(d['total'])} Only", "noteb", 7)], "ro2")
# page 2: SAC summary
brk_row_text = cell("SAC-wise Tax Summary", "noteb", 7)
rows.append(f'<table:table-row table:style-name="ro2">{brk_row_text}</table:table-row>')
row([cell("SAC", "th"), cell("Taxable Value (₹)", "th", 2), cell("CGST 9% (₹)", "th", 2), cell("SGST 9% (₹)", "th"), cell("Total Tax (₹)", "th")], "ro2")
for sac, amt in sorted(d["by_sac"].items()):
    c = (amt * D("0.09")).quantize(D("0.01"))
    row([cell(sac, "tdc"), cell(r(amt), "tdr", 2), cell(r(c), "tdr", 2), cell(r(c), "tdr"), cell(r(c * 2), "tdr")])
row([cell("Total", "tot"), cell(r(d["taxable"]), "totr", 2), cell(r(d["cgst"]), "totr", 2), cell(r(d["sgst"]), "totr"),
     cell(r(d["cgst"] + d["sgst"]), "totr")])
row([cell("SAC-wise tax is shown for information; tax is computed on the invoice total (rounding differences, if any, are adjusted in CGST/SGST).", "note", 7)], "ro2")
row([cell("", "blank", 7)], "roS")
row([cell("Bank Details for Payment (NEFT/RTGS)", "noteb", 3), cell("Terms & Conditions", "noteb", 4)])
row([cell("Account Name: Sahyadri Softech Solutions Pvt. Ltd.\nBank: HDFC Bank Ltd., Baner Branch, Pune\nA/c No.: 50200048217736 (Current)\nIFSC: HDFC0001768",
          "note", 3, 4),
     cell("1. Payment due within 15 days of invoice date. Interest @ 18% p.a. will be charged on payments received after the due date.\n"
          "2. TDS, if deducted u/s 194J, kindly share Form 16A within the statutory time limit.\n"
          "3. Cloud hosting charges are billed at actuals as per AWS invoice no. 2503IN0041873 for March 2025.\n"
          "4. Subject to Pune jurisdiction. Any discrepancy to be reported within 7 days of receipt.", "note", 4, 4)], "ro2")
for _ in range(3):
    rows.append('<table:table-row table:style-name="ro2"><table:covered-table-cell table:number-columns-repeated="7"/></table:table-row>')
row([cell("", "blank", 7)], "ro2")
row([cell("For Sahyadri Softech Solutions Pvt. Ltd.", "sign", 7)])
row([cell("", "blank", 7)], "ro2")
row([cell("Authorised Signatory", "sign", 7)])
row([cell("Declaration: We declare that this invoice shows the actual price of the services described and that all particulars are true and correct. "
          "This is a computer generated invoice.", "note", 7)], "ro2")

# header rows (repeat on every printed page)
body_rows = rows[:head_index] + ["<table:table-header-rows>" + HEAD_ROW + "</table:table-header-rows>"] + rows[head_index:]
nrows = len(rows) + 1
table = (f'<table:table table:name="Invoice" table:style-name="ta1" table:print-ranges="Invoice.A1:Invoice.G{nrows}">'
         + "".join(f'<table:table-column table:style-name="co{i}" table:default-cell-style-name="blank"/>' for i in range(7))
         + "".join(body_rows) + "</table:table>")

hdr = (f'<style:header><style:region-left><text:p>Sahyadri Softech Solutions Pvt. Ltd. · Tax Invoice {x(INV)} · 31-Mar-2025</text:p></style:region-left>'
       '<style:region-right><text:p>Page <text:page-number>1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:region-right></style:header>')
ftr = ('<style:footer><style:region-center><text:p>Regd. Office: Office 704, Amar Tech Park, Baner Road, Pune 411045 · CIN U72900PN2014PTC151277 · '
       'GSTIN 27AAHCS7781E1Z4</text:p></style:region-center></style:footer>')
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>Tax Invoice {x(INV)}</dc:title><meta:creation-date>2025-03-31T18:45:00</meta:creation-date></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;"/></office:font-face-decls>
<office:styles>
<style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:language="en" fo:country="IN"/></style:style>
</office:styles>
<office:automatic-styles>
{"".join(styles)}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
 fo:margin-top="0.8cm" fo:margin-bottom="0.8cm" fo:margin-left="1.5cm" fo:margin-right="1.3cm" style:print="objects charts drawings" style:print-page-order="ttb" style:scale-to="100%"/>
<style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.25cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.4cm" fo:margin-top="0.25cm"/></style:footer-style></style:page-layout>
<style:style style:name="hf" style:family="paragraph"><style:text-properties fo:font-size="7pt"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Invoice" style:page-layout-name="pm1">{hdr}{ftr}</style:master-page></office:master-styles>
<office:body><office:spreadsheet>{table}</office:spreadsheet></office:body>
</office:document>'''
open(f"{OUT}/s23_tax_invoice_in.fods", "w", encoding="utf-8").write(doc)
