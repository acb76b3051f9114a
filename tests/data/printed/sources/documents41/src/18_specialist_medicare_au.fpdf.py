"""Coastal Skin Specialists - specialist account / receipt with Medicare item numbers, fpdf2."""
import sys
from datetime import datetime, timezone
from decimal import Decimal as D, ROUND_HALF_UP
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "18_specialist_medicare_au.pdf"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2025, 3, 14, 4, 0, tzinfo=timezone.utc))
pdf.set_title("Tax invoice / receipt 25-00918")
pdf.set_author("Coastal Skin Specialists Pty Ltd")
pdf.set_margins(16, 14, 16)
pdf.set_auto_page_break(True, 16)
pdf.add_page()
TEAL = (0, 112, 120)


def m(x):
    return f"${x:,.2f}"


# core fonts (Helvetica) - different look from the other fpdf documents
pdf.set_font("Helvetica", "B", 18)
pdf.set_text_color(*TEAL)
pdf.cell(0, 8, "COASTAL SKIN SPECIALISTS", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 8.5)
pdf.set_text_color(60, 60, 60)
pdf.cell(0, 4.5, "Dermatology - Skin Cancer - Mohs Surgery", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 4.5, "Suite 4, 88 Nerang Street, Southport QLD 4215  |  Ph (07) 5555 1840  |  Fax (07) 5555 1841", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 4.5, "Coastal Skin Specialists Pty Ltd  ABN 51 824 753 556", new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(*TEAL)
pdf.set_line_width(0.8)
pdf.line(16, pdf.get_y() + 2, 194, pdf.get_y() + 2)
pdf.ln(6)

pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "B", 13)
pdf.cell(0, 7, "TAX INVOICE / RECEIPT", align="R", new_x="LMARGIN", new_y="NEXT")

# two columns: patient (left), account details (right) - label left / value right
y = pdf.get_y() + 2
left = [("Patient", "Mr Liam J. O'Connor"), ("Address", "17 Seaview Tce, Labrador QLD 4215"), ("Date of birth", "21/09/1968"),
        ("Medicare no.", "2953 18477 2"), ("IRN", "1"), ("Referred by", "Dr Hannah Lee (GP), 2417739B, 12/02/2025")]
right = [("Account no.", "25-00918"), ("Invoice date", "14/03/2025"), ("Provider", "Dr Priya Raman, FACD"),
         ("Provider no.", "2418732H"), ("Payee", "Coastal Skin Specialists Pty Ltd"), ("Status", "PAID IN FULL")]
for i, (k, v) in enumerate(left):
    pdf.set_xy(16, y + i * 5.5)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(25, 5, k)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(70, 5, v)
for i, (k, v) in enumerate(right):
    pdf.set_xy(120, y + i * 5.5)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(24, 5, k)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(50, 5, v, align="R")
pdf.set_y(y + 6 * 5.5 + 6)

items = [("14/03/2025", "104", "Initial specialist attendance (referred)", D("260.00"), D("98.95")),
         ("14/03/2025", "30071", "Skin biopsy for histology - left forearm", D("120.00"), D("61.55")),
         ("14/03/2025", "30192", "Cryotherapy premalignant lesions, 10 or more", D("150.00"), D("78.70"))]
hdr = [("Date", 22, "L"), ("Item", 16, "L"), ("Service description", 66, "L"), ("Fee charged", 24, "R"), ("Schedule fee", 24, "R"), ("Medicare benefit", 26, "R")]
pdf.set_line_width(0.2)
pdf.set_draw_color(150, 150, 150)
pdf.set_fill_color(*TEAL)
pdf.set_text_color(255, 255, 255)
pdf.set_font("Helvetica", "B", 8)
for h, w, a in hdr:
    pdf.cell(w, 7, h, align=a, fill=True)
pdf.ln()
pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "", 8.5)
tf = tb = D("0")
for d, it, desc, fee, sched in items:
    ben = (sched * D("0.85")).quantize(D("0.01"), ROUND_HALF_UP)
    tf += fee
    tb += ben
    for (v, (h, w, a)) in zip([d, it, desc, f"{fee:,.2f}", f"{sched:,.2f}", f"{ben:,.2f}"], hdr):
        pdf.cell(w, 6.5, v, align=a, border="B")
    pdf.ln()
gap = tf - tb
pdf.ln(3)
box = [("Total fees charged", m(tf)), ("GST", "$0.00 (GST-free health service)"), ("Amount paid 14/03/2025 - EFTPOS (Visa)", m(tf)),
       ("Balance owing", "$0.00")]
for k, v in box:
    pdf.set_x(98)
    pdf.set_font("Helvetica", "B" if k.startswith("Total") else "", 9)
    pdf.cell(52, 6, k)
    pdf.cell(44, 6, v, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_fill_color(230, 243, 244)
pdf.set_font("Helvetica", "B", 9.5)
pdf.cell(0, 7, "  MEDICARE CLAIM SUMMARY", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
rows = [("Medicare benefit (85% of schedule fee, out-of-hospital)", m(tb)), ("Your out-of-pocket cost (gap)", m(gap)),
        ("Claim lodged electronically (Medicare Easyclaim) - transaction ID", "EC-4418-207731"),
        ("Benefit paid to the patient's nominated bank account", "within 2 business days")]
for k, v in rows:
    pdf.cell(120, 6, "  " + k)
    pdf.cell(58, 6, v, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Helvetica", "", 8)
pdf.multi_cell(0, 4.2,
    "The out-of-pocket cost may count towards the Medicare Safety Net thresholds. Private health insurance does not cover "
    "out-of-hospital specialist services. Histology will be billed separately by Sullivan Coastal Pathology. "
    "Please retain this tax invoice / receipt for your records.")
pdf.output(out)
print("fees", tf, "benefit", tb, "gap", gap)
