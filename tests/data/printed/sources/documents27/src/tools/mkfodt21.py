# helper used once to write src/s27_21_fr_facture_electricite.fodt
from xml.sax.saxutils import escape as e
def P(text, st="Standard"): return f'<text:p text:style-name="{st}">{e(text)}</text:p>'
def cell(content, st="Cl", span=1):
    x = f'<table:table-cell table:style-name="{st}" office:value-type="string"' + (f' table:number-columns-spanned="{span}"' if span > 1 else '') + f'>{content}</table:table-cell>'
    return x + '<table:covered-table-cell/>' * (span - 1)
def table(name, widths, rows, tst="Tfull"):
    cols = "".join(f'<table:table-column table:style-name="{name}.{chr(65+i)}"/>' for i in range(len(widths)))
    colst = "".join(f'<style:style style:name="{name}.{chr(65+i)}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths))
    mp = " style:master-page-name=\"Std\"" if name == "Thead" else ""
    tstyle = f'<style:style style:name="{name}" style:family="table"{mp}><style:table-properties style:width="{sum(widths)}cm" table:align="left"/></style:style>'
    body = "".join("<table:table-row>" + "".join(r) + "</table:table-row>" for r in rows)
    return tstyle + colst, f'<table:table table:name="{name}" table:style-name="{name}">{cols}{body}</table:table>'
autost = []; body = []
def add(t):
    autost.append(t[0]); body.append(t[1])
# header
add(table("Thead", [9.5, 8.0], [[
  cell(P("VOLTA", "Brand") + P("Énergie Entreprises", "Tag") + P("") + P("Service Clients Entreprises : 09 70 55 01 44 (appel non surtaxé)", "Sm") + P("Du lundi au vendredi de 8h à 18h – entreprises@volta-energie.fr", "Sm"), "Cn"),
  cell(P("FACTURE D'ÉLECTRICITÉ", "HB") + P("") + P("Halvorsen Industrie France SAS", "Addr") + P("Service Comptabilité Fournisseurs", "Addr") + P("ZI des Béthunes – 12 avenue du Fief", "Addr") + P("95310 Saint-Ouen-l'Aumône", "Addr"), "Cn")]]))
body.append(P("", "Gap"))
add(table("Tref", [4.4, 4.4, 4.4, 4.3], [
  [cell(P("N° de facture", "Lb")), cell(P("Date de facture", "Lb")), cell(P("Référence client", "Lb")), cell(P("N° de contrat", "Lb"))],
  [cell(P("10047729183", "Vb"), "Cb"), cell(P("14/03/2025", "Vb"), "Cb"), cell(P("30001847225", "Vb"), "Cb"), cell(P("CT-ENT-2023-118420", "Vb"), "Cb")],
  [cell(P("Site de consommation", "Lb")), cell(P("PRM (point de livraison)", "Lb")), cell(P("Puissance souscrite", "Lb")), cell(P("Option tarifaire", "Lb"))],
  [cell(P("ZI des Béthunes, 95310 Saint-Ouen-l'Aumône", "V"), "Cb"), cell(P("24114837720915", "V"), "Cb"), cell(P("120 kVA", "V"), "Cb"), cell(P("C4 – Heures pleines / creuses", "V"), "Cb")],
]))
body.append(P("", "Gap"))
add(table("Tdue", [10.5, 7.0], [[
  cell(P("Montant total TTC à payer", "HB") + P("Période de facturation : du 01/02/2025 au 28/02/2025", "Standard") + P("Prélèvement : non – paiement par virement", "Standard"), "Cbox"),
  cell(P("3 677,06 €", "Big") + P("à régler avant le 13/04/2025", "RB"), "Cbox")]]))
body.append(P("Détail de votre facture", "H"))
rows = [[cell(P("Désignation", "B"), "Chd"), cell(P("Quantité", "RBs"), "Chd"), cell(P("Prix unitaire HT", "RBs"), "Chd"), cell(P("Montant HT", "RBs"), "Chd"), cell(P("TVA", "RBs"), "Chd")]]
lines = [("Abonnement (01/03/2025 – 31/03/2025)", "1 mois", "182,40 €", "182,40 €", "20 %"),
         ("Consommation Heures Pleines (01/02 – 28/02)", "9 820 kWh", "0,1482 €", "1 455,32 €", "20 %"),
         ("Consommation Heures Creuses (01/02 – 28/02)", "4 310 kWh", "0,1127 €", "485,74 €", "20 %"),
         ("Acheminement réseau (TURPE) – composantes fixe et variable", "", "", "612,18 €", "20 %"),
         ("Accise sur l'électricité", "14 130 kWh", "0,02050 €", "289,67 €", "20 %"),
         ("Contribution tarifaire d'acheminement (CTA)", "", "", "38,91 €", "20 %")]
for l in lines:
    rows.append([cell(P(l[0])), cell(P(l[1], "R")), cell(P(l[2], "R")), cell(P(l[3], "R")), cell(P(l[4], "R"))])
rows.append([cell(P("Total hors TVA", "B"), "Ct", 3), cell(P("3 064,22 €", "RBs"), "Ct"), cell(P(""), "Ct")])
add(table("Tdet", [8.3, 2.5, 2.6, 2.6, 1.5], rows))
body.append(P("Récapitulatif TVA", "H"))
add(table("Ttva", [5.0, 4.0, 4.0, 4.5], [
  [cell(P("Taux", "B"), "Chd"), cell(P("Base HT", "RBs"), "Chd"), cell(P("Montant TVA", "RBs"), "Chd"), cell(P("Total TTC", "RBs"), "Chd")],
  [cell(P("TVA 20 %")), cell(P("3 064,22 €", "R")), cell(P("612,84 €", "R")), cell(P("3 677,06 €", "R"))],
  [cell(P("Total", "B"), "Ct"), cell(P("3 064,22 €", "RBs"), "Ct"), cell(P("612,84 €", "RBs"), "Ct"), cell(P("3 677,06 €", "RBs"), "Ct")],
]))
body.append(P("Votre consommation", "H"))
add(table("Tcons", [5.5, 4.0, 4.0, 4.0], [
  [cell(P("Compteur n° 0219477", "B"), "Chd"), cell(P("Index au 01/02/2025", "RBs"), "Chd"), cell(P("Index au 28/02/2025", "RBs"), "Chd"), cell(P("Consommation", "RBs"), "Chd")],
  [cell(P("Heures pleines (relevé réel)")), cell(P("412 770", "R")), cell(P("422 590", "R")), cell(P("9 820 kWh", "R"))],
  [cell(P("Heures creuses (relevé réel)")), cell(P("188 104", "R")), cell(P("192 414", "R")), cell(P("4 310 kWh", "R"))],
]))
body.append(P("", "Gap"))
body.append(P("Modalités de paiement : par virement à l'ordre de Volta Énergie Entreprises SAS – IBAN FR78 3000 4013 2800 0104 4287 142 – BIC BNPAFRPPXXX – en rappel de votre référence client 30001847225. Votre précédente facture n° 10047512066 du 14/02/2025 d'un montant de 3 912,48 € a été réglée le 10/03/2025. Merci.", "Sm"))
body.append(P("Pas d'escompte pour paiement anticipé. En cas de retard de paiement, des pénalités calculées au taux de trois fois le taux d'intérêt légal seront exigibles, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € (art. L441-10 du Code de commerce). Dépannage électricité : Enedis 09 72 67 50 95 (24h/24).", "Sm"))
footer = "Volta Énergie Entreprises SAS au capital de 12 000 000 € – 18 rue Eugène Flachat, 92400 Courbevoie – RCS Nanterre 438 190 226 – N° TVA intracommunautaire : FR15438190226"
ps = {
 "Brand": 'fo:font-size="24pt" fo:font-weight="bold" fo:color="#0b6e4f"',
 "Tag": 'fo:font-size="11pt" fo:color="#0b6e4f"',
 "Sm": 'fo:font-size="7.5pt" fo:color="#333333"',
 "HB": 'fo:font-size="11pt" fo:font-weight="bold"',
 "Addr": 'fo:font-size="10pt"',
 "Lb": 'fo:font-size="7.5pt" fo:color="#555555"',
 "Vb": 'fo:font-size="10pt" fo:font-weight="bold"',
 "V": 'fo:font-size="8.5pt"',
 "Big": 'fo:font-size="20pt" fo:font-weight="bold" fo:color="#0b6e4f"',
 "H": 'fo:font-size="10.5pt" fo:font-weight="bold" fo:color="#0b6e4f"',
 "B": 'fo:font-weight="bold"',
}
pp = {"R": 'fo:text-align="end"', "RB": 'fo:text-align="end"', "RBs": 'fo:text-align="end"', "Big": 'fo:text-align="end"', "H": 'fo:margin-top="0.35cm" fo:margin-bottom="0.12cm"', "Gap": 'fo:margin-top="0.3cm"', "Sm": 'fo:margin-top="0.1cm"'}
tp = {"RB": 'fo:font-weight="bold"', "RBs": 'fo:font-weight="bold"'}
pstyles = ""
for n in set(ps) | set(pp) | set(tp):
    pstyles += f'<style:style style:name="{n}" style:family="paragraph"><style:paragraph-properties {pp.get(n, "")}/><style:text-properties {ps.get(n, "")} {tp.get(n, "")}/></style:style>'
cstyles = {
 "Cn": 'fo:padding="0.05cm" fo:border="none"',
 "Cl": 'fo:padding="0.07cm" fo:border-bottom="0.3pt solid #c8c8c8"',
 "Cb": 'fo:padding="0.07cm" fo:border-bottom="0.5pt solid #0b6e4f"',
 "Cbox": 'fo:padding="0.25cm" fo:background-color="#e3f2ec" fo:border="0.75pt solid #0b6e4f"',
 "Chd": 'fo:padding="0.08cm" fo:background-color="#e3f2ec" fo:border-bottom="0.75pt solid #0b6e4f"',
 "Ct": 'fo:padding="0.08cm" fo:border-top="1pt solid #000000"',
}
cst = "".join(f'<style:style style:name="{n}" style:family="table-cell"><style:table-cell-properties {v}/></style:style>' for n, v in cstyles.items())
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="8.5pt" fo:language="fr" fo:country="FR"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.0cm" fo:margin-left="1.7cm" fo:margin-right="1.7cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
{pstyles}{cst}{"".join(autost)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Std" style:page-layout-name="pm1"><style:footer>{P(footer, "Sm")}</style:footer></style:master-page></office:master-styles>
<office:body><office:text>
{"".join(body)}
</office:text></office:body></office:document>'''
open("/tmp/w/set27/src/s27_21_fr_facture_electricite.fodt", "w").write(doc)
