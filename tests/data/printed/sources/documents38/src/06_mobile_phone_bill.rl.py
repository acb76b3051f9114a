import sys, random
from decimal import Decimal, ROUND_HALF_UP
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak

out = sys.argv[1] if len(sys.argv) > 1 else "06_mobile_phone_bill.pdf"
def r2(x): return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
def gbp(x): return f"£{x:,.2f}"
ACC, INV = "8812 4406", "NWB-2503-118274"
TEAL = colors.HexColor("#00695c")
R = random.Random(38)
lines = [("07700 914 201", "R. Fenwick"), ("07700 914 202", "H. Moss"), ("07700 914 207", "Studio iPad"),
         ("07700 914 215", "K. Adeyemi"), ("07700 914 218", "L. Byrne"), ("07700 914 230", "Site phone")]
dests = [("UK mobile", "07", None), ("UK landline", "01", None), ("UK landline", "020", None),
         ("Non-geographic 0845", "0845", "0.55"), ("Premium 09", "0906", "1.80"), ("International – Ireland", "00353", "0.85"),
         ("International – France", "0033", "0.85"), ("Directory enquiries 118", "118", "3.60")]
calls = []
for day in range(14, 14 + 28):
    d = day if day <= 28 else day - 28
    mon = "Feb" if day <= 28 else "Mar"
    for _ in range(R.choice([1, 2, 3, 3])):
        ln = R.choice(lines[:2] + lines[3:])
        dest = R.choices(dests, weights=[30, 18, 14, 3, 1, 3, 2, 1])[0]
        secs = R.randint(20, 1500)
        num = dest[1] + "".join(str(R.randint(0, 9)) for _ in range(9 if dest[1] in ("07", "01") else 8 if dest[1] == "020" else 7))
        if dest[2]:
            mins = -(-secs // 60)
            cost = r2(Decimal(dest[2]) * mins)
        else:
            cost = Decimal("0.00")
        calls.append((f"{d:02d} {mon}", f"{R.randint(7,19):02d}:{R.randint(0,59):02d}", ln[0], num, dest[0], f"{secs//60}:{secs%60:02d}", cost))
usage = sum(c[6] for c in calls)
plans = Decimal("38.00") * 6
bolt = Decimal("45.00")
roam = Decimal("2.50") * 7
handset = Decimal("24.50") * 2
sim = Decimal("10.00")
credit = Decimal("-15.00")
net = plans + bolt + usage + roam + handset + sim + credit
vat = r2(net * Decimal("0.20"))
total = net + vat

ss = ParagraphStyle("n", fontName="Helvetica", fontSize=9, leading=12)
sb = ParagraphStyle("b", parent=ss, fontName="Helvetica-Bold")
big = ParagraphStyle("big", fontName="Helvetica-Bold", fontSize=22, leading=26, textColor=TEAL)

def deco(c, doc):
    c.saveState()
    c.setFillColor(TEAL); c.rect(0, A4[1] - 22 * mm, A4[0], 22 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 16)
    c.drawString(15 * mm, A4[1] - 13 * mm, "northwave")
    c.setFont("Helvetica", 9); c.drawString(44 * mm, A4[1] - 13 * mm, "business")
    c.setFont("Helvetica", 8.5)
    c.drawRightString(A4[0] - 15 * mm, A4[1] - 10 * mm, f"Account number {ACC}   Invoice number {INV}")
    c.drawRightString(A4[0] - 15 * mm, A4[1] - 15 * mm, f"Bill date 14 Mar 2025   Page {doc.page} of 3")
    c.setFillColor(colors.grey); c.setFont("Helvetica", 7)
    c.drawString(15 * mm, 10 * mm, "Northwave Mobile Ltd, 1 Quayside Point, Newcastle upon Tyne NE1 3DX. Registered in England & Wales No. 08814407. VAT No. GB 184 5521 07.")
    c.restoreState()

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=30 * mm, bottomMargin=18 * mm,
                        title=f"Your bill {INV}", author="Northwave Mobile Ltd")
st = []
addr = Paragraph("Accounts Payable<br/><b>Fenwick &amp; Moss Architects LLP</b><br/>3rd Floor, Grainger Chambers<br/>16 Market Street<br/>Newcastle upon Tyne<br/>NE1 6JE", ss)
box = Table([[Paragraph("Total to pay", sb)], [Paragraph(gbp(total), big)],
             [Paragraph("We'll collect this by Direct Debit on or just after", ss)], [Paragraph("<b>28 Mar 2025</b>", ss)]],
            colWidths=[70 * mm])
box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, TEAL), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e0f2f1")),
                         ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
st.append(Table([[addr, box]], colWidths=[105 * mm, 75 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
st.append(Spacer(1, 8 * mm))
st.append(Paragraph("<b>Your bill at a glance</b>", ParagraphStyle("h", parent=sb, fontSize=12, leading=15, textColor=TEAL)))
st.append(Spacer(1, 2 * mm))
meta = [["Bill period", "14 Feb 2025 to 13 Mar 2025"], ["Account name", "Fenwick & Moss Architects LLP"],
        ["Account number", ACC], ["Invoice number", INV], ["Tax point / bill date", "14 Mar 2025"], ["Connections", "6"]]
t = Table(meta, colWidths=[55 * mm, 125 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]))
st.append(t); st.append(Spacer(1, 6 * mm))
ch = [["Charges", "", "Amount"],
      ["Monthly plans", "Business Unlimited 30GB × 6 connections", gbp(plans)],
      ["Bolt-ons", "Shared data 100GB", gbp(bolt)],
      ["Usage outside allowance", "See itemised calls, pages 2–3", gbp(usage)],
      ["Roaming", "EU Roam Day Pass × 7", gbp(roam)],
      ["Device plan", "Handset instalments × 2 (month 7 of 24)", gbp(handset)],
      ["One-off charges", "Replacement eSIM – 07700 914 230", gbp(sim)],
      ["Credits", "Goodwill credit ref. CR-44187", "-" + gbp(-credit)],
      ["", "Total charges excluding VAT", gbp(net)],
      ["", "VAT at 20%", gbp(vat)],
      ["", "Total charges including VAT", gbp(total)]]
t = Table(ch, colWidths=[45 * mm, 105 * mm, 30 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e0f2f1")), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                       ("LINEBELOW", (0, 0), (-1, -4), 0.3, colors.lightgrey), ("LINEABOVE", (1, -3), (-1, -3), 0.8, TEAL),
                       ("FONT", (1, -1), (-1, -1), "Helvetica-Bold", 10)]))
st.append(t); st.append(Spacer(1, 6 * mm))
st.append(Paragraph("Previous bill £587.12 – paid by Direct Debit on 28 Feb 2025, thank you. "
                    "Questions about your bill? Call 0800 046 1180 or visit northwave.example/business.", ss))
st.append(PageBreak())
st.append(Paragraph("<b>Itemised calls and messages (chargeable and inclusive)</b>", ParagraphStyle("h2", parent=sb, fontSize=11, leading=14, textColor=TEAL)))
st.append(Spacer(1, 2 * mm))
rows = [["Date", "Time", "From", "Number called", "Type", "Duration", "Cost"]]
for c in calls:
    rows.append([c[0], c[1], c[2], c[3], c[4], c[5], "incl." if c[6] == 0 else f"{c[6]:.2f}"])
rows.append(["", "", "", "", "Total usage outside allowance", "", f"{usage:.2f}"])
t = Table(rows, colWidths=[16 * mm, 13 * mm, 28 * mm, 34 * mm, 52 * mm, 17 * mm, 20 * mm], repeatRows=1)
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e0f2f1")), ("ALIGN", (5, 0), (-1, -1), "RIGHT"),
                       ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                       ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8), ("LINEABOVE", (0, -1), (-1, -1), 0.8, TEAL)]))
st.append(t)
doc.build(st, onFirstPage=deco, onLaterPages=deco)
