# Fuel station tax invoice, Australia, 80 mm, fpdf2
import sys
from fpdf import FPDF

pdf = FPDF(orientation="P", unit="mm", format=(80, 145))
pdf.set_margins(4, 5, 4)
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.add_font("LS", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
pdf.add_font("LM", "", "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf")
pdf.set_title("Tax Invoice 118274")
W = 72

def line(h=4, txt="", align="L", font=("LS", "", 8)):
    pdf.set_font(*font)
    pdf.cell(W, h, txt, align=align, new_x="LMARGIN", new_y="NEXT")

def lr(left, right, font=("LS", "", 8), h=4):
    pdf.set_font(*font)
    y = pdf.get_y()
    pdf.cell(W, h, left, align="L")
    pdf.set_xy(4, y)
    pdf.cell(W, h, right, align="R", new_x="LMARGIN", new_y="NEXT")

def dash():
    pdf.set_draw_color(0); pdf.set_line_width(0.2)
    pdf.set_dash_pattern(dash=1, gap=1)
    y = pdf.get_y() + 1
    pdf.line(4, y, 76, y); pdf.set_dash_pattern()
    pdf.set_y(y + 1.5)

line(7, "Southern Cross Fuel", "C", ("LS", "B", 14))
line(4, "Ballarat East", "C")
line(4, "1207 Humffray Street North", "C")
line(4, "Ballarat East VIC 3350", "C")
line(4, "Ph (03) 5331 4470", "C")
line(5, "ABN 53 614 882 907", "C")
line(6, "TAX INVOICE", "C", ("LS", "B", 10))
dash()
lr("22/03/2025  07:14", "Trans 118274")
lr("Terminal 02   Op: Kerryn", "Shift 4")
dash()
pdf.set_font("LS", "B", 8)
lr("Item", "Amount", ("LS", "B", 8))
line(4, "Pump 4  Unleaded 91")
lr("   42.18 L @ 189.9 c/L", "$80.10")
line(4, "Dare Iced Coffee Mocha 500ml")
lr("   1 @ $4.60", "$4.60")
line(4, "Car Wash Token - Premium")
lr("   1 @ $12.00", "$12.00")
dash()
lr("TOTAL", "$96.70", ("LS", "B", 12), 6)
lr("Includes GST", "$8.79")
dash()
lr("EFTPOS  Debit  Savings", "$96.70")
line(4, "Card   ************3308")
line(4, "Auth 448291   RRN 503007714829")
line(4, "APPROVED  00", font=("LS", "B", 8))
dash()
line(4, "Fuel points earned: 42", "C")
line(4, "Thank you - drive safely!", "C")
line(4, "Open 24/7  *  Trading as Southern Cross Fuel", "C", ("LS", "", 6.5))
line(4, "Holdings Pty Ltd", "C", ("LS", "", 6.5))
pdf.ln(2)
line(4, "CPN 0412-4-118274  22-03-25 07:14:52", "C", ("LM", "", 6))
pdf.output(sys.argv[1])
