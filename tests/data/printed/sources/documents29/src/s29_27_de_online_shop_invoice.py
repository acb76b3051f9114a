import sys, datetime
from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"


class P(FPDF):
    def footer(self):
        self.set_y(-24)
        self.set_draw_color(200)
        self.line(15, self.get_y(), 195, self.get_y())
        self.set_font("dc", "", 6.8)
        self.set_text_color(100)
        cols = ["Nordlicht Versand GmbH\nSpaldingstraße 64\n20097 Hamburg\nwww.nordlicht-versand.de",
                "Geschäftsführer: Henrik Paulsen, Lea Marx\nAmtsgericht Hamburg HRB 148812\nUSt-IdNr.: DE318774902\nSt.-Nr.: 48/712/04418",
                "Hamburger Sparkasse\nIBAN: DE88 2005 0550 1048 8172 00\nBIC: HASPDEHHXXX\nKundenservice: 040 882 147 0",
                "Es gelten unsere AGB.\nWiderrufsbelehrung: siehe\nnordlicht-versand.de/widerruf\nSeite %d von 1" % self.page_no()]
        x = 15
        y = self.get_y() + 2
        for c in cols:
            self.set_xy(x, y)
            self.multi_cell(45, 3.2, c)
            x += 45


pdf = P(format="A4")
pdf.set_creation_date(datetime.datetime(2025, 4, 1, tzinfo=datetime.timezone.utc))
pdf.add_font("dc", "", F + "DejaVuSansCondensed.ttf")
pdf.add_font("dc", "B", F + "DejaVuSansCondensed-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()

pdf.set_font("dc", "B", 22)
pdf.set_text_color(20, 60, 110)
pdf.set_xy(15, 14)
pdf.cell(100, 10, "nordlicht")
pdf.set_font("dc", "", 8)
pdf.set_text_color(120)
pdf.set_xy(15, 23)
pdf.cell(100, 4, "Wohnen · Küche · Licht — versandkostenfrei ab 49 €")

pdf.set_text_color(0)
pdf.set_font("dc", "", 6.5)
pdf.set_xy(15, 44)
pdf.cell(90, 3, "Nordlicht Versand GmbH · Spaldingstraße 64 · 20097 Hamburg")
pdf.set_draw_color(0)
pdf.line(15, 47.5, 95, 47.5)
pdf.set_font("dc", "", 10)
pdf.set_xy(15, 50)
pdf.multi_cell(90, 5, "Herrn\nJonas Albrecht\nLindenstraße 27\n34497 Bad Kreuzfeld")

meta = [("Rechnungsnummer", "RE-2025-0048817"), ("Rechnungsdatum", "03.02.2025"), ("Liefer-/Leistungsdatum", "03.02.2025"),
        ("Bestellnummer", "302-8841157"), ("Bestelldatum", "31.01.2025"), ("Kundennummer", "K-1188204"), ("Zahlungsart", "PayPal")]
y = 44
for k, v in meta:
    pdf.set_xy(120, y)
    pdf.set_font("dc", "", 8.5)
    pdf.set_text_color(90)
    pdf.cell(36, 4.8, k)
    pdf.set_text_color(0)
    pdf.set_font("dc", "B", 8.5)
    pdf.cell(39, 4.8, v, align="R")
    y += 4.8

pdf.set_font("dc", "B", 15)
pdf.set_xy(15, 92)
pdf.cell(0, 8, "Rechnung")
pdf.set_font("dc", "", 9)
pdf.set_xy(15, 101)
pdf.multi_cell(180, 4.6, "Vielen Dank für Ihre Bestellung! Wir berechnen Ihnen folgende Artikel, die am 03.02.2025 mit DHL versandt wurden "
               "(Sendungsnummer 00340434188120474417):")

cols = [(12, "Pos."), (24, "Art.-Nr."), (76, "Artikel"), (14, "Menge"), (27, "Einzelpreis"), (27, "Gesamt")]
y = 114
pdf.set_fill_color(20, 60, 110)
pdf.set_text_color(255)
pdf.set_font("dc", "B", 8.5)
pdf.set_xy(15, y)
for w, t in cols:
    pdf.cell(w, 7, " " + t if t in ("Pos.", "Art.-Nr.", "Artikel") else t + " ", fill=True, align="L" if t in ("Pos.", "Art.-Nr.", "Artikel") else "R")
pdf.set_text_color(0)
pdf.set_font("dc", "", 8.5)
items = [("1", "KW-4471-ES", "Wasserkocher „Fjord“ 1,7 l, Edelstahl gebürstet", "1", "49,99 €", "49,99 €"),
         ("2", "LS-2208-SW", "LED-Stehleuchte „Polarlys“, dimmbar, schwarz", "1", "79,90 €", "79,90 €"),
         ("3", "HT-0917-AN", "Handtuch-Set 4-tlg. Frottee, anthrazit", "2", "19,99 €", "39,98 €"),
         ("4", "VERSAND", "Versand Standard (DHL), ab 49 € kostenlos", "1", "0,00 €", "0,00 €")]
y += 7
for it in items:
    pdf.set_xy(15, y)
    for (w, _), v, i in zip(cols, it, range(6)):
        pdf.cell(w, 7, (" " + v) if i < 3 else (v + " "), align="L" if i < 3 else "R")
    pdf.set_draw_color(220)
    pdf.line(15, y + 7, 195, y + 7)
    y += 7

summ = [("Summe netto", "142,75 €"), ("zzgl. 19 % MwSt.", "27,12 €"), ("Rechnungsbetrag brutto", "169,87 €"),
        ("Bereits bezahlt (PayPal, 31.01.2025)", "−169,87 €"), ("Offener Betrag", "0,00 €")]
y += 4
for i, (k, v) in enumerate(summ):
    pdf.set_xy(110, y)
    pdf.set_font("dc", "B" if i in (2, 4) else "", 10 if i == 2 else 8.8)
    pdf.cell(58, 6, k)
    pdf.cell(27, 6, v + " ", align="R")
    if i == 2:
        pdf.set_draw_color(20, 60, 110)
        pdf.line(110, y, 195, y)
        pdf.line(110, y + 6, 195, y + 6)
    y += 6.2

pdf.set_font("dc", "", 8.5)
pdf.set_xy(15, y + 8)
pdf.multi_cell(180, 4.4, "Alle Preise enthalten die gesetzliche Mehrwertsteuer von 19 %. Der Rechnungsbetrag wurde bereits bei der Bestellung über PayPal "
               "beglichen (PayPal-Transaktionscode 8RK44718UX2209341). Sie müssen nichts weiter tun.\n\n"
               "Sie haben ein 30-tägiges Rückgaberecht ab Erhalt der Ware. Retourenlabel erstellen Sie bequem unter nordlicht-versand.de/retoure "
               "mit Ihrer Bestellnummer 302-8841157 und Ihrer Postleitzahl. Die gesetzliche Gewährleistung beträgt 2 Jahre; für den Wasserkocher "
               "gewährt der Hersteller zusätzlich 3 Jahre Garantie.\n\n"
               "Bitte bewahren Sie diese Rechnung als Garantienachweis auf.")
pdf.output(sys.argv[1])
