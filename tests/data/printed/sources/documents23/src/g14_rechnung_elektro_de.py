"""D14: German electrical wholesale invoice, ~90 positions with "Übertrag" at each page break,
footer with bank/registry details on every page (fpdf2)."""
import sys, datetime
from fpdf import FPDF
from common import fmt
import data

d = data.d14()
OUT = sys.argv[1]
RE = d["invoice_number"]
FONT = "/usr/share/fonts/truetype/liberation2/"
RED = (170, 20, 30)


def e(x):
    return fmt(x, "eu")


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "B", 10)
        self.set_text_color(*RED)
        self.cell(90, 5, "RHEINLAND ELEKTRO")
        self.set_text_color(0, 0, 0)
        self.set_font("LS", "", 8)
        self.cell(0, 5, f"Rechnung {RE} vom 21.03.2025  ·  Kunden-Nr. {d['customer_number']}  ·  Seite {self.page_no()} von {{nb}}",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*RED)
        self.set_line_width(0.4)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-22)
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(1)
        self.set_font("LS", "", 6.5)
        self.set_text_color(90, 90, 90)
        cols = [
            "Rheinland Elektro-Großhandel GmbH\nIndustriestraße 112\n50829 Köln\nTel. 0221 958 47-0 · info@rheinland-elektro.de",
            "Geschäftsführer: Dipl.-Ing. Stefan Kürten,\nMarion Esser\nAmtsgericht Köln HRB 48213\nSitz der Gesellschaft: Köln",
            "Sparkasse KölnBonn\nIBAN DE27 3705 0198 0029 3847 56\nBIC COLSDE33XXX\nGläubiger-ID DE98ZZZ00000412873",
            "USt-IdNr. DE814293057\nSteuer-Nr. 217/5821/0934\nWEEE-Reg.-Nr. DE 38219475\nwww.rheinland-elektro.de",
        ]
        w = (self.w - self.l_margin - self.r_margin) / 4
        y = self.get_y()
        for i, c in enumerate(cols):
            self.set_xy(self.l_margin + i * w, y)
            self.multi_cell(w - 2, 3, c, align="L")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 3, 21, 6, 30, tzinfo=datetime.timezone.utc))
pdf.set_title(f"Rechnung {RE}")
pdf.add_font("LS", "", FONT + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FONT + "LiberationSans-Bold.ttf")
pdf.add_font("LN", "", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf")
pdf.add_font("LN", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf")
pdf.set_margins(20, 12, 15)
pdf.set_auto_page_break(False)
pdf.alias_nb_pages()
pdf.add_page()

# letterhead
pdf.set_font("LS", "B", 20)
pdf.set_text_color(*RED)
pdf.cell(0, 9, "RHEINLAND ELEKTRO", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 8)
pdf.set_text_color(80, 80, 80)
pdf.cell(0, 4, "Großhandel für Elektro-, Licht- und Gebäudetechnik seit 1962", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
# DIN 5008 address field
pdf.set_xy(20, 45)
pdf.set_font("LS", "", 6.5)
pdf.cell(85, 4, "Rheinland Elektro-Großhandel GmbH · Industriestraße 112 · 50829 Köln", border="B")
pdf.set_xy(20, 52)
pdf.set_font("LS", "", 10)
pdf.multi_cell(85, 4.6, "Elektro Brandt GmbH & Co. KG\nBuchhaltung\nAachener Straße 786\n50933 Köln")
# info block
info = [("Rechnungs-Nr.", RE), ("Rechnungsdatum", "21.03.2025"), ("Kunden-Nr.", d["customer_number"]),
        ("Lieferschein-Nr.", d["delivery_note"]), ("Lieferdatum", "19.03.2025"), ("Ihre Bestellung", "B-2025-0388 vom 12.03.2025"),
        ("Kommission", "BV Ehrenfeld, Venloer Str. 241"), ("Ihr Ansprechpartner", "Herr Petersen, -214")]
y = 45
for k, v in info:
    pdf.set_xy(120, y)
    pdf.set_font("LS", "", 8)
    pdf.cell(30, 4.4, k)
    pdf.set_font("LS", "B" if k.startswith("Rechnungs-") else "", 8)
    pdf.cell(0, 4.4, v)
    y += 4.4
pdf.set_xy(20, 92)
pdf.set_font("LS", "B", 13)
pdf.cell(0, 7, f"Rechnung Nr. {RE}", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9)
pdf.multi_cell(0, 4.3, "Sehr geehrte Damen und Herren,\nwir danken für Ihren Auftrag und berechnen Ihnen gemäß unseren "
               "Allgemeinen Lieferbedingungen wie folgt:")
pdf.ln(2)

W = [9, 29, 68, 13, 9, 17, 0, 0]
W[6] = 13
W[7] = pdf.w - 35 - sum(W[:7])
H = ["Pos.", "Artikel-Nr.", "Bezeichnung", "Menge", "ME", "EP €", "Rab. %", "Gesamt €"]
LIMIT = pdf.h - 22 - 14


def head():
    pdf.set_font("LN", "B", 7.6)
    pdf.set_fill_color(235, 235, 235)
    for w, t, a in zip(W, H, "LLLRCRRR"):
        pdf.cell(w, 5.5, t, fill=True, align=a, border="TB")
    pdf.ln()


def carry(label, amount):
    pdf.set_font("LN", "B", 7.8)
    pdf.cell(sum(W[:7]), 5.5, label, border="T")
    pdf.cell(W[7], 5.5, e(amount), align="R", border="T", new_x="LMARGIN", new_y="NEXT")


head()
run = 0
for l in d["lines"]:
    if pdf.get_y() + 4.6 > LIMIT:
        carry(f"Übertrag auf Seite {pdf.page_no() + 1}", run)
        pdf.add_page()
        head()
        carry(f"Übertrag von Seite {pdf.page_no() - 1}", run)
    pdf.set_font("LN", "", 7.8)
    pdf.cell(W[0], 4.6, str(l["pos"]))
    pdf.cell(W[1], 4.6, l["art"])
    pdf.cell(W[2], 4.6, l["txt"][:58])
    pdf.cell(W[3], 4.6, f"{l['qty']:,}".replace(",", "."), align="R")
    pdf.cell(W[4], 4.6, l["unit"], align="C")
    pdf.cell(W[5], 4.6, e(l["price"]), align="R")
    pdf.cell(W[6], 4.6, f"{l['disc']}" if l["disc"] else "", align="R")
    pdf.cell(W[7], 4.6, e(l["amt"]), align="R", new_x="LMARGIN", new_y="NEXT")
    run += l["amt"]

# totals block (keep together)
if pdf.get_y() + 78 > LIMIT:
    carry(f"Übertrag auf Seite {pdf.page_no() + 1}", run)
    pdf.add_page()
    carry(f"Übertrag von Seite {pdf.page_no() - 1}", run)
pdf.ln(1)
x0 = 105
for k, v, b in [("Warenwert", d["warenwert"], ""), ("Fracht- und Verpackungspauschale", d["fracht"], ""),
                ("Nettobetrag", d["netto"], "B"), ("zzgl. 19 % USt. auf " + e(d["netto"]), d["mwst"], ""),
                ("Rechnungsbetrag EUR", d["total"], "B")]:
    pdf.set_x(x0)
    pdf.set_font("LS", b, 10 if k.startswith("Rechnungsbetrag") else 8.6)
    brd = "TB" if k.startswith("Rechnungsbetrag") else 0
    pdf.cell(62, 6, k, border=brd)
    pdf.cell(0, 6, e(v), align="R", border=brd, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("LS", "", 8.6)
pdf.multi_cell(0, 4.3,
    f"Zahlungsbedingungen: zahlbar innerhalb von 14 Tagen (bis 04.04.2025) abzüglich 2 % Skonto = {e(d['skonto'])} € "
    f"(Zahlbetrag {e(d['total'] - d['skonto'])} €) oder innerhalb von 30 Tagen (bis 20.04.2025) ohne Abzug.\n"
    "Bitte geben Sie bei Zahlung stets Rechnungs- und Kundennummer an. Skontoabzug nur bei vollständigem Ausgleich aller "
    "fälligen Rechnungen.\n"
    "Leistungsdatum entspricht dem Lieferdatum. Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum "
    "(erweiterter Eigentumsvorbehalt gemäß Ziff. 8 unserer AGB).\n"
    "Kupfernotierung (DEL) bei Lieferung: 895,40 €/100 kg; Kupferzuschläge sind in den Kabelpreisen enthalten.\n"
    "Elektro- und Elektronikgeräte: Rücknahme gemäß ElektroG an unserem Standort Köln-Ossendorf.")
pdf.ln(3)
pdf.multi_cell(0, 4.3, "Mit freundlichen Grüßen\nRheinland Elektro-Großhandel GmbH – Debitorenbuchhaltung")

pdf.output(f"{OUT}/s23_rechnung_elektro_de.pdf")
