"""Machine-tool builder's commercial invoice under a letter of credit (Japan, Kawaguchi / Yokohama -> Laem Chabang,
Thailand), English: company header with the corporate number, a two-column block (seller / buyer-applicant on the
left, invoice no. / date / L/C no. / issuing bank / contract on the right), a shipping strip (from, to, vessel, on or
about, terms CIF Laem Chabang), the goods table in JPY without decimals, FOB subtotal + freight + insurance = CIF total,
the L/C clauses the bank checks (description as per L/C, country of origin, net / gross weight, cases, measurement),
shipping marks and a signature box. ReportLab canvas, Liberation Serif / Sans.
Usage: python3 19_machinery_commercial_invoice_lc_jp.rl.py out.pdf"""
import sys
from decimal import Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LR", F + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LRB", F + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))

ITEMS = [("1", "CNC turning centre KSK-TL250, Fanuc 0i-TF control, 8\" chuck, serial nos. TL250-2611/2612", 2, "sets",
          8450000, D("6850.0"), D("7420.0")),
         ("2", "Standard tooling package for KSK-TL250 (holders, collets, boring bars)", 2, "sets", 620000,
          D("120.0"), D("148.0")),
         ("3", "Spare parts kit (belts, seals, filters, fuses) as per list KSK-SP-0418", 1, "lot", 385000, D("85.0"),
          D("102.0"))]
FOB = sum(q * p for _, _, q, _, p, _, _ in ITEMS)
FRT, INS = 412000, 27000
CIF = FOB + FRT + INS
NW = sum(i[5] * i[2] if i[3] == "sets" else i[5] for i in ITEMS)
GW = sum(i[6] * i[2] if i[3] == "sets" else i[6] for i in ITEMS)
assert (FOB, CIF, NW, GW) == (18525000, 18964000, D("14025.0"), D("15238.0")), (FOB, CIF, NW, GW)

c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="LR", initialFontSize=9)
c.setTitle("Commercial Invoice KSK-2603-0042")
W, H = A4
L, R = 16 * mm, W - 16 * mm
NAVY = colors.HexColor("#1c2f5a")
c.setFillColor(NAVY)
c.setFont("LRB", 17)
c.drawString(L, H - 20 * mm, "KAWAGUCHI SEIMITSU KIKAI CO., LTD.")
c.setFillColor(colors.black)
c.setFont("LS", 7.5)
c.drawString(L, H - 25 * mm, "3-18-7 Ryoke, Kawaguchi-shi, Saitama 332-0004, Japan  ·  Tel +81 48 224 7180  ·  "
                             "Corporate Number 3030001184729")
c.setStrokeColor(NAVY)
c.setLineWidth(2)
c.line(L, H - 28 * mm, R, H - 28 * mm)
c.setLineWidth(0.5)
c.setFont("LRB", 15)
c.drawCentredString(W / 2, H - 38 * mm, "COMMERCIAL  INVOICE")
y = H - 46 * mm
M = L + (R - L) * 0.56
c.setStrokeColor(colors.black)
c.rect(L, y - 52 * mm, R - L, 52 * mm)
c.line(M, y, M, y - 52 * mm)
c.line(L, y - 26 * mm, M, y - 26 * mm)


def lab(x, yy, s):
    c.setFont("LS", 6)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(x, yy, s)
    c.setFillColor(colors.black)


lab(L + 2 * mm, y - 3.5 * mm, "SELLER / BENEFICIARY")
for i, s in enumerate(["Kawaguchi Seimitsu Kikai Co., Ltd.", "3-18-7 Ryoke, Kawaguchi-shi", "Saitama 332-0004, Japan"]):
    c.setFont("LRB" if i == 0 else "LR", 9)
    c.drawString(L + 2 * mm, y - (8 + i * 4.2) * mm, s)
lab(L + 2 * mm, y - 29.5 * mm, "BUYER / APPLICANT")
for i, s in enumerate(["Siam Precision Components Co., Ltd.", "700/418 Moo 6, Amata City Chonburi Industrial Estate",
                       "Nong Mai Daeng, Mueang Chonburi 20000, Thailand", "Tax ID 0105559018472"]):
    c.setFont("LRB" if i == 0 else "LR", 9)
    c.drawString(L + 2 * mm, y - (34 + i * 4.2) * mm, s)
rows = [("Invoice No.", "KSK-2603-0042"), ("Date", "Mar. 6, 2026"), ("L/C No.", "BKK-ILC-26-004718"),
        ("L/C date", "Jan. 22, 2026"), ("Issuing bank", "Chao Phraya Commercial Bank PCL"),
        ("Contract No.", "SPC-KSK-2025-17"), ("Terms", "CIF LAEM CHABANG"), ("Currency", "JPY")]
for i, (k, v) in enumerate(rows):
    lab(M + 2 * mm, y - (5 + i * 6) * mm, k.upper())
    c.setFont("LRB" if i in (0, 2) else "LR", 9)
    c.drawString(M + 26 * mm, y - (5 + i * 6) * mm, v)
y -= 56 * mm
strip = [("FROM (PORT OF LOADING)", "YOKOHAMA, JAPAN"), ("TO (PORT OF DISCHARGE)", "LAEM CHABANG, THAILAND"),
         ("VESSEL / VOYAGE", "PACIFIC CAMELLIA 126S"), ("SAILING ON OR ABOUT", "Mar. 10, 2026")]
sw = (R - L) / 4
for i, (k, v) in enumerate(strip):
    c.rect(L + i * sw, y - 10 * mm, sw, 10 * mm)
    lab(L + i * sw + 1.5 * mm, y - 3 * mm, k)
    c.setFont("LRB", 7.8)
    c.drawString(L + i * sw + 1.5 * mm, y - 7.6 * mm, v)
y -= 16 * mm
c.setFillColor(NAVY)
c.rect(L, y - 1.8 * mm, R - L, 6 * mm, fill=1, stroke=0)
c.setFillColor(colors.white)
c.setFont("LSB", 7.6)
c.drawString(L + 2 * mm, y, "No.")
c.drawString(L + 10 * mm, y, "Description of goods")
c.drawRightString(R - 62 * mm, y, "Quantity")
c.drawRightString(R - 32 * mm, y, "Unit price JPY")
c.drawRightString(R - 2 * mm, y, "Amount JPY")
c.setFillColor(colors.black)
y -= 8 * mm
for no, desc, q, u, p, nw, gw in ITEMS:
    c.setFont("LR", 8.8)
    c.drawString(L + 2 * mm, y, no)
    words, line, lines = desc.split(), "", []
    for w_ in words:
        if c.stringWidth(line + " " + w_, "LR", 8.8) > 86 * mm:
            lines.append(line)
            line = w_
        else:
            line = (line + " " + w_).strip()
    lines.append(line)
    for j, s in enumerate(lines):
        c.drawString(L + 10 * mm, y - j * 4 * mm, s)
    c.drawRightString(R - 62 * mm, y, f"{q} {u}")
    c.drawRightString(R - 32 * mm, y, f"{p:,}")
    c.drawRightString(R - 2 * mm, y, f"{q * p:,}")
    y -= (len(lines) * 4 + 3) * mm
c.line(L, y + 2 * mm, R, y + 2 * mm)
y -= 3 * mm
for k, v, f in [("Total FOB Yokohama", FOB, "LR"), ("Ocean freight", FRT, "LR"), ("Marine insurance (110 % CIF, ICC A)", INS, "LR"),
                ("TOTAL CIF LAEM CHABANG  JPY", CIF, "LRB")]:
    c.setFont(f, 9.4)
    c.drawRightString(R - 32 * mm, y, k)
    c.drawRightString(R - 2 * mm, y, f"¥{v:,}")
    y -= 5.2 * mm
c.setLineWidth(1)
c.line(R - 80 * mm, y + 3.6 * mm, R, y + 3.6 * mm)
c.setLineWidth(0.5)
c.setFont("LR", 8.8)
c.drawString(L, y - 2 * mm, "SAY: JAPANESE YEN EIGHTEEN MILLION NINE HUNDRED SIXTY-FOUR THOUSAND ONLY.")
y -= 10 * mm
c.setFont("LRB", 8.8)
c.drawString(L, y, "L/C CLAUSES")
c.setFont("LR", 8.6)
clauses = ["Goods as per L/C No. BKK-ILC-26-004718: 2 (two) sets CNC turning centres with tooling and spare parts, new.",
           "Country of origin: JAPAN.  HS code 8458.11.",
           f"Total net weight: {NW:,} kg    Total gross weight: {GW:,} kg    Measurement: 48.60 m3",
           "Packing: 5 (five) seaworthy wooden cases, ISPM 15 treated.  Partial shipment: not allowed.",
           "We certify that this invoice is true and correct and that the goods are of Japanese origin."]
for i, s in enumerate(clauses):
    c.drawString(L, y - (5 + i * 4.4) * mm, s)
y -= 32 * mm
c.setFont("LRB", 8.4)
c.drawString(L, y, "SHIPPING MARKS")
c.setFont("LR", 8.4)
for i, s in enumerate(["SPC", "LAEM CHABANG", "C/NO. 1-5", "MADE IN JAPAN"]):
    c.drawString(L, y - (4.4 + i * 4) * mm, s)
c.rect(R - 72 * mm, y - 22 * mm, 72 * mm, 24 * mm)
c.setFont("LR", 8.4)
c.drawString(R - 70 * mm, y - 2 * mm, "KAWAGUCHI SEIMITSU KIKAI CO., LTD.")
c.setStrokeColor(colors.HexColor("#b22222"))
c.setFillColor(colors.HexColor("#b22222"))
c.rect(R - 24 * mm, y - 19 * mm, 14 * mm, 14 * mm)
c.setFont("LS", 5.5)
c.drawCentredString(R - 17 * mm, y - 11 * mm, "KSK")
c.drawCentredString(R - 17 * mm, y - 14 * mm, "EXPORT")
c.setFillColor(colors.black)
c.setFont("LR", 8)
c.drawString(R - 70 * mm, y - 20 * mm, "Export Sales Manager")
c.setFont("LS", 6.8)
c.drawString(L, 12 * mm, "Kawaguchi Seimitsu Kikai Co., Ltd. · Corporate Number 3030001184729 · remittance bank: "
                         "Musashino Trust Bank, Kawaguchi branch, account 0418273")
c.showPage()
c.save()
