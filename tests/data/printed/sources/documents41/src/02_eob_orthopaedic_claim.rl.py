"""Cascadia Mutual Health Plan - Explanation of Benefits (2 pages), reportlab canvas."""
import sys
from decimal import Decimal as D
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor, white, black

out = sys.argv[1] if len(sys.argv) > 1 else "02_eob_orthopaedic_claim.pdf"
W, H = letter
NAVY = HexColor("#1f3b5c")
TEAL = HexColor("#2a8c82")
GREY = HexColor("#eef1f4")

def m(x):
    return f"${x:,.2f}"

c = canvas.Canvas(out, pagesize=letter, invariant=1, pageCompression=1)
c.setTitle("Explanation of Benefits - Claim 25-087-411026-00")
c.setAuthor("Cascadia Mutual Health Plan, Inc.")

# service lines: date, code, description, billed, allowed, deductible, copay, coinsurance %
lines = [
    ("02/18/25", "99204", "Office visit, new patient", D("385.00"), D("212.46"), D("0.00"), D("40.00"), 0),
    ("02/18/25", "73721", "MRI knee w/o contrast", D("2150.00"), D("612.80"), D("450.00"), D("0.00"), 20),
    ("02/18/25", "20610", "Arthrocentesis, major joint", D("310.00"), D("98.14"), D("0.00"), D("0.00"), 20),
    ("02/18/25", "J1030", "Methylprednisolone 40 mg inj", D("48.00"), D("6.12"), D("0.00"), D("0.00"), 20),
    ("02/18/25", "29530", "Strapping, knee", D("95.00"), D("41.30"), D("0.00"), D("0.00"), 20),
]
rows = []
for d, code, desc, billed, allowed, ded, cop, pct in lines:
    coins = ((allowed - ded - cop) * pct / 100).quantize(D("0.01"))
    paid = allowed - ded - cop - coins
    rows.append((d, code, desc, billed, billed - allowed, allowed, ded, cop, coins, paid, paid and "" or ""))
tot = [sum(r[i] for r in rows) for i in range(3, 10)]
t_billed, t_disc, t_allowed, t_ded, t_cop, t_coins, t_paid = tot
t_resp = t_ded + t_cop + t_coins

def header(page):
    c.setFillColor(NAVY)
    c.rect(0, H - 78, W, 78, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(40, H - 42, "CASCADIA")
    c.setFont("Helvetica", 10)
    c.drawString(40, H - 58, "HEALTH PLAN  |  PPO Select 1500")
    c.setFont("Helvetica-Bold", 15)
    c.drawRightString(W - 40, H - 38, "Explanation of Benefits")
    c.setFont("Helvetica-Bold", 10)
    c.drawRightString(W - 40, H - 54, "THIS IS NOT A BILL")
    c.setFont("Helvetica", 8)
    c.drawRightString(W - 40, H - 68, f"Page {page} of 2")
    c.setFillColor(black)

def footer():
    c.setFont("Helvetica", 6.8)
    c.setFillColor(HexColor("#555555"))
    c.drawCentredString(W / 2, 28, "Cascadia Mutual Health Plan, Inc. \u2022 PO Box 34180, Portland, OR 97208-4180 \u2022 Member Services 1-800-555-0142 (TTY 711) \u2022 cascadiahealth.example")
    c.setFillColor(black)

# ---------------- page 1
header(1)
y = H - 100
c.setFont("Helvetica", 9)
addr = ["JONATHAN P WHITAKER", "4418 SE ALDER ST", "PORTLAND OR 97215-2241"]
for i, t in enumerate(addr):
    c.drawString(56, y - 14 - i * 11, t)
# info box right: labels left, values right
bx, bw = 330, 242
info = [("Statement date", "03/06/2025"), ("Member", "Jonathan P. Whitaker"), ("Member ID", "CMH771203948-01"),
        ("Group", "EMP-20417 Northgate Logistics"), ("Claim number", "25-087-411026-00"), ("Claim received", "02/24/2025"),
        ("Claim processed", "03/05/2025")]
c.setFillColor(GREY)
c.rect(bx, y - 12 - len(info) * 12.5, bw, len(info) * 12.5 + 8, fill=1, stroke=0)
c.setFillColor(black)
for i, (k, v) in enumerate(info):
    yy = y - 4 - (i + 1) * 12.5 + 3
    c.setFont("Helvetica", 8)
    c.drawString(bx + 6, yy, k)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawRightString(bx + bw - 6, yy, v)

y = H - 215
c.setFont("Helvetica-Bold", 10)
c.setFillColor(NAVY)
c.drawString(40, y, "Claim summary")
c.setFillColor(black)
y -= 6
boxes = [("Amount billed", m(t_billed)), ("Network savings", m(t_disc)), ("Plan paid", m(t_paid)), ("Your responsibility", m(t_resp))]
bw2 = (W - 80 - 3 * 8) / 4
for i, (k, v) in enumerate(boxes):
    x = 40 + i * (bw2 + 8)
    c.setStrokeColor(TEAL if i < 3 else NAVY)
    c.setLineWidth(1.2)
    c.rect(x, y - 46, bw2, 42, fill=0, stroke=1)
    c.setFont("Helvetica", 8)
    c.drawString(x + 6, y - 16, k)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(x + 6, y - 36, v)
y -= 66
c.setFont("Helvetica", 8.5)
c.drawString(40, y, "Patient: Jonathan P. Whitaker (Self)     Provider: Lakeview Orthopaedic & Spine Associates, PLLC (In-network)")
y -= 11
c.drawString(40, y, "Provider NPI: 1672048539     Date(s) of service: 02/18/2025     Payment to: Provider     Check/EFT no.: EFT 0009184471")

# claim detail table
y -= 20
cols = [("Service\ndate", 40, "l"), ("Code", 84, "l"), ("Service description", 118, "l"), ("Amount\nbilled", 300, "r"),
        ("Network\nsavings", 346, "r"), ("Allowed\namount", 392, "r"), ("Deduct-\nible", 432, "r"), ("Copay", 470, "r"),
        ("Coins-\nurance", 512, "r"), ("Plan\npaid", 547, "r"), ("Rmk", 572, "r")]
c.setFillColor(NAVY)
c.rect(36, y - 22, W - 72, 26, fill=1, stroke=0)
c.setFillColor(white)
c.setFont("Helvetica-Bold", 7.2)
for name, x, al in cols:
    for j, part in enumerate(name.split("\n")):
        yy = y - 6 - j * 8.5 if "\n" in name else y - 10
        if al == "l":
            c.drawString(x, yy, part)
        else:
            c.drawRightString(x, yy, part)
c.setFillColor(black)
y -= 36
remarks = ["N1", "D2", "C1", "C1", "C1"]
for k, r in enumerate(rows):
    d, code, desc, billed, disc, allowed, ded, cop, coins, paid, _ = r
    c.setFont("Helvetica", 7.8)
    c.drawString(40, y, d); c.drawString(84, y, code); c.drawString(118, y, desc)
    for val, x in zip((billed, disc, allowed, ded, cop, coins, paid), (300, 346, 392, 432, 470, 512, 547)):
        c.drawRightString(x, y, f"{val:,.2f}")
    c.drawRightString(574, y, remarks[k])
    c.setStrokeColor(HexColor("#cccccc")); c.setLineWidth(0.4)
    c.line(36, y - 4, W - 36, y - 4)
    y -= 14
c.setFont("Helvetica-Bold", 7.8)
c.drawString(40, y, "Claim totals")
for val, x in zip(tot, (300, 346, 392, 432, 470, 512, 547)):
    c.drawRightString(x, y, f"{val:,.2f}")
c.setStrokeColor(NAVY); c.setLineWidth(1)
c.line(36, y - 5, W - 36, y - 5)

# what you owe box
y -= 34
c.setFillColor(GREY)
c.rect(36, y - 78, W - 72, 86, fill=1, stroke=0)
c.setFillColor(black)
c.setFont("Helvetica-Bold", 10)
c.drawString(46, y - 8, "What you owe the provider")
items = [("Deductible", t_ded), ("Copay", t_cop), ("Coinsurance", t_coins)]
c.setFont("Helvetica", 9)
for i, (k, v) in enumerate(items):
    c.drawString(60, y - 24 - i * 12, k)
    c.drawRightString(300, y - 24 - i * 12, m(v))
c.setFont("Helvetica-Bold", 9.5)
c.drawString(60, y - 64, "Total patient responsibility")
c.drawRightString(300, y - 64, m(t_resp))
c.setFont("Helvetica", 7.8)
tx = c.beginText(330, y - 24)
tx.setLeading(10)
for t in ["You may receive a bill from Lakeview Orthopaedic &",
          "Spine Associates, PLLC for the amount shown. Because",
          "this provider is in our network, they may not bill you",
          "for the network savings. If you already paid the",
          "provider at the time of service, compare your receipt."]:
    tx.textLine(t)
c.drawText(tx)

y -= 104
c.setFont("Helvetica-Bold", 8.5)
c.drawString(40, y, "Remark codes")
c.setFont("Helvetica", 7.8)
rm = ["N1  In-network office visit: specialist copay applies; deductible waived for office visits.",
      "D2  Amount applied to your calendar-year in-network deductible.",
      "C1  Allowed amount after deductible and copay is shared: plan 80%, you 20% (coinsurance)."]
for i, t in enumerate(rm):
    c.drawString(40, y - 12 - i * 10, t)
footer()
c.showPage()

# ---------------- page 2
header(2)
y = H - 100
c.setFont("Helvetica", 8)
c.drawString(40, y, "Jonathan P. Whitaker  \u2022  Member ID CMH771203948-01  \u2022  Claim 25-087-411026-00  \u2022  Statement date 03/06/2025")
y -= 26
c.setFont("Helvetica-Bold", 10); c.setFillColor(NAVY)
c.drawString(40, y, "Your plan year 2025 to date (as of 03/05/2025)"); c.setFillColor(black)
y -= 8
acc = [("In-network deductible \u2013 individual", D("1500.00"), D("450.00")),
       ("In-network deductible \u2013 family", D("3000.00"), D("725.00")),
       ("Out-of-pocket maximum \u2013 individual", D("6000.00"), D("861.67")),
       ("Out-of-pocket maximum \u2013 family", D("12000.00"), D("1286.67"))]
c.setFont("Helvetica-Bold", 7.8)
c.drawString(40, y - 14, "Accumulator"); c.drawRightString(330, y - 14, "Plan limit"); c.drawRightString(420, y - 14, "Met to date"); c.drawRightString(520, y - 14, "Remaining")
for i, (k, lim, met) in enumerate(acc):
    yy = y - 30 - i * 16
    c.setFont("Helvetica", 8.2)
    c.drawString(40, yy, k)
    c.drawRightString(330, yy, m(lim)); c.drawRightString(420, yy, m(met)); c.drawRightString(520, yy, m(lim - met))
    frac = float(met / lim)
    c.setFillColor(HexColor("#d9e1e8")); c.rect(530, yy - 1, 40, 6, fill=1, stroke=0)
    c.setFillColor(TEAL); c.rect(530, yy - 1, 40 * frac, 6, fill=1, stroke=0); c.setFillColor(black)
y -= 110
c.setFont("Helvetica-Bold", 10); c.setFillColor(NAVY)
c.drawString(40, y, "Your right to appeal"); c.setFillColor(black)
para = [
    "If you disagree with how this claim was processed, you or your authorized representative may file an appeal within 180 days",
    "of the date you received this notice. Send a written request with the claim number shown above, your member ID and any",
    "supporting documents to: Cascadia Mutual Health Plan, Inc., Attn: Appeals Unit, PO Box 34188, Portland, OR 97208-4188,",
    "or fax 1-503-555-0179. You may request, free of charge, copies of all documents relevant to your claim, including the",
    "diagnosis and treatment codes and their meanings. If your situation is urgent, you may request an expedited review.",
    "",
    "You may also have the right to an external review by an independent review organization. Contact the Oregon Division of",
    "Financial Regulation, Consumer Advocacy, at 1-888-555-0197 for help with your appeal.",
]
c.setFont("Helvetica", 8.2)
for i, t in enumerate(para):
    c.drawString(40, y - 14 - i * 11, t)
y -= 14 + len(para) * 11 + 18
c.setFont("Helvetica-Bold", 10); c.setFillColor(NAVY)
c.drawString(40, y, "Glossary"); c.setFillColor(black)
glos = [
    ("Amount billed", "The provider's full charge for the service."),
    ("Network savings", "The discount you receive because the provider is in our network."),
    ("Allowed amount", "The maximum amount the plan considers for a covered service."),
    ("Deductible", "The amount you pay each plan year for covered services before the plan begins to pay."),
    ("Copay", "A fixed amount you pay for a covered service, such as an office visit."),
    ("Coinsurance", "Your share of the allowed amount after the deductible, as a percentage."),
]
for i, (k, v) in enumerate(glos):
    c.setFont("Helvetica-Bold", 8.2); c.drawString(40, y - 14 - i * 12, k)
    c.setFont("Helvetica", 8.2); c.drawString(140, y - 14 - i * 12, v)
y -= 110
c.setFont("Helvetica", 7.5)
lang = ["ATTENTION: Language assistance services, free of charge, are available to you. Call 1-800-555-0142 (TTY: 711).",
        "ATENCI\u00d3N: si habla espa\u00f1ol, tiene a su disposici\u00f3n servicios gratuitos de asistencia ling\u00fc\u00edstica. Llame al 1-800-555-0142.",
        "Cascadia Mutual Health Plan, Inc. complies with applicable Federal civil rights laws and does not discriminate on the basis of",
        "race, color, national origin, age, disability, or sex."]
for i, t in enumerate(lang):
    c.drawString(40, y - i * 10, t)
footer()
c.showPage()
c.save()
print("billed", t_billed, "paid", t_paid, "resp", t_resp)
