"""Shared set-up for the fpdf2 generators of set 26 (fonts, fixed creation date)."""
import datetime
import fpdf
from fpdf import FPDF

LIB = "/usr/share/fonts/truetype/liberation2/"
DJV = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 4, 1, tzinfo=datetime.timezone.utc)


def new_pdf(fmt="A4", family="libsans", unit="mm", margin=15):
    pdf = FPDF(format=fmt, unit=unit)
    pdf.set_creation_date(FIXED)
    pdf.set_producer(f"PyFPDF/fpdf{fpdf.__version__}")
    pdf.add_font("libsans", "", LIB + "LiberationSans-Regular.ttf")
    pdf.add_font("libsans", "B", LIB + "LiberationSans-Bold.ttf")
    pdf.add_font("libsans", "I", LIB + "LiberationSans-Italic.ttf")
    pdf.add_font("libserif", "", LIB + "LiberationSerif-Regular.ttf")
    pdf.add_font("libserif", "B", LIB + "LiberationSerif-Bold.ttf")
    pdf.add_font("libserif", "I", LIB + "LiberationSerif-Italic.ttf")
    pdf.add_font("dejavu", "", DJV + "DejaVuSans.ttf")
    pdf.add_font("dejavu", "B", DJV + "DejaVuSans-Bold.ttf")
    pdf.add_font("dejavuc", "", DJV + "DejaVuSansCondensed.ttf")
    pdf.add_font("dejavuc", "B", DJV + "DejaVuSansCondensed-Bold.ttf")
    pdf.set_margins(margin, margin, margin)
    pdf.set_auto_page_break(True, margin + 5)
    pdf.set_font(family, "", 10)
    return pdf
