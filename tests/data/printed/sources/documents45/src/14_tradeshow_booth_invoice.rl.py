"""US trade-show exhibitor invoice with deposit already paid (English) - ReportLab platypus, 2 pages (totals on page 2)."""
import sys
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak

out = sys.argv[1]
NAVY = colors.HexColor("#1f3a5f")
st = ParagraphStyle("n", fontName="Helvetica", fontSize=9, leading=11.5)
sm = ParagraphStyle("s", parent=st, fontSize=7.8, leading=10)
b = ParagraphStyle("b", parent=st, fontName="Helvetica-Bold")
big = ParagraphStyle("big", parent=st, fontName="Helvetica-Bold", fontSize=16, leading=20, textColor=NAVY)


def on_page(c, doc):
    c.saveState()
    c.setFont("Helvetica-Bold", 11)
    c.setFillColor(NAVY)
    c.drawString(0.75 * inch, 10.45 * inch, "LAKEFRONT EXPOSITIONS LLC")
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.black)
    c.drawString(0.75 * inch, 10.3 * inch, "Midwest Packaging & Automation Expo 2025 · McCormick Place North, Chicago, IL")
    c.drawRightString(7.75 * inch, 10.45 * inch, "Invoice 24-EXH-01837")
    c.drawRightString(7.75 * inch, 10.3 * inch, "Exhibitor: Tri-State Conveyor Systems, Inc.")
    c.setStrokeColor(NAVY)
    c.setLineWidth(1.2)
    c.line(0.75 * inch, 10.2 * inch, 7.75 * inch, 10.2 * inch)
    c.setFont("Helvetica", 7.5)
    c.drawCentredString(4.25 * inch, 0.5 * inch, "Page %d of 2 · Lakefront Expositions LLC · 233 S. Wacker Dr., Suite 4100, Chicago, IL 60606 · (312) 555-0196" % doc.page)
    c.restoreState()


doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=0.75 * inch, rightMargin=0.75 * inch, topMargin=1.0 * inch,
                        bottomMargin=0.8 * inch, title="Exhibitor Invoice 24-EXH-01837", author="Lakefront Expositions LLC", invariant=1)
s = []
s.append(Paragraph("EXHIBITOR INVOICE", big))
s.append(Spacer(1, 8))
bill = Paragraph("<b>Bill to</b><br/>Tri-State Conveyor Systems, Inc.<br/>Attn: Marketing Department – Rachel Dunn<br/>"
                 "4800 Industrial Parkway<br/>Fort Wayne, IN 46825", st)
meta = Table([["Invoice no.", "24-EXH-01837"], ["Invoice date", "06/20/2025"], ["Due date", "08/01/2025"],
              ["Customer no.", "EXH-20417"], ["Booth", "1427 (corner)"], ["Show dates", "09/16/2025 – 09/18/2025"]],
             colWidths=[1.1 * inch, 1.7 * inch])
meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.8), ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 8.8),
                          ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8eef5"))]))
top = Table([[bill, meta]], colWidths=[4.1 * inch, 2.9 * inch])
top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
s += [top, Spacer(1, 14)]
s.append(Paragraph("Thank you for exhibiting at the Midwest Packaging &amp; Automation Expo 2025. This invoice covers your booth "
                   "space and the exhibitor services ordered through the online Exhibitor Service Center as of 06/18/2025. "
                   "Orders placed after this date will be invoiced separately by the official service contractor.", st))
s.append(Spacer(1, 10))

P = lambda t: Paragraph(t, st)
rows = [["Item", "Description", "Qty", "Unit price", "Amount"],
        ["SPC-200", P("Booth space, booth 1427, 10 ft × 20 ft (200 sq ft), Hall B, aisle 1400 – rate per sq ft"), "200", "$42.50", "$8,500.00"],
        ["SPC-CRN", P("Corner booth premium (two open sides)"), "1", "$450.00", "$450.00"],
        ["ELE-20A", P("Electrical service, 20 amp / 120 V, delivered to rear of booth, show hours"), "1", "$318.00", "$318.00"],
        ["CPT-PKG", P("Carpet package 10 × 20, charcoal, incl. padding and nightly vacuuming (rental, taxable)"), "1", "$285.00", "$285.00"],
        ["BDG-ADD", P("Additional exhibitor badges (4 included with booth)"), "4", "$55.00", "$220.00"],
        ["LRD-APP", P("Lead retrieval device rental with app licence (rental, taxable)"), "1", "$395.00", "$395.00"],
        ["NET-WIR", P("Dedicated wired internet, 10 Mbps, one IP address"), "1", "$250.00", "$250.00"]]
t = Table(rows, colWidths=[0.8 * inch, 3.7 * inch, 0.5 * inch, 0.9 * inch, 1.1 * inch], repeatRows=1)
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.8), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.8),
                       ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                       ("ALIGN", (2, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey), ("TOPPADDING", (0, 0), (-1, -1), 5),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
s += [t, Spacer(1, 12)]
s.append(Paragraph("<b>Booth staff registered</b>", st))
staff = Table([["Rachel Dunn", "Marketing Manager", "badge 1427-01"], ["Kevin Osei", "Sales Engineer", "badge 1427-02"],
               ["Laura Whitfield", "Regional Sales", "badge 1427-03"], ["Dan Kaminski", "Service Technician", "badge 1427-04"],
               ["Amy Tran", "Inside Sales", "badge 1427-05"], ["Marcus Bell", "Product Manager", "badge 1427-06"],
               ["Sofia Reyes", "Applications Engineer", "badge 1427-07"], ["Greg Holloway", "VP Sales", "badge 1427-08"]],
              colWidths=[1.6 * inch, 1.8 * inch, 1.4 * inch])
staff.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("LINEBELOW", (0, 0), (-1, -1), 0.2, colors.lightgrey)]))
s += [staff, Spacer(1, 10)]
s.append(Paragraph("Move-in: 09/14/2025 8:00 a.m. – 09/15/2025 5:00 p.m. (targeted move-in by booth number). Move-out begins "
                   "09/18/2025 at 4:00 p.m. Booth 1427 is a corner booth; the maximum height of displays is 8 ft in the back "
                   "half and 4 ft in the front half of the booth.", sm))
s.append(PageBreak())

s.append(Paragraph("Invoice summary", ParagraphStyle("h", parent=big, fontSize=13)))
s.append(Spacer(1, 8))
summ = Table([["Subtotal – booth space and services", "$10,418.00"],
              ["Illinois / Chicago sales tax 10.25% on taxable rentals ($680.00)", "$69.70"],
              ["Invoice total", "$10,487.70"],
              ["Less deposit received 03/14/2025 (50% of booth space, check no. 20884)", "-$4,250.00"],
              ["Balance due by 08/01/2025", "$6,237.70"]], colWidths=[5.0 * inch, 1.5 * inch])
summ.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                          ("FONT", (0, 2), (-1, 2), "Helvetica-Bold", 9.5), ("LINEABOVE", (0, 2), (-1, 2), 0.8, colors.black),
                          ("FONT", (0, 4), (-1, 4), "Helvetica-Bold", 11), ("BACKGROUND", (0, 4), (-1, 4), colors.HexColor("#e8eef5")),
                          ("BOX", (0, 4), (-1, 4), 1.2, NAVY), ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
s += [summ, Spacer(1, 16)]
s.append(Paragraph("<b>Remit payment</b>", st))
s.append(Paragraph("ACH / wire: Lakefront Expositions LLC, Great Lakes Commerce Bank, ABA routing 091872548, account 3320418867. "
                   "Check: payable to Lakefront Expositions LLC, Dept. 4471, P.O. Box 87618, Chicago, IL 60680. "
                   "Please reference invoice 24-EXH-01837 and booth 1427 with your payment. Credit card payments "
                   "are accepted in the Exhibitor Service Center (3% convenience fee).", st))
s.append(Spacer(1, 12))
s.append(Paragraph("<b>Terms</b>", st))
for txt in ["Booth space is assigned subject to payment in full by the due date. If the balance is not received by 08/01/2025, "
            "Show Management may reassign booth 1427 and retain the deposit as liquidated damages.",
            "Cancellation: written notice received before 05/31/2025 – 50% of booth space rental is forfeited; after 05/31/2025 – "
            "100% of booth space rental is due. Exhibitor services are non-refundable once installed.",
            "Booth space and labor are not subject to Illinois sales tax; carpet and lead retrieval device rentals are taxable "
            "at the combined Chicago rate of 10.25%. Federal EIN 36-4418273.",
            "Questions regarding this invoice: exhibitorfinance@lakefrontexpo.example, (312) 555-0196 ext. 4."]:
    s.append(Paragraph("• " + txt, sm))
    s.append(Spacer(1, 4))
doc.build(s, onFirstPage=on_page, onLaterPages=on_page)
