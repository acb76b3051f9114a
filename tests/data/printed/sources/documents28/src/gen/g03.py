from fodt import Doc
import sys
sys.path.insert(0, "..")
from ids import iban
d = Doc(accent="#c2410c", footer_h="2.4cm")
d.p("werkraum spreeufer", "Logo")
d.p("Coworking · Meeting · Events", "PR")
d.p("", "Sp2")
NONE = {}
d.table([10.0, 7.0], [[
 "__Werkraum Spreeufer GmbH · Köpenicker Straße 154 · 10997 Berlin__\n\nAldergrove Consulting Ltd\nz. Hd. Herrn Tomás Byrne\n27 Herbert Place\nDublin 2, D02 X285\nIRLAND",
 "Werkraum Spreeufer GmbH\nKöpenicker Straße 154\n10997 Berlin\nTel. +49 30 6098 4410\nhallo@werkraum-spreeufer.de\nwww.werkraum-spreeufer.de"]],
 align=["L", "R"])
d.p("", "Sp2")
d.table([3.2, 4.0, 1.0, 3.8, 5.0], [
 ["Rechnungsnummer", "WS-2024-1187", "", "Kundennummer", "K-10442"],
 ["Rechnungsdatum", "02.09.2024", "", "Mitgliedschaft", "Flex Desk (2 Plätze)"],
 ["Leistungszeitraum", "01.09.2024 – 30.09.2024", "", "Ihre USt-IdNr.", "IE3524781JH"],
], cell=lambda r, c: {"pad": "0.03cm"})
d.p("Rechnung", "H1")
d.p("Sehr geehrte Damen und Herren,")
d.p("vielen Dank für Ihre Mitgliedschaft. Für den oben genannten Leistungszeitraum berechnen wir Ihnen:")
hdr = {"bottom": "0.5pt solid #000000", "bg": "#f3e8e2"}
line = {"bottom": "0.5pt solid #cccccc"}
rows = [["Pos.", "Bezeichnung", "Menge", "Einheit", "Einzelpreis", "Gesamt"],
 ["1", "Flex Desk Monatsmitgliedschaft September 2024\n\n__Zugang Mo–So 0–24 Uhr, inkl. WLAN und Spind__", "2", "Platz", "290,00 €", "580,00 €"],
 ["2", "Meetingraum „Oberbaum“ (8 Pers.)\n\n__10.09., 17.09. und 24.09.2024, je 2 Std.__", "6", "Std.", "35,00 €", "210,00 €"],
 ["3", "Geschäftsadresse inkl. Postannahme und Scan-Service", "1", "Monat", "39,00 €", "39,00 €"],
 ["4", "Kaffee-Flatrate", "2", "Platz", "15,00 €", "30,00 €"]]
d.table([1.1, 8.3, 1.4, 1.5, 2.4, 2.3], rows, cell=lambda r, c: hdr if r == 0 else line,
        align=["L", "L", "R", "L", "R", "R"])
d.table([11.2, 3.5, 2.3], [
 ["", "Nettobetrag", "859,00 €"],
 ["", "zzgl. 19 % USt.", "163,21 €"],
 ["", "**Rechnungsbetrag**", "**1.022,21 €**"]],
 cell=lambda r, c: ({"top": "1pt solid #000000"} if r == 2 and c > 0 else {"pad": "0.04cm"}), align=["L", "L", "R"])
d.p("", "Sp")
d.p("Bitte überweisen Sie den Rechnungsbetrag ohne Abzug bis zum 16.09.2024 unter Angabe der Rechnungsnummer auf das unten genannte Konto. Bei Fragen zur Rechnung erreichen Sie uns unter buchhaltung@werkraum-spreeufer.de.")
d.p("Mit freundlichen Grüßen\nIhr Team vom Werkraum Spreeufer")
d.set_footer([3.4, 4.0, 4.6, 5.0], [[
 "Werkraum Spreeufer GmbH\nKöpenicker Straße 154\n10997 Berlin",
 "Geschäftsführerin: Lena Brandauer\nAmtsgericht Charlottenburg\nHRB 198342 B",
 "USt-IdNr.: DE318452978\nSteuernummer: 29/512/34567\nFinanzamt Friedrichshain-Kreuzberg",
 "Berliner Volksbank\nIBAN: DE16 1009 0000 2718 4650 03\nBIC: BEVODEBBXXX"]])
d.save(sys.argv[1], "Rechnung WS-2024-1187")
