"""Card processor's monthly merchant statement for a restaurant (interchange-plus pricing), US, two pages
(ReportLab platypus). Usage: python3 06_merchant_statement_us.rl.py out.pdf"""
import random
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB")
NAVY = colors.HexColor("#17365d")
ST = ParagraphStyle("n", fontName="LS", fontSize=8, leading=10.2)
SB = ParagraphStyle("b", parent=ST, fontName="LSB", fontSize=10, leading=13, textColor=NAVY)
SH = ParagraphStyle("h", parent=ST, fontName="LSB", fontSize=17, leading=20, textColor=NAVY)
SS = ParagraphStyle("s", parent=ST, fontSize=6.8, leading=8.6, textColor=colors.HexColor("#555555"))
SR = ParagraphStyle("r", parent=ST, alignment=TA_RIGHT)
C2 = D("0.01")


def q(x):
    return x.quantize(C2, rounding=ROUND_HALF_UP)


def m(x):
    return f"{x:,.2f}"


# ---- daily batches (deterministic): day, Visa, Mastercard, Discover, Amex sales; refunds
rnd = random.Random(4806)
DAYS = []
for d in range(1, 31):
    wd = (d + 0) % 7  # 2025-09-01 is a Monday -> 0
    base = [2150, 2280, 2420, 2760, 3980, 4420, 2890][wd]
    tot = D(base + rnd.randint(-350, 420)) + D(rnd.randint(0, 99)) / 100
    v = q(tot * D("0.47")); mc = q(tot * D("0.29")); di = q(tot * D("0.04")); ax = tot - v - mc - di
    cnt = int(tot / D("41.80"))
    ref = D(rnd.choice(["0", "0", "0", "0", "0", "0", "38.50", "64.20", "22.75"]))
    DAYS.append((d, v, mc, di, ax, cnt, q(ref)))
gross = sum(sum(x[1:5]) for x in DAYS)
refunds = sum(x[6] for x in DAYS)
count = sum(x[5] for x in DAYS)
vis = sum(x[1] for x in DAYS); mcs = sum(x[2] for x in DAYS); dis = sum(x[3] for x in DAYS); axs = sum(x[4] for x in DAYS)

# ---- interchange detail: (network, category, share of brand volume, pct, per item)
IC = [
    ("Visa", "CPS/Restaurant debit", D("0.38"), D("0.0119"), D("0.10")),
    ("Visa", "CPS/Restaurant credit", D("0.34"), D("0.0154"), D("0.10")),
    ("Visa", "Signature Preferred restaurant", D("0.18"), D("0.0210"), D("0.10")),
    ("Visa", "Commercial card, card present", D("0.06"), D("0.0250"), D("0.10")),
    ("Visa", "Standard (non-qualified)", D("0.04"), D("0.0270"), D("0.10")),
    ("Mastercard", "Restaurant debit", D("0.36"), D("0.0119"), D("0.10")),
    ("Mastercard", "Merit III restaurant", D("0.31"), D("0.0158"), D("0.10")),
    ("Mastercard", "World Elite restaurant", D("0.23"), D("0.0225"), D("0.10")),
    ("Mastercard", "Corporate card present", D("0.10"), D("0.0250"), D("0.10")),
    ("Discover", "Restaurant card present", D("1.00"), D("0.0156"), D("0.10")),
    ("American Express", "OptBlue restaurant (tier 2)", D("1.00"), D("0.0210"), D("0.10")),
]
BRAND = {"Visa": vis, "Mastercard": mcs, "Discover": dis, "American Express": axs}
BCOUNT = {k: int(count * v / gross) for k, v in BRAND.items()}
BCOUNT["Visa"] += count - sum(BCOUNT.values())
ic_rows = []
for net, cat, share, pct, per in IC:
    vol = q(BRAND[net] * share)
    n = int(BCOUNT[net] * share)
    ic_rows.append((net, cat, n, vol, pct, per, q(vol * pct + n * per)))
# fix rounding so category volumes add up to brand volume exactly
for net in BRAND:
    idx = [i for i, r in enumerate(ic_rows) if r[0] == net]
    diff = BRAND[net] - sum(ic_rows[i][3] for i in idx)
    i = idx[0]
    r = ic_rows[i]
    vol = r[3] + diff
    n = r[2] + BCOUNT[net] - sum(ic_rows[j][2] for j in idx)
    ic_rows[i] = (r[0], r[1], n, vol, r[4], r[5], q(vol * r[4] + n * r[5]))
interchange = sum(r[6] for r in ic_rows)
assess = [
    ("Visa assessment 0.14%", q(vis * D("0.0014"))),
    ("Visa network acquirer processing fee ($0.0195/item)", q(BCOUNT["Visa"] * D("0.0195"))),
    ("Mastercard assessment 0.13%", q(mcs * D("0.0013"))),
    ("Mastercard network access & brand usage ($0.0195/item)", q(BCOUNT["Mastercard"] * D("0.0195"))),
    ("Discover assessment 0.14%", q(dis * D("0.0014"))),
    ("American Express network fee 0.15%", q(axs * D("0.0015"))),
]
network = sum(a[1] for a in assess)
markup_pct = q(gross * D("0.0025"))
markup_item = q(count * D("0.08"))
monthly = [("Monthly service fee", D("9.95")), ("PCI compliance program", D("14.95")),
           ("Payment gateway (2 terminals)", D("20.00")), ("Chargeback fee (1 × $25.00)", D("25.00"))]
monthly_tot = sum(x[1] for x in monthly)
processor = markup_pct + markup_item + monthly_tot
total_fees = interchange + network + processor
net_deposits = gross - refunds
TRUTH = (gross, refunds, count, interchange, total_fees)
assert TRUTH == (D("90408.25"), D("260.85"), 2146, D("1777.58"), D("2402.76")), TRUTH


def tbl(data, widths, style, repeat=1):
    t = Table(data, colWidths=widths, repeatRows=repeat)
    t.setStyle(TableStyle(style))
    return t


BASE = [("FONT", (0, 0), (-1, -1), "LS", 7.6), ("FONT", (0, 0), (-1, 0), "LSB", 7.4),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ef")), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")), ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6)]


def on_page(c, doc):
    c.saveState()
    c.setFont("LS", 6.8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(0.6 * inch, 0.45 * inch, "Keystone Merchant Services, LLC · 1800 Market Street, Suite 2100, Philadelphia, PA 19103 · "
                 "Customer service 1-800-555-0143 (24/7)")
    c.drawRightString(letter[0] - 0.6 * inch, 0.45 * inch, f"Page {doc.page} of 2")
    c.restoreState()


story = []
head = Table([[Paragraph("KEYSTONE<font color='#c8102e'>·</font>MERCHANT", SH),
               Paragraph("<b>MERCHANT STATEMENT</b><br/>Keystone Merchant Services, LLC<br/>Statement period: 09/01/2025 – 09/30/2025", SR)]],
             colWidths=[3.6 * inch, 3.7 * inch])
head.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 2, NAVY),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
story += [head, Spacer(1, 8)]
info = Table([[Paragraph("<b>HARBOR &amp; VINE BISTRO LLC</b><br/>DBA Harbor &amp; Vine<br/>415 Water Street<br/>Baltimore, MD 21202", ST),
               Paragraph("Merchant ID: <b>4450 1873 0012 946</b><br/>Association: 218 (Mid-Atlantic ISO)<br/>"
                         "MCC 5812 – Eating places, restaurants<br/>Deposit account: ****7720 (ACH)<br/>Pricing: interchange plus 0.25% + $0.08", ST)]],
             colWidths=[3.3 * inch, 4.0 * inch])
info.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (1, 0), (1, 0), 0.6, NAVY), ("LEFTPADDING", (1, 0), (1, 0), 6)]))
story += [info, Spacer(1, 10), Paragraph("Summary by card type", SB)]
brand_rows = [["Card type", "Items", "Gross sales", "Refunds", "Net sales"]]
ref_share = {"Visa": refunds, "Mastercard": D(0), "Discover": D(0), "American Express": D(0)}
for k in BRAND:
    brand_rows.append([k, f"{BCOUNT[k]:,}", m(BRAND[k]), m(ref_share[k]), m(BRAND[k] - ref_share[k])])
brand_rows.append(["Total", f"{count:,}", m(gross), m(refunds), m(net_deposits)])
story.append(tbl(brand_rows, [2.1 * inch, 0.9 * inch, 1.4 * inch, 1.3 * inch, 1.6 * inch],
                 BASE + [("FONT", (0, -1), (-1, -1), "LSB", 7.8), ("LINEABOVE", (0, -1), (-1, -1), 1, NAVY)]))
story += [Spacer(1, 4), Paragraph("Refunds were all processed on Visa cards; all refunds are included in the daily deposits below.", SS),
          Spacer(1, 8), Paragraph("Deposits (daily batches, settled next business day)", SB)]
dep = [["Batch date", "Items", "Visa", "Mastercard", "Discover", "Amex", "Refunds", "Net deposit"]]
for d, v, mc, di, ax, cnt, ref in DAYS:
    dep.append([f"09/{d:02d}/2025", str(cnt), m(v), m(mc), m(di), m(ax), m(-ref) if ref else "0.00", m(v + mc + di + ax - ref)])
story.append(tbl(dep, [0.95 * inch, 0.55 * inch, 0.95 * inch, 0.95 * inch, 0.8 * inch, 0.95 * inch, 0.75 * inch, 1.0 * inch], BASE))
story += [Spacer(1, 4), Paragraph("Fees for the period are itemised on page 2 and debited from the deposit account in one amount on 10/03/2025.", SS),
          PageBreak()]

story += [Paragraph("HARBOR &amp; VINE BISTRO LLC · Merchant ID 4450 1873 0012 946 · Statement period 09/01/2025 – 09/30/2025", ST),
          Spacer(1, 8), Paragraph("Interchange fees (pass-through, as charged by the card networks)", SB)]
ic = [["Network", "Qualification category", "Items", "Volume", "Rate", "Per item", "Fee"]]
for net, cat, n, vol, pct, per, fee in ic_rows:
    ic.append([net, cat, f"{n:,}", m(vol), f"{pct * 100:.2f}%", f"${per:.2f}", m(fee)])
ic.append(["", "Total interchange", "", "", "", "", m(interchange)])
story.append(tbl(ic, [1.05 * inch, 2.2 * inch, 0.6 * inch, 1.05 * inch, 0.6 * inch, 0.7 * inch, 1.1 * inch],
                 BASE + [("ALIGN", (1, 0), (1, -1), "LEFT"), ("FONT", (0, -1), (-1, -1), "LSB", 7.8),
                         ("LINEABOVE", (0, -1), (-1, -1), 1, NAVY)]))
story += [Spacer(1, 10), Paragraph("Card network assessments and fees", SB)]
story.append(tbl([["Description", "Fee"]] + [[a, m(b)] for a, b in assess] + [["Total network fees", m(network)]],
                 [6.2 * inch, 1.1 * inch], BASE + [("ALIGN", (0, 0), (0, -1), "LEFT"), ("FONT", (0, -1), (-1, -1), "LSB", 7.8),
                                                   ("LINEABOVE", (0, -1), (-1, -1), 1, NAVY)]))
story += [Spacer(1, 10), Paragraph("Keystone processing fees", SB)]
pf = [["Description", "Fee"], [f"Discount markup 0.25% on {m(gross)}", m(markup_pct)],
      [f"Authorization / transaction fee {count:,} × $0.08", m(markup_item)]] + [[a, m(b)] for a, b in monthly] + \
     [["Total processing fees", m(processor)]]
story.append(tbl(pf, [6.2 * inch, 1.1 * inch], BASE + [("ALIGN", (0, 0), (0, -1), "LEFT"), ("FONT", (0, -1), (-1, -1), "LSB", 7.8),
                                                       ("LINEABOVE", (0, -1), (-1, -1), 1, NAVY)]))
story += [Spacer(1, 12)]
summ = [["Total interchange fees", m(interchange)], ["Total network fees", m(network)], ["Total processing fees", m(processor)],
        ["TOTAL FEES THIS PERIOD", "$" + m(total_fees)],
        ["Effective rate (total fees ÷ gross sales)", f"{total_fees / gross * 100:.2f}%"]]
story.append(tbl(summ, [3.0 * inch, 1.3 * inch], [("FONT", (0, 0), (-1, -1), "LS", 8.4), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                                   ("FONT", (0, 3), (-1, 3), "LSB", 9.6), ("LINEABOVE", (0, 3), (-1, 3), 1.2, NAVY),
                                                   ("LINEBELOW", (0, 3), (-1, 3), 1.2, NAVY), ("TEXTCOLOR", (0, 4), (-1, 4), colors.HexColor("#555555"))], 0))
story += [Spacer(1, 12), Paragraph(
    "Total fees will be debited from your deposit account ending 7720 on 10/03/2025 with the ACH description KEYSTONE MS FEES. "
    "Interchange and network fees are passed through at cost. Questions about this statement must be raised within 60 days of the "
    "statement date. Keystone Merchant Services, LLC is a registered ISO of Chesapeake First Bank, N.A., Baltimore, MD.", SS)]

doc = SimpleDocTemplate(sys.argv[1], pagesize=letter, leftMargin=0.6 * inch, rightMargin=0.6 * inch, topMargin=0.55 * inch,
                        bottomMargin=0.7 * inch, title="Merchant statement September 2025", author="Keystone Merchant Services, LLC",
                        initialFontName="LS", initialFontSize=8)
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
