import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fodtlib import Doc
from items import SAGE, sage, r2, D
def m(x): return f"{D(x):,.2f}"
d = Doc(font="Liberation Sans", size="8.5pt", margins=("1.2cm","1.5cm","1.0cm","1.5cm"), title="Invoice SI-20417")
d.ps("Co", size="15pt", bold=True, color="#00733b")
d.ps("Small", size="7.5pt", color="#444444")
d.ps("Right", align="end")
d.ps("RightB", align="end", bold=True)
d.ps("Title", size="18pt", bold=True, color="#00733b", before="0.5cm", after="0.3cm")
d.ps("Hd", size="7.5pt", bold=True, color="#ffffff")
d.ps("HdR", size="7.5pt", bold=True, color="#ffffff", align="end")
d.ps("B", bold=True)
d.ps("Gap", before="0.3cm")
d.ps("Foot", size="7pt", color="#444444", align="center")
d.ps("Lbl", size="7.5pt", color="#555555")
d.cs("Head", bg="#00733b")
d.cs("Line", bb="0.5pt solid #bbbbbb")
d.cs("TotL", bt="0.5pt solid #000000")
d.cs("Grand", bg="#e4f2ea", bt="1pt solid #00733b", bb="1pt solid #00733b")
d.cs("Box", border="0.5pt solid #999999", pad="0.15cm")
d.footer = (d.para("Hollins &amp; Marsh Engineering Supplies Ltd · Registered in England and Wales No. 04417826 · Registered office: 61 Attercliffe Road, Sheffield, S4 7WW", "Foot", raw=True)
 + d.para("Bank: NatWest · Account name: Hollins &amp; Marsh Eng Supplies Ltd · Sort code 60-73-01 · Account no. 41286537 · IBAN GB09 NWBK 6073 0141 2865 37 · BIC NWBKGB2L", "Foot", raw=True)
 + d.para('VAT Registration No. GB 719 3344 30 · Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>2</text:page-count>', "Foot", raw=True))
d.table([9.0, 9.0], [[
 {"t": ["Hollins & Marsh", d.para("ENGINEERING SUPPLIES", "Small")], "ps": "Co"},
 {"t": ["Hollins & Marsh Engineering Supplies Ltd", "61 Attercliffe Road", "Sheffield", "S4 7WW", "Tel 0114 276 5510", "sales@hollinsmarsh.co.uk"], "ps": "Right"}]])
d.p("INVOICE", "Title")
d.table([8.0, 2.0, 4.0, 4.0], [[
 {"t": ["Dunmore Fabrication Ltd", "Accounts Payable", "Unit 12, Tinsley Industrial Park", "Shepcote Lane", "Sheffield", "S9 1TH"]},
 "",
 {"t": ["Invoice No.", "Invoice Date", "Due Date", "Customer Order No.", "Account Ref.", "Delivery Note"], "ps": "Lbl"},
 {"t": ["SI-20417", "18/03/2025", "17/04/2025", "DF-PO-5523", "DUN001", "DN-88142"]}]])
d.p("", "Gap")
rows = [[{"t": "Product", "cs": "Head", "ps": "Hd"}, {"t": "Description", "cs": "Head", "ps": "Hd"}, {"t": "Qty", "cs": "Head", "ps": "HdR"},
         {"t": "Price", "cs": "Head", "ps": "HdR"}, {"t": "Disc %", "cs": "Head", "ps": "HdR"}, {"t": "VAT %", "cs": "Head", "ps": "HdR"}, {"t": "Net GBP", "cs": "Head", "ps": "HdR"}]]
for c, desc, q, p, disc, v in SAGE:
    n = r2(D(q) * D(p) * (1 - D(disc) / 100))
    rows.append([{"t": c, "cs": "Line"}, {"t": desc, "cs": "Line"}, {"t": f"{q:.2f}", "cs": "Line", "ps": "Right"}, {"t": m(p), "cs": "Line", "ps": "Right"},
                 {"t": f"{disc:.2f}" if disc else "", "cs": "Line", "ps": "Right"}, {"t": f"{v:.2f}", "cs": "Line", "ps": "Right"}, {"t": m(n), "cs": "Line", "ps": "Right"}])
d.table([2.6, 7.3, 1.3, 1.8, 1.4, 1.4, 2.2], rows, header_rows=1)
net, vat, tv, tot = sage()
d.p("", "Gap")
d.table([9.0, 1.0, 5.0, 3.0], [
 [{"t": [d.para("VAT Analysis", "B"), "20.00%   Net " + m(vat[20][0]) + "   VAT " + m(vat[20][1]), "0.00%   Net " + m(vat[0][0]) + "   VAT " + m(vat[0][1])], "cs": "Box"}, "",
  {"t": ["Total Net", "Total VAT"]}, {"t": [m(net), m(tv)], "ps": "Right"}],
 ["", "", {"t": "Total GBP", "cs": "Grand", "ps": "B"}, {"t": m(tot), "cs": "Grand", "ps": "RightB"}]], nobreak=True)
d.p("", "Gap")
d.p("Payment terms: 30 days from date of invoice. Please quote invoice number SI-20417 on your remittance. Goods remain the property of Hollins & Marsh Engineering Supplies Ltd until paid in full. Shortages or damage must be reported within 48 hours of delivery.", "Small")
d.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "s24_sage_invoice.fodt"))
print(net, tv, tot)
