"""D08: US manufacturer purchase order, line items over pages, totals, then terms & conditions
in two columns (fpdf2 header()/footer(), auto page break, text_columns)."""
import sys, datetime
from fpdf import FPDF
from common import fmt
import data

d = data.d08()
OUT = sys.argv[1]
PO = d["po_number"]
FONT = "/usr/share/fonts/truetype/dejavu/"
GREEN = (28, 84, 60)


class Doc(FPDF):
    tc = False

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "B", 11)
        self.set_text_color(*GREEN)
        self.cell(95, 6, "Redwood Valley Instruments, Inc.")
        self.set_font("DV", "B", 10)
        title = "TERMS AND CONDITIONS OF PURCHASE" if self.tc else f"PURCHASE ORDER {PO} (continued)"
        self.cell(0, 6, title, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(95, 4, "3370 Regional Parkway, Santa Rosa, CA 95403")
        self.cell(0, 4, f"PO {PO}  ·  PO Date 03/10/2025  ·  Supplier 100482", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*GREEN)
        self.set_line_width(0.5)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DV", "", 6.8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "This purchase order is subject to the attached Terms and Conditions of Purchase (form RVI-PUR-003 rev. F).", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="letter", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 3, 10, 15, 40, tzinfo=datetime.timezone.utc))
pdf.set_title(f"Purchase Order {PO}")
pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DVC", "", FONT + "DejaVuSansCondensed.ttf")
pdf.add_font("DVC", "B", FONT + "DejaVuSansCondensed-Bold.ttf")
pdf.set_margins(14, 12, 14)
pdf.set_auto_page_break(True, margin=18)
pdf.alias_nb_pages()
pdf.add_page()

# ---- first page header
pdf.set_font("DV", "B", 17)
pdf.set_text_color(*GREEN)
pdf.cell(110, 8, "Redwood Valley Instruments")
pdf.set_font("DV", "B", 16)
pdf.cell(0, 8, "PURCHASE ORDER", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(60, 60, 60)
pdf.set_font("DV", "", 7.8)
pdf.multi_cell(110, 3.8, "Redwood Valley Instruments, Inc.\n3370 Regional Parkway, Santa Rosa, CA 95403\n"
               "Purchasing (707) 555-0340  ·  purchasing@redwoodvalleyinst.com", new_x="RIGHT", new_y="TOP")
pdf.set_text_color(0, 0, 0)
y = pdf.get_y()
info = [("PO Number", PO), ("Revision", "0"), ("PO Date", "03/10/2025"), ("Supplier No.", d["supplier_number"]),
        ("Buyer", "Angela Ruiz  x342"), ("Requisition", "RQ-77120 / RQ-77134")]
for k, v in info:
    pdf.set_x(140)
    pdf.set_font("DV", "", 7.8)
    pdf.set_fill_color(230, 240, 234)
    pdf.cell(24, 5, k, border=1, fill=True)
    pdf.set_font("DV", "B" if k == "PO Number" else "", 7.8)
    pdf.cell(0, 5, v, border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

y = pdf.get_y()
boxes = [("SUPPLIER", f"{d['vendor']}\n2215 Industrial Drive, Unit B\nHayward, CA 94545\nAttn: Order Entry - Luis Ochoa\n(510) 555-0187"),
         ("SHIP TO", "Redwood Valley Instruments, Inc.\nReceiving - Dock 3\n3370 Regional Parkway\nSanta Rosa, CA 95403\nHours: 7:00 AM - 3:30 PM Mon-Fri"),
         ("BILL TO", "Redwood Valley Instruments, Inc.\nAccounts Payable\nP.O. Box 11890\nSanta Rosa, CA 95406\nap@redwoodvalleyinst.com")]
bw = (pdf.w - 28 - 8) / 3
for i, (t, body) in enumerate(boxes):
    x = 14 + i * (bw + 4)
    pdf.set_xy(x, y)
    pdf.set_font("DV", "B", 7)
    pdf.set_text_color(*GREEN)
    pdf.cell(bw, 4, t)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x, y + 4)
    pdf.set_font("DV", "", 7.8)
    pdf.multi_cell(bw, 3.9, body, border=1)
pdf.set_y(y + 26)

terms = [("Payment Terms", "Net 45"), ("Incoterms", "FOB Destination"), ("Ship Via", "UPS Ground"),
         ("Delivery Date", "04/18/2025"), ("Currency", "USD"), ("Confirm by", "03/14/2025")]
cw = (pdf.w - 28) / len(terms)
pdf.set_font("DV", "B", 6.8)
pdf.set_fill_color(*GREEN)
pdf.set_text_color(255, 255, 255)
for k, _ in terms:
    pdf.cell(cw, 5, k, border=1, fill=True, align="C")
pdf.ln()
pdf.set_text_color(0, 0, 0)
pdf.set_font("DV", "", 7.8)
for _, v in terms:
    pdf.cell(cw, 5.5, v, border=1, align="C")
pdf.ln(8)

W = [11, 24, 62, 13, 11, 19, 24, 0]
W[-1] = pdf.w - 28 - sum(W[:-1])
H = ["Line", "Part No.", "Description", "Qty", "UOM", "Unit Price", "Extended", "Need Date"]


def head():
    pdf.set_font("DVC", "B", 7.4)
    pdf.set_fill_color(*GREEN)
    pdf.set_text_color(255, 255, 255)
    for w, t, a in zip(W, H, "LLLRCRRC"):
        pdf.cell(w, 5.5, t, fill=True, align=a)
    pdf.ln()
    pdf.set_text_color(0, 0, 0)


head()
for l in d["lines"]:
    if pdf.will_page_break(10):
        pdf.add_page()
        head()
    pdf.set_font("DVC", "", 7.8)
    pdf.cell(W[0], 4.6, str(l["line"]))
    pdf.cell(W[1], 4.6, l["pn"])
    pdf.cell(W[2], 4.6, l["desc"][:52])
    pdf.cell(W[3], 4.6, f"{l['qty']:,}", align="R")
    pdf.cell(W[4], 4.6, "EA" if l["rev"] != "-" else "LOT", align="C")
    pdf.cell(W[5], 4.6, fmt(l["price"]), align="R")
    pdf.cell(W[6], 4.6, fmt(l["ext"]), align="R")
    pdf.cell(W[7], 4.6, f"{l['need']:%m/%d/%Y}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DVC", "", 6.6)
    pdf.set_text_color(90, 90, 90)
    if l["rev"] != "-":
        note = f"Drawing {l['pn']} rev {l['rev']}  ·  Mfr part no. per drawing  ·  C of C and material certs required"
    else:
        note = "Documentation charge - submit with first shipment"
    pdf.cell(W[0], 3.6, "")
    pdf.cell(0, 3.6, note, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(215, 215, 215)
    pdf.set_line_width(0.2)
    pdf.line(14, pdf.get_y() + 0.4, pdf.w - 14, pdf.get_y() + 0.4)
    pdf.ln(0.8)

if pdf.will_page_break(62):
    pdf.add_page()
pdf.ln(3)
y = pdf.get_y()
pdf.set_font("DV", "", 7.0)
pdf.multi_cell(110, 3.4,
    "Special instructions:\n"
    "1. Quote PO number 4500218736 and line number on all packing slips, invoices and correspondence.\n"
    "2. Partial shipments allowed for lines with different need dates; do not ship more than 5 days early.\n"
    "3. First article inspection (AS9102) required for new revisions (lines 70, 80, 110, 120, 200, 210).\n"
    "4. Certificates of conformance and mill certs must accompany each lot. Material of Chinese origin is not acceptable.\n"
    "5. Send invoices to ap@redwoodvalleyinst.com; invoices without a valid PO number will be returned unpaid.\n"
    "6. Tax: manufacturing partial exemption claimed (CDTFA-230-M on file); no sales tax to be charged.",
    new_x="LMARGIN", new_y="NEXT")
y_end = pdf.get_y()
pdf.set_xy(130, y)
for k, v, b in [("Subtotal", fmt(d["subtotal"]), ""), ("Freight", "Included", ""), ("Sales tax", "Exempt", ""),
                ("TOTAL PO VALUE (USD)", "$" + fmt(d["total"]), "B")]:
    pdf.set_x(130)
    pdf.set_font("DV", b, 8.6 if b else 8)
    if b:
        pdf.set_fill_color(230, 240, 234)
    pdf.cell(44, 6, k, border="T" if b else 0, fill=bool(b))
    pdf.cell(0, 6, v, border="T" if b else 0, align="R", fill=bool(b), new_x="LMARGIN", new_y="NEXT")
pdf.set_y(max(pdf.get_y(), y_end) + 2)
pdf.set_font("DV", "", 7.8)
pdf.cell(90, 5, "Authorized by: Daniel K. Mercer, Purchasing Manager")
pdf.cell(0, 5, "Supplier acknowledgement (sign and return by 03/14/2025):", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.cell(90, 5, "Signature ______________________   Date 03/10/2025")
pdf.cell(0, 5, "Signature ______________________   Date ___________", new_x="LMARGIN", new_y="NEXT")

# ---- terms & conditions
pdf.tc = True
pdf.add_page()
clauses = [
    ("1. Acceptance.", "This Purchase Order (\"Order\") is an offer by Redwood Valley Instruments, Inc. (\"Buyer\") and becomes a binding contract on the earlier of Seller's written acknowledgement or commencement of performance. Any additional or different terms proposed by Seller are rejected unless expressly agreed in writing by Buyer's Purchasing Manager."),
    ("2. Delivery.", "Time is of the essence. Deliveries shall be made on the dates specified. If Seller anticipates a delay, it shall notify Buyer immediately in writing. Buyer may cancel any portion of the Order not delivered within 10 days after the scheduled date without liability, and Seller shall reimburse premium freight and any excess cost of cover. Shipments more than 5 days early may be returned at Seller's expense."),
    ("3. Prices and invoicing.", "Prices are firm for the duration of the Order. Invoices must reference the Order number and line number and shall not be issued before shipment. Payment terms run from the later of receipt of a correct invoice or receipt of conforming goods. Buyer may withhold payment of any disputed amount. Early payment discounts are computed from the date a correct invoice is received."),
    ("4. Inspection and acceptance.", "All goods are subject to inspection and test by Buyer at destination within a reasonable time, not less than 30 days after receipt. Payment does not constitute acceptance. Nonconforming goods may be rejected and returned at Seller's risk and expense, including transportation both ways, or reworked by Buyer at Seller's cost."),
    ("5. Quality.", "Seller shall maintain a quality system compliant with ISO 9001:2015 or AS9100D and shall flow down applicable requirements to sub-tier suppliers. Seller shall not change materials, processes, sub-tier sources or manufacturing location for any part without Buyer's prior written approval. Records shall be retained for 10 years after final payment."),
    ("6. Warranty.", "Seller warrants for 24 months from acceptance that goods conform to drawings and specifications, are free from defects in material and workmanship, and are free of liens. Warranties survive inspection, acceptance and payment."),
    ("7. Changes.", "Buyer may change drawings, quantities, delivery schedules or place of delivery. If a change causes an increase or decrease in cost or time, an equitable adjustment shall be made, provided Seller asserts its claim in writing within 20 days of the change notice."),
    ("8. Termination.", "Buyer may terminate this Order for convenience in whole or in part by written notice. Seller shall be paid the contract price of completed conforming items and reasonable documented costs of work in process, not to exceed the Order price. Buyer may terminate for default if Seller fails to perform and does not cure within 10 days of notice."),
    ("9. Indemnity and insurance.", "Seller shall indemnify and hold Buyer harmless from claims arising from defective goods, infringement of intellectual property, or Seller's negligence. Seller shall maintain commercial general liability insurance of at least $2,000,000 per occurrence and product liability insurance of at least $5,000,000 aggregate, naming Buyer as additional insured."),
    ("10. Tooling and Buyer property.", "Tooling, fixtures, gauges and data furnished or paid for by Buyer remain Buyer's property, shall be marked as such, insured by Seller at replacement cost and returned on request. Gauges purchased under this Order (e.g. line 300) become Buyer property upon payment."),
    ("11. Compliance.", "Seller shall comply with all applicable laws, including export control (EAR/ITAR), conflict minerals reporting, RoHS and REACH, California Proposition 65, and the Fair Labor Standards Act. Seller certifies that goods are not produced with forced labor."),
    ("12. Confidentiality.", "Drawings, specifications and other information furnished by Buyer are confidential, shall be used only to perform this Order, and shall be returned or destroyed on completion. This obligation survives for 5 years after final delivery."),
    ("13. Liability cap.", "In no event shall Buyer be liable for anticipated profits or incidental or consequential damages. Buyer's liability on any claim shall not exceed the price of the goods giving rise to the claim."),
    ("14. Governing law.", "This Order is governed by the laws of the State of California, excluding its conflict-of-law rules and the U.N. Convention on Contracts for the International Sale of Goods. Venue for any action shall be Sonoma County, California."),
    ("15. Entire agreement.", "This Order, including referenced drawings, specifications and quality clauses (RVI-QP-012 rev. J), constitutes the entire agreement and supersedes prior proposals. Form RVI-PUR-003 rev. F, effective 01/15/2024."),
]
pdf.set_font("DV", "", 6.9)
with pdf.text_columns(ncols=2, gutter=6, text_align="J", line_height=1.15) as cols:
    for title, body in clauses:
        p = cols.paragraph(bottom_margin=1.5)
        pdf.set_font("DV", "B", 6.9)
        p.write(title + " ")
        pdf.set_font("DV", "", 6.9)
        p.write(body)
        cols.end_paragraph()

pdf.output(f"{OUT}/s23_purchase_order_us.pdf")
