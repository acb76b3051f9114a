import sys, datetime
from fpdf import FPDF

F = "/usr/share/fonts/truetype/liberation2/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.datetime(2025, 4, 1, tzinfo=datetime.timezone.utc))
pdf.add_font("ls", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("ls", "B", F + "LiberationSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
RED = (200, 16, 46)

pdf.set_fill_color(*RED)
pdf.rect(0, 0, 210, 26, "F")
pdf.set_text_color(255)
pdf.set_font("ls", "B", 20)
pdf.set_xy(15, 8)
pdf.cell(100, 10, "TV Licensing")
pdf.set_font("ls", "", 9)
pdf.set_xy(120, 8)
pdf.multi_cell(75, 4.5, "Darlington DL98 1TL\ntvlicensing.co.uk  ·  0300 790 6144", align="R")

pdf.set_text_color(0)
pdf.set_font("ls", "", 10.5)
pdf.set_xy(15, 40)
pdf.multi_cell(90, 5.2, "Daniel Okafor\n14 Larch Grove\nOtley Bridge\nLS21 4QT")
pdf.set_font("ls", "", 9)
pdf.set_xy(125, 40)
pdf.multi_cell(70, 5, "Date: 19 May 2025\nYour reference: 1158973241\nPayment: Direct Debit (annual)", align="R")

pdf.set_font("ls", "B", 17)
pdf.set_xy(15, 72)
pdf.cell(0, 9, "Here's your new TV Licence")
pdf.set_font("ls", "", 10)
pdf.set_xy(15, 83)
pdf.multi_cell(180, 5.2, "Dear Daniel Okafor,\n\nThank you for renewing. Your TV Licence is printed below. Please keep it somewhere safe; you don't need to display it. "
               "It covers you to watch or record live TV on any channel or service, and to download or watch any BBC programmes on BBC iPlayer, at the address shown.")

# the licence itself
y = 112
pdf.set_draw_color(*RED)
pdf.set_line_width(0.8)
pdf.rect(15, y, 180, 74)
pdf.set_fill_color(*RED)
pdf.rect(15, y, 180, 11, "F")
pdf.set_text_color(255)
pdf.set_font("ls", "B", 13)
pdf.set_xy(20, y + 2)
pdf.cell(100, 7, "TV Licence")
pdf.set_font("ls", "", 8.5)
pdf.set_xy(110, y + 2)
pdf.cell(80, 7, "Issued under the Communications Act 2003", align="R")
pdf.set_text_color(0)
rows = [("Licence number", "1158973241"),
        ("Licence holder", "Daniel Okafor"),
        ("Address", "14 Larch Grove, Otley Bridge, LS21 4QT"),
        ("Licence type", "Colour"),
        ("Valid from", "1 June 2025"),
        ("Expires", "31 May 2026"),
        ("Licence fee", "£174.50")]
yy = y + 16
for k, v in rows:
    pdf.set_xy(22, yy)
    pdf.set_font("ls", "", 9.5)
    pdf.set_text_color(90)
    pdf.cell(48, 7, k)
    pdf.set_text_color(0)
    pdf.set_font("ls", "B", 11)
    pdf.cell(120, 7, v)
    yy += 7.6
pdf.set_text_color(0)
pdf.set_font("ls", "", 8)
pdf.set_xy(120, y + 62)
pdf.cell(70, 6, "Issue date 19 May 2025  ·  Serial 25-0519-004471", align="R")

pdf.set_font("ls", "B", 11)
pdf.set_xy(15, 194)
pdf.cell(0, 6, "Your payments")
pdf.set_font("ls", "", 9.5)
pdf.set_xy(15, 201)
pdf.multi_cell(180, 5, "We will collect the licence fee of £174.50 in one payment by Direct Debit on or shortly after 1 June 2025 from the account you gave us "
               "(sort code ending 04, account ending 6620). Your previous licence, number 1158973241, expires on 31 May 2025 and was paid in full. "
               "We will write to you before your licence expires to tell you about your next renewal.")
pdf.set_font("ls", "B", 11)
pdf.set_xy(15, 224)
pdf.cell(0, 6, "Tell us about any changes")
pdf.set_font("ls", "", 9.5)
pdf.set_xy(15, 231)
pdf.multi_cell(180, 5, "If you move house, change your name or your bank details, or no longer need a licence, update your details at tvlicensing.co.uk/update. "
               "If you're 75 or over and receive Pension Credit, you may be eligible for a free licence. Blind or severely sight impaired? You could get 50% off.")
pdf.set_draw_color(180)
pdf.set_line_width(0.2)
pdf.line(15, 270, 195, 270)
pdf.set_font("ls", "", 7)
pdf.set_text_color(100)
pdf.set_xy(15, 272)
pdf.multi_cell(180, 3.4, "TV Licensing is a trade mark of the BBC and is used under licence by companies contracted by the BBC to administer the collection of television licence fees "
               "and enforcement of the television licensing system. The BBC is the licensing authority. Calls to 0300 numbers cost no more than calls to geographic numbers (01 or 02).")
pdf.output(sys.argv[1])
