"""Tradesman's pre-printed invoice pad filled in by hand (UK, Leeds): printed form in red ink with boxes and captions
(captions below the date / number boxes), pre-printed serial number, handwritten entries (URW Z003 script converted to
TrueType at build time so that it embeds as a TrueType CID font), labour and materials, net, VAT 20 %, total, bank
details and company / VAT numbers printed at the foot. A5 portrait (fpdf2).
Usage: python3 02_heating_engineer_pad_invoice_uk.fpdf.py out.pdf"""
import os
import sys
import tempfile
import warnings
from datetime import datetime, timezone
from decimal import Decimal as D

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF


def otf_to_ttf(path):
    """convert a CFF-flavoured OpenType font to TrueType outlines (fpdf2 embeds it as CIDFontType2)"""
    f = TTFont(path)
    order = f.getGlyphOrder()
    gs = f.getGlyphSet()
    glyphs = {}
    for g in order:
        pen = TTGlyphPen(gs)
        gs[g].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[g] = pen.glyph()
    f["loca"] = newTable("loca")
    f["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del f["CFF "]
    maxp = f["maxp"]
    maxp.tableVersion = 0x00010000
    for k in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
              "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, k, 0)
    maxp.maxZones = 1
    f["head"].indexToLocFormat = 0
    post = f["post"]
    post.formatType, post.extraNames, post.mapping, post.glyphOrder = 2.0, [], {}, order
    f.sfntVersion = "\x00\x01\x00\x00"
    out = os.path.join(tempfile.mkdtemp(prefix="set52-font-"), "Z003-MediumItalic.ttf")
    f.save(out)
    return out


LABOUR = [("Annual boiler service - Worcester Greenstar 30i", D("85.00")),
          ("Replace diverter valve (no hot water), 2.5 hrs @ 48.00", D("120.00"))]
MATS = [("Diverter valve kit", D("68.50")), ("Filling loop", D("14.20")), ("Inhibitor 1L", D("18.90")),
        ("Sundries (fittings, PTFE, flux)", D("6.40"))]
labour = sum(a for _, a in LABOUR)
mats = sum(a for _, a in MATS)
net = labour + mats
vat = (net * D("0.20")).quantize(D("0.01"))
total = net + vat
assert (labour, mats, net, vat, total) == (D("205.00"), D("108.00"), D("313.00"), D("62.60"), D("375.60"))

RED = (170, 35, 35)
INK = (22, 45, 140)
LS = "/usr/share/fonts/truetype/liberation/"
warnings.simplefilter("ignore", UserWarning)   # fpdf2 notes that the A5 size was corrected in 2.8.5
pdf = FPDF(format="A5")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1765497600")), timezone.utc))
pdf.add_font("S", "", LS + "LiberationSans-Regular.ttf")
pdf.add_font("S", "B", LS + "LiberationSans-Bold.ttf")
pdf.add_font("SE", "B", LS + "LiberationSerif-Bold.ttf")
pdf.add_font("M", "", LS + "LiberationMono-Regular.ttf")
HAND = otf_to_ttf("/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf")
pdf.add_font("H", "", HAND)
pdf.set_auto_page_break(False)
pdf.set_title("Invoice 0847")
pdf.add_page()
pdf.set_draw_color(*RED)
pdf.set_line_width(0.3)


def pr(x, y, s, size=7, style="", w=0, align="L", font="S"):
    """printed (pre-printed form) text in red"""
    pdf.set_text_color(*RED)
    pdf.set_font(font, style, size)
    pdf.set_xy(x, y)
    pdf.cell(w, size * 0.45, s, align=align)


def hw(x, y, s, size=12.5, w=0, align="L"):
    """handwritten entry in blue ink"""
    pdf.set_text_color(*INK)
    pdf.set_font("H", "", size)
    pdf.set_xy(x, y)
    pdf.cell(w, size * 0.45, s, align=align)


# ---- printed header
pr(10, 9, "Prendergast Plumbing & Heating Ltd", 15, "B", font="SE")
pr(10, 17, "Boilers  \u2022  Central heating  \u2022  Bathrooms  \u2022  Gas Safe registered 548213", 6.8)
pr(10, 20.5, "14 Moorland Road, Headingley, Leeds LS6 1AL  \u2022  0113 418 2736  \u2022  07700 918 273", 6.8)
pdf.set_fill_color(*RED)
pdf.rect(104, 8, 34, 8, "F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("S", "B", 11)
pdf.set_xy(104, 8)
pdf.cell(34, 8, "INVOICE", align="C")
pr(104, 18.5, "No.", 8, "B")
pdf.set_text_color(200, 20, 20)
pdf.set_font("M", "", 12)
pdf.set_xy(112, 17.6)
pdf.cell(26, 5, "0847", align="R")
pdf.line(10, 26, 138, 26)

# ---- boxes with captions below
boxes = [(10, 40, "14/11/25", "Date"), (54, 40, "11/11/25", "Date of work"), (98, 40, "\u2014", "Your order no.")]
for x, w, val, cap in boxes:
    pdf.rect(x, 29, w, 9)
    hw(x + 3, 31, val, 13)
    pr(x, 39, cap, 6.2)

# ---- customer
pdf.rect(10, 45, 128, 25)
pr(12, 46.5, "Customer", 6.2, "B")
pr(12, 52, "Name", 6.2)
pr(12, 58.5, "Address", 6.2)
pdf.set_draw_color(225, 150, 150)
for yy in (55.5, 62, 68.5):
    pdf.line(24, yy, 136, yy)
pdf.set_draw_color(*RED)
hw(25, 51, "Anne Whitfield", 13)
hw(25, 57.5, "27 Otley Old Road, Leeds LS16 6HE", 12.5)
pr(12, 65.2, "Tel.", 6.2)
hw(25, 63.6, "0113 267 4418", 11)

# ---- work table
top, rowh, nrows = 73, 7.2, 10
pdf.rect(10, top, 128, 6 + rowh * nrows)
pdf.line(110, top, 110, top + 6 + rowh * nrows)
pdf.line(10, top + 6, 138, top + 6)
pr(12, top + 1.3, "Description of work / materials", 6.8, "B")
pr(110, top + 1.3, "\u00a3", 7.5, "B", w=28, align="C")
pdf.set_draw_color(235, 175, 175)
for i in range(1, nrows):
    pdf.line(10, top + 6 + rowh * i, 138, top + 6 + rowh * i)
pdf.set_draw_color(*RED)
lines = [("Labour", None)] + LABOUR + [("Materials", None)] + MATS + [("Gas safety record issued - next service Nov 2026", None)]
for i, (desc, amt) in enumerate(lines):
    y = top + 6 + rowh * i + 1.6
    if amt is None:
        hw(13, y, desc, 11.5 if desc.startswith("Gas") else 12.5)
    else:
        hw(17, y, desc, 11.5)
        hw(110, y, f"{amt:.2f}", 12, w=26, align="R")

# ---- totals boxes (printed captions left of the boxes)
ty = top + 6 + rowh * nrows + 3
tots = [("Labour", labour), ("Materials", mats), ("Total net", net), ("VAT @ 20%", vat), ("TOTAL  \u00a3", total)]
for i, (cap, amt) in enumerate(tots):
    y = ty + i * 7.6
    bold = cap.startswith("TOTAL")
    pr(70, y + 1.6, cap, 7.5 if bold else 6.8, "B" if bold else "", w=38, align="R")
    pdf.set_line_width(0.6 if bold else 0.3)
    pdf.rect(110, y, 28, 6.6)
    hw(110, y + 1.1, f"{amt:.2f}", 12.5, w=26, align="R")
pdf.set_line_width(0.3)

# ---- left of the totals: terms and signature
pr(10, ty + 0.5, "Payment within 14 days of invoice date, please.", 6.4)
pr(10, ty + 4.5, "Bank transfer: Prendergast Plumbing & Heating Ltd", 6.4)
pr(10, ty + 8.0, "Sort code 40-18-27   Account no. 71836452", 6.4)
pr(10, ty + 11.5, "Please quote the invoice number as reference.", 6.4)
pdf.line(10, ty + 30, 60, ty + 30)
pr(10, ty + 31, "Signed", 6.2)
hw(14, ty + 24.5, "J. Prendergast", 14)

# ---- printed foot
pdf.line(10, 196, 138, 196)
pr(10, 197.5, "Prendergast Plumbing & Heating Ltd  \u2022  Registered in England & Wales no. 11827364  \u2022  "
   "VAT reg. no. GB 284 7163 35", 5.9)
pr(10, 200.8, "Registered office: 14 Moorland Road, Headingley, Leeds LS6 1AL", 5.9)

pdf.output(sys.argv[1])
os.remove(HAND)
os.rmdir(os.path.dirname(HAND))
