import sys
from s29_fodt import Doc
from s29_14_items import ITEMS, TOTAL, DEPOSIT, line_total

assert TOTAL == 17723.70 and round(TOTAL - DEPOSIT, 2) == 14723.70


def chf(v):
    s = f"{v:,.2f}".replace(",", "'")
    return s


NAVY = "#1f3a5f"
d = Doc(font="Liberation Sans", size="8.5pt", margins=("1.4cm", "1.6cm", "1.4cm", "2cm"), title="Rechnung 2025-118734",
        header="Privatklinik Seeblick AG · Rechnung Nr. 2025-118734 · Patient: Baumann Reto, 03.08.1971 · Fall-Nr. 2025-004471",
        footer="Privatklinik Seeblick AG · Seestrasse 212 · 8700 Küsnacht ZH · UID CHE-108.447.219 · ZSR H123456 · GLN 7601001402217 · Seite {PAGE} von {PAGES}")
d.table([9.0, 8.4], [[
    {"text": "Privatklinik Seeblick", "p": dict(size="20pt", bold=True, color=NAVY)},
    {"text": "Privatklinik Seeblick AG\nPatientenadministration / Debitorenbuchhaltung\nSeestrasse 212, 8700 Küsnacht ZH\nTel. +41 44 914 22 00 · debitoren@seeblick-klinik.ch", "p": dict(size="7.5pt", align="end")}]])
d.p("", after="0.8cm")
addr = ["Privatklinik Seeblick AG, Seestrasse 212, 8700 Küsnacht", "", "Herr", "Reto Baumann", "Zürichbergstrasse 41", "8044 Zürich", "", "", "", ""]
kv = [("Rechnungsnummer:", "2025-118734"), ("Rechnungsdatum:", "10.03.2025"), ("Zahlbar bis:", "09.04.2025"), ("Fall-Nr.:", "2025-004471"),
      ("Behandlungsart:", "stationär"), ("Eintritt / Austritt:", "17.02.2025 / 21.02.2025"), ("Abteilung:", "Orthopädie, halbprivat"),
      ("Garant:", "Patient (Tiers garant)"), ("Versicherung:", "Helsana Zusatz HOSPITAL Halbprivat"), ("Vers.-Nr.:", "80756 0447 1182")]
d.table([9.0, 3.1, 5.3], [[{"text": a, "p": dict(size=("6.5pt" if i == 0 else "10pt"), after="0cm"), "c": dict(pad="0.02cm")},
                           {"text": k, "p": dict(size="8.5pt", after="0cm"), "c": dict(pad="0.02cm")},
                           {"text": v, "p": dict(size="8.5pt", after="0cm", bold=(i < 3)), "c": dict(pad="0.02cm")}]
                          for i, (a, (k, v)) in enumerate(zip(addr, kv))])
d.p("Rechnung – stationäre Behandlung", size="14pt", bold=True, color=NAVY, before="0.7cm", after="0.15cm")
d.p("Sehr geehrter Herr Baumann\nFür Ihren Aufenthalt in unserer Klinik vom 17.02.2025 bis 21.02.2025 erlauben wir uns, Ihnen die folgenden Leistungen in Rechnung zu stellen. "
    "Bitte reichen Sie das beiliegende Rückforderungsbeleg-Doppel bei Ihrer Versicherung ein. Diagnose (ICD-10): S83.2 Meniskusriss, akut; Eingriff: Arthroskopische Meniskusnaht Knie rechts (CHOP 81.47.13).",
    after="0.35cm")

hdr = dict(bg="#dde6f0", bottom="0.6pt solid #1f3a5f")
rb = dict(bottom="0.3pt solid #cccccc")
R = dict(align="end")
rows = [[{"text": t, "p": dict(bold=True, align=("end" if i >= 3 else None)), "c": hdr}
         for i, t in enumerate(["Datum", "Tarif / Code", "Leistung", "Menge", "Preis CHF", "Betrag CHF"])]]
day_sum, cur = 0.0, ITEMS[0][0]
for i, (dt, code, desc, q, p) in enumerate(ITEMS):
    lt = line_total(q, p)
    rows.append([{"text": dt, "c": rb}, {"text": code, "c": rb}, {"text": desc, "c": rb},
                 {"text": str(q), "p": R, "c": rb}, {"text": chf(p), "p": R, "c": rb}, {"text": chf(lt), "p": R, "c": rb}])
    day_sum += lt
    nxt = ITEMS[i + 1][0] if i + 1 < len(ITEMS) else None
    if nxt != dt:
        rows.append([{"text": f"Zwischentotal {dt}", "span": 5, "p": dict(italic=True), "c": dict(bg="#f3f3f3")},
                     {"text": chf(round(day_sum, 2)), "p": dict(italic=True, align="end"), "c": dict(bg="#f3f3f3")}])
        day_sum = 0.0
d.table([1.9, 1.9, 7.6, 1.3, 2.2, 2.5], rows)

d.pagebreak()
d.p("Zusammenfassung der Rechnung 2025-118734", size="12pt", bold=True, color=NAVY, before="0.2cm", after="0.15cm")
d.p("Aufenthalt vom 17.02.2025 bis 21.02.2025, 4 Pflegetage, Abteilung Orthopädie (halbprivat). Belegarzt: Dr. med. Andrea Zollinger, FMH Orthopädische Chirurgie.", after="0.25cm")
cats = {"Hotellerie / Aufenthalt": ("HP-",), "Operation / Anästhesie": ("OPS-", "ANE-"), "Ärztliche Leistungen": ("ARZ-",),
        "Material / Implantate / Hilfsmittel": ("MAT-", "HIL-"), "Medikamente": ("MED-",), "Labor / Radiologie": ("LAB-", "RAD-"),
        "Pflege / Physiotherapie": ("PFL-", "PHY-")}
srows = []
chk = 0.0
for k, pref in cats.items():
    s = round(sum(line_total(q, p) for _, c, _, q, p in ITEMS if c.startswith(pref)), 2)
    chk += s
    srows.append([{"text": k, "c": rb}, {"text": chf(s), "p": R, "c": rb}])
assert round(chk, 2) == TOTAL
srows.append([{"text": "Total Leistungen", "p": dict(bold=True), "c": dict(top="0.8pt solid #1f3a5f")},
              {"text": "CHF " + chf(TOTAL), "p": dict(bold=True, align="end"), "c": dict(top="0.8pt solid #1f3a5f")}])
srows.append([{"text": "abzüglich Anzahlung vom 17.02.2025 (Kartenzahlung)"}, {"text": "– " + chf(DEPOSIT), "p": R}])
srows.append([{"text": "Offener Betrag", "p": dict(bold=True, size="11pt"), "c": dict(bg="#dde6f0")},
              {"text": "CHF " + chf(round(TOTAL - DEPOSIT, 2)), "p": dict(bold=True, size="11pt", align="end"), "c": dict(bg="#dde6f0")}])
d.table([11.0, 4.5], srows)
d.p("Die Leistungen sind gemäss Art. 21 Abs. 2 Ziff. 3 MWSTG von der Mehrwertsteuer ausgenommen.", size="7.5pt", before="0.2cm")
d.p("Zahlungsinformationen", size="11pt", bold=True, color=NAVY, before="0.4cm", after="0.1cm")
d.p("Bitte überweisen Sie den offenen Betrag bis 09.04.2025 mit dem beiliegenden QR-Einzahlungsschein oder auf:\n"
    "Zürcher Kantonalbank, 8010 Zürich · IBAN CH59 0900 0000 8044 7188 2 · zugunsten Privatklinik Seeblick AG, 8700 Küsnacht\n"
    "Referenz: 21 00000 00201 18734 00000 00447\n"
    "Bei Fragen zur Rechnung: Patientenadministration, Tel. +41 44 914 22 40 (Mo–Fr 8–12 Uhr). Nach Ablauf der Zahlungsfrist erheben wir eine Mahngebühr von CHF 20.00.",
    after="0.2cm")
d.save(sys.argv[1])
