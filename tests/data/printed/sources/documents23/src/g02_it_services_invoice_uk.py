"""D02: UK managed IT services: cover letter (page 1) + tax invoice (pages 2-3) with VAT analysis and
remittance slip (fpdf2, header()/footer(), automatic page breaks)."""
import sys, datetime
from fpdf import FPDF
from common import fmt
import data

d = data.d02()
OUT = sys.argv[1]
INV = d["invoice_number"]
FONT = "/usr/share/fonts/truetype/liberation2/"
NAVY = (20, 45, 90)
TEAL = (0, 128, 128)


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "B", 14)
        self.set_text_color(*NAVY)
        self.cell(100, 7, "NORTHGATE", new_x="RIGHT")
        self.set_font("LS", "B", 13)
        self.cell(0, 7, "TAX INVOICE", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(100, 4, "MANAGED IT  |  CLOUD  |  CYBER SECURITY", new_x="RIGHT")
        self.cell(0, 4, f"Invoice {INV}   Date 01/04/2025   Page {self.page_no()} of {{nb}}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*TEAL)
        self.set_line_width(0.6)
        self.line(self.l_margin, self.get_y() + 1.5, self.w - self.r_margin, self.get_y() + 1.5)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_draw_color(180, 180, 180)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("LS", "", 6.8)
        self.set_text_color(110, 110, 110)
        self.multi_cell(0, 3.2, "Northgate Managed IT Ltd  ·  Registered in England & Wales No. 08817342  ·  Registered office: 3 Wellington Place, Leeds LS1 4AP\n"
                        "VAT Reg. No. GB 318 4729 05  ·  Barclays Bank plc, sort code 20-45-77, account 63018842  ·  accounts@northgate-it.co.uk  ·  0113 496 0210",
                        align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 4, 1, 9, 12, tzinfo=datetime.timezone.utc))
pdf.set_title(f"Invoice {INV}")
pdf.set_author("Northgate Managed IT Ltd")
pdf.add_font("LS", "", FONT + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FONT + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", FONT + "LiberationSans-Italic.ttf")
pdf.set_margins(18, 14, 18)
pdf.set_auto_page_break(True, margin=24)
pdf.alias_nb_pages()

# ---------------- page 1: cover letter
pdf.add_page()
pdf.set_font("LS", "B", 22)
pdf.set_text_color(*NAVY)
pdf.cell(0, 10, "NORTHGATE", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 8)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 4, "Managed IT Ltd  ·  3 Wellington Place, Leeds LS1 4AP  ·  0113 496 0210  ·  www.northgate-it.co.uk",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(14)
pdf.set_font("LS", "", 10)
pdf.multi_cell(90, 5, "Ms Joanne Pickles\nHead of Finance\nCalder Valley Housing Association Ltd\nDean Clough Mills, Mill 4\nHalifax\nHX3 5AX")
pdf.ln(8)
pdf.cell(0, 5, "1 April 2025", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.cell(0, 5, "Dear Ms Pickles", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("LS", "B", 10)
pdf.multi_cell(0, 5, "Managed IT services agreement NMI-MSA-2022-041 - invoice for March 2025")
pdf.set_font("LS", "", 10)
pdf.ln(2)
letter = [
    f"Please find enclosed our invoice {INV} covering your recurring managed services for March 2025, the project work "
    "completed during the month and the hardware delivered to your Halifax office on 19 March.",
    "Highlights of the month: the Windows 11 migration of the Halifax office (project PRJ-0412) was completed on "
    "28 March, two days ahead of plan, and 12 new Latitude laptops were enrolled through Autopilot. Our engineers also "
    "attended the out-of-hours switch failure at the Todmorden depot on 11 March; as agreed with Mr Haigh this visit is "
    "charged at our out-of-contract rate.",
    "Your user count rose from 138 to 142 Microsoft 365 Business Premium licences on 3 March, and the invoice reflects "
    "the new count for the full month. A separate credit note (CN-25-0044) for the four unused Exchange Online "
    "licences billed in February will follow under separate cover.",
    "As notified in our letter of 14 February, our recurring service charges will increase by 3.8% (CPI, January 2025) "
    "with effect from 1 May 2025. Hardware, licence and project prices are unaffected.",
    "Payment terms remain 30 days from the invoice date. A remittance slip is attached to the last page of the invoice; "
    "alternatively please email your remittance advice to accounts@northgate-it.co.uk quoting the invoice number.",
    "If you have any questions about this invoice, please do not hesitate to contact me directly on 0113 496 0234.",
]
for p in letter:
    pdf.multi_cell(0, 5.2, p)
    pdf.ln(2.5)
pdf.ln(3)
pdf.cell(0, 5, "Yours sincerely", new_x="LMARGIN", new_y="NEXT")
pdf.ln(12)
pdf.set_font("LS", "B", 10)
pdf.cell(0, 5, "Mark Ellison", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10)
pdf.cell(0, 5, "Account Director, Northgate Managed IT Ltd", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("LS", "I", 8.5)
pdf.cell(0, 5, "Enc. Tax invoice (2 pages), service report March 2025 (sent by email)", new_x="LMARGIN", new_y="NEXT")

# ---------------- page 2+: invoice
pdf.add_page()
pdf.set_font("LS", "", 9)
y0 = pdf.get_y()
pdf.set_font("LS", "B", 8)
pdf.set_text_color(*TEAL)
pdf.cell(85, 4.5, "INVOICE TO", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("LS", "", 9)
pdf.multi_cell(85, 4.5, "Calder Valley Housing Association Ltd\nAccounts Payable\nDean Clough Mills, Mill 4\nHalifax HX3 5AX\nPO ref: CVHA-IT-2025-118")
pdf.set_xy(112, y0)
rows = [("Invoice number", INV), ("Invoice date", "01/04/2025"), ("Tax point", "31/03/2025"),
        ("Customer account", d["account"]), ("Payment terms", "30 days"), ("Due date", "01/05/2025"),
        ("Contract", "NMI-MSA-2022-041")]
for k, v in rows:
    pdf.set_x(112)
    pdf.set_font("LS", "", 8.5)
    pdf.set_fill_color(232, 242, 242)
    pdf.cell(36, 5, k, border=1, fill=True)
    pdf.set_font("LS", "B" if k in ("Invoice number", "Due date") else "", 8.5)
    pdf.cell(0, 5, v, border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

W = [22, 82, 16, 20, 22, 12]  # code, desc, qty, price, net, vat%
HEAD = ["Code", "Description", "Qty", "Unit £", "Net £", "VAT"]


def table_head():
    pdf.set_font("LS", "B", 7.8)
    pdf.set_fill_color(*NAVY)
    pdf.set_text_color(255, 255, 255)
    for w, t, a in zip(W, HEAD, "LLRRRC"):
        pdf.cell(w, 6, t, fill=True, align=a)
    pdf.ln()
    pdf.set_text_color(0, 0, 0)


table_head()
sec = None
for l in d["lines"]:
    if pdf.get_y() > pdf.h - 24 - 12:
        pdf.set_font("LS", "I", 7.5)
        pdf.cell(0, 5, "continued overleaf", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.add_page()
        table_head()
        sec = None
    if l["section"] != sec:
        sec = l["section"]
        pdf.set_font("LS", "B", 8.2)
        pdf.set_fill_color(238, 238, 238)
        pdf.cell(sum(W), 5.5, sec, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 8.2)
    q = l["qty"]
    qs = f"{q:.1f}" if q % 1 else f"{int(q)}"
    rate = "O/S" if l["rate"] is None else f"{l['rate']}%"
    desc = l["desc"]
    while pdf.get_string_width(desc) > W[1] - 2:
        desc = desc[:-1]
    if desc != l["desc"]:
        # wrap long description on two lines
        x, y = pdf.get_x(), pdf.get_y()
        pdf.cell(W[0], 5, l["code"])
        pdf.multi_cell(W[1], 4.2, l["desc"], new_x="RIGHT", new_y="TOP")
        h = pdf.get_y() - y
        pdf.set_xy(x + W[0] + W[1], y)
        for w, t in zip(W[2:], [qs, fmt(l["price"]), fmt(l["net"]), rate]):
            pdf.cell(w, 5, t, align="R" if t != rate else "C")
        pdf.set_xy(x, y + 8.6)
    else:
        pdf.cell(W[0], 5, l["code"])
        pdf.cell(W[1], 5, desc)
        pdf.cell(W[2], 5, qs, align="R")
        pdf.cell(W[3], 5, fmt(l["price"]), align="R")
        pdf.cell(W[4], 5, fmt(l["net"]), align="R")
        pdf.cell(W[5], 5, rate, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(220, 220, 220)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + sum(W), pdf.get_y())

# totals block must stay together
need = 92
if pdf.get_y() > pdf.h - 24 - need:
    pdf.add_page()
pdf.ln(5)
y = pdf.get_y()
pdf.set_font("LS", "B", 8.5)
pdf.cell(0, 5, "VAT analysis", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 8.2)
pdf.set_fill_color(232, 242, 242)
for t, w in zip(["Rate", "Net £", "VAT £"], [40, 24, 20]):
    pdf.cell(w, 5, t, border=1, fill=True, align="L" if t == "Rate" else "R")
pdf.ln()
for label, key, v in [("Standard rate 20%", 20, d["vat20"]), ("Zero rate 0%", 0, 0), ("Outside the scope", None, None)]:
    pdf.cell(40, 5, label, border=1)
    pdf.cell(24, 5, fmt(d["by_rate"][key]), border=1, align="R")
    pdf.cell(20, 5, "-" if v is None else fmt(v), border=1, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "B", 8.2)
pdf.cell(40, 5, "Total", border=1)
pdf.cell(24, 5, fmt(d["net_total"]), border=1, align="R")
pdf.cell(20, 5, fmt(d["vat20"]), border=1, align="R", new_x="LMARGIN", new_y="NEXT")

pdf.set_xy(120, y + 5)
for k, v, b in [("Total net", d["net_total"], ""), ("Total VAT", d["vat20"], ""), ("INVOICE TOTAL", d["total"], "B")]:
    pdf.set_x(120)
    pdf.set_font("LS", b, 9.5 if b else 9)
    if b:
        pdf.set_fill_color(*NAVY)
        pdf.set_text_color(255, 255, 255)
    pdf.cell(38, 7 if b else 6, k, fill=bool(b), border=0 if b else "B")
    pdf.cell(34, 7 if b else 6, f"£{fmt(v)}", fill=bool(b), align="R", border=0 if b else "B",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
pdf.set_x(120)
pdf.set_font("LS", "", 7.5)
pdf.multi_cell(72, 3.6, "Amount payable by 01/05/2025. Late payment may attract interest under the Late Payment of "
               "Commercial Debts (Interest) Act 1998 at 8% above base rate.")

pdf.set_y(max(pdf.get_y(), y + 34) + 4)
pdf.set_font("LS", "", 8)
pdf.multi_cell(0, 4, "Pay by BACS to Barclays Bank plc, sort code 20-45-77, account 63018842, account name Northgate Managed IT Ltd, "
               f"quoting {INV}. Zero-rated items: printed books and booklets (VAT Notice 701/10). Domain registry fees are "
               "disbursements paid on your behalf and are outside the scope of UK VAT.")

# remittance slip
pdf.set_y(pdf.h - 24 - 40)
pdf.set_draw_color(80, 80, 80)
pdf.set_dash_pattern(dash=1.5, gap=1.2)
pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
pdf.set_dash_pattern()
pdf.set_font("LS", "", 6.5)
pdf.cell(0, 4, "- - cut here - -", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "B", 10)
pdf.cell(0, 6, "REMITTANCE ADVICE", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 8.5)
yy = pdf.get_y()
pdf.multi_cell(80, 4.4, "Return to: Credit Control, Northgate Managed IT Ltd\n3 Wellington Place, Leeds LS1 4AP\n"
               "or email accounts@northgate-it.co.uk")
pdf.set_xy(110, yy)
for k, v in [("Customer", "Calder Valley Housing Assoc."), ("Account", d["account"]), ("Invoice no.", INV),
             ("Amount due", f"£{fmt(d['total'])}"), ("Payment due by", "01/05/2025"), ("Amount paid", "")]:
    pdf.set_x(110)
    pdf.cell(30, 5, k, border=1)
    pdf.cell(52, 5, v, border=1, new_x="LMARGIN", new_y="NEXT")

pdf.output(f"{OUT}/s23_it_services_invoice_uk.pdf")
