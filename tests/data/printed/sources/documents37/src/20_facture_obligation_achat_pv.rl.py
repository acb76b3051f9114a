import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors

out = sys.argv[1] if len(sys.argv) > 1 else "20_facture_obligation_achat_pv.pdf"
N = ParagraphStyle("n", fontName="Times-Roman", fontSize=10, leading=13)
S = ParagraphStyle("s", fontName="Times-Roman", fontSize=7.5, leading=9.5)
B = ParagraphStyle("b", fontName="Times-Bold", fontSize=10, leading=13)
T = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=colors.HexColor("#005b96"))
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=18*mm, bottomMargin=18*mm,
                        title="Facture de vente d'électricité OA", invariant=1)
st = []
hdr = Table([[Paragraph("<b>GAEC du Bois Joli</b><br/>Producteur d'électricité photovoltaïque<br/>La Ferme du Bois Joli<br/>53240 Andouillé<br/>SIRET 448 921 337 00015<br/>N° TVA FR 27 448921337", N),
              Paragraph("<b>Destinataire :</b><br/>EDF Obligation d'Achat<br/>Agence OA Solaire<br/>TSA 10125<br/>69497 Lyon Cedex 09", N)]],
            colWidths=[90*mm, 80*mm])
hdr.setStyle(TableStyle([("VALIGN", (0,0), (-1,-1), "TOP"), ("BOX", (1,0), (1,0), 0.6, colors.grey), ("LEFTPADDING", (1,0), (1,0), 8)]))
st += [hdr, Spacer(1, 8*mm), Paragraph("FACTURE DE VENTE D'ÉLECTRICITÉ – CONTRAT D'OBLIGATION D'ACHAT", T),
       Paragraph("Facture établie par EDF OA au nom et pour le compte du producteur (autofacturation, art. 289-I-2 du CGI)", S), Spacer(1, 5*mm)]
ref = Table([["N° de facture", "Date de facture", "N° de contrat", "N° PRM (point d'injection)"],
             ["OA-F-2025-0041876", "05/02/2025", "BOA-2019-118842", "30002 81447 2291"]], colWidths=[42*mm, 32*mm, 42*mm, 54*mm])
ref.setStyle(TableStyle([("FONT", (0,0), (-1,0), "Helvetica", 7.5), ("TEXTCOLOR", (0,0), (-1,0), colors.HexColor("#555555")),
                         ("FONT", (0,1), (-1,1), "Helvetica-Bold", 10), ("LINEBELOW", (0,1), (-1,1), 0.6, colors.black)]))
st += [ref, Spacer(1, 5*mm)]
inst = Table([["Installation", "Toiture stabulation – 99 kWc, raccordement BT > 36 kVA"],
              ["Arrêté tarifaire", "Arrêté du 9 mai 2017 (S17) – tarif indexé, coefficient K appliqué"],
              ["Période de facturation", "du 15/01/2024 au 14/01/2025"]], colWidths=[45*mm, 125*mm])
inst.setStyle(TableStyle([("FONT", (0,0), (0,-1), "Helvetica-Bold", 8.5), ("FONT", (1,0), (1,-1), "Helvetica", 8.5),
                          ("GRID", (0,0), (-1,-1), 0.3, colors.grey)]))
st += [inst, Spacer(1, 6*mm), Paragraph("<b>Relevé de comptage (index d'injection transmis par Enedis)</b>", N), Spacer(1, 2*mm)]
cpt = Table([["Compteur", "Index début", "Index fin", "Énergie injectée (kWh)", "Tarif (€/kWh)", "Montant HT (€)"],
             ["N° 021875543390", "732 625", "845 112", "112 487", "0,1534", "17 255,51"]],
            colWidths=[30*mm, 24*mm, 24*mm, 36*mm, 24*mm, 32*mm])
cpt.setStyle(TableStyle([("FONT", (0,0), (-1,0), "Helvetica-Bold", 8), ("FONT", (0,1), (-1,1), "Helvetica", 9.5),
                         ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#d9e8f5")), ("GRID", (0,0), (-1,-1), 0.4, colors.grey),
                         ("ALIGN", (1,0), (-1,-1), "RIGHT")]))
st += [cpt, Spacer(1, 6*mm)]
tot = Table([["Montant total HT", "17 255,51 €"], ["TVA 20 %", "3 451,10 €"], ["Montant total TTC", "20 706,61 €"]],
            colWidths=[50*mm, 35*mm], hAlign="RIGHT")
tot.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Helvetica", 10), ("FONT", (0,-1), (-1,-1), "Helvetica-Bold", 11),
                         ("ALIGN", (1,0), (1,-1), "RIGHT"), ("LINEABOVE", (0,-1), (-1,-1), 1, colors.black),
                         ("BACKGROUND", (0,-1), (-1,-1), colors.HexColor("#eef4fa"))]))
st += [tot, Spacer(1, 8*mm),
       Paragraph("Le montant TTC de <b>20 706,61 €</b> sera versé par virement au producteur sur le compte FR76 1660 6100 6400 1337 2210 133 "
                 "(Crédit Agricole Anjou Maine) au plus tard le 07/03/2025.", N), Spacer(1, 4*mm),
       Paragraph("TVA acquittée sur les débits. Le producteur certifie l'exactitude des informations et conserve la possibilité de contester "
                 "la présente facture dans un délai de 30 jours à compter de sa réception. Énergie injectée valorisée conformément aux conditions "
                 "générales du contrat d'achat. Pénalités de retard : taux BCE majoré de 10 points ; indemnité forfaitaire de recouvrement : 40 €.", S)]
doc.build(st)
