"""Hotel tax invoice with CGST/SGST, Bengaluru (ReportLab canvas). Usage: python3 10_hotel_tax_invoice_in.rl.py out.pdf"""
import sys

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSansCondensed-Bold.ttf"))
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Tax Invoice MRB/2526/004173")
W, H = A4
L, R = 15 * mm, W - 15 * mm
c.setFont("DVB", 16)
c.drawCentredString(W / 2, H - 20 * mm, "MALABAR RESIDENCY BENGALURU")
c.setFont("DV", 8.5)
c.drawCentredString(W / 2, H - 25 * mm, "A unit of Hotel Malabar Residency Private Limited")
c.drawCentredString(W / 2, H - 29 * mm, "No. 41, Residency Road, Shanthala Nagar, Bengaluru, Karnataka 560025 · Ph. 080 4187 2600")
c.drawCentredString(W / 2, H - 33 * mm, "GSTIN: 29AAHCK4827M1ZX · State: Karnataka (29) · SAC 996311")
c.setFont("DVB", 12)
c.drawCentredString(W / 2, H - 42 * mm, "TAX INVOICE")
c.setLineWidth(0.6)
c.rect(L, H - 78 * mm, R - L, 32 * mm)
c.line(W / 2, H - 78 * mm, W / 2, H - 46 * mm)


def block(x, y, lines):
    for i, (k, v) in enumerate(lines):
        c.setFont("DV", 8.5)
        c.drawString(x, y - i * 4.6 * mm, k)
        c.setFont("DVB", 8.5)
        c.drawString(x + 30 * mm, y - i * 4.6 * mm, v)


block(L + 3 * mm, H - 51 * mm, [("Guest name", "Priya Raghunathan"), ("Company", "Veritas Medical Devices India Pvt Ltd"),
                                ("Company GSTIN", "27AABCV4182K1Z0"), ("Address", "Plot 17, MIDC Andheri East, Mumbai"),
                                ("Room / Pax", "614 / 1"), ("Plan", "EP (room only)")])
block(W / 2 + 3 * mm, H - 51 * mm, [("Invoice no.", "MRB/2526/004173"), ("Invoice date", "14/11/2025"),
                                    ("Arrival", "11/11/2025 13:20"), ("Departure", "14/11/2025 10:05"),
                                    ("Folio / Res. no.", "F-88216 / R-51902"), ("Place of supply", "Karnataka (29)")])
cols = [("Date", L + 2 * mm, "l"), ("Particulars", L + 22 * mm, "l"), ("SAC", L + 92 * mm, "l"),
        ("Taxable value", L + 128 * mm, "r"), ("GST %", L + 142 * mm, "r"), ("CGST", L + 160 * mm, "r"), ("SGST", R - 2 * mm, "r")]
y = H - 88 * mm
c.setFillColor(HexColor("#e8e8e8"))
c.rect(L, y - 2 * mm, R - L, 7 * mm, stroke=0, fill=1)
c.setFillColor(black)
c.setFont("DVB", 8.5)
for t, x, a in cols:
    (c.drawString if a == "l" else c.drawRightString)(x, y, t)
rows = [("11/11/2025", "Room tariff - Deluxe King", "996311", "7,800.00", "18", "702.00", "702.00"),
        ("12/11/2025", "Room tariff - Deluxe King", "996311", "7,800.00", "18", "702.00", "702.00"),
        ("13/11/2025", "Room tariff - Deluxe King", "996311", "7,800.00", "18", "702.00", "702.00"),
        ("12/11/2025", "Laundry - express (6 pcs)", "999712", "640.00", "18", "57.60", "57.60"),
        ("12/11/2025", "Restaurant 'Spice Coast' - dinner", "996331", "1,850.00", "5", "46.25", "46.25")]
c.setFont("DV", 8.5)
for r in rows:
    y -= 7 * mm
    for (t, x, a), v in zip(cols, r):
        (c.drawString if a == "l" else c.drawRightString)(x, y, v)
    c.setStrokeColor(HexColor("#cccccc"))
    c.line(L, y - 2.5 * mm, R, y - 2.5 * mm)
c.setStrokeColor(black)
y -= 12 * mm
summ = [("Total taxable value", "25,890.00"), ("CGST", "2,209.85"), ("SGST", "2,209.85"), ("Round off", "0.00"),
        ("Grand total (INR)", "30,309.70"), ("Less: advance received", "0.00"), ("Settled by card (Amex ****1009)", "30,309.70")]
for i, (k, v) in enumerate(summ):
    c.setFont("DVB" if k.startswith("Grand") else "DV", 9.5 if k.startswith("Grand") else 9)
    c.drawString(L + 95 * mm, y - i * 6 * mm, k)
    c.drawRightString(R - 2 * mm, y - i * 6 * mm, v)
c.rect(L + 92 * mm, y - 6 * 6 * mm - 3 * mm, R - L - 92 * mm, 7 * 6 * mm + 1 * mm)
c.setFont("DV", 8.5)
c.drawString(L, y, "Amount in words:")
c.drawString(L, y - 5 * mm, "Rupees Thirty Thousand Three Hundred")
c.drawString(L, y - 10 * mm, "Nine and Seventy Paise only")
c.drawString(L, y - 20 * mm, "Room tariff per night: Rs. 7,800.00 (3 nights)")
c.drawString(L, y - 25 * mm, "Tax on room tariff above Rs. 7,500: 18% GST.")
c.setFont("DV", 7.5)
c.drawString(L, 40 * mm, "Whether tax is payable on reverse charge: No. Intra-state supply - CGST and SGST charged.")
c.drawString(L, 35 * mm, "This is a computer generated invoice. Subject to Bengaluru jurisdiction.")
c.drawString(L, 30 * mm, "Guest signature: ______________________      For Hotel Malabar Residency Private Limited - Front Office Manager")
c.showPage()
c.save()
