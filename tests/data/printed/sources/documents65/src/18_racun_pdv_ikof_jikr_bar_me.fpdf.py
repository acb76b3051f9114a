#!/usr/bin/env python3
"""RAČUN (Montenegro) -- two pages: header, parties and ten lines on page 1; PDV recap, totals, fiscal block (IKOF,
JIKR, InvNum with business-unit and ENU codes), bank details on page 2. PIB (8 digits, mod-11 check), PDV reg. broj,
PDV 21 %, EUR with dot grouping and decimal comma. fpdf2 with embedded TTF fonts (DejaVu Sans, DejaVu Sans Mono)."""
import sys
from datetime import datetime, timezone
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "s65_18.pdf"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2026, 3, 20, tzinfo=timezone.utc))
F = "/usr/share/fonts/truetype/dejavu/"
pdf.add_font("S", "", F + "DejaVuSans.ttf")
pdf.add_font("S", "B", F + "DejaVuSans-Bold.ttf")
pdf.add_font("M", "", F + "DejaVuSansMono.ttf")
pdf.set_margins(15, 14, 15)
pdf.set_auto_page_break(False)
W = 210 - 30
L = 15


def cell(x, y, w, h, txt, style="", size=8.2, align="L", border=0, fill=False, fam="S"):
    pdf.set_xy(x, y)
    pdf.set_font(fam, style, size)
    pdf.cell(w, h, txt, border=border, align=align, fill=fill)


def header(page):
    pdf.set_text_color(20, 60, 110)
    cell(L, 14, 120, 8, "Primorska Elektrotehnika d.o.o.", "B", 14)
    pdf.set_text_color(0, 0, 0)
    cell(L, 22, 120, 4.5, "Elektroinstalacije · automatika · rasvjeta", "", 7.8)
    cell(L, 26.5, 120, 4.5, "Bulevar revolucije 18, 85000 Bar, Crna Gora · tel. +382 30 41 82 73", "", 7.8)
    cell(L + W - 60, 14, 60, 4.5, "PIB: 02418274", "", 7.8, "R")
    cell(L + W - 60, 18.5, 60, 4.5, "PDV reg. broj: 30/31-04182-7", "", 7.8, "R")
    cell(L + W - 60, 23, 60, 4.5, "CRPS reg. br. 5-0418273 (14.05.2010.)", "", 7.8, "R")
    cell(L + W - 60, 27.5, 60, 4.5, f"Strana {page} od 2", "", 7.8, "R")
    pdf.set_draw_color(20, 60, 110)
    pdf.set_line_width(0.5)
    pdf.line(L, 33, L + W, 33)


# ---------------- page 1 ----------------
pdf.add_page()
header(1)
pdf.set_line_width(0.25)
pdf.set_draw_color(120, 120, 120)
pdf.rect(L, 37, 96, 30)
cell(L + 2, 38, 90, 4.5, "KUPAC", "B", 7)
for i, (s, st) in enumerate([("Nordhavn Crna Gora d.o.o.", "B"), ("Cetinjska 11, The Capital Plaza, 81000 Podgorica", ""),
                             ("PIB: 03091830", ""), ("PDV reg. broj: 30/31-09183-2", "")]):
    cell(L + 2, 43 + i * 5.2, 92, 5, s, st, 8.6 if st else 8)
rx = L + 100
rows = [("Datum izdavanja:", "16.03.2026."), ("Datum prometa:", "12.03.2026."), ("Rok plaćanja:", "15.04.2026."),
        ("Narudžbenica:", "NCG-NAR-26/047"), ("Otpremnica:", "OTP-26/0877"), ("Način plaćanja:", "Virman (bezgotovinski)")]
for i, (k, v) in enumerate(rows):
    cell(rx, 37 + i * 5, 34, 5, k, "", 8)
    cell(rx + 34, 37 + i * 5, W - 134, 5, v, "B" if i in (0, 2) else "", 8.2)
cell(L, 72, W, 9, "RAČUN br. 418/2026", "B", 15)

cols = [("R.b.", 9), ("Šifra", 20), ("Naziv", 70), ("JM", 11), ("Kol.", 13), ("Cijena bez PDV", 23), ("PDV %", 12), ("Iznos bez PDV", W - 158)]
y = 85
pdf.set_fill_color(226, 234, 244)
x = L
for n, w in cols:
    cell(x, y, w, 7, n, "B", 7.2, "C", 1, True)
    x += w
items = [("EL-1825", "Kabl NYY-J 5x2,5 mm², kolut 50 m", "kol", "24", "18,90", "453,60"),
         ("EL-3316", "Modularni prekidač C16 1P", "kom", "12", "42,50", "510,00"),
         ("EL-4100", "Razvodni ormar nadgradni 36 modula IP65", "kom", "6", "138,00", "828,00"),
         ("EL-0425", "Uvodnica kablovska M25, IP68", "kom", "40", "3,85", "154,00"),
         ("EL-7720", "LED panel 60x60 cm 40 W 4000 K", "kom", "8", "64,20", "513,60"),
         ("EL-9002", "Frekventni regulator 2,2 kW 400 V", "kom", "2", "385,00", "770,00"),
         ("EL-2206", "Kanalica PVC 40x60 mm, 2 m", "kom", "15", "12,40", "186,00"),
         ("EL-5530", "Reflektor LED 150 W IP66 sa senzorom", "kom", "3", "219,00", "657,00"),
         ("EL-0090", "Kablovske vezice 4,8x300 mm, pak. 100", "pak", "50", "1,96", "98,00"),
         ("US-MONT", "Montaža i puštanje u rad, objekat Zeta", "usl", "1", "420,00", "420,00")]
for i, (code, name, jm, q, p, a) in enumerate(items):
    y += 7
    vals = [str(i + 1), code, name, jm, q, p, "21", a]
    x = L
    for (n, w), v in zip(cols, vals):
        cell(x, y, w, 7, v, "", 7.6, "L" if n in ("Naziv", "Šifra") else ("C" if n in ("R.b.", "JM", "PDV %") else "R"), 1)
        x += w
cell(L, y + 10, W, 5, "Nastavak na strani 2 — prenos: iznos bez PDV-a 4.590,20 EUR", "", 7.8, "R")
cell(L, 282, W, 4, "Primorska Elektrotehnika d.o.o. · PIB 02418274 · Račun je izdat u elektronskom obliku i fiskalizovan.", "", 6.8, "C")

# ---------------- page 2 ----------------
pdf.add_page()
header(2)
cell(L, 38, W, 6, "RAČUN br. 418/2026 — nastavak", "B", 10)
y = 48
cell(L, y, 90, 5, "Rekapitulacija PDV-a", "B", 8.6)
y += 6
pdf.set_fill_color(226, 234, 244)
for i, (n, w) in enumerate([("Stopa", 24), ("Osnovica", 33), ("PDV", 33)]):
    cell(L + [0, 24, 57][i], y, w, 6, n, "B", 7.8, "C", 1, True)
for r, vals in enumerate([("21%", "4.590,20", "963,94"), ("7%", "0,00", "0,00"), ("0%", "0,00", "0,00")]):
    for i, v in enumerate(vals):
        cell(L + [0, 24, 57][i], y + 6 + r * 6, [24, 33, 33][i], 6, v, "", 8, "C" if i == 0 else "R", 1)
tx = L + W - 82
rows = [("Ukupno bez PDV-a", "4.590,20"), ("PDV 21%", "963,94"), ("Ukupno sa PDV-om", "5.554,14"),
        ("Avans", "0,00"), ("ZA PLAĆANJE (EUR)", "5.554,14")]
for i, (k, v) in enumerate(rows):
    st = "B" if k.startswith("ZA") else ""
    cell(tx, y + i * 6.4, 52, 6.4, k, st, 8.2 if not st else 9.4, "L", 1, bool(st))
    cell(tx + 52, y + i * 6.4, 30, 6.4, v, st, 8.2 if not st else 9.4, "R", 1, bool(st))
y += 40
cell(L, y, W, 5, "Slovima: pet hiljada petsto pedeset četiri eura i 14/100.", "", 8.2)
y += 10
pdf.set_draw_color(120, 120, 120)
pdf.rect(L, y, W, 42)
cell(L + 2, y + 1.5, 80, 5, "Fiskalni podaci", "B", 8.4)
fis = [("Broj računa (InvNum):", "kb458pq762/418/2026/tx931lm204"), ("Poslovna jedinica:", "kb458pq762"),
       ("ENU kod:", "tx931lm204"), ("IKOF:", "7A1C4E9F02B8D63F5E4A1092C7B3D8E6"),
       ("JIKR:", "c2f18a47-5d3b-4e91-a7c0-84b2e61f9d35"), ("Vrijeme fiskalizacije:", "16.03.2026. 09:58:31")]
for i, (k, v) in enumerate(fis):
    cell(L + 2, y + 7.5 + i * 5.4, 44, 5, k, "", 7.8)
    cell(L + 46, y + 7.5 + i * 5.4, 110, 5, v, "", 7.8, fam="M" if i in (0, 3, 4) else "S")
y += 50
notes = ["Uplatu izvršiti na žiro račun 510-4182736-43 kod Crnogorske komercijalne banke AD Podgorica,",
         "IBAN ME25 5100 0000 0418 2736 43, SWIFT CKBCMEPG; u pozivu na broj navesti 418/2026.",
         "Neizmireno: račun br. 297/2026 od 13.02.2026., 3.182,40 EUR (rok plaćanja 15.03.2026.).",
         "Za zakašnjela plaćanja obračunava se zakonska zatezna kamata. Reklamacije u roku od 8 dana od prijema robe."]
for i, s in enumerate(notes):
    cell(L, y + i * 5.2, W, 5, s, "", 7.9)
y += 34
cell(L, y, 70, 5, "Račun izdao: Nikola Vuković", "", 8.2)
cell(L + W - 70, y, 70, 5, "Robu primio: ____________________", "", 8.2, "R")
cell(L, 282, W, 4, "Primorska Elektrotehnika d.o.o. · PIB 02418274 · Račun je izdat u elektronskom obliku i fiskalizovan.", "", 6.8, "C")
pdf.output(out)
