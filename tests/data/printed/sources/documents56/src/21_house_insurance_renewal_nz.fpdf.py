"""Home and contents insurance renewal notice (New Zealand, Rotorua), English: insurer header with a macron in the
name, the insured's address with a "Your renewal at a glance" box beside it (policy number, notice date, renewal date,
period of cover, total premium), sums insured and excess, a premium breakdown (home and contents premium, Natural
Hazards Insurance Levy, Fire and Emergency NZ levies, GST 15 %, total), the direct-debit details with a NZ bank
account number, "what you need to do", and a footer with the GST number and the insurer's financial strength rating /
licence text. fpdf2, Liberation Sans.
Usage: python3 21_house_insurance_renewal_nz.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


LINES = [("Home premium (sum insured $780,000)", D("1342.18")), ("Contents premium (sum insured $95,000)", D("482.12")),
         ("Natural Hazards Insurance Levy (Toka Tū Ake NHC)", D("480.00")), ("Fire and Emergency NZ levy - home", D("106.00")),
         ("Fire and Emergency NZ levy - contents", D("21.20"))]
SUB = sum(a for _, a in LINES)
GST = q(SUB * D("0.15"))
TOT = SUB + GST
assert (SUB, GST, TOT) == (D("2431.50"), D("364.73"), D("2796.23"))

F = "/usr/share/fonts/truetype/liberation/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1774569600")), timezone.utc))
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Renewal notice HOM-2209-5513")
pdf.add_page()
C = (46, 98, 62)
G = (95, 95, 95)


def t(x, y, s, size=9, style="", w=0, align="L", color=(30, 30, 30), h=4.6):
    pdf.set_xy(x, y)
    pdf.set_font("LS", style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, h, s, align=align)


t(15, 12, "Tōtara Mutual", 20, "B", color=C, h=9)
t(15, 21, "Home · Contents · Car · Farm  —  0800 555 018  —  totaramutual.example", 8, color=G)
t(120, 13, "RENEWAL NOTICE", 14, "B", w=75, align="R", h=8)
t(120, 21, "Home and Contents Policy", 8.5, w=75, align="R", color=G)
pdf.set_draw_color(*C)
pdf.set_line_width(0.8)
pdf.line(15, 28, 195, 28)
pdf.set_line_width(0.25)
for i, s in enumerate(["Hemi Parata & Sarah Parata", "27 Koutu Road", "Koutu", "Rotorua 3010"]):
    t(15, 42 + i * 5.2, s, 10, "B" if i == 0 else "")
pdf.set_fill_color(236, 244, 238)
pdf.rect(110, 34, 85, 50, style="DF")
t(113, 36, "Your renewal at a glance", 9.5, "B", color=C)
glance = [("Policy number", "HOM-2209-5513"), ("Notice date", "10/03/2026"), ("Renewal date", "14/04/2026"),
          ("Period of cover", "14/04/2026 to 14/04/2027"), ("Annual premium (incl. GST)", f"${TOT:,.2f}"),
          ("Payment method", "Direct debit")]
for i, (k, v) in enumerate(glance):
    t(113, 43 + i * 6.4, k, 8.5, color=G)
    t(150, 43 + i * 6.4, v, 8.5, "B", w=42, align="R")
y = 94
t(15, y, "Kia ora Hemi and Sarah,", 9.5)
y += 6
for s in ["Your Tōtara Mutual home and contents policy is due for renewal. We have reviewed your cover and premium for the",
          "next year. Please check the details below carefully - if anything has changed, let us know before the renewal date."]:
    t(15, y, s, 9)
    y += 5
y += 4
t(15, y, "Your cover", 11, "B", color=C)
y += 7
cover = [("Insured address", "27 Koutu Road, Koutu, Rotorua 3010"), ("Home - sum insured", "$780,000"),
         ("Contents - sum insured", "$95,000"), ("Standard excess (home and contents)", "$500"),
         ("Natural disaster excess", "as set by the Natural Hazards Commission"), ("No-claims discount", "20%")]
for k, v in cover:
    t(15, y, k, 9, w=70)
    t(85, y, v, 9, "B")
    y += 5.4
y += 5
t(15, y, "Your premium for 14/04/2026 to 14/04/2027", 11, "B", color=C)
y += 7
pdf.set_fill_color(*C)
pdf.set_xy(15, y)
pdf.set_font("LS", "B", 8.5)
pdf.set_text_color(255, 255, 255)
pdf.cell(135, 6, "  Item", fill=True)
pdf.cell(45, 6, "Amount  ", align="R", fill=True)
y += 8
for k, a in LINES:
    t(17, y, k, 9, w=133)
    t(150, y, f"${a:,.2f}", 9, w=43, align="R")
    y += 5.6
pdf.line(15, y, 195, y)
y += 1.5
for k, v, st in [("Total excluding GST", f"${SUB:,.2f}", ""), ("GST (15%)", f"${GST:,.2f}", ""),
                 ("Total annual premium including GST", f"${TOT:,.2f}", "B")]:
    t(17, y, k, 9.5 if st else 9, st, w=133)
    t(150, y, v, 9.5 if st else 9, st, w=43, align="R")
    y += 6
pdf.rect(15, y - 19.5, 180, 19)
y += 6
t(15, y, "What you need to do", 11, "B", color=C)
y += 7
for s in ["Nothing, if your details are correct. We will debit the annual premium of $2,796.23 on 14/04/2026 from",
          "bank account 12-3140-0372918-00 (H & S Parata) under your existing direct debit authority.",
          "Prefer to pay monthly? Call us and we can spread the premium over 12 instalments at no extra cost.",
          "If you do not want to renew, please tell us before 14/04/2026; your cover will end on that date."]:
    t(15, y, s, 9)
    y += 5
t(15, 272, "Tōtara Mutual Insurance Limited · 118 Fenton Street, Rotorua 3010 · GST number 118-374-622 · Licensed insurer under",
  7, color=(110, 110, 110))
t(15, 276, "the Insurance (Prudential Supervision) Act 2010 · Financial strength rating A- (Strong) · A copy of the rating scale "
  "is available at totaramutual.example/rating.", 7, color=(110, 110, 110))
pdf.output(sys.argv[1])
