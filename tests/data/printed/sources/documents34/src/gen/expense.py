# authoring helper: writes ../expense_claim_feb2025.fods (employee expense report kept in a spreadsheet)
from xml.sax.saxutils import escape as E
rows = []
def cell(v="", style="Default", kind=None, span=1):
    sp = f' table:number-columns-spanned="{span}"' if span > 1 else ''
    if kind == "float":
        c = f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{v}"{sp}><text:p>{v:,.2f}</text:p></table:table-cell>'
    elif kind == "date":
        iso, shown = v
        c = f'<table:table-cell table:style-name="{style}" office:value-type="date" office:date-value="{iso}"{sp}><text:p>{shown}</text:p></table:table-cell>'
    else:
        c = f'<table:table-cell table:style-name="{style}" office:value-type="string"{sp}><text:p>{E(v)}</text:p></table:table-cell>' if v != "" else f'<table:table-cell table:style-name="{style}"{sp}/>'
    return c + '<table:covered-table-cell/>' * (span - 1)
def row(*cells, h=None):
    st = f' table:style-name="{h}"' if h else ''
    rows.append(f'<table:table-row{st}>' + "".join(cells) + '</table:table-row>')

row(cell("Ardent Biosciences, Inc.", "Title", span=6), h="rT")
row(cell("EMPLOYEE EXPENSE REPORT", "Sub", span=4), cell("Form FIN-EXP-01 (2024)", "Small", span=2))
row(cell("1 Kendall Square, Building 600, Cambridge, MA 02139 · accountspayable@ardentbio.com", "Small", span=6))
row(cell(""))
row(cell("Employee name", "Lab"), cell("Oluwaseun Adebayo-Clarke", "Val", span=2), cell("Employee ID", "Lab"), cell("E-20417", "Val", span=2))
row(cell("Department", "Lab"), cell("Clinical Operations", "Val", span=2), cell("Cost center", "Lab"), cell("CC-4120", "Val", span=2))
row(cell("Business purpose", "Lab"), cell("Site initiation visit, Lakeshore Clinical Research (Chicago) - study ABX-207", "Val", span=5))
row(cell("Expense period", "Lab"), cell("02/01/2025 - 02/28/2025", "Val", span=2), cell("Report number", "Lab"), cell("ER-2025-0388", "Val", span=2))
row(cell(""))
row(cell("Date", "Hd"), cell("Receipt #", "Hd"), cell("Description / vendor", "Hd"), cell("Category", "Hd"), cell("GL account", "Hd"), cell("Amount (USD)", "HdR"))
items = [("2025-02-03", "02/03/2025", "R1", "Airfare BOS-ORD round trip, Delta", "Airfare", "6110", 412.60),
         ("2025-02-03", "02/03/2025", "R2", "Taxi O'Hare to hotel", "Ground transport", "6120", 48.75),
         ("2025-02-05", "02/05/2025", "R3", "Hyatt Regency Chicago, 2 nights (02/03-02/05)", "Lodging", "6130", 389.40),
         ("2025-02-04", "02/04/2025", "R4", "Client dinner, 4 attendees (site PI and coordinators)", "Meals - business", "6150", 236.18),
         ("2025-02-05", "02/05/2025", "R5", "Logan Airport central parking, 3 days", "Parking", "6120", 84.00),
         ("2025-02-12", "02/12/2025", "R6", "Binders and label printer tape, Staples", "Office supplies", "6410", 37.44),
         ("2025-02-21", "02/21/2025", "R7", "ACRP webinar registration - GCP refresher", "Training", "6520", 76.00)]
for iso, shown, r, desc, cat, gl, amt in items:
    row(cell((iso, shown), "Date", "date"), cell(r, "Txt"), cell(desc, "Txt"), cell(cat, "Txt"), cell(gl, "Txt"), cell(amt, "Num", "float"))
tot = round(sum(i[-1] for i in items), 2)
assert tot == 1284.37
row(cell("", "Txt"), cell("", "Txt"), cell("", "Txt"), cell("", "Txt"), cell("", "Txt"), cell("", "Num"))
row(cell(""), cell(""), cell("Total expenses", "TotL", span=3), cell(tot, "TotN", "float"))
row(cell(""), cell(""), cell("Less: cash advance (ADV-0112, 01/29/2025)", "Lab2", span=3), cell(300.00, "Num2", "float"))
row(cell(""), cell(""), cell("Amount reimbursable to employee", "TotL", span=3), cell(984.37, "TotN", "float"))
row(cell(""), cell(""), cell("Company-paid (corporate card), not reimbursed", "Lab2", span=3), cell(0.00, "Num2", "float"))
row(cell(""))
row(cell("Submitted by", "Lab"), cell("Oluwaseun Adebayo-Clarke", "Val", span=2), cell("Date submitted", "Lab"), cell(("2025-03-04", "03/04/2025"), "ValD", "date", span=2))
row(cell("Approved by", "Lab"), cell("Marguerite Delacroix", "Val", span=2), cell("Date approved", "Lab"), cell(("2025-03-06", "03/06/2025"), "ValD", "date", span=2))
row(cell("Approver title", "Lab"), cell("Director, Clinical Operations", "Val", span=2), cell("AP processed", "Lab"), cell(("2025-03-11", "03/11/2025"), "ValD", "date", span=2))
row(cell(""))
row(cell("Receipts R1-R7 attached (scanned). Meals over $75 per person require attendee names; alcohol is not reimbursable. Reimbursement is paid by direct deposit with the next payroll after AP approval. Per diem was not claimed for this trip.", "Note", span=6), h="rNote")

col = [("co1", "2.7cm"), ("co2", "1.7cm"), ("co3", "7.2cm"), ("co4", "3.1cm"), ("co5", "1.8cm"), ("co6", "2.6cm")]
def cs(name, font="9pt", bold=False, border=None, align=None, bg=None, wrap=False, italic=False, fam="Liberation Sans", ds=None):
    tp = f'fo:font-size="{font}" style:font-name="{fam}"' + (' fo:font-weight="bold"' if bold else '') + (' fo:font-style="italic"' if italic else '')
    cp = ""
    if border: cp += f' fo:border="{border}"'
    if bg: cp += f' fo:background-color="{bg}"'
    if wrap: cp += ' fo:wrap-option="wrap"'
    cp += ' style:vertical-align="middle" fo:padding="0.06cm"'
    pp = f'<style:paragraph-properties fo:text-align="{align}"/>' if align else ''
    return (f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default"' + (f' style:data-style-name="{ds}"' if ds else '') + '>'
            f'<style:table-cell-properties{cp}/>{pp}<style:text-properties {tp}/></style:style>')
thin = "0.5pt solid #808080"
styles = "".join([
    cs("Title", "15pt", True), cs("Sub", "11pt", True), cs("Small", "7.5pt", align="start"),
    cs("Lab", "8pt", True, thin, bg="#eef2f7"), cs("Val", "9pt", False, thin), cs("ValD", "9pt", False, thin, align="start", ds="D1"),
    cs("Hd", "8.5pt", True, thin, bg="#d9e1ee"), cs("HdR", "8.5pt", True, thin, "end", "#d9e1ee"),
    cs("Date", "8.5pt", False, thin, "start", ds="D1"), cs("Txt", "8.5pt", False, thin, wrap=True), cs("Num", "8.5pt", False, thin, "end", ds="N2"),
    cs("TotL", "9pt", True, thin, "end"), cs("TotN", "9pt", True, "1pt solid #000000", "end", ds="N2"), cs("Lab2", "8.5pt", False, None, "end"),
    cs("Num2", "8.5pt", False, thin, "end", ds="N2"), cs("Note", "7.5pt", False, None, wrap=True, italic=True)])
colst = "".join(f'<style:style style:name="{n}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for n, w in col)
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>Expense report ER-2025-0388</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
 <number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
 <number:date-style style:name="D1"><number:month number:style="long"/><number:text>/</number:text><number:day number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/></style:style>
 {styles}
</office:styles>
<office:automatic-styles>
 {colst}
 <style:style style:name="rT" style:family="table-row"><style:table-row-properties style:row-height="0.8cm"/></style:style>
 <style:style style:name="rNote" style:family="table-row"><style:table-row-properties style:row-height="1.3cm"/></style:style>
 <style:style style:name="ta1" style:family="table" style:master-page-name="PM1"><style:table-properties table:display="true"/></style:style>
 <style:page-layout style:name="pl1"><style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.2cm" fo:margin-right="1.2cm" style:print="objects charts drawings" style:scale-to-X="1" style:scale-to-Y="1"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.5cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="PM1" style:page-layout-name="pl1"><style:header style:display="false"/><style:footer><text:p>Expense report ER-2025-0388 - page <text:page-number>1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="Expense report" table:style-name="ta1">
{"".join(f'<table:table-column table:style-name="{n}"/>' for n, _ in col)}
{"".join(rows)}
</table:table>
</office:spreadsheet></office:body></office:document>
'''
open("../expense_claim_feb2025.fods", "w").write(doc)
