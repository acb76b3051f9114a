import sys
from fpdf import FPDF
out = sys.argv[1] if len(sys.argv) > 1 else "07_propane_delivery_ticket.pdf"
F = "/usr/share/fonts/truetype/liberation2/"
pdf = FPDF(format=(216, 180), unit="mm")  # half-letter style ticket stock
pdf.set_creation_date(__import__("datetime").datetime(2025, 4, 1, tzinfo=__import__("datetime").timezone.utc))
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_margins(10, 8)

def box(x, y, w, h, label, value, vsize=11, bold=False, align="L"):
    pdf.rect(x, y, w, h)
    pdf.set_xy(x + 1, y + 0.8)
    pdf.set_font("LS", "", 6.5)
    pdf.cell(w - 2, 3, label)
    pdf.set_xy(x + 1, y + 4)
    pdf.set_font("LS", "B" if bold else "", vsize)
    pdf.cell(w - 2, h - 5, value, align=align)

pdf.set_font("LS", "B", 17)
pdf.set_xy(10, 8); pdf.cell(120, 8, "PARKLAND PROPANE & FUELS")
pdf.set_font("LS", "", 8.5)
pdf.set_xy(10, 16); pdf.multi_cell(120, 4, "Box 1180, 312 Industrial Road, Dauphin, MB R7N 3B3\nOffice 204-638-4410  ·  24 hr emergency 1-800-555-0166\nGST/HST No. 81922 4417 RT0001")
pdf.set_font("LS", "B", 13)
pdf.set_xy(140, 8); pdf.cell(66, 7, "DELIVERY TICKET", align="R")
pdf.set_font("LS", "", 9); pdf.set_xy(140, 15); pdf.cell(66, 5, "No.", align="L")
pdf.set_font("LS", "B", 15); pdf.set_text_color(180, 0, 0)
pdf.set_xy(140, 15); pdf.cell(66, 7, "P 0418827", align="R")
pdf.set_text_color(0, 0, 0)

y = 32
box(10, y, 95, 26, "SOLD TO / DELIVER TO", "")
pdf.set_font("LS", "", 10); pdf.set_xy(11, y + 5)
pdf.multi_cell(92, 4.6, "Kowalchuk Farms Ltd.\nNW 22-25-19 W1, Rural Municipality of Dauphin\nRR 2, Dauphin, MB R7N 2T5")
box(107, y, 48, 13, "ACCOUNT NO.", "KOW-2207")
box(157, y, 49, 13, "DELIVERY DATE", "JAN 15 2025")
box(107, y + 13, 48, 13, "TRUCK / DRIVER", "T-14 / R. Dufault")
box(157, y + 13, 49, 13, "TANK SERIAL / SIZE", "MB-88411 / 1000 USWG")

y = 62
box(10, y, 48, 14, "METER START", "184,512.3", align="R")
box(58, y, 48, 14, "METER STOP", "185,402.8", align="R")
box(106, y, 50, 14, "LITRES DELIVERED", "890.5", vsize=13, bold=True, align="R")
box(156, y, 50, 14, "TANK % BEFORE / AFTER", "22% / 80%", align="R")

y = 80
pdf.set_font("LS", "B", 8.5); pdf.set_fill_color(225, 225, 225)
cols = [("PRODUCT", 80), ("QUANTITY (L)", 34), ("PRICE / L", 36), ("AMOUNT", 46)]
x = 10
for t, w in cols:
    pdf.set_xy(x, y); pdf.cell(w, 6, t, border=1, fill=True, align="C"); x += w
rows = [("Propane HD-5 (farm heating)", "890.5", "$0.689", "613.55"),
        ("Federal fuel charge (propane)", "890.5", "$0.1238", "110.24")]
pdf.set_font("LS", "", 9.5)
for r in rows:
    y += 6; x = 10
    for (t, w), v in zip(cols, r):
        pdf.set_xy(x, y); pdf.cell(w, 6, v, border=1, align="L" if w == 80 else "R"); x += w
y += 10
for lab, val, b in [("SUBTOTAL", "723.79", False), ("GST 5%", "36.19", False), ("TOTAL DUE (CAD)", "$759.98", True)]:
    pdf.set_font("LS", "B" if b else "", 10 if b else 9.5)
    pdf.set_xy(126, y); pdf.cell(34, 6, lab, border=1)
    pdf.set_xy(160, y); pdf.cell(46, 6, val, border=1, align="R"); y += 6

pdf.set_font("LS", "", 8)
pdf.set_xy(10, 126)
pdf.multi_cell(110, 3.8, "Terms: net 30 days from delivery date. 2% per month (26.82% per annum) charged on overdue accounts. "
               "Leak check performed: YES.  Regulator & appliance check: not requested.  Customer not present – ticket left at door.")
pdf.set_xy(10, 140); pdf.cell(90, 5, "Customer signature: ______________________________")
pdf.set_xy(10, 150); pdf.set_font("LS", "", 6.5)
pdf.multi_cell(196, 3, "Propane is a flammable gas. If you smell gas: leave the area immediately, do not operate electrical switches, and call our 24 hour emergency line from a safe location. "
               "Tank remains the property of Parkland Propane & Fuels and may only be filled by Parkland. Retain this ticket for your records. Customer copy.")
pdf.output(out)
