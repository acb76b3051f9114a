"""Council tax demand notice 2025/26 (fpdf2, core fonts)."""
import sys, datetime
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 3, 10, 9, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Council Tax Bill 2025/26")
pdf.set_author("Thornbury Vale District Council")
pdf.set_auto_page_break(False)
pdf.set_producer("PyFPDF/fpdf2 2.8.9")
pdf.add_page()
pdf.set_margins(18, 15, 18)

# letterhead
pdf.set_xy(18, 14)
pdf.set_font("Helvetica", "B", 16)
pdf.set_text_color(0, 70, 110)
pdf.cell(0, 8, "Thornbury Vale District Council", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "", 8.5)
for line in ["Council Tax Section, Civic Centre, Castle Street, Thornbury BS35 1HF",
             "Telephone 01454 555 210  |  counciltax@thornburyvale.example  |  www.thornburyvale.example/counciltax"]:
    pdf.cell(0, 4.2, line, new_x="LMARGIN", new_y="NEXT")

# address block (left) and reference block (right)
pdf.set_font("Helvetica", "", 10)
y0 = 44
pdf.set_xy(18, y0)
for line in ["Ms Rebecca J Hartley", "17 Millbrook Close", "Thornbury", "South Gloucestershire", "BS35 2QT"]:
    pdf.cell(90, 5, line, new_x="LMARGIN", new_y="NEXT")

refs = [("Account reference", "60018832"),
        ("Date of issue", "10 March 2025"),
        ("Property reference", "4400217000017"),
        ("Valuation band", "C"),
        ("Charge period", "01/04/2025 to 31/03/2026")]
pdf.set_font("Helvetica", "", 9.5)
y = y0
for k, v in refs:
    pdf.set_xy(115, y)
    pdf.cell(40, 5.5, k)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(37, 5.5, v, align="R")
    pdf.set_font("Helvetica", "", 9.5)
    y += 5.5

pdf.set_xy(18, 78)
pdf.set_font("Helvetica", "B", 14)
pdf.cell(0, 8, "Council Tax Bill 2025/26", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5)
pdf.multi_cell(174, 4.8, "Property: 17 Millbrook Close, Thornbury, BS35 2QT. This notice is issued under the "
               "Local Government Finance Act 1992. It shows the council tax you must pay for the period "
               "1 April 2025 to 31 March 2026 and how it has been calculated.", new_x="LMARGIN", new_y="NEXT")

# charges table
pdf.ln(3)
pdf.set_fill_color(225, 235, 242)
pdf.set_font("Helvetica", "B", 9)
cols = [(78, "Authority"), (32, "Band D charge"), (32, "Band C charge"), (32, "Increase on 2024/25")]
for w, h in cols:
    pdf.cell(w, 6, h, border=1, fill=True, align="L" if h == "Authority" else "R")
pdf.ln()
pdf.set_font("Helvetica", "", 9)
rows = [("Thornbury Vale District Council", "275.74", "245.10", "2.99%"),
        ("Gloucestershire County Council", "1,701.74", "1,512.66", "4.99%"),
        ("  of which Adult Social Care precept", "265.18", "235.72", ""),
        ("Police and Crime Commissioner", "301.84", "268.30", "4.72%"),
        ("Avon Fire Authority", "99.16", "88.14", "2.99%"),
        ("Thornbury Town Council", "70.20", "62.40", "3.00%")]
for r in rows:
    pdf.cell(78, 5.5, r[0], border=1)
    for v in r[1:]:
        pdf.cell(32, 5.5, v, border=1, align="R")
    pdf.ln()
pdf.set_font("Helvetica", "B", 9)
pdf.cell(78, 5.5, "Total charge for your band", border=1)
pdf.cell(32, 5.5, "2,448.68", border=1, align="R")
pdf.cell(32, 5.5, "2,176.60", border=1, align="R")
pdf.cell(32, 5.5, "4.44%", border=1, align="R")
pdf.ln(9)

# calculation
pdf.set_font("Helvetica", "", 9.5)
calc = [("Annual charge for Band C", "£2,176.60"),
        ("Less: Single person discount 25%", "-£544.15"),
        ("Less: Council Tax Reduction", "£0.00"),
        ("Balance brought forward from 2024/25", "£0.00")]
for k, v in calc:
    pdf.cell(120, 5.5, k)
    pdf.cell(54, 5.5, v, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "B", 11)
pdf.cell(120, 7, "Amount payable for 2025/26", border="T")
pdf.cell(54, 7, "£1,632.45", border="T", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 8.5)
pdf.cell(0, 5, "Your 2024/25 charge was £1,563.09 after discounts.", new_x="LMARGIN", new_y="NEXT")

# instalments
pdf.ln(4)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(0, 6, "Your instalments", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5)
pdf.multi_cell(174, 4.8, "You pay by Direct Debit. The following amounts will be collected from your bank "
               "account ending 0943 on the 1st of each month:", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.cell(60, 5.5, "1st instalment due 01/04/2025")
pdf.cell(25, 5.5, "£163.29", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(60, 5.5, "9 instalments due 01/05/2025 to 01/01/2026")
pdf.cell(25, 5.5, "£163.24", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 8.5)
pdf.cell(0, 5, "If you would prefer to pay in 12 monthly instalments (April to March), please contact us before 20 March 2025.", new_x="LMARGIN", new_y="NEXT")

# footer notes
pdf.set_xy(18, 262)
pdf.set_font("Helvetica", "", 7.5)
pdf.multi_cell(174, 3.6, "Information about how the council and the preceptors spend your council tax, and about "
               "discounts, exemptions and appeals, is at www.thornburyvale.example/counciltax. If you think your "
               "property is in the wrong band you can contact the Valuation Office Agency. If you live alone you "
               "must tell us within 21 days if this changes, or you may be charged a penalty of £70.")
pdf.set_font("Helvetica", "", 7.5)
pdf.set_x(18)
pdf.cell(174, 5, "Account reference 60018832  -  please quote in all correspondence", align="C")
pdf.output(out)
