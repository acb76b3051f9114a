import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fodtlib import Doc
d = Doc(font="Liberation Sans", size="9pt", margins=("1.2cm","2.0cm","1.0cm","2.5cm"), title="Schlussrechnung RE-1214")
d.ps("Logo", size="16pt", bold=True, color="#c0392b", align="end")
d.ps("LogoS", size="7.5pt", color="#777777", align="end")
d.ps("Send", size="6.5pt", color="#555555")
d.ps("Ttl", size="13pt", bold=True, before="0.8cm", after="0.3cm")
d.ps("R", align="end"); d.ps("RB", align="end", bold=True); d.ps("B", bold=True)
d.ps("Hd", bold=True); d.ps("HdR", bold=True, align="end")
d.ps("Gap", before="0.4cm"); d.ps("Info", size="8.5pt")
d.ps("Foot", size="6.5pt", color="#555555")
d.cs("Head", bb="0.8pt solid #000000")
d.cs("Line", bb="0.3pt solid #cccccc")
d.cs("Sum", bt="0.8pt solid #000000")
d.cs("Pay", bg="#f3f3f3", bt="1pt solid #000000", bb="1pt solid #000000")
ft = d.table([4.3, 4.0, 4.4, 3.8], [[
  {"t": ["Elektro Baumgartner GmbH", "Prüfeninger Straße 88", "93049 Regensburg"], "ps": "Foot"},
  {"t": ["Tel. 0941 463 27-0", "info@elektro-baumgartner.de", "www.elektro-baumgartner.de"], "ps": "Foot"},
  {"t": ["Sparkasse Regensburg", "IBAN DE41 7505 0000 0026 1187 43", "BIC BYLADEM1RBG"], "ps": "Foot"},
  {"t": ["Geschäftsführer: Stefan Baumgartner", "AG Regensburg HRB 14982", "USt-IdNr. DE284117362"], "ps": "Foot"}]], target=False)
d.footer = ft
d.table([16.5], [[{"t": ["BAUMGARTNER", d.para("ELEKTROTECHNIK · SEIT 1987", "LogoS")], "ps": "Logo"}]])
d.p("", "Gap")
d.table([9.0, 1.0, 6.5], [[
  {"t": [d.para("Elektro Baumgartner GmbH · Prüfeninger Straße 88 · 93049 Regensburg", "Send"), "", "Wohnbau Amberg eG", "Technische Abteilung", "Herrn Markus Wiesinger", "Kaiser-Wilhelm-Ring 11", "92224 Amberg"]},
  "",
  {"t": [d.table([3.0, 3.5], [["Rechnungsnr.", "RE-1214"], ["Kundennr.", "10233"], ["Datum", "20.03.2025"], ["Leistungszeitraum", "13.01.–14.03.2025"], ["Ihr Ansprechpartner", "Stefan Baumgartner"]], target=False)], "ps": "Info"}]])
d.p("Schlussrechnung Nr. RE-1214", "Ttl")
d.p("Bauvorhaben: Neubau Mehrfamilienhaus Dreifaltigkeitsstraße 7, 92224 Amberg")
d.p("", "Gap")
d.p("Sehr geehrte Damen und Herren,")
d.p("vielen Dank für Ihren Auftrag. Nach Abschluss der Arbeiten stellen wir Ihnen unsere Leistungen wie folgt in Rechnung:")
d.p("", "Gap")
H = lambda t, r=False: {"t": t, "cs": "Head", "ps": "HdR" if r else "Hd"}
L = lambda t, r=False: {"t": t, "cs": "Line", "ps": "R" if r else "Standard"}
rows = [[H("Pos."), H("Beschreibung"), H("Menge", 1), H("Einheit"), H("Einzelpreis", 1), H("Gesamtpreis", 1)],
 [L("1"), L("Elektroinstallation EG bis 2. OG gemäß Angebot AN-0931, pauschal"), L("1,00", 1), L("psch."), L("11.200,00 €", 1), L("11.200,00 €", 1)],
 [L("2"), L("Unterverteilung UV-2 liefern und montieren, inkl. FI/LS"), L("3,00", 1), L("Stk."), L("1.150,00 €", 1), L("3.450,00 €", 1)],
 [L("3"), L("LED-Treppenhausbeleuchtung mit Präsenzmelder"), L("24,00", 1), L("Stk."), L("87,50 €", 1), L("2.100,00 €", 1)],
 [L("4"), L("Prüfung nach DIN VDE 0100-600, Prüfprotokoll"), L("1,00", 1), L("psch."), L("680,00 €", 1), L("680,00 €", 1)],
 [L("5"), L("Regiestunden Elektriker (Stundenzettel 02/25–03/25)"), L("12,00", 1), L("Std."), L("85,00 €", 1), L("1.020,00 €", 1)]]
d.table([1.1, 7.4, 1.6, 1.4, 2.4, 2.6], rows, header_rows=1)
d.table([8.5, 5.4, 2.6], [
  ["", "Gesamtbetrag netto", {"t": "18.450,00 €", "ps": "R"}],
  ["", "zzgl. Umsatzsteuer 19 %", {"t": "3.505,50 €", "ps": "R"}],
  ["", {"t": "Gesamtbetrag brutto", "cs": "Sum", "ps": "B"}, {"t": "21.955,50 €", "cs": "Sum", "ps": "RB"}]])
d.p("", "Gap")
d.p("Abzüglich bereits gestellter Abschlagsrechnungen:", "B")
d.table([5.0, 3.8, 2.6, 2.4, 2.7], [
  [H("Abschlagsrechnung"), H("vom"), H("netto", 1), H("USt 19 %", 1), H("brutto", 1)],
  [L("AR-1187 (bezahlt)"), L("15.01.2025"), L("8.000,00 €", 1), L("1.520,00 €", 1), L("9.520,00 €", 1)]])
d.table([8.5, 5.4, 2.6], [
  ["", {"t": "Verbleibender Zahlbetrag", "cs": "Pay", "ps": "B"}, {"t": "12.435,50 €", "cs": "Pay", "ps": "RB"}]])
d.p("", "Gap")
d.p("Bitte überweisen Sie den verbleibenden Betrag bis zum 03.04.2025 ohne Abzug unter Angabe der Rechnungsnummer auf das unten genannte Konto. Die Gewährleistung beginnt mit der Abnahme am 14.03.2025.")
d.p("", "Gap")
d.p("Mit freundlichen Grüßen")
d.p("Stefan Baumgartner")
d.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "s24_sevdesk_schlussrechnung.fodt"))
