"""UK monthly payslip, drawn with fpdf2 (core Helvetica)."""
import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_creator("PayRun Cloud 4.2")
L = 14
W = 182

# header band
pdf.set_fill_color(32, 64, 96)
pdf.rect(L, 12, W, 16, "F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Helvetica", "B", 15)
pdf.set_xy(L + 4, 14)
pdf.cell(100, 7, "CALDER & MOSS ENGINEERING LTD")
pdf.set_font("Helvetica", "", 8)
pdf.set_xy(L + 4, 21)
pdf.cell(120, 5, "Unit 9, Brookfold Industrial Estate, Halifax HX3 8TD  |  PAYE ref 475/CM29184")
pdf.set_font("Helvetica", "B", 13)
pdf.set_xy(L + W - 60, 16)
pdf.cell(56, 8, "PAYSLIP", align="R")
pdf.set_text_color(0, 0, 0)

# labels-above-values grid
def box(x, y, w, label, value, h=12):
    pdf.set_draw_color(150, 150, 150)
    pdf.rect(x, y, w, h)
    pdf.set_font("Helvetica", "", 6.5)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(x + 1.5, y + 1)
    pdf.cell(w - 3, 3.5, label.upper())
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_xy(x + 1.5, y + 5.5)
    pdf.cell(w - 3, 5, value)

y = 32
cw = W / 4
box(L, y, cw, "Employee name", "Daniel Okonkwo-Reid")
box(L + cw, y, cw, "Employee no.", "CM-00417")
box(L + 2 * cw, y, cw, "Department", "Fabrication")
box(L + 3 * cw, y, cw, "Pay date", "28/02/2025")
y += 12
box(L, y, cw, "NI number", "JT 48 22 71 C")
box(L + cw, y, cw, "Tax code", "1257L")
box(L + 2 * cw, y, cw, "NI category", "A")
box(L + 3 * cw, y, cw, "Tax period", "Month 11")
y += 12
box(L, y, cw, "Pay method", "BACS")
box(L + cw, y, cw, "Sort code / account", "40-22-17 / ****6183")
box(L + 2 * cw, y, cw, "Pay frequency", "Monthly")
box(L + 3 * cw, y, cw, "Tax year", "2024/25")

# payments / deductions tables side by side
y += 18
half = W / 2 - 2
def table(x, y, title, cols, widths, rows, aligns):
    pdf.set_fill_color(225, 232, 240)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.set_xy(x, y)
    pdf.cell(sum(widths), 6, title, border=1, fill=True)
    y += 6
    pdf.set_font("Helvetica", "B", 7.5)
    pdf.set_xy(x, y)
    for c, w, a in zip(cols, widths, aligns):
        pdf.cell(w, 5, c, border="B", align=a)
    y += 5.5
    pdf.set_font("Helvetica", "", 8.5)
    for r in rows:
        pdf.set_xy(x, y)
        for c, w, a in zip(r, widths, aligns):
            pdf.cell(w, 5, c, align=a)
        y += 5
    return y

ya = table(L, y, "Payments", ["Description", "Units", "Rate", "Amount"], [40, 15, 16, half - 71],
           [["Basic salary", "1.00", "3,450.00", "3,450.00"],
            ["Overtime 1.5x", "8.00", "24.88", "199.04"]],
           ["L", "R", "R", "R"])
yb = table(L + half + 4, y, "Deductions", ["Description", "Amount"], [half - 25, 25],
           [["Income Tax", "520.20"],
            ["National Insurance", "208.08"],
            ["Pension (employee 5%)", "156.45"],
            ["Student Loan (Plan 2)", "114.00"]],
           ["L", "R"])
y = max(ya, yb) + 2
pdf.set_draw_color(120, 120, 120)
pdf.line(L, y, L + W, y)
y += 1.5
pdf.set_font("Helvetica", "B", 9)
pdf.set_xy(L, y)
pdf.cell(half - 25, 6, "Total gross pay")
pdf.cell(25, 6, "3,649.04", align="R")
pdf.set_xy(L + half + 4, y)
pdf.cell(half - 25, 6, "Total deductions")
pdf.cell(25, 6, "998.73", align="R")

# net pay panel
y += 12
pdf.set_fill_color(32, 64, 96)
pdf.rect(L + W - 70, y, 70, 16, "F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Helvetica", "", 8)
pdf.set_xy(L + W - 68, y + 1.5)
pdf.cell(66, 4, "NET PAY")
pdf.set_font("Helvetica", "B", 16)
pdf.set_xy(L + W - 68, y + 6)
pdf.cell(66, 8, "GBP 2,650.31", align="R")
pdf.set_text_color(0, 0, 0)

# year to date
pdf.set_font("Helvetica", "B", 8.5)
pdf.set_xy(L, y)
pdf.cell(100, 5, "Year to date")
pdf.set_font("Helvetica", "", 8)
ytd = [("Taxable pay", "38,902.17"), ("Income tax", "5,488.40"), ("Employee NI", "2,173.44"),
       ("Employee pension", "1,936.61"), ("Employer pension", "1,161.97"), ("Student loan", "1,188.00")]
yy = y + 6
for i, (k, v) in enumerate(ytd):
    col = i % 2
    row = i // 2
    pdf.set_xy(L + col * 52, yy + row * 5)
    pdf.cell(30, 5, k)
    pdf.cell(20, 5, v, align="R")

# employer costs and message
y = yy + 22
pdf.set_font("Helvetica", "", 7.5)
pdf.set_xy(L, y)
pdf.multi_cell(W, 4, "Employer contributions this period: pension 3% (109.47), employer NI (416.16). "
               "These are not deducted from your pay.\n"
               "Holiday entitlement remaining: 6.5 days. Your P60 for 2024/25 will be issued by 31 May 2025.\n"
               "Questions about this payslip? Contact payroll@caldermoss.co.uk quoting your employee number.")
pdf.set_font("Helvetica", "I", 6.5)
pdf.set_text_color(110, 110, 110)
pdf.set_xy(L, 285)
pdf.cell(W - 30, 4, "Private & confidential - Calder & Moss Engineering Ltd, registered in England & Wales no. 06188240", align="L")
pdf.cell(30, 4, "Page 1 of 1", align="R")
pdf.output(out)
