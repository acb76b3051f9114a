"""Hardware reseller's two-page invoice (Germany, Hamburg -> Bielefeld): letterhead with a thin accent rule, window
address with sender line, right-hand info column (Rechnungs-Nr., Datum, Lieferdatum, Kunden-Nr., Ihre Bestellung,
Lieferschein, Seite x von 2), a 30-line article table (Pos., Art.-Nr., Bezeichnung, Menge, Einzelpreis, Gesamt) that
breaks after page 1 with "Zwischensumme / Übertrag", page 2 continues "Übertrag von Seite 1", then Nettobetrag,
USt 19 %, Rechnungsbetrag, payment terms (2 % Skonto within 10 days, net 30 days), WEEE / serial-number notes and a
four-column footer with HRB, USt-IdNr., managing directors and bank on both pages. ReportLab canvas, DejaVu Sans
Condensed. Usage: python3 02_systemhaus_rechnung_2p_de.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DC", F + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DCB", F + "DejaVuSansCondensed-Bold.ttf"))
ACC = colors.HexColor("#c0392b")
GREY = colors.HexColor("#5d6166")
RULE = colors.HexColor("#cfd2d6")

ITEMS = [
    ("NB-14-G11", "Notebook 14\" Core Ultra 7, 32 GB RAM, 1 TB SSD, Win 11 Pro", 18, "1.249,00"),
    ("NB-DOCK-TB4", "Thunderbolt-4-Dockingstation, 180 W", 18, "219,00"),
    ("MON-27QHD", "Monitor 27\" QHD IPS, höhenverstellbar, USB-C 90 W", 24, "289,00"),
    ("MON-34UW", "Monitor 34\" UWQHD curved, USB-C 90 W", 4, "549,00"),
    ("KB-DE-W", "Tastatur kabellos, deutsches Layout", 24, "34,90"),
    ("MS-W-ERG", "Maus kabellos, ergonomisch", 24, "29,90"),
    ("HS-BT-ANC", "Headset Bluetooth, ANC, Teams-zertifiziert", 18, "139,00"),
    ("WEB-4K", "Webcam 4K mit Sichtschutz", 6, "119,00"),
    ("PC-SFF-I5", "Desktop-PC Small Form Factor, Core i5, 16 GB, 512 GB", 6, "689,00"),
    ("SRV-2U-R", "Server 2U, 2x Xeon Silver, 256 GB RAM, 2x PSU", 1, "8.940,00"),
    ("SRV-SSD-384", "SSD 3,84 TB SAS, Hot-Plug, für SRV-2U-R", 8, "612,00"),
    ("SRV-RAIL", "Schienenkit für 2U-Server", 1, "79,00"),
    ("NAS-8B", "NAS 8 Einschübe, 10 GbE, Rackmount", 1, "1.890,00"),
    ("HDD-16T", "Festplatte 16 TB NAS-Edition", 8, "329,00"),
    ("SW-48-POE", "Switch 48 Port PoE+, 4x SFP+, managed", 2, "1.480,00"),
    ("SW-24-AGG", "Aggregations-Switch 24x SFP+ 10 GbE", 1, "2.150,00"),
    ("SFP-10G-SR", "Transceiver SFP+ 10GBase-SR", 12, "39,00"),
    ("AP-WIFI7", "Access Point Wi-Fi 7, PoE, Deckenmontage", 10, "329,00"),
    ("FW-UTM-M", "Firewall-Appliance UTM, 8 Ports", 1, "2.390,00"),
    ("FW-LIC-3Y", "UTM-Sicherheitslizenz 3 Jahre für FW-UTM-M", 1, "1.440,00"),
    ("USV-3000", "USV 3000 VA online, Rack 2U, Netzwerkkarte", 1, "1.690,00"),
    ("RACK-42", "Serverschrank 42 HE 800x1000, Glastür", 1, "1.120,00"),
    ("PDU-16", "Steckdosenleiste 19\" 16-fach, schaltbar", 2, "189,00"),
    ("PATCH-C6A", "Patchkabel Cat. 6A, 1 m, diverse Farben", 120, "3,20"),
    ("DP-CABLE", "DisplayPort-Kabel 2 m", 28, "9,90"),
    ("DS-3Y-NBD", "Herstellergarantie-Erweiterung 3 Jahre NBD vor Ort, Notebook", 18, "129,00"),
    ("DS-5Y-SRV", "Herstellergarantie-Erweiterung 5 Jahre 4h, Server", 1, "1.180,00"),
    ("SVC-ROLL", "Rollout: Imaging, Inventarisierung, Aufstellung (Pauschale je Gerät)", 30, "65,00"),
    ("SVC-RACK", "Rackmontage und Verkabelung Serverraum (Std.)", 9, "98,00"),
    ("LOG-SPED", "Speditionsversand Palette, Hamburg - Bielefeld", 2, "145,00"),
]
PAGE1 = 17


def dec(s):
    return D(s.replace(".", "").replace(",", "."))


def m(x):
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


ROWS = [(i + 1, a, t, n, dec(p), (n * dec(p)).quantize(D("0.01"))) for i, (a, t, n, p) in enumerate(ITEMS)]
CARRY = sum(r[5] for r in ROWS[:PAGE1])
NET = sum(r[5] for r in ROWS)
VAT = (NET * D("0.19")).quantize(D("0.01"), ROUND_HALF_UP)
GROSS = NET + VAT
assert (CARRY, NET, VAT, GROSS) == (D("68476.20"), D("86069.40"), D("16353.19"), D("102422.59")), (CARRY, NET, VAT, GROSS)
SKONTO = (GROSS * D("0.02")).quantize(D("0.01"), ROUND_HALF_UP)

c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="DC", initialFontSize=9)
c.setTitle("Rechnung RE-26-04718")
c.setAuthor("Nordtec Systemhaus GmbH")
W, H = A4
L, R = 20 * mm, W - 16 * mm


def text(x, y, s, f="DC", size=8.5, col=colors.black, align="l"):
    c.setFont(f, size)
    c.setFillColor(col)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, s)


def head(page):
    text(L, H - 20 * mm, "NORDTEC", "DCB", 20, ACC)
    text(L + 37 * mm, H - 20 * mm, "SYSTEMHAUS", "DC", 12, GREY)
    c.setStrokeColor(ACC)
    c.setLineWidth(1.2)
    c.line(L, H - 23 * mm, R, H - 23 * mm)
    text(R, H - 15 * mm, "Nordtec Systemhaus GmbH · Wendenstraße 130 · 20537 Hamburg", size=7, col=GREY, align="r")
    text(R, H - 19 * mm, "Tel. 040 4182 730-0 · vertrieb@nordtec-systemhaus.example", size=7, col=GREY, align="r")
    foot(page)


def foot(page):
    y = 17 * mm
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(L, y + 9 * mm, R, y + 9 * mm)
    cols = [["Nordtec Systemhaus GmbH", "Wendenstraße 130", "20537 Hamburg"],
            ["Amtsgericht Hamburg HRB 148273", "USt-IdNr. DE316829470", "St.-Nr. 46/718/02934"],
            ["Geschäftsführer:", "Jens Ohlsen, Dr. Maren Kötter", ""],
            ["Commerzbank AG", "IBAN DE15 3704 0000 0472 9138 06", "BIC COBADEFFXXX"]]
    xs = [L, L + 40 * mm, L + 86 * mm, L + 126 * mm]
    for x, col in zip(xs, cols):
        for i, s in enumerate(col):
            text(x, y + 5.5 * mm - i * 3.3 * mm, s, size=6.4, col=GREY)
    text(R, y - 6 * mm, f"Seite {page} von 2", size=6.8, col=GREY, align="r")


def table_head(y):
    c.setFillColor(colors.HexColor("#f1e3e1"))
    c.rect(L, y - 1.8 * mm, R - L, 5.6 * mm, stroke=0, fill=1)
    for x, s, a in [(L + 1 * mm, "Pos.", "l"), (L + 10 * mm, "Art.-Nr.", "l"), (L + 33 * mm, "Bezeichnung", "l"),
                    (L + 127 * mm, "Menge", "r"), (L + 151 * mm, "Einzelpreis €", "r"), (R - 1 * mm, "Gesamt €", "r")]:
        text(x, y, s, "DCB", 7.8, align=a)
    return y - 6 * mm


def row(y, r):
    pos, art, t, n, p, g = r
    text(L + 1 * mm, y, str(pos), size=7.8)
    text(L + 10 * mm, y, art, size=7.4, col=GREY)
    text(L + 33 * mm, y, t, size=7.8)
    text(L + 127 * mm, y, str(n), size=7.8, align="r")
    text(L + 151 * mm, y, m(p), size=7.8, align="r")
    text(R - 1 * mm, y, m(g), size=7.8, align="r")
    c.setStrokeColor(RULE)
    c.setLineWidth(0.3)
    c.line(L, y - 2 * mm, R, y - 2 * mm)
    return y - 6.2 * mm


# ---- page 1
head(1)
text(L, H - 45 * mm, "Nordtec Systemhaus GmbH · Wendenstraße 130 · 20537 Hamburg", size=6.2, col=GREY)
for i, s in enumerate(["Brenner Maschinenbau GmbH", "Einkauf / Kreditorenbuchhaltung", "Eckendorfer Straße 212",
                       "33609 Bielefeld"]):
    text(L, H - 51 * mm - i * 4.4 * mm, s, "DCB" if i == 0 else "DC", 9.5)
info = [("Rechnungs-Nr.", "RE-26-04718"), ("Rechnungsdatum", "05.03.2026"), ("Lieferdatum", "04.03.2026"),
        ("Kunden-Nr.", "D-20931"), ("Ihre Bestellung", "BM-4500127738"), ("Lieferschein", "LS-26-03391"),
        ("Ihre USt-IdNr.", "DE271904357"), ("Bearbeiter", "Lena Brandt")]
for i, (k, v) in enumerate(info):
    text(L + 112 * mm, H - 43 * mm - i * 4.5 * mm, k, size=8, col=GREY)
    text(L + 142 * mm, H - 43 * mm - i * 4.5 * mm, v, "DCB" if i == 0 else "DC", 8)
text(L, H - 88 * mm, "Rechnung", "DCB", 15)
text(L, H - 95 * mm, "Sehr geehrte Damen und Herren, wir danken für Ihren Auftrag und berechnen Ihnen die folgenden "
     "Lieferungen und Leistungen:", size=8.4)
y = table_head(H - 104 * mm)
for r in ROWS[:PAGE1]:
    y = row(y, r)
c.setStrokeColor(colors.black)
c.setLineWidth(0.8)
c.line(L + 110 * mm, y + 2.6 * mm, R, y + 2.6 * mm)
text(L + 151 * mm, y - 1 * mm, "Zwischensumme / Übertrag", "DCB", 8.2, align="r")
text(R - 1 * mm, y - 1 * mm, m(CARRY), "DCB", 8.2, align="r")
text(L, y - 9 * mm, "Fortsetzung auf Seite 2", size=7.4, col=GREY)
c.showPage()

# ---- page 2
head(2)
text(L, H - 32 * mm, "Rechnung RE-26-04718 vom 05.03.2026 · Brenner Maschinenbau GmbH · Kunden-Nr. D-20931", size=8,
     col=GREY)
y = table_head(H - 42 * mm)
text(L + 151 * mm, y, "Übertrag von Seite 1", "DCB", 7.8, align="r")
text(R - 1 * mm, y, m(CARRY), "DCB", 7.8, align="r")
y -= 6.2 * mm
for r in ROWS[PAGE1:]:
    y = row(y, r)
y -= 3 * mm
for i, (k, v, b) in enumerate([("Nettobetrag", m(NET), False), ("zzgl. 19 % USt. auf " + m(NET) + " €", m(VAT), False),
                               ("Rechnungsbetrag EUR", m(GROSS), True)]):
    if b:
        c.setFillColor(colors.HexColor("#f1e3e1"))
        c.rect(L + 95 * mm, y - 2 * mm, R - L - 95 * mm, 6.4 * mm, stroke=0, fill=1)
    text(L + 97 * mm, y, k, "DCB" if b else "DC", 9 if b else 8.4)
    text(R - 1 * mm, y, m(v) if not isinstance(v, str) else v, "DCB" if b else "DC", 9 if b else 8.4, align="r")
    y -= 6.6 * mm
y -= 4 * mm
for s in ["Zahlungsbedingungen: zahlbar bis 19.03.2026 abzüglich 2 % Skonto (" + m(SKONTO) + " €) oder bis 04.04.2026 "
          "netto ohne Abzug.",
          "Bitte geben Sie bei Zahlung die Rechnungsnummer RE-26-04718 an. Die Ware bleibt bis zur vollständigen Bezahlung "
          "unser Eigentum.",
          "Seriennummern der gelieferten Geräte: siehe Lieferschein LS-26-03391 (Anlage). WEEE-Reg.-Nr. DE 41827360.",
          "Leistungszeitpunkt entspricht dem Lieferdatum 04.03.2026; Montage- und Rollout-Leistungen erbracht am 04.03.2026."]:
    text(L, y, s, size=7.6)
    y -= 4.4 * mm
y -= 4 * mm
text(L, y, "Mit freundlichen Grüßen", size=8.4)
text(L, y - 5 * mm, "Nordtec Systemhaus GmbH", "DCB", 8.4)
c.showPage()
c.save()
