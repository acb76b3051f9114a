import sys, datetime
from fpdf import FPDF
out = sys.argv[1] if len(sys.argv) > 1 else "18_vet_herd_invoice.pdf"
F = "/usr/share/fonts/truetype/liberation2/"

items = [
 ("03/03/2025", "Dr K. Walsh", "PREGSCAN", "Pregnancy scanning - per cow", 642, 3.95),
 ("03/03/2025", "Dr K. Walsh", "TRAVEL", "Farm call / travel zone 2", 1, 95.00),
 ("03/03/2025", "Dr K. Walsh", "EARLYPD", "Early aging report (foetal age)", 1, 45.00),
 ("10/03/2025", "Tech M. Ngata", "LEPTO", "Leptoshield vaccine - per dose", 640, 1.72),
 ("10/03/2025", "Tech M. Ngata", "TECH", "Technician time (hrs)", 3.5, 78.00),
 ("10/03/2025", "Tech M. Ngata", "TRAVEL", "Farm call / travel zone 2", 1, 95.00),
 ("14/03/2025", "Dispensary", "TSEAL120", "Teatseal 4g x 120 tubes", 22, 189.00),
 ("14/03/2025", "Dispensary", "CEPDC", "Cepravin Dry Cow x 120", 8, 412.50),
 ("14/03/2025", "Dispensary", "GLOVES", "Nitrile gloves (box 100)", 6, 14.90),
 ("14/03/2025", "Dispensary", "TEATSPR", "Teat spray concentrate 20 L", 4, 96.50),
 ("17/03/2025", "Dr A. Rangi", "CONSULT", "Lame cow examination & treatment", 4, 65.00),
 ("17/03/2025", "Dr A. Rangi", "ENGEM", "Engemycin 10% 100 ml", 2, 38.40),
 ("17/03/2025", "Dr A. Rangi", "BLOCK", "Cow slips / hoof blocks (10)", 2, 42.00),
 ("17/03/2025", "Dr A. Rangi", "METAC", "Metacam 20 mg/ml 100 ml", 1, 118.60),
 ("17/03/2025", "Dr A. Rangi", "TRAVEL", "Farm call / travel zone 2", 1, 95.00),
 ("21/03/2025", "Dr K. Walsh", "BVDTEST", "BVD bulk milk antibody test", 1, 88.00),
 ("21/03/2025", "Dr K. Walsh", "LAB", "Laboratory courier & handling", 1, 22.50),
 ("24/03/2025", "Dispensary", "COPPER", "Copper bullets (Copacaps 20g x 50)", 13, 142.00),
 ("24/03/2025", "Dispensary", "BOVIL", "Bovilis Bovipast RSP 50 dose", 4, 165.00),
 ("26/03/2025", "Dr J. Fairbrother", "DRYOFF", "Dry-off planning & SCC review (consult)", 1, 180.00),
 ("26/03/2025", "Dr J. Fairbrother", "CMT", "Herd milk culture - 12 samples", 12, 18.50),
 ("28/03/2025", "Dispensary", "MAGOX", "Causmag magnesium oxide 25 kg", 20, 41.80),
 ("28/03/2025", "Dispensary", "ZINC", "Zinc oxide 25 kg", 10, 68.40),
 ("31/03/2025", "Dr K. Walsh", "DOWNCOW", "Down cow - after hours callout", 1, 245.00),
 ("31/03/2025", "Dr K. Walsh", "CALCI", "Calcium borogluconate 500 ml", 3, 9.80),
]
lines = [(d, who, c, desc, q, p, round(q * p, 2)) for d, who, c, desc, q, p in items]
sub = round(sum(l[6] for l in lines), 2)
gst = round(sub * 0.15, 2)
tot = round(sub + gst, 2)

class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 15); self.set_text_color(0, 90, 60)
        self.cell(0, 7, "Waikato Rural Vets Ltd", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0); self.set_font("LS", "", 8)
        self.cell(0, 4, "45 Alexandra Street, Te Awamutu 3800  |  07 871 6530  |  accounts@waikatoruralvets.co.nz  |  GST 102-334-871", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
    def footer(self):
        self.set_y(-12); self.set_font("LS", "", 7.5)
        self.cell(0, 5, f"Invoice WRV-INV-77514  -  Page {self.page_no()} of {{nb}}", align="C")

pdf = P(format="A4")
pdf.set_creation_date(datetime.datetime(2025, 4, 1, tzinfo=datetime.timezone.utc))
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.set_margins(15, 12, 15)
pdf.set_auto_page_break(True, 18)
pdf.alias_nb_pages()
pdf.add_page()
pdf.set_font("LS", "B", 18); pdf.cell(0, 10, "TAX INVOICE", align="R", new_x="LMARGIN", new_y="NEXT")
y0 = pdf.get_y()
pdf.set_font("LS", "B", 10); pdf.cell(100, 5, "Bill to", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10)
pdf.multi_cell(95, 5, "Brookfield Dairies Ltd\nc/- Farm Manager: Tama Hohaia\n612 Kihikihi Road, RD 2\nTe Awamutu 3872")
pdf.set_xy(120, y0)
for k, v in [("Invoice No.", "WRV-INV-77514"), ("Invoice Date", "31/03/2025"), ("Client Code", "BROOK06"),
             ("Herd No.", "32/418"), ("Supply No.", "FC 74412"), ("Due Date", "20/04/2025")]:
    pdf.set_x(120); pdf.set_font("LS", "", 8.5); pdf.cell(30, 5.5, k, border="B")
    pdf.set_font("LS", "B", 9.5); pdf.cell(45, 5.5, v, border="B", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("LS", "", 9)
pdf.multi_cell(0, 4.5, "Services and products supplied for the month of March 2025. Animal treatment records and withholding periods "
               "are recorded in MINDA/LIC against the herd number above. Milk withholding: Engemycin 7 days (35 milkings); Metacam 5 days.")
pdf.ln(3)
W = [20, 30, 22, 58, 14, 18, 18]
H = ["Date", "Clinician", "Code", "Description", "Qty", "Unit $", "Amount $"]
def head():
    pdf.set_font("LS", "B", 8.5); pdf.set_fill_color(215, 235, 225)
    for h, w in zip(H, W):
        pdf.cell(w, 6, h, border=1, fill=True, align="C")
    pdf.ln()
head()
pdf.set_font("LS", "", 8.5)
for d, who, c, desc, q, p, a in lines:
    if pdf.get_y() > 270:
        pdf.add_page(); head(); pdf.set_font("LS", "", 8.5)
    qs = f"{q:g}"
    for v, w, al in zip([d, who, c, desc, qs, f"{p:,.2f}", f"{a:,.2f}"], W, "LLLLRRR"):
        pdf.cell(w, 6.2, v, border="B", align=al)
    pdf.ln()
pdf.ln(4)
if pdf.get_y() > 240: pdf.add_page()
for k, v, b in [("Subtotal (excl. GST)", f"{sub:,.2f}", False), ("GST 15%", f"{gst:,.2f}", False), ("TOTAL (incl. GST) NZD", f"${tot:,.2f}", True)]:
    pdf.set_x(110); pdf.set_font("LS", "B" if b else "", 10.5 if b else 9.5)
    pdf.cell(50, 7, k, border=1); pdf.cell(30, 7, v, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6); pdf.set_font("LS", "", 8)
pdf.multi_cell(0, 4, "Payment terms: due on the 20th of the month following invoice. Direct credit to Waikato Rural Vets Ltd, "
               "ANZ 01-0433-0123456-00, reference BROOK06. Interest of 1.5% per month may be charged on overdue accounts. "
               "Restricted Veterinary Medicines (RVM) authorised under the ACVM Act 1997 by the attending veterinarian.")
pdf.output(out)
print(sub, gst, tot)
