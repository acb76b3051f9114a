import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fodtlib import Doc, image_para
from fakeqr import fake_qr
from items import SAP, sap, r2, D
def ch(x):
    s = f"{D(x):,.2f}"; return s.replace(",", "'")
net, disc, fr, base, tax, tot, rnd, final = sap()
d = Doc(font="DejaVu Sans", size="8pt", margins=("1.0cm","1.6cm","0.8cm","2.0cm"), title="Rechnung 30001874")
d.ps("Send", size="6.5pt", color="#555555")
d.ps("Co", size="14pt", bold=True, color="#1b3a5c", align="end")
d.ps("CoS", size="7.5pt", color="#555555", align="end")
d.ps("Ttl", size="16pt", bold=True, before="0.2cm", after="0.2cm")
d.ps("R", align="end"); d.ps("RB", align="end", bold=True); d.ps("B", bold=True)
d.ps("Hd", size="7.5pt", bold=True); d.ps("HdR", size="7.5pt", bold=True, align="end")
d.ps("Gap", before="0.35cm"); d.ps("Small", size="7pt", color="#333333")
d.ps("Foot", size="6.5pt", color="#555555", align="center")
d.ps("QT", size="10pt", bold=True); d.ps("QL", size="6.5pt", bold=True); d.ps("QV", size="8pt")
d.ps("Scissor", size="7pt", color="#777777", before="15.0cm", keep=True, breakb=True)
d.cs("Head", bt="0.8pt solid #000000", bb="0.8pt solid #000000", bg="#e8edf3")
d.cs("Line", bb="0.3pt dotted #999999")
d.cs("Sum", bt="0.8pt solid #000000")
d.cs("Grand", bt="0.8pt solid #000000", bb="1.6pt double #000000")
d.cs("QL", br="0.4pt dashed #000000", bt="0.4pt dashed #000000", pad="0.3cm")
d.cs("QR", bt="0.4pt dashed #000000", pad="0.3cm")
d.cs("Code", border="0.5pt solid #000000", pad="0.2cm", valign="middle")
d.footer = d.para('Alpentech Steuerungen AG · Technoparkstrasse 2 · 8406 Winterthur · Tel. +41 52 208 44 10 · info@alpentech.ch · MWST-Nr. CHE-318.552.794 MWST · UBS Switzerland AG, IBAN CH88 0070 0110 0023 8765 2 · Seite <text:page-number text:select-page="current">1</text:page-number> von <text:page-count>2</text:page-count>', "Foot", raw=True)
d.table([9.0, 8.4], [[
  {"t": [d.para("Alpentech Steuerungen AG · Technoparkstrasse 2 · 8406 Winterthur", "Send", raw=True), "", "Seilbahn Hohgant AG", "Kreditorenbuchhaltung", "Dorfstrasse 51", "3803 Beatenberg", "Schweiz"]},
  {"t": ["ALPENTECH", d.para("Steuerungen AG", "CoS"), d.para("Technoparkstrasse 2", "CoS"), d.para("8406 Winterthur", "CoS")], "ps": "Co"}]])
d.p("Rechnung", "Ttl")
d.table([3.4, 5.2, 3.6, 5.2], [
  ["Rechnungsnummer", "30001874", "Kundennummer", "C20417"],
  ["Buchungsdatum", "11.03.2025", "Ihre Bestellnummer", "4500018823"],
  ["Fälligkeitsdatum", "10.04.2025", "Auftrag / Lieferschein", "10000958 / 20001233"],
  ["Zahlungsbedingung", "30 Tage netto", "Verkaufsmitarbeiter", "Reto Gubler"]])
d.p("", "Gap")
d.p("Sehr geehrte Damen und Herren, wir danken für Ihren Auftrag und stellen Ihnen folgende Lieferungen und Leistungen für das Projekt «Steuerung Antrieb Hohgant-Bahn» in Rechnung:")
d.p("", "Gap")
rows = [[{"t": "Pos.", "cs": "Head", "ps": "Hd"}, {"t": "Artikelnr.", "cs": "Head", "ps": "Hd"}, {"t": "Beschreibung", "cs": "Head", "ps": "Hd"},
         {"t": "Menge", "cs": "Head", "ps": "HdR"}, {"t": "ME", "cs": "Head", "ps": "Hd"}, {"t": "Preis CHF", "cs": "Head", "ps": "HdR"},
         {"t": "StK", "cs": "Head", "ps": "Hd"}, {"t": "Total CHF", "cs": "Head", "ps": "HdR"}]]
for i, (a, desc, q, u, p) in enumerate(SAP, 1):
    rows.append([{"t": str(i), "cs": "Line"}, {"t": a, "cs": "Line"}, {"t": desc, "cs": "Line"}, {"t": f"{q:.2f}", "cs": "Line", "ps": "R"},
                 {"t": u, "cs": "Line"}, {"t": ch(p), "cs": "Line", "ps": "R"}, {"t": "V81", "cs": "Line"}, {"t": ch(r2(D(q) * D(p))), "cs": "Line", "ps": "R"}])
d.table([0.9, 1.9, 6.4, 1.4, 1.0, 2.1, 1.1, 2.6], rows, header_rows=1)
d.p("", "Gap")
d.table([9.4, 5.4, 2.6], [
  ["", "Total vor Rabatt", {"t": ch(net), "ps": "R"}],
  ["", "Rabatt 3.00 %", {"t": "-" + ch(disc), "ps": "R"}],
  ["", "Fracht und Verpackung", {"t": ch(fr), "ps": "R"}],
  ["", {"t": "Total exkl. MWST", "cs": "Sum"}, {"t": ch(base), "cs": "Sum", "ps": "R"}],
  ["", "MWST 8.1 % (V81) auf " + ch(base), {"t": ch(tax), "ps": "R"}],
  ["", "Rundungsdifferenz", {"t": ch(rnd), "ps": "R"}],
  ["", {"t": "Gesamtbetrag CHF", "cs": "Grand", "ps": "B"}, {"t": ch(final), "cs": "Grand", "ps": "RB"}]], nobreak=True)
d.p("", "Gap")
d.p("Bitte begleichen Sie den Betrag bis zum Fälligkeitsdatum mit dem untenstehenden QR-Zahlteil. Garantie gemäss unseren AGB: 24 Monate ab Inbetriebnahme (Abnahmeprotokoll vom 04.03.2025).", "Small")
d.p("✂  - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", "Scissor")
qr_left = ["<text:p text:style-name=\"QT\">Empfangsschein</text:p>", d.para("Konto / Zahlbar an", "QL"), "CH88 0070 0110 0023 8765 2", "Alpentech Steuerungen AG", "Technoparkstrasse 2", "8406 Winterthur", d.para("Zusätzliche Informationen", "QL"), "Rechnung 30001874", d.para("Zahlbar durch", "QL"), "Seilbahn Hohgant AG", "Dorfstrasse 51", "3803 Beatenberg", d.para("Währung            Betrag", "QL"), "CHF            " + ch(final)]
qr_right = ["<text:p text:style-name=\"QT\">Zahlteil</text:p>", image_para(fake_qr("sap-30001874", n=33, swiss=True), 4.6, 4.6, name="swissqr"), d.para("Währung            Betrag", "QL"), "CHF            " + ch(final)]
qr_far = [d.para("Konto / Zahlbar an", "QL"), "CH88 0070 0110 0023 8765 2", "Alpentech Steuerungen AG", "Technoparkstrasse 2", "8406 Winterthur", d.para("Zusätzliche Informationen", "QL"), "Rechnung 30001874 vom 11.03.2025", "Bestellung 4500018823", d.para("Zahlbar durch", "QL"), "Seilbahn Hohgant AG", "Dorfstrasse 51", "3803 Beatenberg"]
d.table([5.6, 5.2, 6.6], [[{"t": qr_left, "cs": "QL", "ps": "QV"}, {"t": qr_right, "cs": "QR", "ps": "QV"}, {"t": qr_far, "cs": "QR", "ps": "QV"}]], nobreak=True)
d.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "s24_sap_b1_rechnung.fodt"))
print(ch(final))
