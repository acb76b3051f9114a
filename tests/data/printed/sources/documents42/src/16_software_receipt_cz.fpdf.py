#!/usr/bin/env python3
"""Fakturio - daňový doklad / potvrzení o platbě za předplatné (fpdf2, DejaVu Sans)."""
import sys
from fpdf import FPDF

DV = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DVB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

ITEMS = [
    # popis, množství, cena bez DPH
    ("Fakturio Business – roční předplatné", 1, 4990.00),
    ("Doplněk Sklad a napojení e-shopu – roční licence", 1, 1200.00),
    ("Sleva 10 % za roční platbu", 1, -619.00),
]
BASE = round(sum(q * p for _, q, p in ITEMS), 2)
VAT = round(BASE * 0.21, 2)
TOTAL = round(BASE + VAT, 2)
assert (BASE, VAT, TOTAL) == (5571.00, 1169.91, 6740.91)


def kc(x, unit=True):
    s = f"{abs(x):,.2f}".replace(",", "X").replace(".", ",").replace("X", "\u00a0")
    return ("-" if x < 0 else "") + s + ("\u00a0Kč" if unit else "")


class Receipt(FPDF):
    def footer(self):
        self.set_y(-18)
        self.set_draw_color(200, 200, 200)
        self.line(18, self.get_y(), 192, self.get_y())
        self.set_font("dv", size=6.8)
        self.set_text_color(110, 110, 110)
        self.ln(1.5)
        self.cell(0, 3.6, "Fakturio s.r.o., Křižíkova 488/115, 186 00 Praha 8 – Karlín · IČO 27483169 · DIČ CZ27483169",
                  new_x="LMARGIN", new_y="NEXT", align="C")
        self.cell(0, 3.6, "zapsaná v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 118742",
                  new_x="LMARGIN", new_y="NEXT", align="C")
        self.cell(0, 3.6, f"Strana {self.page_no()}/{{nb}} · fakturio.example/ucet/doklady", align="C")


def main(out):
    pdf = Receipt(format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.add_font("dv", "", DV)
    pdf.add_font("dv", "B", DVB)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("dv", "B", 22)
    pdf.set_text_color(232, 93, 4)
    pdf.cell(80, 10, "fakturio")
    pdf.set_text_color(30, 30, 30)
    pdf.set_font("dv", "B", 13)
    pdf.cell(0, 10, "Daňový doklad č. 2025031204", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(80, 4, "Online fakturace pro živnostníky a malé firmy")
    pdf.cell(0, 4, "Potvrzení o přijaté platbě – ZAPLACENO", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(7)

    # dodavatel / odběratel
    y = pdf.get_y()
    pdf.set_draw_color(210, 210, 210)
    for x, title, lines in [
        (18, "DODAVATEL", ["Fakturio s.r.o.", "Křižíkova 488/115", "186 00 Praha 8 – Karlín", "IČO: 27483169", "DIČ: CZ27483169"]),
        (107, "ODBĚRATEL", ["Grafika Nováková s.r.o.", "Údolní 567/33", "602 00 Brno", "IČO: 05194725", "DIČ: CZ05194725"]),
    ]:
        pdf.rect(x, y, 85, 34)
        pdf.set_xy(x + 3, y + 2.5)
        pdf.set_font("dv", "", 6.8); pdf.set_text_color(120, 120, 120)
        pdf.cell(79, 4, title, new_x="LEFT", new_y="NEXT")
        pdf.set_text_color(20, 20, 20)
        for i, ln in enumerate(lines):
            pdf.set_font("dv", "B" if i == 0 else "", 10 if i == 0 else 8.5)
            pdf.cell(79, 5.2 if i == 0 else 4.6, ln, new_x="LEFT", new_y="NEXT")
    pdf.set_y(y + 39)

    # údaje dokladu: popisek vlevo, hodnota vpravo
    facts = [("Datum vystavení", "12. 3. 2025"), ("DUZP", "12. 3. 2025"),
             ("Forma úhrady", "platební karta"), ("Variabilní symbol", "2025031204"),
             ("Číslo zákaznického účtu", "FK-118204"), ("Období předplatného", "12. 3. 2025 – 11. 3. 2026")]
    pdf.set_font("dv", "", 8.5)
    for i in range(0, len(facts), 2):
        for j, (lab, val) in enumerate(facts[i:i + 2]):
            pdf.set_text_color(100, 100, 100)
            pdf.cell(52 if j == 0 else 40, 5.5, lab)
            pdf.set_text_color(20, 20, 20)
            pdf.cell(35 if j == 0 else 47, 5.5, val, align="L")
        pdf.ln()
    pdf.ln(5)

    # položky
    pdf.set_fill_color(232, 93, 4); pdf.set_text_color(255, 255, 255)
    pdf.set_font("dv", "B", 7.8)
    cols = [("Položka", 86, "L"), ("Množství", 16, "R"), ("Cena bez DPH", 24, "R"), ("DPH", 12, "R"), ("Celkem bez DPH", 36, "R")]
    for name, w, al in cols:
        pdf.cell(w, 7, name, align=al, fill=True)
    pdf.ln()
    pdf.set_text_color(20, 20, 20); pdf.set_font("dv", "", 8.2)
    for desc, q, p in ITEMS:
        pdf.cell(86, 7, desc)
        pdf.cell(16, 7, f"{q} ks", align="R")
        pdf.cell(24, 7, kc(p, False), align="R")
        pdf.cell(12, 7, "21 %", align="R")
        pdf.cell(36, 7, kc(q * p), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(225, 225, 225)
        pdf.line(18, pdf.get_y(), 192, pdf.get_y())
    pdf.ln(4)

    # rekapitulace DPH
    pdf.set_x(98)
    pdf.set_font("dv", "B", 7.8); pdf.set_fill_color(245, 245, 245)
    for name, w in [("Sazba", 18), ("Základ", 28), ("DPH", 24), ("Celkem", 24)]:
        pdf.cell(w, 6, name, align="R", fill=True)
    pdf.ln()
    pdf.set_x(98); pdf.set_font("dv", "", 8.2)
    for v, w in [("21 %", 18), (kc(BASE), 28), (kc(VAT), 24), (kc(TOTAL), 24)]:
        pdf.cell(w, 6, v, align="R")
    pdf.ln(10)

    pdf.set_x(98)
    pdf.set_fill_color(253, 236, 222)
    pdf.set_font("dv", "B", 12)
    pdf.cell(50, 11, "  Celkem k úhradě", fill=True)
    pdf.cell(44, 11, kc(TOTAL) + "  ", align="R", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(98); pdf.set_font("dv", "", 8.2)
    pdf.cell(50, 6, "Uhrazeno platební kartou")
    pdf.cell(44, 6, kc(-TOTAL), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(98)
    pdf.cell(50, 6, "Zbývá uhradit")
    pdf.cell(44, 6, kc(0), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)

    pdf.set_font("dv", "", 8.2); pdf.set_text_color(40, 40, 40)
    pdf.multi_cell(0, 4.6, "Platba byla přijata 12. března 2025 ve 14:22 kartou Visa •••• 4417 (autorizační kód 883106). "
                   "Předplatné se automaticky obnoví 12. března 2026; zrušit jej můžete kdykoli v Nastavení › Předplatné. "
                   "Tento doklad slouží jako daňový doklad i jako potvrzení o přijetí platby; originál je uložen ve vašem účtu.",
                   new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(4)
    pdf.set_font("dv", "", 7); pdf.set_text_color(110, 110, 110)
    pdf.multi_cell(0, 3.8, "Dodavatel je plátcem DPH. Cena je uvedena v Kč. Případné reklamace doložte číslem dokladu na podpora@fakturio.example.", align="L")
    pdf.output(out)


if __name__ == "__main__":
    main(sys.argv[1])
