"""Shared helpers for the fpdf2 generators of set 31 (fonts, decorative QR-like squares)."""
import datetime
import random
from fpdf import FPDF

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation2"]


def new_pdf(title):
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 4, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.add_font("Sans", "", f"{FONT_DIRS[1]}/LiberationSans-Regular.ttf")
    pdf.add_font("Sans", "B", f"{FONT_DIRS[1]}/LiberationSans-Bold.ttf")
    pdf.add_font("Sans", "I", f"{FONT_DIRS[1]}/LiberationSans-Italic.ttf")
    pdf.add_font("DV", "", f"{FONT_DIRS[0]}/DejaVuSans.ttf")
    pdf.add_font("DV", "B", f"{FONT_DIRS[0]}/DejaVuSans-Bold.ttf")
    pdf.add_font("Mono", "", f"{FONT_DIRS[0]}/DejaVuSansMono.ttf")
    return pdf


def qr_like(pdf, x, y, size, seed, n=33, swiss_cross=False):
    """Draw a decorative QR-code-like symbol (finder patterns and random modules)."""
    r = random.Random(seed)
    m = [[r.random() < 0.5 for _ in range(n)] for _ in range(n)]

    def finder(fy, fx):
        for i in range(-1, 8):
            for j in range(-1, 8):
                yy, xx = fy + i, fx + j
                if 0 <= yy < n and 0 <= xx < n:
                    ring = max(abs(i - 3), abs(j - 3))
                    m[yy][xx] = (0 <= i < 7 and 0 <= j < 7) and ring in (0, 1, 3)

    finder(0, 0)
    finder(0, n - 7)
    finder(n - 7, 0)
    for k in range(8, n - 8):
        m[6][k] = m[k][6] = k % 2 == 0
    cell = size / n
    pdf.set_fill_color(0, 0, 0)
    for yy in range(n):
        xx = 0
        while xx < n:
            if m[yy][xx]:
                x0 = xx
                while xx < n and m[yy][xx]:
                    xx += 1
                pdf.rect(x + x0 * cell, y + yy * cell, (xx - x0) * cell, cell, style="F")
            else:
                xx += 1
    if swiss_cross:
        c = 7.0  # mm, as in the Swiss QR-bill style guide
        cx, cy = x + size / 2 - c / 2, y + size / 2 - c / 2
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(cx - 0.5, cy - 0.5, c + 1, c + 1, style="F")
        pdf.set_fill_color(0, 0, 0)
        pdf.rect(cx, cy, c, c, style="F")
        pdf.set_fill_color(255, 255, 255)
        arm, thick = c * 0.6, c * 0.19
        pdf.rect(cx + (c - thick) / 2, cy + (c - arm) / 2, thick, arm, style="F")
        pdf.rect(cx + (c - arm) / 2, cy + (c - thick) / 2, arm, thick, style="F")
    pdf.set_fill_color(255, 255, 255)
