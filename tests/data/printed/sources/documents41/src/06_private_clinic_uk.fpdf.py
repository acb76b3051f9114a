"""The Wessex Knee & Shoulder Clinic - private outpatient invoice to patient / insurer, fpdf2."""
import sys
from datetime import datetime, timezone
from decimal import Decimal as D
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "06_private_clinic_uk.pdf"
FONT = "/usr/share/fonts/truetype/liberation/"


def gbp(x):
    return f"\u00a3{x:,.2f}"


class Inv(FPDF):
    def footer(self):
        self.set_y(-18)
        self.set_font("Serif", "", 7)
        self.set_text_color(90, 90, 90)
        self.multi_cell(0, 3.4,
            "The Wessex Knee & Shoulder Clinic is a trading name of Wessex Orthopaedic Partners Ltd. Registered in England & Wales, company no. 09418273.\n"
            "Registered office: 14 Romsey Road, Winchester SO22 5DH. Regulated by the Care Quality Commission (provider ID 1-4418207731).", align="C")


pdf = Inv(format="A4")
pdf.set_creation_date(datetime(2025, 3, 18, 10, 0, tzinfo=timezone.utc))
pdf.set_title("Invoice WKS-250318-07")
pdf.set_author("Wessex Orthopaedic Partners Ltd")
pdf.add_font("Serif", "", FONT + "LiberationSerif-Regular.ttf")
pdf.add_font("Serif", "B", FONT + "LiberationSerif-Bold.ttf")
pdf.add_font("Serif", "I", FONT + "LiberationSerif-Italic.ttf")
pdf.add_font("Sans", "", FONT + "LiberationSans-Regular.ttf")
pdf.add_font("Sans", "B", FONT + "LiberationSans-Bold.ttf")
pdf.set_margins(18, 16, 18)
pdf.set_auto_page_break(True, 22)
pdf.add_page()
GREEN = (22, 78, 64)

# letterhead (centred, serif)
pdf.set_font("Serif", "B", 17)
pdf.set_text_color(*GREEN)
pdf.cell(0, 8, "The Wessex Knee & Shoulder Clinic", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "I", 9.5)
pdf.set_text_color(60, 60, 60)
pdf.cell(0, 5, "Consultant-led orthopaedic outpatient care", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 9)
pdf.cell(0, 5, "14 Romsey Road \u00b7 Winchester \u00b7 Hampshire SO22 5DH \u00b7 01962 555 214 \u00b7 accounts@wessexknee.example", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(*GREEN)
pdf.set_line_width(0.6)
pdf.line(18, pdf.get_y() + 2, 192, pdf.get_y() + 2)
pdf.ln(7)

# addressee left, invoice details right (label : value)
y0 = pdf.get_y()
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 9.5)
for t in ["Mr Thomas A. Beckwith", "Flat 3, Kingsgate House", "22 St Cross Road", "Winchester", "SO23 9JB"]:
    pdf.cell(90, 4.8, t, new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(112, y0)
pdf.set_font("Sans", "B", 15)
pdf.set_text_color(*GREEN)
pdf.cell(80, 7, "INVOICE", align="R", new_x="LEFT", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
details = [("Invoice no.", "WKS-250318-07"), ("Invoice date", "18 March 2025"), ("Account ref.", "PT-118402"),
           ("Payment due", "17 April 2025")]
for k, v in details:
    pdf.set_x(112)
    pdf.set_font("Sans", "", 9)
    pdf.cell(36, 5, k)
    pdf.set_font("Sans", "B", 9)
    pdf.cell(44, 5, v, align="R", new_x="LEFT", new_y="NEXT")
pdf.set_y(max(pdf.get_y(), y0 + 28) + 5)

# patient / insurance box (two columns, labels above values)
pdf.set_fill_color(236, 243, 240)
bx, by = 18, pdf.get_y()
pdf.rect(bx, by, 174, 25, "F")
cells = [("Patient", "Mr Thomas A. Beckwith"), ("Date of birth", "06/09/1971"), ("Consultant", "Mr Rajiv Anand FRCS (Tr & Orth)"),
         ("Insurer", "Meridian Health Insurance Ltd"), ("Membership no.", "MHI 40827731"), ("Pre-authorisation no.", "PA-7730419")]
for i, (k, v) in enumerate(cells):
    cx = bx + 4 + (i % 3) * 58
    cy = by + 2.5 + (i // 3) * 11
    pdf.set_xy(cx, cy)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(56, 3.6, k.upper(), new_x="LEFT", new_y="NEXT")
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(56, 5, v)
pdf.set_y(by + 31)

# treatment lines
rows = [("12/02/2025", "OP-CN1", "Initial outpatient consultation (Mr R. Anand)", D("250.00")),
        ("12/02/2025", "XR-KN2", "X-ray left knee, 2 views, incl. radiologist report", D("95.00")),
        ("24/02/2025", "MR-KN1", "MRI left knee, non-contrast, incl. consultant radiologist report", D("480.00")),
        ("04/03/2025", "OP-CF1", "Follow-up consultation \u2013 results and treatment plan", D("160.00")),
        ("11/03/2025", "INJ-US2", "Ultrasound-guided intra-articular steroid injection, left knee", D("420.00"))]
pdf.set_font("Sans", "B", 8.5)
pdf.set_fill_color(*GREEN)
pdf.set_text_color(255, 255, 255)
widths = [24, 22, 100, 28]
for w, h, al in zip(widths, ["Date", "Code", "Treatment / service", "Fee"], "LLLR"):
    pdf.cell(w, 7, h, align=al, fill=True)
pdf.ln()
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 8.8)
for d, code, desc, fee in rows:
    pdf.cell(24, 6.5, d, border="B")
    pdf.cell(22, 6.5, code, border="B")
    pdf.cell(100, 6.5, desc, border="B")
    pdf.cell(28, 6.5, f"{fee:,.2f}", border="B", align="R")
    pdf.ln()
total = sum(r[3] for r in rows)
excess = D("150.00")
insurer = total - excess
pdf.ln(3)
x = 100


def line(label, val, bold=False, fill=False):
    pdf.set_x(x)
    pdf.set_font("Sans", "B" if bold else "", 9.5 if not bold else 10)
    if fill:
        pdf.set_fill_color(*GREEN)
        pdf.set_text_color(255, 255, 255)
    pdf.cell(64, 7, label, fill=fill)
    pdf.cell(28, 7, val, align="R", fill=fill)
    pdf.set_text_color(0, 0, 0)
    pdf.ln()


line("Total fees", gbp(total), bold=True)
line("VAT", "Exempt")
line("Payable by insurer (direct settlement)", gbp(insurer))
line("Payable by patient (policy excess)", gbp(excess))
pdf.ln(1)
line("AMOUNT DUE FROM PATIENT", gbp(excess), bold=True, fill=True)

pdf.ln(6)
pdf.set_font("Serif", "", 9.5)
pdf.multi_cell(0, 4.8,
    "Dear Mr Beckwith,\n"
    "We have submitted the fees above directly to Meridian Health Insurance Ltd under pre-authorisation PA-7730419. "
    "Your policy carries an outpatient excess of \u00a3150.00, which is payable by you to the clinic. Should your insurer "
    "decline any part of the claim or apply a shortfall against its fee schedule, the balance becomes payable by you and we "
    "will write to you separately.\n"
    "Medical services provided by registered health professionals are exempt from VAT.")
pdf.ln(4)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "How to pay", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.8)
pdf.multi_cell(0, 4.6,
    "Bank transfer to Wessex Orthopaedic Partners Ltd \u00b7 Sort code 40-18-27 \u00b7 Account 71846203 \u00b7 Reference WKS-250318-07\n"
    "Card payments by telephone on 01962 555 214 (Mon\u2013Fri 9am\u20135pm). Cheques payable to Wessex Orthopaedic Partners Ltd.")
pdf.output(out)
print("total", total, "insurer", insurer)
