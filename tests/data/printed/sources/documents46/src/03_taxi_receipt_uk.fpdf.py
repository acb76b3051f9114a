"""Private-hire taxi receipt, London (fpdf2). Usage: python3 03_taxi_receipt_uk.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF

F = "/usr/share/fonts/truetype/liberation/"
pdf = FPDF(format="A5")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1761955200")), timezone.utc))
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_margins(12, 12, 12)
pdf.set_fill_color(255, 204, 0)
pdf.rect(0, 0, 148, 24, "F")
pdf.set_xy(12, 6)
pdf.set_font("LS", "B", 16)
pdf.cell(0, 7, "Thameside Private Hire Ltd")
pdf.set_xy(12, 14)
pdf.set_font("LS", "", 8)
pdf.cell(0, 5, "TfL operator licence 008817 · 24 Cable Street, London E1 8JG · 020 7946 0318")
pdf.set_xy(12, 30)
pdf.set_font("LS", "B", 13)
pdf.cell(0, 7, "JOURNEY RECEIPT")
pdf.ln(10)


def kv(k, v, bold=False):
    pdf.set_font("LS", "", 9)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(42, 6, k)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("LS", "B" if bold else "", 9)
    pdf.cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")


kv("Receipt no.", "TPH-250917-0382")
kv("Date", "17/09/2025")
kv("Booked by", "Halden & Pryce LLP (account HP-2210)")
kv("Passenger", "James Okonkwo")
kv("Pick-up", "Heathrow Terminal 5, Arrivals, 07:52")
kv("Drop-off", "1 Canada Square, Canary Wharf E14 5AB, 09:06")
kv("Vehicle / driver", "Toyota Corolla LV23 KPX / driver no. 4471")
kv("Distance", "34.6 miles")
pdf.ln(4)
pdf.set_draw_color(0, 0, 0)
pdf.line(12, pdf.get_y(), 136, pdf.get_y())
pdf.ln(2)


def line(k, v, bold=False):
    pdf.set_font("LS", "B" if bold else "", 10 if bold else 9)
    pdf.cell(90, 6, k)
    pdf.cell(34, 6, v, align="R", new_x="LMARGIN", new_y="NEXT")


line("Metered fare", "£78.40")
line("Waiting time (12 min)", "£6.00")
line("Heathrow pick-up charge", "£7.00")
line("Fare total (incl. VAT)", "£91.40", True)
line("VAT @ 20% included in fare", "£15.23")
line("Gratuity", "£8.00")
pdf.line(12, pdf.get_y() + 1, 136, pdf.get_y() + 1)
pdf.ln(3)
line("TOTAL PAID", "£99.40", True)
pdf.ln(3)
pdf.set_font("LS", "", 9)
pdf.multi_cell(0, 5, "Paid by American Express ending 1006 on 17/09/2025 at 09:07.\n"
               "Gratuities are outside the scope of VAT and are paid in full to the driver.")
pdf.set_y(186)
pdf.set_font("LS", "", 7.5)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 4, "Thameside Private Hire Ltd · Registered in England and Wales no. 09418273 · VAT reg. no. GB 284 7193 26\n"
               "Lost property and complaints: care@thameside-ph.example", align="C")
pdf.output(sys.argv[1])
