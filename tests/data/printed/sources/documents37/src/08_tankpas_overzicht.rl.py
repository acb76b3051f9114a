import sys, random
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors

out = sys.argv[1] if len(sys.argv) > 1 else "08_tankpas_overzicht.pdf"
def nl(x, d=2):
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")

R = random.Random(37)
cards = [("7077 1240 0018 8812", "BX-412-T", "Fendt 724 / J. Hofstede"),
         ("7077 1240 0018 8820", "VZ-88-RP", "Scania R450 / P. de Wit"),
         ("7077 1240 0018 8838", "2-VTB-61", "Bestelbus / kantoor")]
stations = ["TotalEnergies Zwolle-Noord", "Tinq Kampen", "Shell Dronten De Gilden", "Tango Emmeloord",
            "Esso Raalte", "Firezone Genemuiden", "BP Hattem A28"]
prices = {"Diesel": 1.739, "HVO100": 1.959, "AdBlue": 0.859}
tx = []
for day in range(1, 32):
    for _ in range(R.choice([0, 1, 1, 2])):
        c = R.choice(cards)
        prod = "AdBlue" if R.random() < 0.12 else ("HVO100" if R.random() < 0.2 else "Diesel")
        if prod == "AdBlue": l = round(R.uniform(8, 30), 2)
        elif c[1] == "2-VTB-61": l = round(R.uniform(35, 70), 2)
        else: l = round(R.uniform(120, 420), 2)
        p = prices[prod] + round(R.uniform(-0.04, 0.04), 3)
        incl = round(l * p, 2)
        tx.append((f"{day:02d}-03-2025", f"{R.randint(6,19):02d}:{R.randint(0,59):02d}", c[0][-4:], c[1], R.choice(stations), prod, l, p, incl))
tot_l = {k: round(sum(t[6] for t in tx if t[5] == k), 2) for k in prices}
tot_incl = round(sum(t[8] for t in tx), 2)
excl = round(tot_incl / 1.21, 2)
btw = round(tot_incl - excl, 2)

ss = getSampleStyleSheet()
sm = ParagraphStyle("sm", parent=ss["Normal"], fontName="Helvetica", fontSize=7, leading=9)
nm = ParagraphStyle("nm", parent=ss["Normal"], fontName="Helvetica", fontSize=9, leading=12)

def onpage(c, doc):
    c.saveState()
    c.setFont("Helvetica-Bold", 15); c.setFillColor(colors.HexColor("#c8102e"))
    c.drawString(18*mm, 282*mm, "NoordFuel Tankpassen B.V.")
    c.setFillColor(colors.black); c.setFont("Helvetica", 7.5)
    c.drawString(18*mm, 277*mm, "Industrieweg 21  8263 AD Kampen  |  KvK 05088214  |  BTW NL 8137.44.019.B01  |  klantenservice 038 333 1800")
    c.drawRightString(192*mm, 12*mm, f"Verzamelfactuur NF-2503-004471  -  pagina {doc.page}")
    c.restoreState()

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=30*mm, bottomMargin=20*mm,
                        title="Verzamelfactuur NF-2503-004471", author="NoordFuel Tankpassen B.V.", invariant=1)
st = []
addr = Paragraph("<b>Loonbedrijf Hofstede B.V.</b><br/>t.a.v. crediteurenadministratie<br/>Kamperzeedijk 17<br/>8281 PC Genemuiden", nm)
meta = Table([["Factuurnummer", "NF-2503-004471"], ["Factuurdatum", "01-04-2025"], ["Klantnummer", "K-118402"],
              ["Periode", "maart 2025"], ["Incassodatum", "15-04-2025"]], colWidths=[32*mm, 40*mm])
meta.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Helvetica", 8.5), ("FONT", (1,0), (1,-1), "Helvetica-Bold", 8.5),
                          ("LINEBELOW", (0,0), (-1,-1), 0.3, colors.grey)]))
top = Table([[addr, meta]], colWidths=[95*mm, 79*mm])
top.setStyle(TableStyle([("VALIGN", (0,0), (-1,-1), "TOP")]))
st += [top, Spacer(1, 8*mm), Paragraph("<font size=14><b>Verzamelfactuur tankpassen</b></font>", nm), Spacer(1, 4*mm)]

summ = [["Product", "Liters", "Bedrag incl. BTW"]]
for k in prices:
    summ.append([k, nl(tot_l[k]), "€ " + nl(round(sum(t[8] for t in tx if t[5] == k), 2))])
summ += [["Totaal excl. BTW", "", "€ " + nl(excl)], ["BTW 21%", "", "€ " + nl(btw)], ["Totaal te betalen", "", "€ " + nl(tot_incl)]]
s = Table(summ, colWidths=[60*mm, 35*mm, 45*mm], hAlign="LEFT")
s.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Helvetica", 9), ("FONT", (0,0), (-1,0), "Helvetica-Bold", 9),
                       ("FONT", (0,-1), (-1,-1), "Helvetica-Bold", 10), ("ALIGN", (1,0), (-1,-1), "RIGHT"),
                       ("LINEBELOW", (0,0), (-1,0), 0.8, colors.black), ("LINEABOVE", (0,-3), (-1,-3), 0.5, colors.black),
                       ("LINEABOVE", (0,-1), (-1,-1), 1.2, colors.black), ("BACKGROUND", (0,-1), (-1,-1), colors.HexColor("#f3d6da"))]))
st += [s, Spacer(1, 4*mm),
       Paragraph("Het totaalbedrag wordt op of omstreeks de incassodatum automatisch afgeschreven van uw rekening NL91 RABO 0118 4420 77 "
                 "(SEPA-incassant ID NL22ZZZ050882140000, machtigingskenmerk HOF-118402).", nm), Spacer(1, 6*mm),
       Paragraph("<b>Transactieoverzicht</b>", nm), Spacer(1, 2*mm)]
rows = [["Datum", "Tijd", "Pas", "Kenteken", "Station", "Product", "Liters", "Prijs/l", "Bedrag"]]
for t in tx:
    rows.append([t[0], t[1], "..." + t[2], t[3], t[4], t[5], nl(t[6]), nl(t[7], 3), nl(t[8])])
tt = Table(rows, colWidths=[18*mm, 11*mm, 13*mm, 18*mm, 42*mm, 16*mm, 17*mm, 14*mm, 19*mm], repeatRows=1)
tt.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Helvetica", 7.5), ("FONT", (0,0), (-1,0), "Helvetica-Bold", 7.5),
                        ("ALIGN", (6,0), (-1,-1), "RIGHT"), ("ROWBACKGROUNDS", (0,1), (-1,-1), [colors.white, colors.HexColor("#f2f2f2")]),
                        ("LINEBELOW", (0,0), (-1,0), 0.8, colors.black)]))
st += [tt, Spacer(1, 5*mm),
       Paragraph("Prijzen per liter zijn pompprijzen inclusief BTW en accijns, onder aftrek van uw contractkorting. "
                 "Verloren of gestolen passen direct blokkeren via 038 333 1800 (24/7). Op al onze leveringen zijn onze algemene voorwaarden van toepassing.", sm)]
doc.build(st, onFirstPage=onpage, onLaterPages=onpage)
print(len(tx), tot_l, excl, btw, tot_incl)
