# Business mileage claim form, filled in (fpdf2). UK, HMRC approved mileage rates.
import sys, datetime
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation2/"
pdf = FPDF(unit="mm", format="A4")
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf"); pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.add_font("LM", "", F + "LiberationMono-Regular.ttf")
pdf.set_title("Mileage claim January 2025 - F Byrne"); pdf.set_creator("Pennine Assurance Partners - HR forms")
pdf.set_creation_date(datetime.datetime(2025, 2, 3, 16, 12, tzinfo=datetime.timezone.utc))
pdf.set_auto_page_break(False); pdf.add_page()
GREEN = (0, 94, 80)

def lbl(x, y, w, h, label, value="", vfont=10, align="L"):
    pdf.set_draw_color(120); pdf.rect(x, y, w, h); pdf.set_draw_color(0)
    pdf.set_font("LS", "", 6.5); pdf.set_text_color(70); pdf.set_xy(x + 1, y + 0.8); pdf.cell(w - 2, 3, label)
    pdf.set_text_color(0); pdf.set_font("LM", "", vfont); pdf.set_xy(x + 1.5, y + h - 5.2); pdf.cell(w - 3, 4.5, value, align=align)

pdf.set_fill_color(*GREEN); pdf.rect(15, 12, 180, 14, "F")
pdf.set_text_color(255); pdf.set_font("LS", "B", 14); pdf.set_xy(18, 14); pdf.cell(120, 6, "Pennine Assurance Partners LLP")
pdf.set_font("LS", "", 8); pdf.set_xy(18, 20); pdf.cell(120, 4, "Chartered Accountants · 1 Wellington Place, Leeds LS1 4AP")
pdf.set_font("LS", "B", 12); pdf.set_xy(120, 15.5); pdf.cell(73, 6, "BUSINESS MILEAGE CLAIM", align="R")
pdf.set_font("LS", "", 7.5); pdf.set_xy(120, 21); pdf.cell(73, 4, "Form HR-12 · use one form per calendar month", align="R")
pdf.set_text_color(0)

y = 31
lbl(15, y, 90, 10, "Employee name", "Fionnuala Byrne"); lbl(105, y, 45, 10, "Employee number", "LN-3306"); lbl(150, y, 45, 10, "Claim month", "January 2025")
y += 10
lbl(15, y, 60, 10, "Department / team", "Field Audit - North"); lbl(75, y, 30, 10, "Cost centre", "FA-220")
lbl(105, y, 45, 10, "Vehicle registration", "YK21 OPZ"); lbl(150, y, 45, 10, "Engine / fuel", "1.6 petrol")
y += 10
lbl(15, y, 90, 10, "Normal place of work", "Leeds office (LS1 4AP)")
lbl(105, y, 90, 10, "Business insurance cover confirmed (certificate seen by HR)", "Yes - Aviva, expires 14/09/2025", vfont=9)
y += 14

pdf.set_font("LS", "B", 9.5); pdf.set_xy(15, y); pdf.cell(100, 5, "Journey log"); y += 6
cols = [("Date", 20), ("From", 30), ("To / purpose (client, job code)", 68), ("Business miles", 20), ("Passenger miles", 20), ("Parking / tolls £", 22)]
x = 15
pdf.set_fill_color(226, 238, 235); pdf.set_font("LS", "B", 7.5)
for c, w in cols:
    pdf.rect(x, y, w, 8, "DF"); pdf.set_xy(x + 1, y + 0.8); pdf.multi_cell(w - 2, 3.3, c, align="L"); x += w
y += 8
trips = [("06/01/2025", "Leeds office", "Harrogate - Oakfield Foods (job 25-0114), return", 44, 0, ""),
         ("09/01/2025", "Leeds office", "York - Minster Print Ltd (job 25-0121), return", 52, 0, ""),
         ("14/01/2025", "Leeds office", "Sheffield - Don Valley Steel (job 24-0987), with J. Patel", 68, 40, ""),
         ("16/01/2025", "Leeds office", "Manchester - group audit planning meeting, return", 88, 0, "14.50"),
         ("21/01/2025", "Leeds office", "Hull - Humber Marine Services (job 25-0130), return", 124, 0, ""),
         ("23/01/2025", "Leeds office", "Bradford - Aire Textiles (job 25-0102), return", 22, 0, ""),
         ("27/01/2025", "Leeds office", "Newcastle - Tyne Logistics stock count (25-0141), return", 190, 0, ""),
         ("30/01/2025", "Leeds office", "Wakefield - Calder Homes (job 25-0117), return", 24, 0, "")]
assert sum(t[3] for t in trips) == 612
for t in trips:
    x = 15
    for i, (c, w) in enumerate(cols):
        pdf.rect(x, y, w, 7)
        v = t[i]
        v = "" if v in (0, "") and i >= 4 else str(v)
        pdf.set_font("LM" if i != 2 else "LS", "", 8 if i != 2 else 7.3)
        pdf.set_xy(x + 1, y + 1.5); pdf.cell(w - 2, 4, v, align="R" if i >= 3 else "L")
        x += w
    y += 7
# totals row
pdf.set_font("LS", "B", 8); pdf.rect(15, y, 118, 7); pdf.set_xy(16, y + 1.5); pdf.cell(116, 4, "Totals for month", align="R")
for (val, w, xx) in (("612", 20, 133), ("40", 20, 153), ("14.50", 22, 173)):
    pdf.rect(xx, y, w, 7); pdf.set_font("LM", "", 8.5); pdf.set_xy(xx + 1, y + 1.5); pdf.cell(w - 2, 4, val, align="R")
y += 12

pdf.set_font("LS", "B", 9.5); pdf.set_xy(15, y); pdf.cell(100, 5, "Calculation (HMRC approved mileage allowance payments)"); y += 6
calc = [("Business miles this tax year before this claim (from 06/04/2024)", "3,706", ""),
        ("Business miles this claim", "612", ""),
        ("Miles at 45p (first 10,000 business miles in the tax year)", "612 x £0.45", "275.40"),
        ("Miles at 25p (over 10,000 business miles)", "0 x £0.25", "0.00"),
        ("Mileage allowance", "", "275.40"),
        ("Passenger supplement (colleague on business journey)", "40 x £0.05", "2.00"),
        ("Parking and tolls (receipts attached)", "", "14.50"),
        ("TOTAL CLAIM", "", "291.90")]
for i, (a, b, c) in enumerate(calc):
    bold = a in ("Mileage allowance", "TOTAL CLAIM")
    pdf.rect(15, y, 120, 6.5); pdf.rect(135, y, 30, 6.5); pdf.rect(165, y, 30, 6.5)
    pdf.set_font("LS", "B" if bold else "", 8); pdf.set_xy(16, y + 1.3); pdf.cell(118, 4, a)
    pdf.set_font("LM", "", 8); pdf.set_xy(136, y + 1.3); pdf.cell(28, 4, b, align="R")
    pdf.set_font("LM", "", 9); pdf.set_xy(166, y + 1.3); pdf.cell(28, 4, ("£ " + c) if c else "", align="R")
    y += 6.5
y += 6

pdf.set_font("LS", "", 7.5); pdf.set_xy(15, y)
pdf.multi_cell(180, 3.6, "Declaration: I confirm that the journeys above were made wholly for business purposes, that home-to-office commuting miles have been excluded, "
               "that my vehicle is insured for business use, and that I have not claimed these journeys elsewhere.", align="L")
y += 10
lbl(15, y, 90, 11, "Claimant signature", "F. Byrne"); lbl(105, y, 45, 11, "Date submitted", "03/02/2025"); lbl(150, y, 45, 11, "Phone", "07700 900418")
y += 11
lbl(15, y, 90, 11, "Approved by (line manager)", "Derek Ansell"); lbl(105, y, 45, 11, "Date approved", "05/02/2025"); lbl(150, y, 45, 11, "Title", "Regional Manager", vfont=9)
y += 15
pdf.set_fill_color(242, 242, 242); pdf.rect(15, y, 180, 14, "DF")
pdf.set_font("LS", "B", 7.5); pdf.set_xy(17, y + 1.5); pdf.cell(80, 3.5, "For payroll use only")
pdf.set_font("LS", "", 7.5); pdf.set_xy(17, y + 5.5)
pdf.multi_cell(175, 3.5, "Paid with February 2025 salary (pay date 28/02/2025), non-taxable up to approved rates. Batch PAY-EXP-0225-07. Keyed by: S. Oduya 10/02/2025.", align="L")
pdf.set_font("LS", "", 6.5); pdf.set_xy(15, 285); pdf.cell(180, 3, "Pennine Assurance Partners LLP is registered in England and Wales, OC412277. Registered office: 1 Wellington Place, Leeds LS1 4AP.", align="C")
pdf.output(sys.argv[1])
