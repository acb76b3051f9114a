#!/usr/bin/env python3
"""UK monthly payslip (Sage-style), drawn with fpdf2."""
import sys
from fpdf import FPDF

out = sys.argv[1]
F = "/usr/share/fonts/truetype/liberation2/"

pdf = FPDF(orientation="L", unit="mm", format="A4")
pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 27, 9, 0, tzinfo=__import__("datetime").timezone.utc))
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_draw_color(60, 60, 60)

def box(x, y, w, h, title=None):
    pdf.rect(x, y, w, h)
    if title:
        pdf.set_fill_color(225, 230, 236)
        pdf.rect(x, y, w, 6, style="DF")
        pdf.set_font("LS", "B", 8)
        pdf.set_xy(x + 1.5, y + 0.6)
        pdf.cell(w - 3, 5, title)

def txt(x, y, s, size=8.5, style="", w=0, align="L"):
    pdf.set_font("LS", style, size)
    pdf.set_xy(x, y)
    if w:
        pdf.cell(w, 4.5, s, align=align)
    else:
        pdf.cell(pdf.get_string_width(s) + 1, 4.5, s)

# header
txt(12, 10, "Northgate Veterinary Group Ltd", 14, "B")
txt(12, 16.5, "Unit 4, Riverside Business Park, Skipton Road, Keighley BD20 6SD", 8)
txt(12, 20.5, "Employer PAYE ref: 475/NV38821   Accounts Office ref: 475PX00388216", 8)
txt(220, 10, "PAYSLIP", 18, "B", 65, "R")
txt(220, 18, "Private & Confidential", 8.5, "", 65, "R")

# employee details strip
y = 28
box(12, y, 273, 18)
cols = [("Employee No.", "00782"), ("Employee Name", "Thomas Whitcombe"), ("Department", "Keighley Surgery - Nursing"),
        ("Tax Code", "1257L"), ("NI Number", "JR482719C"), ("NI Table", "A"), ("Tax Period", "Month 12"),
        ("Pay Date", "28/03/2025")]
xs = [14, 40, 85, 135, 160, 190, 212, 245]
for (lab, val), x in zip(cols, xs):
    txt(x, y + 2, lab, 7.5, "B")
    txt(x, y + 9, val, 9)

# payments / deductions
y = 50
box(12, y, 135, 70, "Payments")
box(150, y, 135, 70, "Deductions")
txt(14, y + 8, "Description", 7.5, "B"); txt(80, y + 8, "Units", 7.5, "B", 18, "R"); txt(98, y + 8, "Rate", 7.5, "B", 18, "R"); txt(118, y + 8, "Amount", 7.5, "B", 26, "R")
rows = [("Basic Salary", "1.00", "2850.00", "2,850.00"), ("Overtime @ 1.5", "5.00", "28.50", "142.50")]
for i, (d, u, r, a) in enumerate(rows):
    yy = y + 14 + i * 6
    txt(14, yy, d); txt(80, yy, u, w=18, align="R"); txt(98, yy, r, w=18, align="R"); txt(118, yy, a, w=26, align="R")

txt(152, y + 8, "Description", 7.5, "B"); txt(250, y + 8, "Amount", 7.5, "B", 32, "R")
ded = [("PAYE Tax", "389.00"), ("National Insurance", "155.56"), ("Pension (NEST) 5%", "149.63"), ("Student Loan (Plan 2)", "64.00")]
for i, (d, a) in enumerate(ded):
    yy = y + 14 + i * 6
    txt(152, yy, d); txt(250, yy, a, w=32, align="R")

# this period / YTD
y = 124
box(12, y, 135, 44, "This Period")
tp = [("Total Gross Pay", "2,992.50"), ("Gross for Tax", "2,842.87"), ("Total Deductions", "758.19"), ("Employer NI", "308.36"), ("Employer Pension 3%", "89.78")]
for i, (d, a) in enumerate(tp):
    yy = y + 8 + i * 6.5
    txt(14, yy, d); txt(110, yy, a, w=34, align="R")
box(150, y, 135, 44, "Year To Date")
ytd = [("Taxable Pay to Date", "33,186.42"), ("Tax Paid to Date", "4,123.40"), ("Employee NI to Date", "1,734.12"), ("Employee Pension to Date", "1,746.64"), ("Student Loan to Date", "701.00")]
for i, (d, a) in enumerate(ytd):
    yy = y + 8 + i * 6.5
    txt(152, yy, d); txt(248, yy, a, w=34, align="R")

# net pay
y = 172
pdf.set_fill_color(30, 58, 95)
pdf.rect(190, y, 95, 14, style="F")
pdf.set_text_color(255, 255, 255)
txt(193, y + 4.5, "NET PAY", 11, "B")
txt(230, y + 4.5, "£2,234.31", 13, "B", 52, "R")
pdf.set_text_color(0, 0, 0)
txt(12, y + 1, "Payment method: BACS   Sort code 20-45-77   Account ****3108", 8)
txt(12, y + 6, "Pay period: 01/03/2025 to 31/03/2025   Annual leave remaining: 3.5 days", 8)
txt(12, y + 11, "Please retain this payslip. Queries to payroll@northgatevets.example.co.uk", 8)
txt(12, 196, "Northgate Veterinary Group Ltd. Registered in England & Wales No. 08841752. Registered office: Unit 4, Riverside Business Park, Keighley BD20 6SD.", 6.8)
pdf.output(out)
