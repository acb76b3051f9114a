"""Generate the Calc (.xlsx) documents with openpyxl (values only, no formulas).

Run with a Python that has openpyxl: python gen_xlsx.py OUTDIR (build.sh does)
"""
import datetime as dt
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
OUT.mkdir(parents=True, exist_ok=True)

thin = Side(style="thin", color="000000")
hair = Side(style="hair", color="888888")
medium = Side(style="medium", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
TOPBOT = Border(top=thin, bottom=thin)
DOUBLE_BOTTOM = Border(top=thin, bottom=Side(style="double", color="000000"))


def setup(ws, widths, landscape=False, paper=9, font="Arial"):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.paperSize = paper
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.6, right=0.5, top=0.6, bottom=0.6)
    ws.sheet_view.showGridLines = False


def put(ws, ref, value, bold=False, size=10, fmt=None, align=None, border=None, fill=None,
        italic=False, color=None, font="Arial", wrap=False, valign=None):
    c = ws[ref]
    if value is not None:
        c.value = value
    c.font = Font(name=font, bold=bold, size=size, italic=italic, color=color)
    if fmt:
        c.number_format = fmt
    if align or wrap or valign:
        c.alignment = Alignment(horizontal=align, wrap_text=wrap, vertical=valign)
    if border:
        c.border = border
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    return c


def box_range(ws, rng, border=BOX):
    for row in ws[rng]:
        for c in row:
            c.border = border


# ------------------------------------------------------------------ German craftsman Rechnung
def de_rechnung():
    wb = Workbook()
    ws = wb.active
    ws.title = "Rechnung"
    setup(ws, {"A": 5, "B": 8, "C": 7, "D": 44, "E": 14, "F": 15})
    EUR = '#,##0.00 [$€-407]'
    F = "Arial"
    ws.merge_cells("A1:F1")
    put(ws, "A1", "Malerbetrieb Kühn & Sohn GmbH", bold=True, size=16, align="center", color="1F3864")
    ws.merge_cells("A2:F2")
    put(ws, "A2", "Maler- und Lackiererarbeiten · Fassaden · Bodenbeläge · Meisterbetrieb seit 1987",
        size=8, align="center", italic=True)
    ws.merge_cells("A3:F3")
    put(ws, "A3", "Lindenstraße 27 · 34117 Kassel · Tel. 0561 70 44 18-0 · Fax 0561 70 44 18-9 · "
                  "info@maler-kuehn.de", size=8, align="center")
    for col in "ABCDEF":
        ws[f"{col}3"].border = Border(bottom=medium)

    put(ws, "A5", "Malerbetrieb Kühn & Sohn GmbH · Lindenstraße 27 · 34117 Kassel", size=6, color="666666")
    ws.merge_cells("A5:D5")
    for i, line in enumerate(("Herrn", "Dr. Matthias Engelhardt", "Wilhelmshöher Allee 212",
                              "34119 Kassel"), start=6):
        ws.merge_cells(f"A{i}:D{i}")
        put(ws, f"A{i}", line, size=10)

    labels = (("Rechnungsnummer:", "2025-0318", None),
              ("Rechnungsdatum:", dt.date(2025, 3, 14), "DD.MM.YYYY"),
              ("Kundennummer:", "10457", None),
              ("Auftrag vom:", dt.date(2025, 2, 20), "DD.MM.YYYY"),
              ("Ihr Zeichen:", "Eng/Whg. 2. OG", None),
              ("Seite:", "1 von 1", None))
    for i, (k, v, fmt) in enumerate(labels, start=5):
        put(ws, f"E{i}", k, size=9, bold=True, align="right")
        put(ws, f"F{i}", v, size=9, fmt=fmt, align="right")

    ws.merge_cells("A12:F12")
    put(ws, "A12", "RECHNUNG", bold=True, size=14)
    ws.merge_cells("A13:F13")
    put(ws, "A13", "Bauvorhaben: Wohnung 2. OG, Wilhelmshöher Allee 212, 34119 Kassel", size=9)
    ws.merge_cells("A14:F14")
    put(ws, "A14", "Leistungszeitraum: 03.03.2025 – 07.03.2025", size=9)
    ws.merge_cells("A15:F15")
    put(ws, "A15", "Sehr geehrter Herr Dr. Engelhardt, für die ausgeführten Arbeiten erlauben wir uns "
                   "wie folgt zu berechnen:", size=9)

    head = ("Pos.", "Menge", "Einh.", "Bezeichnung", "Einzelpreis", "Gesamtpreis")
    for col, h in zip("ABCDEF", head):
        put(ws, f"{col}17", h, bold=True, size=9, border=BOX, fill="D9E1F2",
            align="center" if col != "D" else "left")
    items = [
        (1, 1, "psch", "Abdeck- und Schutzarbeiten, Möbel und Böden abdecken", 180.00, 180.00),
        (2, 86.5, "m²", "Wandflächen spachteln (Q3) und schleifen", 9.80, 847.70),
        (3, 86.5, "m²", "Grundierung mit Tiefgrund LF, lösemittelfrei", 2.40, 207.60),
        (4, 86.5, "m²", "Anstrich Dispersionsfarbe weiß, 2-fach, Nassabrieb Kl. 2", 7.90, 683.35),
        (5, 6, "Stk", "Türzargen schleifen und lackieren, seidenmatt", 48.00, 288.00),
        (6, 1, "psch", "Materialkosten: Farbe, Abdeckvlies, Klebeband, Kleinmaterial", 164.35, 164.35),
    ]
    r = 18
    for pos, qty, unit, desc, ep, gp in items:
        put(ws, f"A{r}", pos, size=9, border=BOX, align="center")
        put(ws, f"B{r}", qty, size=9, border=BOX, fmt="#,##0.0##", align="right")
        put(ws, f"C{r}", unit, size=9, border=BOX, align="center")
        put(ws, f"D{r}", desc, size=9, border=BOX, wrap=True)
        put(ws, f"E{r}", ep, size=9, border=BOX, fmt=EUR)
        put(ws, f"F{r}", gp, size=9, border=BOX, fmt=EUR)
        ws.row_dimensions[r].height = 24
        r += 1
    r += 1
    for label, val, b, brd in (("Summe netto", 2371.00, False, None),
                               ("zzgl. 19 % MwSt.", 450.49, False, None),
                               ("Rechnungsbetrag brutto", 2821.49, True, DOUBLE_BOTTOM)):
        ws.merge_cells(f"D{r}:E{r}")
        put(ws, f"D{r}", label, bold=b, size=10, align="right")
        put(ws, f"F{r}", val, bold=b, size=10, fmt=EUR, border=brd)
        r += 1
    r += 1
    texts = [
        ("Zahlbar bis 28.03.2025 ohne Abzug.", True),
        ("Im Rechnungsbetrag enthaltene Lohnkosten gem. § 35a EStG: 1.540,00 € (zzgl. MwSt. 292,60 €).", False),
        ("Der Leistungszeitpunkt entspricht dem Leistungszeitraum. Bitte geben Sie bei Zahlung die "
         "Rechnungsnummer an.", False),
        ("Vielen Dank für Ihren Auftrag!", False),
    ]
    for t, b in texts:
        ws.merge_cells(f"A{r}:F{r}")
        put(ws, f"A{r}", t, bold=b, size=9, wrap=True)
        ws.row_dimensions[r].height = 14 if len(t) < 95 else 26
        r += 1
    r += 2
    foot = [
        ("Malerbetrieb Kühn & Sohn GmbH", "Kasseler Sparkasse", "Geschäftsführer: Reinhard Kühn"),
        ("Lindenstraße 27, 34117 Kassel", "IBAN DE44 5205 0353 0001 2345 67", "Amtsgericht Kassel HRB 4471"),
        ("Tel. 0561 70 44 18-0", "BIC HELADEF1KAS", "USt-IdNr. DE 113 482 905"),
        ("www.maler-kuehn.de", "", "Steuernr. 026 234 51804"),
    ]
    for i, (a, b, c) in enumerate(foot):
        ws.merge_cells(f"A{r}:C{r}")
        put(ws, f"A{r}", a, size=7, color="555555")
        put(ws, f"D{r}", b, size=7, color="555555", align="center")
        ws.merge_cells(f"E{r}:F{r}")
        put(ws, f"E{r}", c, size=7, color="555555", align="right")
        if i == 0:
            for col in "ABCDEF":
                ws[f"{col}{r}"].border = Border(top=thin)
        r += 1
    ws.print_area = f"A1:F{r}"
    wb.save(OUT / "lo_xlsx_de_rechnung_maler.xlsx")


# ------------------------------------------------------------------ US contractor invoice
def us_contractor():
    wb = Workbook()
    ws = wb.active
    ws.title = "Invoice"
    setup(ws, {"A": 2, "B": 14, "C": 34, "D": 14, "E": 10, "F": 13, "G": 15}, paper=1)
    USD = '"$"#,##0.00'
    F = "Calibri"
    ws.merge_cells("B1:E1")
    put(ws, "B1", "RIDGELINE ROOFING & GUTTERS LLC", bold=True, size=16, color="7F1D1D", font=F)
    ws.merge_cells("F1:G1")
    put(ws, "F1", "INVOICE", bold=True, size=20, align="right", color="7F1D1D", font=F)
    ws.merge_cells("B2:E2")
    put(ws, "B2", "4410 W Emerald St, Boise, ID 83706  |  (208) 555-0187  |  office@ridgelineroofing.com",
        size=9, font=F)
    put(ws, "B3", "Invoice #", bold=True, size=10, font=F)
    put(ws, "D3", "10482", size=10, font=F, align="left")
    put(ws, "F3", "Date", bold=True, size=10, font=F)
    put(ws, "G3", dt.date(2025, 4, 2), fmt="MM/DD/YYYY", size=10, font=F, align="right")
    put(ws, "B4", "Customer ID", bold=True, size=10, font=F)
    put(ws, "D4", "C-0291", size=10, font=F, align="left")
    put(ws, "F4", "Due Date", bold=True, size=10, font=F)
    put(ws, "G4", dt.date(2025, 5, 2), fmt="MM/DD/YYYY", size=10, font=F, align="right")
    put(ws, "B5", "P.O. #", bold=True, size=10, font=F)
    put(ws, "D5", "7731", size=10, font=F, align="left")
    put(ws, "F5", "Terms", bold=True, size=10, font=F)
    put(ws, "G5", "Net 30", size=10, font=F, align="right")
    put(ws, "B6", "ID Contractor Reg.", bold=True, size=10, font=F)
    put(ws, "D6", "RCE-51873", size=10, font=F, align="left")
    for col in "BCDEFG":
        ws[f"{col}6"].border = Border(bottom=thin)

    put(ws, "B8", "BILL TO", bold=True, size=10, font=F, fill="F3E8E8")
    put(ws, "C8", None, fill="F3E8E8")
    put(ws, "E8", "JOB SITE", bold=True, size=10, font=F, fill="F3E8E8")
    put(ws, "F8", None, fill="F3E8E8")
    put(ws, "G8", None, fill="F3E8E8")
    for i, (a, b) in enumerate((("Treasure Valley Property Mgmt, Inc.", "Hillcrest Townhomes, Bldg C"),
                                ("Attn: Accounts Payable", "2950 S Five Mile Rd"),
                                ("1200 N Curtis Rd, Suite 140", "Boise, ID 83709"),
                                ("Boise, ID 83706", "Permit # BLD25-01144")), start=9):
        ws.merge_cells(f"B{i}:D{i}")
        put(ws, f"B{i}", a, size=10, font=F)
        ws.merge_cells(f"E{i}:G{i}")
        put(ws, f"E{i}", b, size=10, font=F)

    r = 14
    heads = ("Item", "Description", "", "Qty", "Unit Price", "Amount")
    cols = "BCDEFG"
    ws.merge_cells(f"C{r}:D{r}")
    for col, h in zip(cols, heads):
        put(ws, f"{col}{r}", h or None, bold=True, size=10, font=F, fill="7F1D1D", color="FFFFFF",
            border=BOX, align="left" if col in "BC" else "right")
    items = [
        ("LAB-TO", "Tear-off existing 3-tab shingles, 1 layer (squares)", 24, 95.00, 2280.00),
        ("MAT-SH", "GAF Timberline HDZ shingles, Charcoal (squares) *", 26, 118.00, 3068.00),
        ("MAT-UL", "Synthetic underlayment, 10 sq rolls *", 8, 145.00, 1160.00),
        ("MAT-FL", "Drip edge, step & valley flashing, pipe boots *", 1, 412.50, 412.50),
        ("LAB-IN", "Installation labor (squares)", 24, 135.00, 3240.00),
        ("DSP", "20-yd dumpster rental, haul-off & disposal", 1, 575.00, 575.00),
    ]
    r += 1
    for code, desc, q, up, amt in items:
        ws.merge_cells(f"C{r}:D{r}")
        put(ws, f"B{r}", code, size=10, font=F, border=BOX)
        put(ws, f"C{r}", desc, size=10, font=F, border=BOX)
        ws[f"D{r}"].border = BOX
        put(ws, f"E{r}", q, size=10, font=F, border=BOX, align="right")
        put(ws, f"F{r}", up, size=10, font=F, border=BOX, fmt=USD)
        put(ws, f"G{r}", amt, size=10, font=F, border=BOX, fmt=USD)
        r += 1
    r += 1
    for label, val, b, brd in (("Subtotal", 10735.50, False, None),
                               ("Taxable materials *", 4640.50, False, None),
                               ("Idaho sales tax 6% (materials)", 278.43, False, None),
                               ("TOTAL DUE", 11013.93, True, DOUBLE_BOTTOM)):
        ws.merge_cells(f"D{r}:F{r}")
        put(ws, f"D{r}", label, bold=b, size=11 if b else 10, font=F, align="right")
        put(ws, f"G{r}", val, bold=b, size=11 if b else 10, font=F, fmt=USD, border=brd)
        r += 1
    r += 1
    notes = ["* Taxable item. Labor and disposal are not subject to Idaho sales tax.",
             "Workmanship warranty: 10 years from completion (05/2025). Manufacturer warranty registered "
             "under GAF cert. #GC-118402.",
             "Make checks payable to Ridgeline Roofing & Gutters LLC. ACH: Idaho Central Credit Union, "
             "Routing 324173626, Acct 100037781.",
             "A 1.5% monthly finance charge applies to balances past due.",
             "Thank you for your business!"]
    for n in notes:
        ws.merge_cells(f"B{r}:G{r}")
        put(ws, f"B{r}", n, size=9, font=F, italic=n.startswith("*"), wrap=True)
        ws.row_dimensions[r].height = 26 if len(n) > 95 else 14
        r += 1
    ws.print_area = f"A1:G{r}"
    wb.save(OUT / "lo_xlsx_us_contractor.xlsx")


# ------------------------------------------------------------------ Dutch Factuur
def nl_factuur():
    wb = Workbook()
    ws = wb.active
    ws.title = "Factuur"
    setup(ws, {"A": 40, "B": 9, "C": 8, "D": 13, "E": 8, "F": 14})
    EUR = '[$€-413] #,##0.00'
    F = "Liberation Sans"
    ws.merge_cells("A1:C1")
    put(ws, "A1", "Hoveniersbedrijf Bosman B.V.", bold=True, size=15, color="2F6B2F", font=F)
    ws.merge_cells("D1:F1")
    put(ws, "D1", "FACTUUR", bold=True, size=18, align="right", color="2F6B2F", font=F)
    for i, line in enumerate(("Tuinaanleg · Onderhoud · Bestrating", "Kanaalweg 88", "3526 KM Utrecht",
                              "030 - 288 41 70", "info@bosmanhoveniers.nl"), start=2):
        put(ws, f"A{i}", line, size=9, font=F, italic=(i == 2))
    for i, (k, v, fmt) in enumerate((("Factuurnummer", "F2025-0087", None),
                                     ("Factuurdatum", dt.date(2025, 3, 21), "DD-MM-YYYY"),
                                     ("Vervaldatum", dt.date(2025, 4, 4), "DD-MM-YYYY"),
                                     ("Klantnummer", "3021", None),
                                     ("Offerte", "OF-2025-014", None)), start=3):
        ws.merge_cells(f"D{i}:E{i}")
        put(ws, f"D{i}", k, size=9, font=F, bold=True)
        put(ws, f"F{i}", v, size=9, font=F, fmt=fmt, align="right")

    put(ws, "A9", "Factuur aan:", size=9, bold=True, font=F)
    for i, line in enumerate(("VvE Parkzicht Oudwijk", "t.a.v. de heer R. Kuipers", "Oudwijkerdwarsstraat 19",
                              "3581 LH Utrecht"), start=10):
        put(ws, f"A{i}", line, size=10, font=F)
    put(ws, "A15", "Betreft: onderhoud gemeenschappelijke tuin maart 2025 (werkdagen 11 en 12 maart)",
        size=9, font=F, italic=True)

    r = 17
    heads = ("Omschrijving", "Aantal", "Eenh.", "Prijs", "BTW", "Bedrag")
    for col, h in zip("ABCDEF", heads):
        put(ws, f"{col}{r}", h, bold=True, size=9, font=F, border=Border(bottom=medium),
            align="left" if col == "A" else "right")
    items = [
        ("Snoeiwerk hagen en heesters", 6, "uur", 52.50, "21%", 315.00),
        ("Afvoer groenafval incl. stortkosten", 1, "st", 65.00, "21%", 65.00),
        ("Beukenhaag (Fagus sylvatica) 80-100 cm, kluit", 25, "st", 6.95, "9%", 173.75),
        ("Bemeste tuinaarde, los gestort", 2, "m³", 42.00, "21%", 84.00),
        ("Aanleggen border incl. planten zetten", 4, "uur", 52.50, "21%", 210.00),
    ]
    r += 1
    for d, q, u, p, b, a in items:
        put(ws, f"A{r}", d, size=9, font=F, border=Border(bottom=hair))
        put(ws, f"B{r}", q, size=9, font=F, border=Border(bottom=hair), align="right")
        put(ws, f"C{r}", u, size=9, font=F, border=Border(bottom=hair), align="right")
        put(ws, f"D{r}", p, size=9, font=F, border=Border(bottom=hair), fmt=EUR)
        put(ws, f"E{r}", b, size=9, font=F, border=Border(bottom=hair), align="right")
        put(ws, f"F{r}", a, size=9, font=F, border=Border(bottom=hair), fmt=EUR)
        r += 1
    r += 1
    for label, val, b, brd in (("Subtotaal excl. BTW", 847.75, False, None),
                               ("BTW 21% over € 674,00", 141.54, False, None),
                               ("BTW 9% over € 173,75", 15.64, False, None),
                               ("Te betalen", 1004.93, True, Border(top=medium))):
        ws.merge_cells(f"C{r}:E{r}")
        put(ws, f"C{r}", label, bold=b, size=10, font=F, align="right", border=brd)
        ws[f"D{r}"].border = brd or Border()
        ws[f"E{r}"].border = brd or Border()
        put(ws, f"F{r}", val, bold=b, size=10, font=F, fmt=EUR, border=brd)
        r += 1
    r += 1
    for n in ("Wij verzoeken u het totaalbedrag vóór de vervaldatum over te maken op "
              "NL42 RABO 0315 6677 04 t.n.v. Hoveniersbedrijf Bosman B.V. o.v.v. het factuurnummer.",
              "Op al onze werkzaamheden zijn de algemene voorwaarden van de VHG van toepassing."):
        ws.merge_cells(f"A{r}:F{r}")
        put(ws, f"A{r}", n, size=9, font=F, wrap=True)
        ws.row_dimensions[r].height = 26
        r += 1
    r += 2
    ws.merge_cells(f"A{r}:F{r}")
    put(ws, f"A{r}", "KvK 30187442  ·  BTW-id NL8192.33.041.B01  ·  IBAN NL42 RABO 0315 6677 04  ·  "
                     "BIC RABONL2U", size=7.5, font=F, align="center", color="555555",
        border=Border(top=thin))
    for col in "ABCDEF":
        ws[f"{col}{r}"].border = Border(top=thin)
    ws.print_area = f"A1:F{r}"
    wb.save(OUT / "lo_xlsx_nl_factuur_hovenier.xlsx")


# ------------------------------------------------------------------ Polish Faktura VAT
def pl_faktura():
    wb = Workbook()
    ws = wb.active
    ws.title = "FV"
    setup(ws, {"A": 4, "B": 34, "C": 7, "D": 6, "E": 12, "F": 13, "G": 6, "H": 11, "I": 13})
    PLN = '#,##0.00'
    PLNZ = '#,##0.00 [$zł-415]'
    F = "Liberation Sans"
    ws.merge_cells("A1:D1")
    put(ws, "A1", "MEBLOTECH Sp. z o.o.", bold=True, size=15, font=F, color="203864")
    ws.merge_cells("F1:I1")
    put(ws, "F1", "Poznań, dnia 08.04.2025", size=9, font=F, align="right")
    ws.merge_cells("A2:D2")
    put(ws, "A2", "Meble biurowe i wyposażenie wnętrz", size=8, font=F, italic=True)
    ws.merge_cells("A4:I4")
    put(ws, "A4", "Faktura VAT nr FV/2025/04/0112", bold=True, size=14, font=F, align="center")
    ws.merge_cells("A5:I5")
    put(ws, "A5", "ORYGINAŁ", size=9, font=F, align="center")

    meta = (("Data wystawienia:", "2025-04-08"), ("Data sprzedaży:", "2025-04-07"),
            ("Miejsce wystawienia:", "Poznań"), ("Nr zamówienia:", "ZAM/2025/0331"))
    for i, (k, v) in enumerate(meta, start=7):
        ws.merge_cells(f"F{i}:G{i}")
        put(ws, f"F{i}", k, size=9, font=F, bold=True)
        ws.merge_cells(f"H{i}:I{i}")
        put(ws, f"H{i}", v, size=9, font=F, align="right")

    put(ws, "B7", "Sprzedawca:", size=9, font=F, bold=True)
    for i, line in enumerate(("MEBLOTECH Sp. z o.o.", "ul. Głogowska 146/2", "60-206 Poznań",
                              "NIP: 779-24-18-653", "BDO: 000412873"), start=8):
        put(ws, f"B{i}", line, size=9, font=F)
    put(ws, "B14", "Nabywca:", size=9, font=F, bold=True)
    for i, line in enumerate(("Biuro Rachunkowe Saldo Anna Wiśniewska", "ul. Półwiejska 32 lok. 5",
                              "61-888 Poznań", "NIP: 783-15-90-221"), start=15):
        put(ws, f"B{i}", line, size=9, font=F)

    r = 20
    heads = ("Lp.", "Nazwa towaru / usługi", "Ilość", "J.m.", "Cena netto", "Wartość netto",
             "VAT %", "Kwota VAT", "Wartość brutto")
    for col, h in zip("ABCDEFGHI", heads):
        put(ws, f"{col}{r}", h, bold=True, size=8, font=F, border=BOX, fill="DDEBF7", wrap=True,
            align="center", valign="center")
    ws.row_dimensions[r].height = 24
    items = [
        (1, "Biurko z elektryczną regulacją wysokości 160x80, blat dąb", 4, "szt.", 1890.00, 7560.00, "23",
         1738.80, 9298.80),
        (2, "Krzesło biurowe ergonomiczne ErgoFlex Pro, czarne", 4, "szt.", 749.00, 2996.00, "23", 689.08,
         3685.08),
        (3, "Transport i montaż u klienta", 1, "usł.", 350.00, 350.00, "23", 80.50, 430.50),
    ]
    r += 1
    for lp, n, q, jm, cn, wn, v, kv, wb_ in items:
        vals = (lp, n, q, jm, cn, wn, v, kv, wb_)
        for col, val in zip("ABCDEFGHI", vals):
            put(ws, f"{col}{r}", val, size=8.5, font=F, border=BOX, wrap=(col == "B"),
                fmt=PLN if col in "EFHI" else None,
                align="center" if col in "ACDG" else None)
        ws.row_dimensions[r].height = 24
        r += 1
    # razem / w tym
    put(ws, f"E{r}", "Razem:", bold=True, size=8.5, font=F, align="right")
    for col, val in zip("FGHI", (10906.00, "X", 2508.38, 13414.38)):
        put(ws, f"{col}{r}", val, bold=True, size=8.5, font=F, border=BOX, fmt=PLN if col != "G" else None,
            align="center" if col == "G" else None)
    r += 1
    put(ws, f"E{r}", "w tym:", size=8.5, font=F, align="right")
    for col, val in zip("FGHI", (10906.00, "23", 2508.38, 13414.38)):
        put(ws, f"{col}{r}", val, size=8.5, font=F, border=BOX, fmt=PLN if col != "G" else None,
            align="center" if col == "G" else None)
    r += 2
    for k, v, b, fmt in (("Sposób płatności:", "przelew", False, None),
                         ("Termin płatności:", "2025-04-22 (14 dni)", False, None),
                         ("Bank:", "mBank S.A.", False, None),
                         ("Nr konta:", "12 1140 2004 0000 3102 7654 3210", False, None),
                         ("Zapłacono:", 0.00, False, PLNZ),
                         ("Do zapłaty:", 13414.38, True, PLNZ)):
        put(ws, f"A{r}", None)
        put(ws, f"B{r}", k, size=10 if b else 9, font=F, bold=True, align="right")
        ws.merge_cells(f"C{r}:F{r}")
        put(ws, f"C{r}", v, size=12 if b else 9, font=F, bold=b, fmt=fmt, align="left")
        r += 1
    ws.merge_cells(f"B{r}:I{r}")
    put(ws, f"B{r}", "Słownie: trzynaście tysięcy czterysta czternaście złotych 38/100 PLN", size=9, font=F,
        italic=True)
    r += 4
    put(ws, f"B{r}", "....................................................", size=8, font=F, align="center")
    ws.merge_cells(f"F{r}:I{r}")
    put(ws, f"F{r}", "....................................................", size=8, font=F, align="center")
    r += 1
    put(ws, f"B{r}", "Osoba upoważniona do odbioru", size=7, font=F, align="center")
    ws.merge_cells(f"F{r}:I{r}")
    put(ws, f"F{r}", "Tomasz Kaczmarek – osoba upoważniona do wystawienia", size=7, font=F, align="center")
    r += 3
    ws.merge_cells(f"A{r}:I{r}")
    put(ws, f"A{r}", "MEBLOTECH Sp. z o.o., ul. Głogowska 146/2, 60-206 Poznań · Sąd Rejonowy Poznań – Nowe "
                     "Miasto i Wilda w Poznaniu, VIII Wydział Gospodarczy KRS, KRS 0000518274 · "
                     "kapitał zakładowy 50 000,00 zł · tel. 61 843 20 17",
        size=6.5, font=F, align="center", wrap=True, color="555555")
    ws.row_dimensions[r].height = 22
    ws.print_area = f"A1:I{r}"
    wb.save(OUT / "lo_xlsx_pl_faktura_vat.xlsx")


if __name__ == "__main__":
    de_rechnung()
    us_contractor()
    nl_factuur()
    pl_faktura()
