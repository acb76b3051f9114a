"""s26_18: UK marketplace seller VAT invoice (fpdf2)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s26_fpdf_common import new_pdf
pdf = new_pdf("A4", "libsans", margin=14)
pdf.set_title("VAT Invoice KCH-INV-2025-11842")
pdf.add_page()
W = pdf.epw
pdf.set_font("libsans", "B", 17); pdf.cell(W / 2, 9, "VAT Invoice")
pdf.set_font("libsans", "", 8.5)
pdf.multi_cell(W / 2, 4.2, "Page 1 of 1\nThis invoice was issued by the seller via Shopfront Marketplace\n"
               "on behalf of Kettle & Crumb Homewares Ltd", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
def block(x, y, w, title, lines, bold_first=False):
    pdf.set_xy(x, y); pdf.set_font("libsans", "B", 9); pdf.cell(w, 5.5, title, new_x="LEFT", new_y="NEXT")
    for k, l in enumerate(lines):
        pdf.set_x(x); pdf.set_font("libsans", "B" if (bold_first and k == 0) else "", 9); pdf.cell(w, 4.6, l, new_x="LEFT", new_y="NEXT")
    return pdf.get_y()
y = pdf.get_y()
c = W / 3
y1 = block(pdf.l_margin, y, c - 4, "Sold by", ["Kettle & Crumb Homewares Ltd", "Unit 6, Riverside Works", "Hebden Bridge HX7 8AD", "United Kingdom",
                                              "VAT Reg No. GB 402 8817 36"], True)
y2 = block(pdf.l_margin + c, y, c - 4, "Invoice details", ["Invoice number: KCH-INV-2025-11842", "Invoice date: 09/03/2025",
                                                         "Tax point / delivery: 09/03/2025", "Order number: 204-7718305-4427013", "Order date: 07/03/2025"])
y3 = block(pdf.l_margin + 2 * c, y, c, "Billing address", ["Sophie Marsh", "Flat 3, 27 Albert Road", "Southsea", "Portsmouth PO5 2SE", "United Kingdom"])
pdf.set_y(max(y1, y2, y3) + 4)
block(pdf.l_margin + 2 * c, pdf.get_y(), c, "Delivery address", ["Sophie Marsh", "Flat 3, 27 Albert Road", "Southsea", "Portsmouth PO5 2SE"])
pdf.set_y(pdf.get_y() + 6)
pdf.set_font("libsans", "B", 9)
pdf.set_fill_color(240, 240, 240)
cols = [74, 12, 26, 16, 26, 0]; cols[-1] = W - sum(cols[:-1])
heads = ["Description", "Qty", "Unit price\n(excl. VAT)", "VAT rate", "Unit price\n(incl. VAT)", "Item subtotal\n(incl. VAT)"]
y = pdf.get_y()
x = pdf.l_margin
for cw, h in zip(cols, heads):
    pdf.set_xy(x, y); pdf.multi_cell(cw, 4.5, h, border="TB", align="L" if h == "Description" else "R", fill=True, max_line_height=4.5, new_x="RIGHT", new_y="TOP"); x += cw
pdf.set_y(y + 9.5)
pdf.set_font("libsans", "", 9)
rows = [("Enamel stovetop kettle 2.2L, sage green\nref: KC-KET-22-SG", "1", "£35.00", "20%", "£42.00", "£42.00"),
        ("Stoneware mug set of 4, speckled oat\nref: KC-MUG-4-OAT", "1", "£23.75", "20%", "£28.50", "£28.50"),
        ("Linen tea towels, pack of 3, natural stripe\nref: KC-TT3-NAT", "2", "£10.00", "20%", "£12.00", "£24.00"),
        ("Postage & packing (Royal Mail Tracked 48)", "", "£3.00", "20%", "£3.60", "£3.60")]
for r in rows:
    y = pdf.get_y(); x = pdf.l_margin
    for cw, t, al in zip(cols, r, "LRRRRR"):
        pdf.set_xy(x, y); pdf.multi_cell(cw, 4.6, t, align=al, new_x="RIGHT", new_y="TOP"); x += cw
    pdf.set_y(y + 10.5); pdf.set_draw_color(215, 215, 215); pdf.line(pdf.l_margin, pdf.get_y() - 0.8, pdf.l_margin + W, pdf.get_y() - 0.8)
pdf.ln(4)
def tl(l, v, b=False):
    pdf.set_x(pdf.l_margin + W - 90)
    pdf.set_font("libsans", "B" if b else "", 10.5 if b else 9.5)
    pdf.cell(60, 6, l, align="R"); pdf.cell(30, 6, v, align="R", new_x="LMARGIN", new_y="NEXT")
tl("Total (excl. VAT)", "£81.75")
tl("VAT 20%", "£16.35")
tl("Invoice total (incl. VAT)", "£98.10", True)
pdf.ln(4)
pdf.set_font("libsans", "B", 9); pdf.cell(W, 5.5, "VAT summary", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("libsans", "", 9)
for a, b_, c_, d_ in (("VAT rate", "Net", "VAT", "Gross"), ("20%", "£81.75", "£16.35", "£98.10")):
    pdf.cell(30, 5.5, a, border="B"); pdf.cell(30, 5.5, b_, border="B", align="R"); pdf.cell(30, 5.5, c_, border="B", align="R"); pdf.cell(30, 5.5, d_, border="B", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("libsans", "", 8.5)
pdf.multi_cell(W, 4.4, "Payment received 07/03/2025 by Visa Debit ending 0614 - £98.10. Amount outstanding: £0.00.\n"
               "Returns: you may return unused items within 30 days of delivery (by 08/04/2025) for a refund of the item price. "
               "Any refund will be issued as a credit note against this invoice.\n"
               "Kettle & Crumb Homewares Ltd, registered in England and Wales, company no. 12944018. Registered office: "
               "Unit 6, Riverside Works, Hebden Bridge HX7 8AD. Questions about your order? hello@kettleandcrumb.co.uk", align="L")
pdf.output(sys.argv[1])
