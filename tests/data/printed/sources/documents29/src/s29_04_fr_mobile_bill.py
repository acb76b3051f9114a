import sys
from s29_fodt import Doc

BLUE = "#5a2d82"
d = Doc(font="Liberation Sans", size="9pt", title="Facture Onda Mobile",
        footer="Onda Mobile SAS au capital de 2 400 000 € · 41 quai de la Rapée, 75012 Paris · RCS Paris 812 447 903 · TVA intracommunautaire FR47812447903 · page {PAGE}/{PAGES}")
line = "0.5pt solid #999999"
d.table([9.0, 8.0], [[
    {"text": "onda mobile", "p": dict(size="24pt", bold=True, color=BLUE)},
    {"text": "Service clients : 3977 (appel gratuit depuis une ligne Onda)\nEspace client : www.onda-mobile.fr\nOnda Mobile – Service Clients – TSA 70412 – 69134 Dardilly Cedex", "p": dict(size="8pt", align="end")}]])
d.p("", after="0.6cm")
d.table([9.5, 7.5], [[
    {"text": "**Votre facture du 06/03/2025**\nRéférence client : 20457781\nN° de facture : FM25-0306-448172\nLigne mobile : 06 48 27 19 33\nPériode de consommation : du 06/02/2025 au 05/03/2025", "p": dict(size="9pt")},
    {"text": "M. Julien Marchetti\n7 allée des Tilleuls\n69300 Caluire-et-Cuire", "p": dict(size="10.5pt")}]])
d.p("", after="0.5cm")
d.table([11.0, 6.0], [[
    {"text": "Montant total de votre facture TTC", "p": dict(size="12pt", bold=True, color="#ffffff"), "c": dict(bg=BLUE, pad="0.2cm")},
    {"text": "24,42 €", "p": dict(size="16pt", bold=True, color="#ffffff", align="end"), "c": dict(bg=BLUE, pad="0.2cm")}],
    [{"text": "Ce montant sera prélevé le 16/03/2025 sur votre compte FR76 •••• •••• •••• •••• •••• 4417 (mandat SEPA ONDA-20457781-1).", "span": 2, "c": dict(bg="#efe8f6", pad="0.2cm")}]])

d.p("Récapitulatif de votre facture", size="12pt", bold=True, color=BLUE, before="0.6cm", after="0.2cm")
hdr = dict(bg="#efe8f6", bottom=line)
row = dict(bottom=line)
R = dict(align="end")
d.table([9.2, 2.6, 2.6, 2.6], [
    [{"text": "Désignation", "p": dict(bold=True), "c": hdr}, {"text": "Montant HT", "p": dict(bold=True, align="end"), "c": hdr},
     {"text": "TVA 20 %", "p": dict(bold=True, align="end"), "c": hdr}, {"text": "Montant TTC", "p": dict(bold=True, align="end"), "c": hdr}],
    [{"text": "**Abonnement**\nForfait Onda 100 Go – du 06/03/2025 au 05/04/2025", "c": row}, {"text": "13,33 €", "p": R, "c": row}, {"text": "2,67 €", "p": R, "c": row}, {"text": "16,00 €", "p": R, "c": row}],
    [{"text": "**Options**\nOption Europe & Maghreb – du 06/03/2025 au 05/04/2025", "c": row}, {"text": "4,17 €", "p": R, "c": row}, {"text": "0,83 €", "p": R, "c": row}, {"text": "5,00 €", "p": R, "c": row}],
    [{"text": "**Consommations hors forfait**\ndu 06/02/2025 au 05/03/2025 (détail en page 2)", "c": row}, {"text": "2,85 €", "p": R, "c": row}, {"text": "0,57 €", "p": R, "c": row}, {"text": "3,42 €", "p": R, "c": row}],
    [{"text": "Total HT", "p": dict(bold=True), "c": row}, {"text": "20,35 €", "p": dict(bold=True, align="end"), "c": row}, {"text": "", "c": row}, {"text": "", "c": row}],
    [{"text": "TVA à 20 %", "c": row}, {"text": "", "c": row}, {"text": "4,07 €", "p": R, "c": row}, {"text": "", "c": row}],
    [{"text": "Total TTC", "p": dict(bold=True, size="10.5pt"), "c": dict(bg="#efe8f6")}, {"text": "", "c": dict(bg="#efe8f6")}, {"text": "", "c": dict(bg="#efe8f6")}, {"text": "24,42 €", "p": dict(bold=True, size="10.5pt", align="end"), "c": dict(bg="#efe8f6")}],
])
d.p("Votre consommation ce mois-ci", size="12pt", bold=True, color=BLUE, before="0.6cm", after="0.2cm")
d.table([5.6, 5.6, 5.8], [[
    {"text": "**Internet mobile**\n38,6 Go utilisés sur 100 Go\ndont 1,2 Go en Europe", "c": dict(border=line, pad="0.15cm")},
    {"text": "**Appels**\n4 h 12 min en France (illimité)\n18 min 40 s vers l'international", "c": dict(border=line, pad="0.15cm")},
    {"text": "**SMS / MMS**\n214 SMS (illimités)\n3 SMS surtaxés", "c": dict(border=line, pad="0.15cm")}]])
d.p("Le saviez-vous ? Votre facture précédente du 06/02/2025, d'un montant de 21,00 € TTC, a été réglée par prélèvement le 16/02/2025. "
    "En cas de rejet de prélèvement, des frais de 7,50 € pourront être appliqués. Tout retard de paiement entraîne l'application de pénalités "
    "égales à trois fois le taux d'intérêt légal ainsi qu'une indemnité forfaitaire de 40 € pour frais de recouvrement (clients professionnels).",
    size="7.5pt", color="#444444", before="0.6cm")
d.p("Réclamations : Service Clients Onda Mobile, TSA 70412, 69134 Dardilly Cedex. En cas de désaccord persistant, vous pouvez saisir le Médiateur des communications électroniques (www.mediateur-telecom.fr).",
    size="7.5pt", color="#444444")

d.pagebreak()
d.p("Détail de vos consommations hors forfait", size="13pt", bold=True, color=BLUE, after="0.1cm")
d.p("Ligne 06 48 27 19 33 – période du 06/02/2025 au 05/03/2025 – montants exprimés en euros HT", size="8.5pt", after="0.3cm")
rows = [[{"text": t, "p": dict(bold=True, align=("end" if i >= 3 else None)), "c": hdr} for i, t in enumerate(["Date", "Heure", "Numéro / service", "Durée / volume", "Montant HT"])]]
det = [
    ("08/02/2025", "19:42", "+39 02 4471 8830 (Italie fixe)", "00:06:12", "0,31"),
    ("14/02/2025", "12:05", "+39 333 811 4027 (Italie mobile)", "00:09:48", "0,49"),
    ("21/02/2025", "20:17", "+216 71 882 410 (Tunisie fixe)", "00:02:40", "0,62"),
    ("22/02/2025", "09:31", "3636 (service SNCF)", "00:04:05", "0,00"),
    ("25/02/2025", "18:03", "36173 (SMS+ jeu concours)", "1 SMS", "0,50"),
    ("25/02/2025", "18:04", "36173 (SMS+ jeu concours)", "1 SMS", "0,50"),
    ("26/02/2025", "11:26", "81212 (SMS+ info trafic)", "1 SMS", "0,33"),
    ("02/03/2025", "16:44", "+41 22 718 4400 (Suisse fixe)", "00:00:28", "0,10"),
]
for r in det:
    rows.append([{"text": v, "c": row, "p": dict(align=("end" if i >= 3 else None))} for i, v in enumerate(r)])
rows.append([{"text": "Total consommations hors forfait", "span": 4, "p": dict(bold=True), "c": dict(bg="#efe8f6")},
             {"text": "2,85", "p": dict(bold=True, align="end"), "c": dict(bg="#efe8f6")}])
d.table([2.4, 1.6, 6.8, 3.2, 3.0], rows)
d.p("Les appels vers les numéros courts et services à valeur ajoutée sont facturés selon le tarif de l'éditeur du service. "
    "Communications vers la Suisse et la Tunisie non incluses dans l'option Europe & Maghreb pour les appels fixes hors zone. "
    "Conformément à la réglementation, les quatre derniers chiffres des numéros appelés peuvent être masqués sur simple demande.",
    size="7.5pt", color="#444444", before="0.4cm")
d.p("Informations sur votre contrat", size="11pt", bold=True, color=BLUE, before="0.6cm", after="0.1cm")
d.p("Offre : Forfait Onda 100 Go, sans engagement, souscrit le 06/09/2023. Prochaine facture : 06/04/2025. "
    "Mode de paiement : prélèvement automatique. Pour résilier, rendez-vous dans votre espace client ou demandez votre code RIO au 3179.",
    size="8.5pt")
d.save(sys.argv[1])
