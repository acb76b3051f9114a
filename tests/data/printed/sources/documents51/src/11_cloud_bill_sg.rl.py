"""Cloud provider's monthly tax invoice (Singapore): page 1 with account and billing period, charges by service,
promotional credit, subtotal before GST, GST 9 %, total in USD and the GST / total converted to SGD for IRAS;
page 2 with usage lines per service (quantity, unit, rate). Auto-charge to card.
Singapore (ReportLab platypus). Usage: python3 11_cloud_bill_sg.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSN", F + "LiberationSansNarrow-Regular.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB")
TEAL = colors.HexColor("#00707a")
PALE = colors.HexColor("#e6f2f3")
GREY = colors.HexColor("#5f6b6d")
ST = ParagraphStyle("n", fontName="LS", fontSize=8.4, leading=11)
SS = ParagraphStyle("s", parent=ST, fontSize=7.2, leading=9.4, textColor=GREY)
SH = ParagraphStyle("h", parent=ST, fontName="LSB", fontSize=16, leading=19, alignment=TA_RIGHT)
SR = ParagraphStyle("r", parent=ST, alignment=TA_RIGHT)
C = D("0.01")


def q(x):
    return x.quantize(C, ROUND_HALF_UP)


def m(x):
    return f"{x:,.2f}" if x >= 0 else f"-{-x:,.2f}"


# service, description, quantity, unit, rate (USD)
USAGE = [
    ("Compute", "s2.large VM (2 vCPU, 8 GiB), sgp-1, 2 instances", "1488", "hrs", "0.0960"),
    ("Compute", "s2.xlarge VM (4 vCPU, 16 GiB), sgp-1, from 16 Oct", "372", "hrs", "0.1920"),
    ("Compute", "Snapshot storage", "220", "GB-mo", "0.0500"),
    ("Block Storage", "SSD volumes", "800", "GB-mo", "0.1000"),
    ("Block Storage", "Provisioned IOPS above baseline", "3000", "IOPS-mo", "0.0050"),
    ("Object Storage", "Standard storage, bucket kopi-assets", "1245.6", "GB-mo", "0.0230"),
    ("Object Storage", "PUT / COPY / LIST requests (per 1,000)", "412", "k req", "0.0050"),
    ("Object Storage", "GET requests (per 1,000)", "3870", "k req", "0.0004"),
    ("Managed Database", "PostgreSQL db.m2.medium, single zone", "744", "hrs", "0.1650"),
    ("Managed Database", "Database storage", "200", "GB-mo", "0.1150"),
    ("Managed Database", "Backup storage above free allowance", "85", "GB-mo", "0.0950"),
    ("Networking", "Application load balancer", "744", "hrs", "0.0225"),
    ("Networking", "Load balancer capacity units", "1120.5", "LCU-hrs", "0.0080"),
    ("Networking", "Data transfer out to internet (after 100 GB free)", "1730", "GB", "0.0900"),
    ("Networking", "Static public IPv4 addresses (2 x 744 hrs)", "1488", "IP-hrs", "0.0050"),
    ("DNS", "Hosted zones", "3", "zones", "0.5000"),
    ("DNS", "Standard queries (per million)", "12.4", "M", "0.4000"),
    ("Support", "Developer support plan, October 2025", "1", "month", "29.0000"),
]
lines = [(s, d, D(qty), u, D(r), q(D(qty) * D(r))) for s, d, qty, u, r in USAGE]
services = []
for s, *_ in lines:
    if s not in services:
        services.append(s)
by_service = {s: sum(x[5] for x in lines if x[0] == s) for s in services}
usage = sum(by_service.values())
CREDIT = D("-100.00")
subtotal = usage + CREDIT
gst = q(subtotal * D("0.09"))
total = subtotal + gst
FX = D("1.2962")
assert (usage, subtotal, gst, total) == (D("730.67"), D("630.67"), D("56.76"), D("687.43")), (usage, subtotal, gst, total)
gst_sgd, total_sgd = q(gst * FX), q(total * FX)

INV = "MC-SG-2511-004182"


def footer(c, doc):
    c.saveState()
    c.setFont("LS", 6.8)
    c.setFillColor(GREY)
    c.drawString(16 * mm, 10 * mm, "Merlion Cloud Pte. Ltd. · 10 Collyer Quay, #21-04 Ocean Financial Centre, Singapore 049315 · "
                 "UEN / GST Reg. No. 201814732W")
    c.drawRightString(A4[0] - 16 * mm, 10 * mm, f"{INV} · Page {doc.page} of 2")
    c.restoreState()


doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm,
                        bottomMargin=18 * mm, title=f"Tax Invoice {INV}", author="Merlion Cloud Pte. Ltd.",
                        initialFontName="LS", initialFontSize=8.4)
story = []
head = Table([[Paragraph("<font color='#00707a' size='19'><b>merlion</b></font><font size='19' color='#5f6b6d'>cloud</font>", ST),
               Paragraph("TAX INVOICE", SH)],
              [Paragraph("Merlion Cloud Pte. Ltd.<br/>10 Collyer Quay, #21-04 Ocean Financial Centre<br/>Singapore 049315<br/>"
                         "UEN / GST Reg. No. 201814732W", SS),
               Paragraph(f"Invoice no. <b>{INV}</b><br/>Invoice date <b>3 Nov 2025</b><br/>Billing period 1 Oct 2025 – 31 Oct 2025<br/>"
                         "Billing account 5528-1047-3391", SR)]],
             colWidths=[95 * mm, 83 * mm])
head.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, 0), 8)]))
story += [head, Spacer(1, 10)]

bill = Table([[Paragraph("<font color='#00707a'><b>BILL TO</b></font><br/><b>Kopi Labs Pte. Ltd.</b><br/>"
                         "71 Ayer Rajah Crescent, #03-18<br/>Singapore 139951<br/>UEN 202209182C<br/>Attn: Finance, Wei Ling Tan", ST),
               Paragraph("<font color='#00707a'><b>PAYMENT</b></font><br/>Payment terms: auto-charge on invoice date<br/>"
                         "Payment method: Visa ending 4417<br/>Charge date: 5 Nov 2025<br/>"
                         "Currency: USD", ST)]],
             colWidths=[89 * mm, 89 * mm])
bill.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8), ("BOX", (0, 0), (0, 0), 0.6, TEAL), ("BOX", (1, 0), (1, 0), 0.6, TEAL),
                          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 5), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
story += [bill, Spacer(1, 12)]

story.append(Paragraph("<b>Summary of charges</b> (usage details on page 2)", ST))
story.append(Spacer(1, 4))
data = [["Service", "Amount (USD)"]] + [[s, m(by_service[s])] for s in services]
data += [["Usage charges", m(usage)], ["Promotional credit SG-STARTUP-2025 (remaining balance USD 0.00)", m(CREDIT)],
         ["Subtotal before GST", m(subtotal)], ["GST 9%", m(gst)], ["Total (USD)", m(total)]]
n = len(services)
t = Table(data, colWidths=[138 * mm, 40 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.6), ("FONT", (0, 0), (-1, 0), "LSB", 8),
                       ("BACKGROUND", (0, 0), (-1, 0), PALE), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                       ("LINEBELOW", (0, 0), (-1, n), 0.3, colors.HexColor("#c5dadd")),
                       ("LINEABOVE", (0, n + 1), (-1, n + 1), 0.8, TEAL),
                       ("FONT", (0, n + 3), (-1, n + 3), "LSB", 8.6),
                       ("LINEABOVE", (0, -1), (-1, -1), 1.2, TEAL), ("FONT", (0, -1), (-1, -1), "LSB", 11),
                       ("BACKGROUND", (0, -1), (-1, -1), PALE),
                       ("TOPPADDING", (0, 0), (-1, -1), 2.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6)]))
story += [t, Spacer(1, 10)]

fx = Table([["For GST reporting in Singapore dollars (IRAS), rate USD 1 = SGD 1.2962 (MAS, 31 Oct 2025)", ""],
            ["GST 9% in SGD", f"SGD {m(gst_sgd)}"], ["Total in SGD", f"SGD {m(total_sgd)}"]],
           colWidths=[138 * mm, 40 * mm])
fx.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 7.6), ("TEXTCOLOR", (0, 0), (-1, -1), GREY),
                        ("SPAN", (0, 0), (1, 0)), ("ALIGN", (1, 1), (1, -1), "RIGHT"),
                        ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#c5dadd")),
                        ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6)]))
story += [fx, Spacer(1, 10)]
story.append(Paragraph("The total will be charged to Visa ending 4417 on 5 Nov 2025. If the charge fails, payment is due "
                       "within 14 days by bank transfer to DBS Bank Ltd, account 072-418273-6, quoting the invoice number. "
                       "Prices exclude GST. Merlion Cloud services are supplied from Singapore; GST is charged at the "
                       "standard rate of 9%.", SS))
story.append(PageBreak())

story.append(Paragraph(f"<b>Usage details</b> · invoice {INV} · billing account 5528-1047-3391 · 1 Oct 2025 – 31 Oct 2025", ST))
story.append(Spacer(1, 6))
data = [["Service", "Description", "Quantity", "Unit", "Rate (USD)", "Amount (USD)"]]
spans = []
for s in services:
    for x in lines:
        if x[0] != s:
            continue
        data.append([s if x is next(y for y in lines if y[0] == s) else "", Paragraph(x[1], SS),
                     f"{x[2]:,}", x[3], f"{x[4]:.4f}", m(x[5])])
    data.append(["", Paragraph(f"<b>{s} total</b>", ST), "", "", "", m(by_service[s])])
    spans.append(len(data) - 1)
t = Table(data, colWidths=[28 * mm, 74 * mm, 20 * mm, 16 * mm, 18 * mm, 22 * mm], repeatRows=1)
st = [("FONT", (0, 0), (-1, -1), "LSN", 8), ("FONT", (0, 0), (-1, 0), "LSB", 7.6),
      ("BACKGROUND", (0, 0), (-1, 0), PALE), ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("ALIGN", (4, 0), (-1, -1), "RIGHT"),
      ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
for r in spans:
    st += [("LINEBELOW", (0, r), (-1, r), 0.6, TEAL), ("FONT", (5, r), (5, r), "LSB", 8)]
t.setStyle(TableStyle(st))
story += [t, Spacer(1, 8)]
story.append(Paragraph("Quantities are metered per second and rounded to the units shown; amounts are rounded per line. "
                       "Usage in regions other than sgp-1: none this period.", SS))
doc.build(story, onFirstPage=footer, onLaterPages=footer)
