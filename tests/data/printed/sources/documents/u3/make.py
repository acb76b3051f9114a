# Internet (NBN) bill, Australia, A4, fpdf2
import sys
from fpdf import FPDF

GREEN = (46, 110, 62)
GREY = (95, 95, 95)

class Bill(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 6.5); self.set_text_color(*GREY)
        self.cell(0, 4, "Wattle Broadband Pty Ltd  ABN 71 603 559 218  |  PO Box 1180, Bendigo VIC 3552  |  wattlebroadband.com.au  |  13 28 64", align="C")

pdf = Bill(format="A4")
pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
pdf.set_title("Wattle Broadband bill W-38827104")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_margins(15, 15, 15)

# header
pdf.set_fill_color(*GREEN); pdf.rect(0, 0, 210, 30, "F")
pdf.set_text_color(255, 255, 255)
pdf.set_xy(15, 9); pdf.set_font("DV", "B", 20); pdf.cell(100, 9, "wattle broadband")
pdf.set_xy(120, 8); pdf.set_font("DV", "B", 11); pdf.cell(75, 6, "Tax Invoice", align="R")
pdf.set_xy(120, 14); pdf.set_font("DV", "", 8); pdf.cell(75, 5, "Invoice W-38827104", align="R")
pdf.set_xy(120, 19); pdf.cell(75, 5, "ABN 71 603 559 218", align="R")
pdf.set_text_color(0, 0, 0)

# address
pdf.set_xy(15, 42); pdf.set_font("DV", "", 10)
pdf.multi_cell(90, 5, "Mr Liam O'Connell\n4/17 Hargreaves Street\nBendigo VIC 3550")

# right-hand summary panel: labels above values
x0, y0 = 118, 40
pdf.set_draw_color(*GREEN); pdf.set_line_width(0.4); pdf.rect(x0, y0, 77, 62)
def kv(label, value, y, big=False):
    pdf.set_xy(x0 + 5, y); pdf.set_font("DV", "", 7.5); pdf.set_text_color(*GREY); pdf.cell(67, 4, label)
    pdf.set_xy(x0 + 5, y + 4); pdf.set_font("DV", "B", 15 if big else 10); pdf.set_text_color(0, 0, 0)
    pdf.cell(67, 7 if big else 5, value)
kv("Account number", "7002 4189 5", y0 + 4)
kv("Issue date", "3 March 2025", y0 + 15)
kv("Total amount due", "$89.00", y0 + 26, big=True)
kv("Due date", "17 March 2025", y0 + 40)
pdf.set_xy(x0 + 5, y0 + 52); pdf.set_font("DV", "", 7); pdf.set_text_color(*GREY)
pdf.cell(67, 4, "Direct debit from your Visa ending 0613")
pdf.set_text_color(0, 0, 0)

# account summary
pdf.set_xy(15, 72); pdf.set_font("DV", "B", 11); pdf.set_text_color(*GREEN); pdf.cell(90, 6, "Account summary")
pdf.set_text_color(0, 0, 0); pdf.set_font("DV", "", 9)
rows = [("Previous bill", "$89.00"), ("Payment received 18 Feb - thank you", "-$89.00"), ("Balance carried forward", "$0.00"), ("New charges this bill", "$89.00")]
y = 80
for a, b in rows:
    pdf.set_xy(15, y); pdf.cell(70, 5.5, a); pdf.cell(25, 5.5, b, align="R"); y += 5.5

# charges table
y = 112
pdf.set_xy(15, y); pdf.set_font("DV", "B", 11); pdf.set_text_color(*GREEN); pdf.cell(0, 6, "Your charges"); pdf.set_text_color(0, 0, 0)
y += 9
pdf.set_fill_color(236, 243, 237)
pdf.set_xy(15, y); pdf.set_font("DV", "B", 8.5)
pdf.cell(95, 7, "  Service", fill=True); pdf.cell(55, 7, "Period", fill=True); pdf.cell(30, 7, "Amount  ", fill=True, align="R")
y += 7
pdf.set_font("DV", "", 9)
for s, p, a in [("NBN Home Fast 100/20 - unlimited data", "01 Mar 2025 - 31 Mar 2025", "$85.00"),
                ("Static IP address add-on", "01 Mar 2025 - 31 Mar 2025", "$4.00")]:
    pdf.set_xy(15, y); pdf.cell(95, 7, "  " + s); pdf.cell(55, 7, p); pdf.cell(30, 7, a + "  ", align="R")
    pdf.line(15, y + 7, 195, y + 7); y += 7
y += 2
for a, b, bold in [("Total new charges (incl. GST)", "$89.00", True), ("GST included in total", "$8.09", False)]:
    pdf.set_xy(110, y); pdf.set_font("DV", "B" if bold else "", 9.5 if bold else 8.5)
    pdf.cell(55, 6, a, align="R"); pdf.cell(30, 6, b + "  ", align="R"); y += 6

pdf.set_xy(15, y + 8); pdf.set_font("DV", "", 8); pdf.set_text_color(*GREY)
pdf.multi_cell(180, 4.2, "Service address: 4/17 Hargreaves Street, Bendigo VIC 3550. NBN technology: FTTP. Typical evening speed 97 Mbps.\n"
               "Your direct debit of $89.00 will be processed on the due date. Need help? Chat with us in the Wattle app or call 13 28 64, 8am-8pm AEST, 7 days.")
pdf.set_text_color(0, 0, 0)

# tear-off payment slip
ys = 228
pdf.set_dash_pattern(dash=1.5, gap=1.5); pdf.set_draw_color(120, 120, 120); pdf.line(10, ys, 200, ys); pdf.set_dash_pattern()
pdf.set_xy(15, ys + 2); pdf.set_font("DV", "", 6.5); pdf.cell(0, 3, "Detach and return this slip if paying by mail")
pdf.set_xy(15, ys + 8); pdf.set_font("DV", "B", 10); pdf.cell(80, 5, "Payment slip")
pdf.set_font("DV", "", 8.5)
pdf.set_xy(15, ys + 15); pdf.multi_cell(80, 4.5, "BPAY  Biller code 447215\nRef 7002418950\n\nPost Billpay  *721 7002418950")
pdf.set_xy(110, ys + 8)
pdf.set_font("DV", "", 8.5)
for a, b in [("Customer", "Liam O'Connell"), ("Account no.", "7002 4189 5"), ("Due date", "17/03/2025"), ("Amount due", "$89.00")]:
    pdf.set_x(110); pdf.cell(35, 6, a); pdf.set_font("DV", "B", 9); pdf.cell(50, 6, b, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 8.5)
pdf.output(sys.argv[1])
