#!/usr/bin/env python3
"""Tradepost - Form 1099-K style annual summary of payment card and third-party network transactions
(ReportLab platypus, US Letter, 2 pages)."""
import sys
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle,
                                Spacer, PageBreak, KeepTogether)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
GROSS = [3101.23, 2622.56, 3170.63, 3782.44, 3472.58, 3328.31, 3171.49, 3418.67, 3495.46, 4289.48, 5853.08, 8500.24]
TXNS = [76, 64, 78, 93, 85, 82, 78, 84, 86, 105, 144, 209]
CNP = [2887.66, 2539.39, 2970.59, 3640.73, 3299.97, 3206.59, 2972.69, 3223.32, 3262.97, 4122.83, 5568.38, 8184.90]
REFUNDS = [48.85, 32.59, 50.74, 101.38, 80.32, 103.60, 38.97, 120.28, 137.94, 138.08, 189.02, 301.69]
FEES = [222.13, 187.78, 227.18, 271.00, 248.70, 238.50, 227.23, 244.92, 250.45, 307.21, 419.38, 609.02]
NET = [round(g - r - f, 2) for g, r, f in zip(GROSS, REFUNDS, FEES)]

TOTAL_GROSS = round(sum(GROSS), 2)
TOTAL_CNP = round(sum(CNP), 2)
assert TOTAL_GROSS == 48206.17 and TOTAL_CNP == 45880.02 and sum(TXNS) == 1184

NAVY = colors.HexColor("#12355b")
st = {
    "n": ParagraphStyle("n", fontName="Helvetica", fontSize=8.5, leading=10.5),
    "s": ParagraphStyle("s", fontName="Helvetica", fontSize=7, leading=8.6, textColor=colors.HexColor("#444444")),
    "lab": ParagraphStyle("lab", fontName="Helvetica", fontSize=6.6, leading=7.8, textColor=colors.HexColor("#333333")),
    "val": ParagraphStyle("val", fontName="Helvetica-Bold", fontSize=10, leading=12),
    "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=NAVY, spaceBefore=10, spaceAfter=5),
    "brand": ParagraphStyle("b", fontName="Helvetica-Bold", fontSize=20, leading=22, textColor=NAVY),
    "t": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13, leading=16, alignment=2),
    "tr": ParagraphStyle("tr", fontName="Helvetica", fontSize=8.5, leading=11, alignment=2),
}


def money(x):
    return f"{x:,.2f}"


def on_page(c, doc):
    c.saveState()
    w, h = letter
    c.setFont("Helvetica", 7)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(0.75 * inch, h - 0.5 * inch, "Tradepost Payments, Inc. · Form 1099-K annual summary · Tax year 2024")
    c.drawRightString(w - 0.75 * inch, h - 0.5 * inch, "Account TP-7720-4418-91")
    c.line(0.75 * inch, 0.62 * inch, w - 0.75 * inch, 0.62 * inch)
    c.drawString(0.75 * inch, 0.47 * inch, "Tradepost Payments, Inc. · 1 Market Plaza, Suite 3600, San Francisco, CA 94105 · "
                 "This is important tax information and is being furnished to the IRS.")
    c.drawRightString(w - 0.75 * inch, 0.47 * inch, f"Page {doc.page} of 2")
    c.restoreState()


def box(label, value):
    return [Paragraph(label, st["lab"]), Paragraph(value, st["val"])]


def build(path):
    doc = BaseDocTemplate(path, pagesize=letter, leftMargin=0.75 * inch, rightMargin=0.75 * inch,
                          topMargin=0.75 * inch, bottomMargin=0.8 * inch,
                          title="Form 1099-K annual summary 2024", author="Tradepost Payments, Inc.")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)],
                                       onPage=on_page)])
    s = []
    head = Table([[Paragraph("tradepost", st["brand"]), Paragraph("Form 1099-K Annual Summary", st["t"])],
                  [Paragraph("Seller payments", st["s"]), Paragraph("Payment Card and Third Party Network Transactions · Tax year 2024", st["tr"])]],
                 colWidths=[2.8 * inch, 4.2 * inch])
    head.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    s += [head, Spacer(1, 10)]

    # form-like grid: labels above values
    filer = [Paragraph("FILER'S name, street address, city, state, ZIP code, and telephone no.", st["lab"]),
             Paragraph("<b>Tradepost Payments, Inc.</b><br/>1 Market Plaza, Suite 3600<br/>San Francisco, CA 94105<br/>(415) 555-0142", st["n"])]
    payee = [Paragraph("PAYEE'S name and address", st["lab"]),
             Paragraph("<b>Jordan A. Whitfield</b><br/>dba Whitfield Vintage Audio<br/>214 Dean Street, Apt 3<br/>Brooklyn, NY 11217", st["n"])]
    grid = [
        [filer, box("Check to indicate if FILER is a (an): PSE / EPF / Other third party", "EPF  [X]"),
         box("Check to indicate transactions reported are: Payment card / Third party network", "Third party network  [X]")],
        [box("FILER'S TIN", "84-3927165"), box("PAYEE'S TIN", "***-**-4821"), box("Account number (see instructions)", "TP-7720-4418-91")],
        [payee, box("1a Gross amount of payment card/third party network transactions", "$" + money(TOTAL_GROSS)),
         box("1b Card not present transactions", "$" + money(TOTAL_CNP))],
        [box("2 Merchant category code", "5732"), box("3 Number of payment transactions", f"{sum(TXNS):,}"),
         box("4 Federal income tax withheld", "$0.00")],
        [box("6 State", "NY"), box("7 State identification no.", "NY-11-3927165"), box("8 State income tax withheld", "$0.00")],
    ]
    t = Table(grid, colWidths=[2.6 * inch, 2.2 * inch, 2.2 * inch])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                           ("BACKGROUND", (1, 2), (2, 2), colors.HexColor("#eef3f9"))]))
    s.append(t)

    s.append(Paragraph("Boxes 5a–5l · Gross amount by month", st["h"]))
    rows = []
    for i in range(0, 12, 4):
        rows.append([Paragraph(f"5{'abcdefghijkl'[j]} {MONTHS[j]}", st["lab"]) for j in range(i, i + 4)])
        rows.append([Paragraph("$" + money(GROSS[j]), st["val"]) for j in range(i, i + 4)])
    mt = Table(rows, colWidths=[1.75 * inch] * 4)
    mt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                            ("LINEBELOW", (0, 1), (-1, 1), 0.4, colors.grey), ("LINEBELOW", (0, 3), (-1, 3), 0.4, colors.grey),
                            ("LINEBEFORE", (1, 0), (-1, -1), 0.4, colors.grey), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    s.append(mt)
    s.append(Spacer(1, 10))
    s.append(Paragraph(
        "Box 1a reports the gross amount of reportable payment transactions processed for you in 2024, without any adjustment "
        "for refunds, fees, shipping, discounts or other amounts. Use the activity summary on page 2 to reconcile Box 1a with "
        "your records. If you believe the information is incorrect, contact Tradepost Seller Support before filing your return. "
        "Form 1099-K is furnished for tax year 2024 because your payments exceeded the $5,000 reporting threshold that applies for 2024.",
        st["s"]))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Statement date: January 24, 2025 · Copy B for Payee (keep for your records) · OMB No. 1545-2205", st["s"]))

    s.append(PageBreak())
    s.append(Paragraph("Annual activity summary (for your records – not reported to the IRS)", st["h"]))
    data = [["Month", "Transactions", "Gross amount (5a–5l)", "Refunds", "Tradepost fees", "Net paid out"]]
    for i in range(12):
        data.append([MONTHS[i], str(TXNS[i]), money(GROSS[i]), "(" + money(REFUNDS[i]) + ")", "(" + money(FEES[i]) + ")", money(NET[i])])
    data.append(["Total 2024", f"{sum(TXNS):,}", money(TOTAL_GROSS), "(" + money(round(sum(REFUNDS), 2)) + ")",
                 "(" + money(round(sum(FEES), 2)) + ")", money(round(sum(NET), 2))])
    at = Table(data, colWidths=[1.3 * inch, 1.0 * inch, 1.45 * inch, 1.0 * inch, 1.15 * inch, 1.1 * inch], repeatRows=1)
    at.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8), ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f2f5f9")]),
                            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5), ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black)]))
    s.append(at)
    s.append(Spacer(1, 10))
    s.append(KeepTogether([
        Paragraph("Reconciliation", st["h"]),
        Paragraph("Gross amount reported in Box 1a: $" + money(TOTAL_GROSS) + "<br/>"
                  "Less refunds issued to buyers: (" + money(round(sum(REFUNDS), 2)) + ")<br/>"
                  "Less Tradepost selling and payment processing fees: (" + money(round(sum(FEES), 2)) + ")<br/>"
                  "<b>Net amount paid to your bank account in 2024: $" + money(round(sum(NET), 2)) + "</b>", st["n"]),
        Spacer(1, 8),
        Paragraph("Fees and refunds may be deductible business expenses. Tradepost does not provide tax advice; consult a tax "
                  "professional. Payouts were made to checking account ****6671 at Chase.", st["s"]),
    ]))
    doc.build(s)


if __name__ == "__main__":
    build(sys.argv[1])
