"""Singapore training provider: course fee tax invoice with SkillsFuture subsidy (English) - fpdf2, 2 pages (fees on page 2)."""
import sys
import datetime
from fpdf import FPDF

out = sys.argv[1]


class Doc(FPDF):
    def header(self):
        self.set_font("LS", "B", 14)
        self.set_text_color(0, 102, 153)
        self.cell(100, 7, "Lumen Data Academy")
        self.set_font("LS", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.multi_cell(0, 3.6, "Lumen Data Academy Pte. Ltd.\n30 Cecil Street, #12-04 Prudential Tower, Singapore 049712\n"
                        "UEN / GST Reg. No. 201918472N · ATO Reg. ATO-2021-0418", align="R")
        self.set_draw_color(0, 102, 153)
        self.set_line_width(0.5)
        self.line(15, 26, 195, 26)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(30)

    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Tax Invoice LDA-INV-2025-03318 · Page %d of 2" % self.page_no(), align="C")


pdf = Doc(format="A4")
pdf.set_creation_date(datetime.datetime(2025, 11, 1, tzinfo=datetime.timezone.utc))
pdf.add_font("LS", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
pdf.set_margins(15, 12, 15)
pdf.set_auto_page_break(True, 18)
pdf.add_page()

pdf.set_font("LS", "B", 15)
pdf.cell(0, 8, "TAX INVOICE", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
y = pdf.get_y()
pdf.set_font("LS", "B", 8.5)
pdf.cell(95, 5, "BILL TO (TRAINEE)", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9.5)
pdf.multi_cell(95, 4.8, "Tan Wei Ling\nNRIC S****472H\nBlk 418 Ang Mo Kio Avenue 10, #08-1127\nSingapore 560418\nweiling.tan@mail.example.sg")
pdf.set_xy(120, y)
for k, v in [("Invoice no.", "LDA-INV-2025-03318"), ("Invoice date", "15/10/2025"), ("Enrolment no.", "ENR-25-11872"),
             ("Payment terms", "Due before class start"), ("Due date", "31/10/2025")]:
    pdf.set_x(120)
    pdf.set_font("LS", "", 9)
    pdf.cell(30, 5.5, k, border="B")
    pdf.set_font("LS", "B", 9)
    pdf.cell(45, 5.5, v, border="B", new_x="LMARGIN", new_y="NEXT")

pdf.set_y(y + 34)
pdf.set_font("LS", "B", 11)
pdf.cell(0, 7, "Course details", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9.5)
for k, v in [("Course title", "Certificate in Applied Data Analytics (Python)"),
             ("Course reference no.", "TGS-2025041873"),
             ("Class code", "ADA-PY-2511-E1 (evening, blended)"),
             ("Course duration", "48 hours over 12 sessions, 03/11/2025 to 12/12/2025"),
             ("Venue", "Lumen Data Academy, 30 Cecil Street, #12-04, Training Room B"),
             ("Funding eligibility", "Singapore Citizen aged 40 and above - SkillsFuture Mid-Career Enhanced Subsidy (70%)")]:
    pdf.set_font("LS", "B", 9)
    pdf.cell(42, 6, k)
    pdf.set_font("LS", "", 9)
    pdf.multi_cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("LS", "B", 11)
pdf.cell(0, 7, "Class schedule", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "B", 8.5)
pdf.set_fill_color(225, 240, 247)
for w, t in [(16, "Session"), (28, "Date"), (32, "Time"), (104, "Topic")]:
    pdf.cell(w, 6, t, border=1, fill=True)
pdf.ln()
topics = ["Python refresher and Jupyter notebooks", "Data wrangling with pandas I", "Data wrangling with pandas II",
          "Exploratory data analysis and visualisation", "Statistics for analysts", "SQL for analytics",
          "Regression models", "Classification models", "Time series basics", "Dashboarding with Plotly Dash",
          "Capstone project clinic", "Capstone presentation and written assessment"]
dates = ["03/11/2025", "06/11/2025", "10/11/2025", "13/11/2025", "17/11/2025", "20/11/2025", "24/11/2025", "27/11/2025",
         "01/12/2025", "04/12/2025", "08/12/2025", "12/12/2025"]
pdf.set_font("LS", "", 8.5)
for i, (d, t) in enumerate(zip(dates, topics), 1):
    pdf.cell(16, 6, str(i), border=1, align="C")
    pdf.cell(28, 6, d, border=1)
    pdf.cell(32, 6, "7:00 pm - 11:00 pm" if i < 12 else "9:00 am - 1:00 pm", border=1)
    pdf.cell(104, 6, t, border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("LS", "", 8)
pdf.multi_cell(0, 4, "Trainees must achieve at least 75% attendance and sit for the final assessment to be eligible for "
               "SkillsFuture funding. If the trainee does not meet these conditions, the subsidy will be recovered and "
               "the full course fee becomes payable. The fee breakdown and payment details are on page 2.")

pdf.add_page()
pdf.set_font("LS", "B", 11)
pdf.cell(0, 7, "Fee breakdown (SGD)", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
rows = [("Full course fee (before funding)", "2,800.00"),
        ("Less: SkillsFuture funding - Mid-Career Enhanced Subsidy 70% (paid by SSG to the training provider)", "-1,960.00"),
        ("Nett course fee", "840.00"),
        ("Add: GST 9% on full course fee of $2,800.00", "252.00"),
        ("Nett fee payable incl. GST", "1,092.00"),
        ("Less: SkillsFuture Credit claim no. SFC-25-7741902 (approved 20/10/2025)", "-500.00")]
pdf.set_font("LS", "", 9.5)
for d, a in rows:
    bold = d.startswith("Nett")
    pdf.set_font("LS", "B" if bold else "", 9.5)
    x, yy = pdf.get_x(), pdf.get_y()
    pdf.multi_cell(140, 7, d, border="B")
    h = pdf.get_y() - yy
    pdf.set_xy(x + 140, yy)
    pdf.cell(40, h, a, border="B", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_fill_color(225, 240, 247)
pdf.set_font("LS", "B", 11.5)
pdf.cell(140, 9, "Amount payable by trainee", border=1, fill=True)
pdf.cell(40, 9, "S$592.00", border=1, fill=True, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("LS", "B", 10)
pdf.cell(0, 6, "Payment methods", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9)
pdf.multi_cell(0, 5, "PayNow to UEN 201918472N (Lumen Data Academy Pte. Ltd.), reference LDA-INV-2025-03318\n"
               "Bank transfer: DBS Bank Ltd, account 072-918473-6, SWIFT DBSSSGSG\n"
               "Credit/debit card at our office or via the payment link in your enrolment e-mail.")
pdf.ln(4)
pdf.set_font("LS", "", 8)
pdf.multi_cell(0, 4, "Funding amounts are subject to approval by SkillsFuture Singapore (SSG). GST is charged on the full "
               "course fee before funding, in accordance with IRAS guidance on government-funded courses. Withdrawal "
               "less than 7 working days before the class start date: 50% of the nett fee is charged. This is a computer-"
               "generated tax invoice and requires no signature.")
pdf.output(out)
