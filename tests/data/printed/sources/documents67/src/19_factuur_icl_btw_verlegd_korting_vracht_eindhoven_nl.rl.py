#!/usr/bin/env python3
"""Factuur (Netherlands) to a German customer -- intra-community supply of goods with 0 % BTW (plus one tooling
service under the reverse charge), 3 % korting and vrachtkosten DAP below the item lines, "Totaal" column header,
VAT numbers of both parties, KvK, IBAN, dates "18-03-2026". ReportLab canvas with the built-in Helvetica (not
embedded)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else "s67_19.pdf"
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("Factuur 2026-0318")
W, H = A4
L, R = 18 * mm, W - 18 * mm
ORANGE = (0.89, 0.42, 0.07)


def t(x, y, s, f="Helvetica", size=9, align="l"):
    c.setFont(f, size)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, s)


# letterhead: orange bar at the left, company block
c.setFillColorRGB(*ORANGE)
c.rect(0, H - 40 * mm, 8 * mm, 40 * mm, fill=1, stroke=0)
t(L, H - 19 * mm, "Brabant Precisie Kunststoffen B.V.", "Helvetica-Bold", 16)
c.setFillColorRGB(0.3, 0.3, 0.3)
t(L, H - 24.5 * mm, "Spuitgietwerk · Matrijzenbouw · Assemblage", size=8.4)
t(R, H - 16 * mm, "Esp 218, 5633 AD Eindhoven, Nederland", size=8, align="r")
t(R, H - 20 * mm, "+31 40 241 8273 · finance@bpk-kunststoffen.nl", size=8, align="r")
t(R, H - 24 * mm, "BTW-id NL840250599B01 · KvK 74182736", size=8, align="r")
c.setFillColorRGB(0, 0, 0)

# customer address and invoice data
y = H - 48 * mm
for i, s in enumerate(["Rheinland Gerätebau GmbH", "Kreditorenbuchhaltung", "Erkrather Straße 214", "40233 Düsseldorf",
                       "DUITSLAND", "USt-IdNr. DE238079804"]):
    t(L, y - i * 4.6 * mm, s, "Helvetica-Bold" if i == 0 else "Helvetica", 9.6 if i == 0 else 9)
t(L + 100 * mm, y + 1 * mm, "FACTUUR", "Helvetica-Bold", 20)
meta = [("Factuurnummer", "2026-0318"), ("Factuurdatum", "18-03-2026"), ("Vervaldatum", "17-04-2026"),
        ("Uw bestelnummer", "RGB-4500-8812"), ("Klantnummer", "20418"), ("Leverdatum / pakbon", "16-03-2026 / PB-26-0771"),
        ("Leveringsconditie", "DAP Düsseldorf (Incoterms 2020)")]
for i, (k, v) in enumerate(meta):
    yy = y - (7 + 4.6 * i) * mm
    t(L + 100 * mm, yy, k, size=8.4)
    t(L + 133 * mm, yy, v, "Helvetica-Bold" if i < 3 else "Helvetica", 8.6)

# items
y = H - 100 * mm
cols = [("Artikel", 24), ("Omschrijving", 78), ("Aantal", 18), ("Prijs", 20), ("Totaal", 0)]
xs = [L]
for _, w in cols[:-1]:
    xs.append(xs[-1] + w * mm)
xs.append(R)
c.setStrokeColorRGB(*ORANGE)
c.setLineWidth(1.4)
c.line(L, y + 5 * mm, R, y + 5 * mm)
for i, (n, _) in enumerate(cols):
    if i < 2:
        t(xs[i], y, n, "Helvetica-Bold", 8.6)
    else:
        t(xs[i + 1], y, n, "Helvetica-Bold", 8.6, "r")
c.setLineWidth(0.6)
c.line(L, y - 2 * mm, R, y - 2 * mm)
rows = [("BPK-HS-30", "Behuizing PA6-GF30, zwart, tekening RG-7741 rev. D", "2.400", "3,85", "9.240,00"),
        ("BPK-DK-12", "Deksel polycarbonaat, transparant", "2.400", "1,62", "3.888,00"),
        ("BPK-AR-05", "Afdichtring EPDM 70 Shore A, Ø 48 mm", "4.800", "0,21", "1.008,00"),
        ("MAT-AP-01", "Matrijsaanpassing behuizing (eenmalig, dienst)", "1", "1.350,00", "1.350,00")]
c.setStrokeColorRGB(0.85, 0.85, 0.85)
c.setLineWidth(0.4)
for r in rows:
    y -= 7.5 * mm
    t(xs[0], y, r[0], size=8.8)
    t(xs[1], y, r[1], size=8.8)
    for i in (2, 3, 4):
        t(xs[i + 1], y, r[i], size=8.8, align="r")
    c.line(L, y - 2.6 * mm, R, y - 2.6 * mm)

# totals
y -= 12 * mm
tx = R - 40 * mm
for k, v, f in [("Subtotaal", "15.486,00", "Helvetica"), ("Korting 3%", "-464,58", "Helvetica"),
                ("Vrachtkosten (DAP Düsseldorf)", "285,00", "Helvetica"), ("Totaal excl. BTW", "15.306,42", "Helvetica-Bold"),
                ("BTW 0% (zie toelichting)", "0,00", "Helvetica"), ("Totaal te betalen EUR", "15.306,42", "Helvetica-Bold")]:
    if k.startswith("Totaal te"):
        c.setFillColorRGB(1.0, 0.93, 0.86)
        c.rect(R - 95 * mm, y - 2.6 * mm, 95 * mm, 8 * mm, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        t(tx, y, k, f, 11, "r")
        t(R - 1 * mm, y, v, f, 11, "r")
    else:
        t(tx, y, k, f, 9, "r")
        t(R - 1 * mm, y, v, f, 9, "r")
    y -= 6.4 * mm

# notes
y -= 6 * mm
notes = ["Toelichting BTW: intracommunautaire levering van goederen (pos. 1-3 en vracht), vrijgesteld met 0% BTW, art. 138",
         "Richtlijn 2006/112/EG; dienst pos. 4: BTW verlegd naar de afnemer (art. 196 Richtlijn 2006/112/EG).",
         "Steuerfreie innergemeinschaftliche Lieferung / Steuerschuldnerschaft des Leistungsempfängers.",
         "",
         "Betaling binnen 30 dagen op IBAN NL82 INGB 0004 1827 36 (BIC INGBNL2A) o.v.v. factuurnummer 2026-0318.",
         "Openstaand: factuur 2026-0201 van 19-02-2026, 11.744,60 EUR, vervalt op 21-03-2026.",
         "Korting 3% conform raamovereenkomst RO-2025-014; geldig op alle artikelen en diensten van deze factuur."]
for s in notes:
    t(L, y, s, size=8)
    y -= 4.4 * mm

# footer
c.setStrokeColorRGB(0.6, 0.6, 0.6)
c.setLineWidth(0.4)
c.line(L, 20 * mm, R, 20 * mm)
c.setFillColorRGB(0.4, 0.4, 0.4)
t(W / 2, 15.5 * mm, "Brabant Precisie Kunststoffen B.V. · KvK 74182736 · BTW-id NL840250599B01 · ING Bank NL82 INGB 0004 1827 36 · "
  "Op al onze leveringen zijn de Metaalunievoorwaarden van toepassing.", size=6.6, align="c")
c.showPage()
c.save()
