"""Ride-hailing trip receipt as downloaded from the app (narrow phone-width page): total at the top, trip fare
breakdown (base, distance, time), booking fee, bridge toll, city surcharge, promotion, tip added after the trip,
two card charges (ride and tip) as distractors. US / Seattle (fpdf2, DejaVu Sans subset).
Usage: python3 02_ride_receipt_us.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import Decimal as D

from fpdf import FPDF

BASE, PER_MI, MI, PER_MIN, MIN = D("2.55"), D("1.15"), D("18.6"), D("0.32"), 34
dist, time = PER_MI * MI, PER_MIN * MIN
fare = BASE + dist + time
FEES = [("Booking fee", D("3.45")), ("SR 520 Bridge toll", D("4.30")), ("Seattle TNC surcharge", D("0.57"))]
subtotal = fare + sum(a for _n, a in FEES)
PROMO, TIP = D("-5.00"), D("9.00")
total = subtotal + PROMO + TIP
assert (dist, time, fare, subtotal, total) == (D("21.390"), D("10.88"), D("34.82"), D("43.14"), D("47.14")), \
    (dist, time, fare, subtotal, total)
charged_ride = subtotal + PROMO

F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(unit="mm", format=(110, 248))
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1764892800")), timezone.utc))
pdf.add_font("DV", "", F + "DejaVuSans.ttf")
pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_margins(9, 8, 9)
pdf.set_title("Hopper trip receipt HPR-2511-7742-0918")
pdf.add_page()
W = 92
GREEN = (0, 130, 96)
GREY = (110, 110, 110)


def txt(x, y, s, size=8.5, style="", color=(0, 0, 0), w=W, align="L"):
    pdf.set_xy(x, y)
    pdf.set_font("DV", style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, size * 0.45, s, align=align)
    pdf.set_text_color(0, 0, 0)


def row(y, left, right, size=8.5, style="", color=(0, 0, 0)):
    txt(9, y, left, size, style, color)
    txt(9, y, right, size, style, color, align="R")


def rule(y, c=(220, 220, 220), w=0.25):
    pdf.set_draw_color(*c)
    pdf.set_line_width(w)
    pdf.line(9, y, 9 + W, y)


# header band
pdf.set_fill_color(*GREEN)
pdf.rect(0, 0, 110, 24, "F")
txt(9, 7, "hopper", 17, "B", (255, 255, 255))
txt(9, 8, "Tue, Nov 18, 2025", 8, "", (255, 255, 255), align="R")
txt(9, 14.5, "Thanks for riding, Dana", 10, "", (255, 255, 255))

txt(9, 31, "Total", 16, "B")
txt(9, 31, f"${total:.2f}", 16, "B", align="R")
txt(9, 40, "Receipt # HPR-2511-7742-0918", 7.5, "", GREY)
txt(9, 44, "Trip ID 7c41a9e2-52d0-4b8e-9f13-0e8a1d6b2c47", 7.5, "", GREY)
rule(50)

y = 55
row(y, "Trip fare", f"${fare:.2f}", 9, "B")
y += 6
for n, a in [("Base fare", BASE), (f"Distance ({MI} mi × ${PER_MI}/mi)", dist), (f"Time ({MIN} min × ${PER_MIN}/min)", time)]:
    row(y, "   " + n, f"${a:.2f}", 7.8, "", GREY)
    y += 4.6
y += 1.5
rule(y)
y += 3.5
for n, a in FEES:
    row(y, n, f"${a:.2f}")
    y += 5.4
rule(y)
y += 3.5
row(y, "Subtotal", f"${subtotal:.2f}", 9, "B")
y += 6
row(y, "Promotion (HOPIN5)", f"-${-PROMO:.2f}", 8.5, "", GREEN)
y += 5.4
row(y, "Tip", f"${TIP:.2f}")
y += 6
rule(y, (60, 60, 60), 0.4)
y += 3.5
row(y, "Total", f"${total:.2f}", 10.5, "B")
y += 11

txt(9, y, "Payments", 9, "B")
y += 6
pdf.set_fill_color(240, 240, 240)
for label, when, amt in [("Visa •••• 4417", "11/18/25 8:19 AM", charged_ride), ("Visa •••• 4417", "11/18/25 8:31 AM · tip", TIP)]:
    pdf.rect(9, y - 1.2, 7, 4.6, "F")
    txt(18, y, label, 8.5)
    txt(18, y + 4, when, 7, "", GREY)
    txt(9, y, f"${amt:.2f}", 8.5, align="R")
    y += 10
pdf.set_xy(9, y)
pdf.set_font("DV", "", 6.8)
pdf.set_text_color(*GREY)
pdf.multi_cell(W, 3.3, "A temporary hold of $52.00 may appear on your statement; it is released within 3 business days.",
               align="L")
pdf.set_text_color(0, 0, 0)
y += 11
rule(y)
y += 4

txt(9, y, "Your trip", 9, "B")
txt(9, y, "HopperX · 18.6 mi · 34 min", 7.8, "", GREY, align="R")
y += 7
pdf.set_fill_color(*GREEN)
pdf.ellipse(10, y - 0.2, 2.4, 2.4, "F")
txt(15, y, "7:42 AM", 8, "B")
txt(15, y + 4.2, "1420 E Pine St, Seattle, WA 98122", 7.6, "", GREY)
pdf.set_draw_color(*GREEN)
pdf.line(11.2, y + 2.6, 11.2, y + 9.6)
y += 11
pdf.rect(10, y - 0.2, 2.4, 2.4, "F")
txt(15, y, "8:16 AM", 8, "B")
txt(15, y + 4.2, "7400 164th Ave NE, Redmond, WA 98052", 7.6, "", GREY)
y += 12
txt(9, y, "You rode with Marcus · License plate CDV 4182 · Toyota Camry Hybrid", 7.4, "", GREY)
y += 10
rule(y)
y += 4
pdf.set_xy(9, y)
pdf.set_font("DV", "", 6.6)
pdf.set_text_color(*GREY)
pdf.multi_cell(W, 3.3, align="L", text="Fares are calculated on time and distance; tolls are passed through at cost. The SR 520 toll was "
                       "charged by Good To Go! pay-by-mail rate. Tips go 100% to your driver.\n\n"
                       "Hopper Rides, Inc. · 500 Yale Ave N, Suite 400, Seattle, WA 98109 · help.hopperrides.example\n"
                       "Rider: Dana Whitfield (dana.whitfield@example.com)")
pdf.output(sys.argv[1])
