"""EV fast-charging session receipt (Norway, English with Norwegian conventions) - fpdf2, narrow receipt format."""
import sys
import datetime
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(orientation="P", unit="mm", format=(90, 200))
pdf.set_creation_date(datetime.datetime(2025, 6, 1, tzinfo=datetime.timezone.utc))
pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
pdf.add_font("DVM", "", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
pdf.set_auto_page_break(False)
pdf.set_margins(7, 8, 7)
pdf.add_page()
W = pdf.w - 14

pdf.set_fill_color(18, 38, 58)
pdf.rect(0, 0, pdf.w, 24, style="F")
pdf.set_text_color(120, 230, 170)
pdf.set_font("DV", "B", 17)
pdf.set_xy(7, 6)
pdf.cell(W, 8, "fjordlade")
pdf.set_text_color(255, 255, 255)
pdf.set_font("DV", "", 7)
pdf.set_xy(7, 14)
pdf.cell(W, 4, "Fast charging for everyone")
pdf.set_text_color(0, 0, 0)

pdf.set_xy(7, 29)
pdf.set_font("DV", "B", 11)
pdf.cell(W, 6, "Charging receipt", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 7.5)
for line in ["Fjordlade AS", "Strandveien 50, 1366 Lysaker, Norway", "Org.nr. 918 527 346 MVA", "support@fjordlade.example · +47 21 55 04 80"]:
    pdf.cell(W, 3.8, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)


def dashed():
    y = pdf.get_y()
    x = 7
    while x < pdf.w - 7:
        pdf.line(x, y, min(x + 1.5, pdf.w - 7), y)
        x += 3
    pdf.ln(2)


def kv(k, v, bold=False):
    pdf.set_font("DV", "", 7.8)
    pdf.cell(W * 0.45, 4.6, k)
    pdf.set_font("DV", "B" if bold else "", 7.8)
    pdf.cell(W * 0.55, 4.6, v, align="R", new_x="LMARGIN", new_y="NEXT")


dashed()
kv("Receipt no.", "FL-7741-208315", True)
kv("Date", "12.05.2025")
kv("Location", "Fjordlade Lysaker Hub")
kv("Charger", "LYS-04 (150 kW DC, CCS)")
kv("EVSE ID", "NO*FJL*E04812*2")
kv("Vehicle", "EL 48213")
dashed()
pdf.set_font("DV", "B", 8.5)
pdf.cell(W, 5, "Session", new_x="LMARGIN", new_y="NEXT")
kv("Start", "12.05.2025 14:02:11")
kv("Stop", "12.05.2025 14:41:37")
kv("Duration", "39 min 26 s")
kv("Battery", "18 % → 74 %")
kv("Meter start / stop", "1 204 611,20 / 1 204 649,94")
kv("Energy delivered", "38,74 kWh", True)
dashed()

pdf.set_font("DV", "B", 8.5)
pdf.cell(W, 5, "Price", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DVM", "", 7.4)
lines = [
    ("Energy 38,74 kWh x 4,69", "181,69"),
    ("Start fee", "0,00"),
    ("Idle fee (0 min)", "0,00"),
]
for a, b in lines:
    pdf.cell(W * 0.7, 4.4, a)
    pdf.cell(W * 0.3, 4.4, b, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("DV", "", 7)
pdf.cell(W, 3.6, "Price per kWh: NOK 4,69 incl. MVA (peak hours tariff)", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_line_width(0.4)
pdf.line(7, pdf.get_y(), pdf.w - 7, pdf.get_y())
pdf.ln(1.5)
pdf.set_font("DV", "B", 11)
pdf.cell(W * 0.5, 7, "Total NOK")
pdf.cell(W * 0.5, 7, "181,69", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_line_width(0.2)
pdf.set_font("DV", "", 7.6)
kv("of which MVA 25 %", "36,34")
kv("Amount excl. MVA", "145,35")
dashed()
kv("Payment", "Visa **** 7716 (app)")
kv("Authorisation", "071245")
kv("Paid", "12.05.2025 14:41:52")
dashed()
pdf.set_font("DV", "", 6.6)
pdf.multi_cell(W, 3.2,
    "Thank you for charging with Fjordlade. Prices vary with time of day and are shown in the app before you start. "
    "Questions about this session? Quote the receipt number. This receipt is valid as documentation for "
    "reimbursement of business travel expenses.", align="C")
pdf.output(out)
