"""Payroll provider's biweekly payroll register for a dental group (28 employees, hourly and salaried): employee lines
over two pages; totals, current / quarter-to-date / year-to-date summary and employer tax liabilities on page 2.
US / Colorado (ReportLab platypus, landscape letter). Usage: python3 06_payroll_register_us.rl.py out.pdf"""
import random
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSN", F + "LiberationSansNarrow-Regular.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB")
GREEN = colors.HexColor("#1e5631")
LIGHT = colors.HexColor("#e8f0ea")
ST = ParagraphStyle("n", fontName="LS", fontSize=7.6, leading=9.6)
SH = ParagraphStyle("h", parent=ST, fontName="LSB", fontSize=14, leading=17, textColor=GREEN)
SB = ParagraphStyle("b", parent=ST, fontName="LSB", fontSize=9, leading=12, textColor=GREEN)
SS = ParagraphStyle("s", parent=ST, fontSize=6.6, leading=8.4, textColor=colors.HexColor("#555555"))
SR = ParagraphStyle("r", parent=ST, alignment=TA_RIGHT)
C2 = D("0.01")


def q(x):
    return x.quantize(C2, rounding=ROUND_HALF_UP)


def m(x):
    return f"{x:,.2f}"


FIRST = ["Avery", "Jordan", "Marisol", "Trent", "Priya", "Colton", "Hannah", "Luis", "Brooke", "Kendra", "Owen",
         "Tasha", "Mateo", "Rachel", "Dustin", "Ivy", "Garrett", "Noelle", "Samir", "Whitney", "Caleb", "Lena",
         "Ramon", "Paige", "Desmond", "Erin", "Tobias", "Ximena"]
LAST = ["Whitaker", "Castillo", "Nguyen", "Holloway", "Raman", "Brandt", "Kowalczyk", "Espinoza", "Tillman", "Okafor",
        "Lindgren", "Pruitt", "Alvarado", "Sorensen", "McCrae", "Yoder", "Fairbanks", "Delgado", "Haddad", "Ostrander",
        "Beaumont", "Vasquez", "Kincaid", "Lumsden", "Achebe", "Stroud", "Marchetti", "Quintero"]
ROLES = [("Dentist", "S", D("6730.77")), ("Dentist", "S", D("6346.15")), ("Hygienist", "H", D("46.50")),
         ("Hygienist", "H", D("44.25")), ("Hygienist", "H", D("45.75")), ("Hygienist", "H", D("43.00")),
         ("Dental assistant", "H", D("24.50")), ("Dental assistant", "H", D("23.75")), ("Dental assistant", "H", D("25.25")),
         ("Dental assistant", "H", D("22.80")), ("Dental assistant", "H", D("24.00")), ("Dental assistant", "H", D("23.10")),
         ("Front desk", "H", D("20.50")), ("Front desk", "H", D("21.25")), ("Front desk", "H", D("19.75")),
         ("Office manager", "S", D("2884.62")), ("Billing specialist", "H", D("26.40")), ("Billing specialist", "H", D("25.10")),
         ("Sterilization tech", "H", D("19.25")), ("Sterilization tech", "H", D("18.90")), ("Hygienist", "H", D("47.25")),
         ("Dental assistant", "H", D("24.75")), ("Treatment coordinator", "H", D("27.50")), ("Front desk", "H", D("20.00")),
         ("Dental assistant", "H", D("23.40")), ("Hygienist", "H", D("44.80")), ("Lab technician", "H", D("28.60")),
         ("Marketing coordinator", "S", D("2307.69"))]
rnd = random.Random(4906)
EMP = []
for i, (role, kind, rate) in enumerate(ROLES):
    no = f"{1003 + i * 7:04d}"
    name = f"{LAST[i]}, {FIRST[i]}"
    if kind == "S":
        reg, ot, gross = D("80.00"), D("0.00"), rate
    else:
        reg = D(rnd.choice([64, 72, 76, 78, 80, 80, 80, 80])) + D(rnd.choice([0, 0, 25, 50, 75])) / 100
        ot = D(rnd.choice([0, 0, 0, 0, 1.5, 2.75, 4, 6.25])).quantize(C2) if reg >= 80 else D("0.00")
        gross = q(reg * rate) + q(ot * rate * D("1.5"))
    k401 = q(gross * D(rnd.choice(["0", "0.03", "0.04", "0.05", "0.06", "0.08"])))
    s125 = D(rnd.choice(["0.00", "48.50", "96.20", "142.75", "188.40"]))
    fica = gross - s125
    fit_base = gross - k401 - s125
    fed = max(D("0.00"), q((fit_base - D("615.00")) * (D("0.12") if fit_base < D("3800") else D("0.19"))))
    ss = q(fica * D("0.062"))
    med = q(fica * D("0.0145"))
    co = q(fit_base * D("0.044"))
    famli = q(fica * D("0.0045"))
    net = gross - k401 - s125 - fed - ss - med - co - famli
    EMP.append((no, name, role, reg, ot, rate, kind, gross, k401, s125, fed, ss, med, co, famli, net))


def tot(i):
    return sum(e[i] for e in EMP)


G, K, S125, FED, SS_, MED, CO, FAM, NET = (tot(i) for i in range(7, 16))
assert G - K - S125 - FED - SS_ - MED - CO - FAM == NET
TRUTH = (len(EMP), G, FED, SS_, MED, NET)
assert TRUTH == (28, D("71501.84"), D("6625.98"), D("4265.42"), D("997.58"), D("50715.37")), TRUTH
# quarter-to-date (4th pay date of Q4: 10/10 and 10/24) and year-to-date (21 pay dates)
QTD_PRIOR = {"gross": D("75218.40"), "fed": D("8271.13"), "ss": D("4601.82"), "med": D("1076.22"), "net": D("54281.77")}
YTD_PRIOR = {"gross": D("1498312.55"), "fed": D("164790.12"), "ss": D("91740.36"), "med": D("21455.49"), "net": D("1080318.02")}

W = landscape(letter)


def footer(c, doc):
    c.saveState()
    c.setFont("LS", 6.8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(0.5 * inch, 0.38 * inch, "Summit Payroll Services, LLC · Payroll register · Client 40718 Cedar Ridge Dental Group, PLLC · "
                 "Check date 10/24/2025 · Run 2025-21")
    c.drawRightString(W[0] - 0.5 * inch, 0.38 * inch, f"Page {doc.page} of 2")
    c.restoreState()


doc = SimpleDocTemplate(sys.argv[1], pagesize=W, leftMargin=0.5 * inch, rightMargin=0.5 * inch, topMargin=0.45 * inch,
                        bottomMargin=0.6 * inch, title="Payroll register - Cedar Ridge Dental Group, PLLC",
                        author="Summit Payroll Services", initialFontName="LS", initialFontSize=8)
story = []
head = Table([[Paragraph("<b>SUMMIT</b> PAYROLL SERVICES", SB), Paragraph("PAYROLL REGISTER", SH)],
              [Paragraph("Summit Payroll Services, LLC · 1600 Broadway, Suite 950, Denver, CO 80202 · 303-555-0188", SS), ""]],
             colWidths=[5.2 * inch, 4.8 * inch])
head.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8), ("ALIGN", (1, 0), (1, 0), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
story.append(head)
story.append(Spacer(1, 6))
meta = Table([["Company", "Cedar Ridge Dental Group, PLLC", "Pay period", "10/05/2025 - 10/18/2025"],
              ["", "2150 W Drake Road, Suite 200, Fort Collins, CO 80526", "Check date", "10/24/2025"],
              ["FEIN", "84-3172946", "Pay frequency", "Biweekly (run 21 of 26)"],
              ["CO account", "CO withholding acct 48172093 · UI acct 903184-00-7", "Bank", "Direct deposit, funded 10/22/2025"]],
             colWidths=[0.9 * inch, 4.2 * inch, 1.0 * inch, 3.9 * inch])
meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 7.8), ("FONT", (1, 0), (1, 0), "LSB", 8.6),
                          ("FONT", (3, 1), (3, 1), "LSB", 8.6), ("TEXTCOLOR", (0, 0), (0, -1), colors.grey),
                          ("TEXTCOLOR", (2, 0), (2, -1), colors.grey), ("BOX", (0, 0), (-1, -1), 0.6, GREEN),
                          ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
story.append(meta)
story.append(Spacer(1, 8))

HDR = ["Emp #", "Employee", "Position", "Reg hrs", "OT hrs", "Rate / salary", "Gross pay", "401(k)", "Sec 125",
       "Federal W/H", "Soc Sec", "Medicare", "CO W/H", "CO FAMLI", "Net pay"]
CW = [0.45, 1.35, 1.15, 0.5, 0.45, 0.75, 0.72, 0.58, 0.55, 0.7, 0.62, 0.6, 0.58, 0.58, 0.72]


def row(e):
    no, name, role, reg, ot, rate, kind, gross, k, s125, fed, ss, med, co, fam, net = e
    return [no, name, role, f"{reg:.2f}", f"{ot:.2f}" if ot else "-", (m(rate) + (" /pp" if kind == "S" else " /hr")), m(gross),
            m(k) if k else "-", m(s125) if s125 else "-", m(fed), m(ss), m(med), m(co), m(fam), m(net)]


def emp_table(rows, extra=()):
    t = Table([HDR] + rows + list(extra), colWidths=[w * inch for w in CW], repeatRows=1)
    st = [("FONT", (0, 0), (-1, -1), "LSN", 7.3), ("FONT", (0, 0), (-1, 0), "LSB", 6.9),
          ("BACKGROUND", (0, 0), (-1, 0), LIGHT), ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
          ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREEN), ("TOPPADDING", (0, 0), (-1, -1), 1.6),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6)]
    for i in range(1, len(rows) + 1, 2):
        st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f7f9f7")))
    if extra:
        st += [("LINEABOVE", (0, len(rows) + 1), (-1, len(rows) + 1), 1.0, GREEN),
               ("FONT", (0, len(rows) + 1), (-1, -1), "LSB", 7.3)]
    t.setStyle(TableStyle(st))
    return t


N1 = 19
story.append(emp_table([row(e) for e in EMP[:N1]]))
story.append(Spacer(1, 4))
story.append(Paragraph("Continued on page 2 - company totals, tax liabilities and funding summary follow the remaining employees.", SS))
story.append(PageBreak())
story.append(Paragraph("Cedar Ridge Dental Group, PLLC - payroll register, check date 10/24/2025 (continued)", SB))
story.append(Spacer(1, 4))
story.append(emp_table([row(e) for e in EMP[N1:]],
                       [["", "Company totals", "", f"{tot(3):.2f}", f"{tot(4):.2f}", "", m(G), m(K), m(S125), m(FED), m(SS_), m(MED),
                         m(CO), m(FAM), m(NET)]]))
story.append(Spacer(1, 8))
story.append(Paragraph(f"Employees paid: {len(EMP)} (salaried 4, hourly {len(EMP) - 4}) · direct deposits {len(EMP)} · live checks 0", ST))
story.append(Spacer(1, 8))

summ = [["Payroll summary", "Current", "Quarter-to-date", "Year-to-date"]]
for label, key, cur in [("Gross wages", "gross", G), ("Federal income tax withheld", "fed", FED),
                        ("Social Security - employee", "ss", SS_), ("Medicare - employee", "med", MED), ("Net pay", "net", NET)]:
    summ.append([label, m(cur), m(cur + QTD_PRIOR[key]), m(cur + YTD_PRIOR[key])])
fica_w = G - S125
futa = q(D("1840.00") * D("0.006"))
suta = q(D("4210.50") * D("0.0171"))
famli_er = FAM
liab = [["Employer tax liabilities (current)", "Taxable wages", "Rate", "Amount"],
        ["Social Security - employer", m(fica_w), "6.20%", m(SS_)],
        ["Medicare - employer", m(fica_w), "1.45%", m(MED)],
        ["FUTA", "1,840.00", "0.60%", m(futa)],
        ["CO unemployment (SUTA)", "4,210.50", "1.71%", m(suta)],
        ["CO FAMLI - employer share", m(fica_w), "0.45%", m(famli_er)]]
er_total = SS_ + MED + futa + suta + famli_er
liab.append(["Total employer taxes", "", "", m(er_total)])
fed_dep = FED + 2 * SS_ + 2 * MED
funding = [["Funding and deposits", "Amount"],
           ["Net pay (direct deposit)", m(NET)],
           ["Federal tax deposit (941: FIT + FICA, semiweekly, due 10/29/2025)", m(fed_dep)],
           ["Colorado withholding deposit", m(CO)],
           ["401(k) remittance - Aspen Ridge Retirement Plan", m(K)],
           ["Total debited 10/22/2025 (incl. service fee 186.00)", m(NET + fed_dep + CO + K + D("186.00"))]]


def small(t, widths, bold_last=False):
    tb = Table(t, colWidths=[w * inch for w in widths])
    st = [("FONT", (0, 0), (-1, -1), "LS", 7.6), ("FONT", (0, 0), (-1, 0), "LSB", 7.6), ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
          ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, GREEN), ("BOX", (0, 0), (-1, -1), 0.5, GREEN),
          ("TOPPADDING", (0, 0), (-1, -1), 1.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8)]
    if bold_last:
        st += [("FONT", (0, -1), (-1, -1), "LSB", 7.6), ("LINEABOVE", (0, -1), (-1, -1), 0.6, GREEN)]
    tb.setStyle(TableStyle(st))
    return tb


story.append(small(summ, [2.1, 1.0, 1.1, 1.1]))
story.append(Spacer(1, 8))
two = Table([[small(liab, [1.9, 1.0, 0.55, 0.85], True), small(funding, [3.6, 0.95], True)]], colWidths=[4.5 * inch, 5.0 * inch])
two.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
story.append(two)
story.append(Spacer(1, 10))
story.append(Paragraph("FAMLI: Colorado Paid Family and Medical Leave Insurance premium 0.9% of wages, split equally between employee and "
                       "employer. Section 125 health and dental premiums reduce Social Security, Medicare, federal and state taxable "
                       "wages; 401(k) deferrals reduce federal and state taxable wages only. Please review this register and report "
                       "any discrepancies to your Summit payroll specialist (Dana Whitcomb, ext. 214) within 3 business days.", SS))
doc.build(story, onFirstPage=footer, onLaterPages=footer)
