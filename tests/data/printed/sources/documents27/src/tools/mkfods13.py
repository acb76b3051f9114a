# helper used once to write src/s27_13_us_credit_memo.fods (hand-structured spreadsheet)
rows = []
def c(text="", style="Default", span=1, num=None):
    if num is not None:
        x = f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{num}"'
    else:
        x = f'<table:table-cell table:style-name="{style}" office:value-type="string"'
    if span > 1: x += f' table:number-columns-spanned="{span}"'
    shown = text if num is None else f'{num:,.2f}' if not isinstance(num, int) else str(num)
    x += f'><text:p>{shown}</text:p></table:table-cell>' if (text or num is not None) else '/>'
    if span > 1: x += '<table:covered-table-cell/>' * (span - 1)
    return x
def row(*cells, h=None):
    st = f' table:style-name="{h}"' if h else ''
    rows.append(f'<table:table-row{st}>' + "".join(cells) + '</table:table-row>')
def fmt(v): return f"{v:,.2f}"
E = c()
row(c("PINNACLE DATA SYSTEMS", "Logo", 4), E, c("CREDIT MEMO", "Title", 3), h="rtall")
row(c("Pinnacle Data Systems Corp.", "Small", 4), E, E, E, E)
row(c("One Harbor Point, 14th Floor, Stamford, CT 06902", "Small", 4), E, c("Credit Memo No.", "Lbl"), c("CM-204417", "ValR", 2))
row(c("Tel (203) 555-0148  ·  ar@pinnacleds.com", "Small", 4), E, c("Credit Memo Date", "Lbl"), c("03/20/2025", "ValR", 2))
row(E, E, E, E, E, c("Customer No.", "Lbl"), c("HAL-2207", "ValR", 2))
row(E, E, E, E, E, c("Original Invoice", "Lbl"), c("1987553", "ValR", 2))
row(E, E, E, E, E, c("Original Inv. Date", "Lbl"), c("02/21/2025", "ValR", 2))
row(E, E, E, E, E, c("RMA No.", "Lbl"), c("RMA-55190", "ValR", 2))
row(E)
row(c("Credit To", "Head", 4), E, c("Ship From (Return)", "Head", 3))
row(c("Halvorsen Industrial, Inc.", "Default", 4), E, c("Halvorsen Industrial, Inc.", "Default", 3))
row(c("Accounts Payable", "Default", 4), E, c("Receiving, Building B", "Default", 3))
row(c("PO Box 30418", "Default", 4), E, c("411 West 33rd Street", "Default", 3))
row(c("Columbus, OH 43230", "Default", 4), E, c("New York, NY 10001", "Default", 3))
row(E)
row(c("Reason: Returned goods – damaged in transit / wrong model shipped (see RMA-55190, received 03/14/2025)", "Default", 8))
row(E)
row(c("Line", "TH"), c("Item", "TH"), c("Description", "TH", 3), c("Qty", "THR"), c("Unit Price", "THR"), c("Amount", "THR"))
row(c("1", "TD"), c("P2725H", "TD"), c("Dell Pro 27 Monitor P2725H (damaged in transit)", "TD", 3), c("", "TDR", num=3), c("", "TDM", num=289.00), c("", "TDM", num=867.00))
row(c("2", "TD"), c("HD22Q", "TD"), c("Dell Pro Dock WD25 (wrong model shipped)", "TD", 3), c("", "TDR", num=1), c("", "TDM", num=214.00), c("", "TDM", num=214.00))
row(c("3", "TD"), c("RSTK", "TD"), c("Restocking fee waived (carrier damage)", "TD", 3), c("", "TDR", num=1), c("0.00", "TDM"), c("0.00", "TDM"))
row(E)
row(E, E, E, E, E, c("Subtotal", "Lbl", 2), c("", "TDM", num=1081.00))
row(E, E, E, E, E, c("Sales Tax (NY 8.875%)", "Lbl", 2), c("", "TDM", num=95.94))
row(E, E, E, E, E, c("Freight", "Lbl", 2), c("0.00", "TDM"))
row(E, E, E, E, E, c("Total Credit (USD)", "TotL", 2), c("", "TotM", num=1176.94))
row(E)
row(c("This credit has been applied to your account HAL-2207. It may be deducted from your next payment or applied against open invoice(s). Do not pay this document.", "Note", 8), h="rnote")
row(c("Original invoice 1987553 dated 02/21/2025: $4,781.27. Remaining open balance on that invoice after this credit: $3,604.33.", "Note", 8), h="rnote")
row(c("Questions? Accounts Receivable, (203) 555-0148, ar@pinnacleds.com. Please reference the credit memo number.", "Note", 8), h="rnote")
body = "\n".join(rows)
cols = [1.0, 1.8, 3.4, 3.4, 0.6, 2.8, 2.2, 2.4]
colx = "".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(len(cols)))
colstyles = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>' for i, w in enumerate(cols))
def cs(name, props="", text="", para=""):
    ds = ' style:data-style-name="N2"' if name in ("TDM", "TotM") else ""
    return f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default"{ds}><style:table-cell-properties {props}/><style:paragraph-properties {para}/><style:text-properties {text}/></style:style>'
styles = "".join([
 cs("Logo", 'fo:padding="0.05cm"', 'fo:font-size="18pt" fo:font-weight="bold" fo:color="#8a1538"'),
 cs("Title", 'fo:padding="0.05cm"', 'fo:font-size="16pt" fo:font-weight="bold"', 'fo:text-align="end"'),
 cs("Small", 'fo:padding="0.02cm"', 'fo:font-size="8pt" fo:color="#444444"'),
 cs("Lbl", 'fo:padding="0.05cm"', 'fo:font-size="9pt"'),
 cs("ValR", 'fo:padding="0.05cm"', 'fo:font-size="9pt" fo:font-weight="bold"', 'fo:text-align="end"'),
 cs("Head", 'fo:padding="0.05cm" fo:background-color="#f2dde3" fo:border-bottom="0.75pt solid #8a1538"', 'fo:font-weight="bold" fo:font-size="9pt"'),
 cs("TH", 'fo:padding="0.07cm" fo:background-color="#8a1538"', 'fo:font-weight="bold" fo:color="#ffffff" fo:font-size="9pt"'),
 cs("THR", 'fo:padding="0.07cm" fo:background-color="#8a1538"', 'fo:font-weight="bold" fo:color="#ffffff" fo:font-size="9pt"', 'fo:text-align="end"'),
 cs("TD", 'fo:padding="0.07cm" fo:border-bottom="0.5pt solid #bbbbbb"', 'fo:font-size="9pt"'),
 cs("TDR", 'fo:padding="0.07cm" fo:border-bottom="0.5pt solid #bbbbbb"', 'fo:font-size="9pt"', 'fo:text-align="end"'),
 cs("TDM", 'fo:padding="0.07cm" fo:border-bottom="0.5pt solid #bbbbbb"', 'fo:font-size="9pt"', 'fo:text-align="end"'),
 cs("TotL", 'fo:padding="0.07cm" fo:border-top="1.2pt solid #000000"', 'fo:font-weight="bold" fo:font-size="10pt"'),
 cs("TotM", 'fo:padding="0.07cm" fo:border-top="1.2pt solid #000000"', 'fo:font-weight="bold" fo:font-size="10pt"', 'fo:text-align="end"'),
 cs("Note", 'fo:padding="0.03cm" fo:wrap-option="wrap"', 'fo:font-size="8pt" fo:color="#333333"'),
])
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
<number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
{colstyles}
<style:style style:name="rtall" style:family="table-row"><style:table-row-properties style:row-height="0.9cm"/></style:style>
<style:style style:name="rnote" style:family="table-row"><style:table-row-properties style:row-height="0.75cm"/></style:style>
<style:style style:name="ta1" style:family="table" style:master-page-name="PM"><style:table-properties table:display="true"/></style:style>
{styles}
<style:page-layout style:name="pl1"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="0.5in" fo:margin-bottom="0.5in" fo:margin-left="0.55in" fo:margin-right="0.5in" style:print="objects charts drawings"/>
<style:header-style><style:header-footer-properties fo:min-height="0cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.2cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="PM" style:page-layout-name="pl1"><style:header style:display="false"/><style:footer><text:p>Pinnacle Data Systems Corp. · Federal EIN 06-1554982 · Remit-to: PO Box 417720, Boston, MA 02241-7720</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="CM-204417" table:style-name="ta1">{colx}
{body}
</table:table></office:spreadsheet></office:body></office:document>'''
open("/tmp/w/set27/src/s27_13_us_credit_memo.fods", "w").write(doc)
