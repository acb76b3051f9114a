# Ausdruck der elektronischen Lohnsteuerbescheinigung 2024, as a German payroll program prints it (fpdf2)
import sys, datetime
from fpdf import FPDF

F = "/usr/share/fonts/truetype/liberation2/"
pdf = FPDF(unit="mm", format="A4")
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.add_font("LM", "", F + "LiberationMono-Regular.ttf")
pdf.set_title("Lohnsteuerbescheinigung 2024 - Vollmer, Katharina")
pdf.set_creator("LOGA-Lohn 24.12 Druckmodul")
pdf.set_creation_date(datetime.datetime(2025, 2, 14, 7, 30, tzinfo=datetime.timezone.utc))
pdf.set_auto_page_break(False)
pdf.add_page()

def t(x, y, s, size=8, style="", font="LS", w=0, align="L"):
    pdf.set_font(font, style, size); pdf.set_xy(x, y); pdf.cell(w, size * 0.45, s, align=align)

# Employer block (sender line + addressee in window position)
t(20, 14, "Elbwerk Maschinenbau GmbH", 12, "B")
t(20, 20, "Billstraße 188 · 20539 Hamburg · Tel. 040 555 31 70 · lohn@elbwerk-maschinenbau.de", 7.5)
t(20, 45, "Elbwerk Maschinenbau GmbH · Billstraße 188 · 20539 Hamburg", 6.5)
pdf.line(20, 48.5, 105, 48.5)
for i, s in enumerate(["Frau", "Katharina Vollmer", "Eppendorfer Weg 211", "20253 Hamburg"]):
    t(20, 52 + i * 5, s, 10)

# right header data
t(115, 30, "Ausdruck der elektronischen", 11, "B")
t(115, 35.5, "Lohnsteuerbescheinigung für 2024", 11, "B")
t(115, 41, "Nachstehende Daten wurden maschinell an die Finanzverwaltung übertragen.", 6.5)
rows = [("Dauer des Dienstverhältnisses", "01.01. - 31.12."),
        ("Zeiträume ohne Arbeitslohn", "Anzahl \"U\": 0"),
        ("Großbuchstaben (S, M, F, FR)", "-"),
        ("Identifikationsnummer", "47 036 892 815"),
        ("Personalnummer", "20817"),
        ("Geburtsdatum", "22.05.1988"),
        ("Transferticket", "VLLMKTRN22M88H"),
        ("Steuerklasse/Faktor", "4"),
        ("gültig ab", "01.01.2024"),
        ("Zahl der Kinderfreibeträge", "0,5"),
        ("Kirchensteuermerkmale", "ev"),
        ("Finanzamt (LSt abgeführt an)", "Hamburg-Nord 2247"),
        ("Steuernummer des Arbeitgebers", "43/712/04518")]
y = 46
for k, v in rows:
    pdf.rect(112, y, 83, 5)
    t(113, y + 0.9, k, 6.5); t(156, y + 0.7, v, 8.5, font="LM")
    y += 5
pdf.line(155, 46, 155, y)

# numbered lines
t(20, 118, "Bescheinigungszeitraum: 01.01.2024 - 31.12.2024", 8.5, "B")
t(120, 118, "EUR", 8, "B", w=75, align="R")
lines = [
 ("1.", "Dauer des Dienstverhältnisses", "01.01.-31.12."),
 ("2.", "Zeiträume ohne Anspruch auf Arbeitslohn", ""),
 ("3.", "Bruttoarbeitslohn einschl. Sachbezüge ohne 9. und 10.", "58.734,12"),
 ("4.", "Einbehaltene Lohnsteuer von 3.", "9.412,00"),
 ("5.", "Einbehaltener Solidaritätszuschlag von 3.", "0,00"),
 ("6.", "Einbehaltene Kirchensteuer des Arbeitnehmers von 3.", "847,08"),
 ("7.", "Einbehaltene Kirchensteuer des Ehegatten/Lebenspartners von 3. (nur bei Konfessionsverschiedenheit)", ""),
 ("8.", "In 3. enthaltene Versorgungsbezüge", ""),
 ("9.", "Ermäßigt besteuerte Versorgungsbezüge für mehrere Kalenderjahre", ""),
 ("10.", "Ermäßigt besteuerter Arbeitslohn für mehrere Kalenderjahre (ohne 9.) und ermäßigt besteuerte Entschädigungen", ""),
 ("11.", "Einbehaltene Lohnsteuer von 9. und 10.", ""),
 ("14.", "Einbehaltene Kirchensteuer des Arbeitnehmers von 9. und 10.", ""),
 ("15.", "Kurzarbeitergeld, Zuschuss zum Mutterschaftsgeld, Verdienstausfallentschädigung (IfSG), Aufstockungsbetrag und Altersteilzeitzuschlag", ""),
 ("16.", "Steuerfreier Arbeitslohn nach a) Doppelbesteuerungsabkommen b) Auslandstätigkeitserlass", ""),
 ("17.", "Steuerfreie Arbeitgeberleistungen, die auf die Entfernungspauschale anzurechnen sind", "588,00"),
 ("18.", "Pauschal besteuerte Arbeitgeberleistungen für Fahrten zwischen Wohnung und erster Tätigkeitsstätte", ""),
 ("19.", "Steuerpflichtige Entschädigungen und Arbeitslohn für mehrere Kalenderjahre, die nicht ermäßigt besteuert wurden - in 3. enthalten", ""),
 ("20.", "Steuerfreie Verpflegungszuschüsse bei Auswärtstätigkeit", "196,00"),
 ("21.", "Steuerfreie Arbeitgeberleistungen bei doppelter Haushaltsführung", ""),
 ("22.", "Arbeitgeberanteil / -zuschuss a) zur gesetzlichen Rentenversicherung", "5.462,27"),
 ("", "b) an berufsständische Versorgungseinrichtungen", ""),
 ("23.", "Arbeitnehmeranteil a) zur gesetzlichen Rentenversicherung", "5.462,27"),
 ("", "b) an berufsständische Versorgungseinrichtungen", ""),
 ("24.", "Steuerfreie Arbeitgeberzuschüsse a) zur gesetzlichen Krankenversicherung", ""),
 ("", "b) zur privaten Krankenversicherung  c) zur gesetzlichen Pflegeversicherung", ""),
 ("25.", "Arbeitnehmerbeiträge zur gesetzlichen Krankenversicherung", "4.786,83"),
 ("26.", "Arbeitnehmerbeiträge zur sozialen Pflegeversicherung", "998,48"),
 ("27.", "Arbeitnehmerbeiträge zur Arbeitslosenversicherung", "763,54"),
 ("28.", "Beiträge zur privaten Kranken- und Pflege-Pflichtversicherung", ""),
 ("29.", "Bemessungsgrundlage für den Versorgungsfreibetrag zu 8.", ""),
 ("33.", "Ausgezahltes Kindergeld", ""),
 ("34.", "Freibetrag DBA Türkei", ""),
]
y = 123
for n, txt, v in lines:
    pdf.set_font("LS", "", 7)
    h = 4.3 if pdf.get_string_width(txt) < 120 else 7.0
    pdf.rect(20, y, 175, h)
    pdf.line(150, y, 150, y + h)
    t(21, y + 0.9, n, 7, "B")
    pdf.set_font("LS", "", 7); pdf.set_xy(28, y + 0.6); pdf.multi_cell(121, 3.1, txt, align="L")
    if v:
        t(151, y + 0.6, v, 9, font="LM", w=43, align="R")
    y += h

t(20, y + 3, "Anschrift und Steuernummer des Arbeitgebers:", 7, "B")
t(20, y + 7, "Elbwerk Maschinenbau GmbH, Billstraße 188, 20539 Hamburg  -  Steuernummer 43/712/04518", 7.5)
t(20, y + 12, "Ort, Datum: Hamburg, 14.02.2025     Der Bescheinigung liegt der Lohnkonto-Stand vom 31.12.2024 zugrunde.", 7)

pdf.add_page()
t(20, 18, "Hinweise für den Arbeitnehmer", 11, "B")
txt = ("Die elektronische Lohnsteuerbescheinigung wurde am 14.02.2025 an die Finanzverwaltung übermittelt (Übermittlungsstatus: "
 "erfolgreich, Datenübermittlungsnummer 4711-0893-2217). Die Daten stehen Ihnen in Ihrer Einkommensteuererklärung (vorausgefüllte "
 "Steuererklärung in ELSTER) zur Verfügung.\n\n"
 "Zeile 3: Der Bruttoarbeitslohn enthält das laufende Gehalt (12 x 4.520,00 EUR), das Urlaubsgeld (1.180,00 EUR), das Weihnachtsgeld "
 "(2.260,00 EUR) sowie geldwerte Vorteile (Jobrad, 1.054,12 EUR). Steuerfreie Leistungen (Zeilen 17 und 20) sind nicht enthalten.\n\n"
 "Zeilen 22 bis 27: Die Sozialversicherungsbeiträge können Sie als Vorsorgeaufwendungen in der Anlage Vorsorgeaufwand geltend machen. "
 "Der Beitragssatz zur Pflegeversicherung berücksichtigt den Abschlag für ein Kind unter 25 Jahren.\n\n"
 "Zeile 17: Das steuerfreie Deutschlandticket-Jobticket (12 x 49,00 EUR) wird auf die Entfernungspauschale angerechnet.\n\n"
 "Die Identifikationsnummer ist Ihre steuerliche Identifikationsnummer (IdNr) nach § 139b AO. Bitte prüfen Sie alle Angaben; "
 "Korrekturen kann nur der Arbeitgeber vornehmen. Rückfragen: Personalabteilung, Frau Henningsen, Tel. 040 555 31 74.")
pdf.set_font("LS", "", 9); pdf.set_xy(20, 28); pdf.multi_cell(170, 5, txt, align="L")
pdf.output(sys.argv[1])
