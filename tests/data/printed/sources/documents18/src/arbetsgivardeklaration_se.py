"""Swedish employer's monthly return (arbetsgivardeklaration, huvuduppgift) as a printed copy
from payroll software: a form of numbered boxes (fpdf2, core Helvetica)."""
import sys
import datetime as dt
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(orientation="P", unit="mm", format="A4")
pdf.set_creation_date(dt.datetime(2025, 4, 8, 9, 5, tzinfo=dt.timezone.utc))
pdf.set_title("Arbetsgivardeklaration 202503")
pdf.set_creator("Lönesystem Kronlöns 11")
pdf.set_auto_page_break(False)
pdf.set_producer("fpdf2 " + __import__("fpdf").__version__)
pdf.add_page()

GREY = (90, 90, 90)


def label(x, y, w, txt, size=6.5):
    pdf.set_text_color(*GREY)
    pdf.set_font("Helvetica", "", size)
    pdf.set_xy(x, y)
    pdf.cell(w, 3, txt)
    pdf.set_text_color(0, 0, 0)


def field(x, y, w, h, lab, val, vsize=10, align="L", code=None):
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.25)
    pdf.rect(x, y, w, h)
    if code:
        pdf.set_fill_color(225, 225, 225)
        pdf.rect(x, y, 9, h, style="FD")
        pdf.set_font("Helvetica", "B", 8)
        pdf.set_xy(x, y + h / 2 - 2)
        pdf.cell(9, 4, code, align="C")
        x0, w0 = x + 9, w - 9
    else:
        x0, w0 = x, w
    label(x0 + 1.2, y + 0.8, w0 - 2, lab)
    pdf.set_font("Helvetica", "B", vsize)
    pdf.set_xy(x0 + 1.2, y + h - 6)
    pdf.cell(w0 - 2.4, 5, val, align=align)


# header
pdf.set_font("Helvetica", "B", 15)
pdf.set_xy(15, 12)
pdf.cell(120, 7, "Arbetsgivardeklaration")
pdf.set_font("Helvetica", "", 10)
pdf.set_xy(15, 19)
pdf.cell(120, 5, "Huvuduppgift - redovisning av arbetsgivaravgifter och avdragen skatt")
pdf.set_font("Helvetica", "", 7.5)
pdf.set_xy(135, 12)
pdf.multi_cell(60, 3.4, "Kopia för arbetsgivarens arkiv\nInlämnad elektroniskt till\nSkatteverket 2025-04-08 09:04\nKvittens-id SKV-AGD-7731-904415", align="R")
pdf.set_line_width(0.6)
pdf.line(15, 27, 195, 27)

y = 31
field(15, y, 60, 11, "Redovisningsperiod (ÅÅÅÅMM)", "202503")
field(77, y, 58, 11, "Arbetsgivarens person-/organisationsnummer", "556934-2218")
field(137, y, 58, 11, "Sista dag för betalning", "2025-04-14")
y += 13
field(15, y, 120, 11, "Arbetsgivare (namn)", "Bergström & Nyqvist Bygg AB")
field(137, y, 58, 11, "Antal individuppgifter", "9", align="R")
y += 13
field(15, y, 120, 11, "Kontaktperson, telefon, e-post", "Annika Nyqvist, 031-712 44 80, lon@bnbygg.example.se", vsize=9)
field(137, y, 58, 11, "Bankgiro Skatteverket", "5050-1055")

y += 17
pdf.set_font("Helvetica", "B", 10)
pdf.set_xy(15, y)
pdf.cell(180, 5, "Underlag för arbetsgivaravgifter")
y += 7
rows = [
    ("020", "Avgiftspliktig bruttolön utom förmåner", "412 650"),
    ("012", "Avgiftspliktiga förmåner", "8 400"),
    ("060", "Underlag full arbetsgivaravgift", "402 850"),
    ("061", "Full arbetsgivaravgift 31,42 %", "126 575"),
    ("080", "Underlag ålderspensionsavgift (född 1938-1958)", "18 200"),
    ("081", "Ålderspensionsavgift 10,21 %", "1 858"),
    ("487", "Summa arbetsgivaravgifter och SLF", "128 433"),
]
for code, lab, val in rows:
    field(15, y, 130, 10, lab, "", code=code)
    field(147, y, 48, 10, "kronor", val, align="R")
    y += 11.5

y += 4
pdf.set_font("Helvetica", "B", 10)
pdf.set_xy(15, y)
pdf.cell(180, 5, "Avdragen skatt")
y += 7
rows = [
    ("001", "Avdragen preliminär skatt", "118 746"),
    ("002", "Avdragen skatt, SINK/A-SINK", "0"),
    ("497", "Summa skatteavdrag", "118 746"),
]
for code, lab, val in rows:
    field(15, y, 130, 10, lab, "", code=code)
    field(147, y, 48, 10, "kronor", val, align="R")
    y += 11.5

y += 4
pdf.set_fill_color(240, 240, 240)
pdf.set_line_width(0.6)
pdf.rect(15, y, 180, 22, style="FD")
pdf.set_line_width(0.25)
pdf.set_font("Helvetica", "B", 11)
pdf.set_xy(19, y + 3)
pdf.cell(110, 6, "Summa att betala (ruta 487 + ruta 497)")
pdf.set_xy(145, y + 3)
pdf.cell(46, 6, "247 179 kr", align="R")
pdf.set_font("Helvetica", "", 8.5)
pdf.set_xy(19, y + 10)
pdf.multi_cell(172, 3.8,
    "Betala till ditt skattekonto, bankgiro 5050-1055, med OCR-nummer 1655693422181 senast 2025-04-14. "
    "Föregående period (202502): 239 412 kr, betalt 2025-03-12. Saldo skattekonto 2025-04-08: 1 206 kr.")

y += 28
pdf.set_font("Helvetica", "", 7.5)
pdf.set_xy(15, y)
pdf.multi_cell(180, 3.4,
    "Underskrift: Uppgifterna är lämnade enligt lag (2011:1244) om skatteförfarandet. Deklarationen har signerats med "
    "e-legitimation av behörig företrädare Annika Nyqvist 2025-04-08. Individuppgifter för 9 betalningsmottagare har "
    "lämnats i samma inlämning. Ändringar görs genom en ny deklaration för samma period.")
pdf.set_xy(15, 285)
pdf.set_font("Helvetica", "", 6.5)
pdf.set_text_color(*GREY)
pdf.cell(180, 3, "Bergström & Nyqvist Bygg AB  -  Industrivägen 7, 433 61 Sävedalen  -  Org.nr 556934-2218  -  Godkänd för F-skatt  -  Sida 1 av 1", align="C")
pdf.output(out)
