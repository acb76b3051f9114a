"""D15: French IT consulting invoice, lines carried to page 2 ("À reporter"/"Report"), CGV on page 3 (Chromium)."""
import sys
from common import fmt, esc
import data

d = data.d15()
OUT = sys.argv[1]
INV = d["invoice_number"]

def e(x):
    return fmt(x, "fr")

details = {
    0: "C. Morel – 8 j. (03, 04, 10, 11, 17, 18, 24, 25 mars)",
    1: "F. Benali – ateliers des 05, 12, 19 mars ; dossier d'architecture v1.4",
    2: "T. Garnier, L. Perrin – sprint 14 (03/03 → 14/03), cf. relevé d'activité joint",
    3: "T. Garnier, L. Perrin – sprint 15 (17/03 → 28/03), dont 0,5 j. non facturé",
    4: "J. Nguyen – écrans suivi de tournées, tableau de bord quais",
    5: "M. Rossi – migration GitLab CI, clusters recette et production",
    6: "A. Faure – 214 cas de test exécutés, 37 anomalies ouvertes",
    7: "S. Dumas – modélisation des flux transporteurs, interfaces EDI",
    8: "Périmètre : 2 forêts, 4 domaines, 1 850 comptes",
    9: "Rapport n° AUD-25-014 remis le 21/03/2025",
    10: "Présentation au comité de direction du 27/03/2025",
    11: "Selon contrat TMA n° CT-2023-077, avenant 2",
    12: "Week-ends des 8-9 et 22-23 mars 2025",
    13: "Hors périmètre du forfait – validés par M. Lambert le 31/03",
    14: "Barème fiscal 5 CV, 4 A/R Lyon – Grenoble (1 128 km)",
    15: "Hôtel Mercure Grenoble Centre – 2 consultants × 2 nuits",
    16: "Période 01/04/2025 – 31/03/2026, licences nominatives",
}
SPLIT = 11

css = f"""
@page {{ size: A4; margin: 16mm 15mm 26mm 15mm;
  @bottom-center {{ content: "Altivéo Conseil SAS au capital de 120 000 € – 27 rue de la Villette, 69003 Lyon – RCS Lyon 852 316 904 – SIRET 852 316 904 00027 – APE 6202A\\A TVA intracommunautaire FR47852316904 – IBAN FR76 3000 4013 2800 0123 4567 813 – BIC BNPAFRPPXXX (BNP Paribas Lyon Part-Dieu)"; white-space: pre; font: 6.6pt 'Liberation Sans', sans-serif; color:#666; text-align:center; }}
  @bottom-right {{ content: counter(page) " / " counter(pages); font: 7.5pt 'Liberation Sans', sans-serif; }}
  @top-right {{ content: "Facture {INV} du 31/03/2025"; font: 7.5pt 'Liberation Sans', sans-serif; color:#666; }}
}}
@page :first {{ @top-right {{ content: none; }} }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.8pt; color:#222; margin:0; }}
.p {{ break-after: page; }}
.head {{ display:flex; justify-content:space-between; }}
.logo {{ font: 24pt 'Liberation Serif', serif; color:#2d5d7b; }}
.logo i {{ color:#e07b39; font-style:normal; }}
.logo small {{ display:block; font: 8pt 'Liberation Sans'; color:#666; }}
.client {{ margin-top:28px; border:1px solid #c9d6df; padding:8px 12px; width:78mm; line-height:1.4; }}
h1 {{ font-size:17pt; color:#2d5d7b; margin:18px 0 6px; font-weight:normal; }}
table.meta {{ border-collapse:collapse; margin-bottom:10px; }}
table.meta td {{ padding:2px 14px 2px 0; font-size:8.6pt; }}
table.meta td.k {{ color:#777; }}
table.l {{ width:100%; border-collapse:collapse; }}
table.l th {{ background:#2d5d7b; color:#fff; font-weight:normal; font-size:8pt; padding:4px 5px; text-align:left; }}
table.l td {{ padding:4px 5px; border-bottom:1px solid #e3e8ec; vertical-align:top; }}
table.l td.n, table.l th.n {{ text-align:right; white-space:nowrap; }}
table.l tr.grp td {{ background:#eef3f6; font-weight:bold; color:#2d5d7b; }}
table.l td small {{ color:#777; font-size:7.6pt; }}
table.l tr.rep td {{ font-weight:bold; background:#f7f7f7; border-top:1px solid #999; }}
.tot {{ display:flex; justify-content:space-between; margin-top:14px; gap:20px; }}
.tot table {{ border-collapse:collapse; width:88mm; }}
.tot table td {{ padding:3px 6px; }}
.tot table td.n {{ text-align:right; white-space:nowrap; }}
.tot tr.ttc td {{ border-top:1.5px solid #2d5d7b; font-weight:bold; }}
.tot tr.nap td {{ background:#2d5d7b; color:#fff; font-weight:bold; font-size:10.5pt; }}
.pay {{ border:1px solid #c9d6df; padding:8px 10px; font-size:8.2pt; line-height:1.45; flex:1; }}
.mini {{ display:flex; justify-content:space-between; border-bottom:1px solid #2d5d7b; padding-bottom:4px; margin-bottom:8px; font-size:8.4pt; }}
.cgv {{ columns:2; column-gap:9mm; font-size:7.3pt; line-height:1.38; text-align:justify; }}
.cgv h4 {{ font-size:7.8pt; margin:6px 0 2px; color:#2d5d7b; }}
.cgv p {{ margin:0 0 4px; }}
"""

h = [f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Facture {INV}</title><style>{css}</style></head><body>"]
h.append(f"""<div class="p"><div class="head"><div class="logo">alti<i>véo</i><small>Conseil &amp; ingénierie des systèmes d'information</small>
<small>27 rue de la Villette · 69003 Lyon · 04 78 62 19 40 · facturation@altiveo-conseil.fr</small></div>
<div class="client"><b>Transports Rhodaniens Frigo SA</b><br>Service comptabilité fournisseurs<br>12 rue du Dauphiné – ZI des Gaulnes<br>69150 Décines-Charpieu<br>N° TVA : FR09412587330</div></div>
<h1>FACTURE N° {INV}</h1>
<table class="meta"><tr><td class="k">Date de facture</td><td>31/03/2025</td><td class="k">Code client</td><td>C0418 – TRF</td></tr>
<tr><td class="k">Date d'échéance</td><td><b>30/04/2025</b></td><td class="k">Votre commande</td><td>BC-TRF-2024-0457 du 18/11/2024</td></tr>
<tr><td class="k">Période de prestation</td><td>du 01/03/2025 au 31/03/2025</td><td class="k">Interlocuteur</td><td>Mme Claire Morel</td></tr></table>
<table class="l"><thead><tr><th style="width:52%">Désignation</th><th>Unité</th><th class="n">Quantité</th><th class="n">P.U. HT (€)</th><th class="n">Montant HT (€)</th></tr></thead><tbody>""")

running = 0
grp = None
for i, l in enumerate(d["lines"]):
    if i == SPLIT:
        h.append(f'<tr class="rep"><td colspan="4">À reporter</td><td class="n">{e(running)}</td></tr></tbody></table></div>')
        h.append(f"""<div class="p"><div class="mini"><span><b>altivéo</b> Conseil SAS</span><span>Facture n° {INV} – 31/03/2025 – Transports Rhodaniens Frigo SA (suite)</span></div>
<table class="l"><thead><tr><th style="width:52%">Désignation</th><th>Unité</th><th class="n">Quantité</th><th class="n">P.U. HT (€)</th><th class="n">Montant HT (€)</th></tr></thead><tbody>
<tr class="rep"><td colspan="4">Report</td><td class="n">{e(running)}</td></tr>""")
        grp = None
    if l["grp"] != grp:
        grp = l["grp"]
        h.append(f'<tr class="grp"><td colspan="5">{esc(grp)}</td></tr>')
    q = fmt(l["qty"], "fr", 1 if l["qty"] % 1 else 0)
    h.append(f'<tr><td>{esc(l["desc"])}<br><small>{esc(details[i])}</small></td><td>{l["unit"]}</td><td class="n">{q}</td>'
             f'<td class="n">{e(l["price"])}</td><td class="n">{e(l["amt"])}</td></tr>')
    running += l["amt"]
h.append("</tbody></table>")
h.append(f"""<div class="tot"><div class="pay"><b>Règlement</b><br>Par virement bancaire à réception de facture et au plus tard le <b>30/04/2025</b>.<br>
Banque : BNP Paribas – Lyon Part-Dieu<br>IBAN : FR76 3000 4013 2800 0123 4567 813<br>BIC : BNPAFRPPXXX<br>
Merci de rappeler la référence <b>{INV}</b> dans le libellé du virement.<br><br>
Pas d'escompte pour paiement anticipé. En cas de retard de paiement, pénalités au taux de trois fois le taux d'intérêt légal
et indemnité forfaitaire pour frais de recouvrement de 40 € (art. L. 441-10 et D. 441-5 du Code de commerce).</div>
<table><tr><td>Total HT</td><td class="n">{e(d['ht'])} €</td></tr>
<tr><td>Remise commerciale 3 % (accord-cadre 2024)</td><td class="n">-{e(d['remise'])} €</td></tr>
<tr><td>Total HT net</td><td class="n">{e(d['net_ht'])} €</td></tr>
<tr><td>TVA 20 % sur {e(d['net_ht'])}</td><td class="n">{e(d['tva'])} €</td></tr>
<tr class="ttc"><td>Total TTC</td><td class="n">{e(d['ttc'])} €</td></tr>
<tr><td>Acompte reçu (facture FA-2025-0188 du 14/02/2025)</td><td class="n">-{e(d['acompte'])} €</td></tr>
<tr class="nap"><td>NET À PAYER</td><td class="n">{e(d['net_a_payer'])} €</td></tr></table></div>
<p style="font-size:7.8pt;color:#555;margin-top:14px">Relevés d'activité signés joints en annexe (3 pages, non reproduits). Toute contestation doit être formulée par écrit dans un délai de 15 jours à compter de la réception de la présente facture.</p></div>""")

h.append(f"""<div><div class="mini"><span><b>altivéo</b> Conseil SAS</span><span>Conditions générales de vente – version du 01/01/2024</span></div><div class="cgv">
<h4>Article 1 – Objet et champ d'application</h4><p>Les présentes conditions générales de vente (CGV) s'appliquent à toutes les prestations de conseil, d'assistance technique, de développement et de tierce maintenance applicative réalisées par Altivéo Conseil SAS (ci-après « le Prestataire ») pour le compte de ses clients professionnels (ci-après « le Client »). Elles prévalent sur toutes conditions d'achat du Client, sauf dérogation écrite et signée des deux parties.</p>
<h4>Article 2 – Commandes</h4><p>Toute prestation fait l'objet d'une proposition commerciale valable 60 jours. La commande est réputée ferme à réception du bon de commande ou de la proposition signée. Les prestations en régie sont facturées au temps passé sur la base des relevés d'activité validés par le Client ; à défaut de contestation sous 5 jours ouvrés, les relevés sont réputés acceptés.</p>
<h4>Article 3 – Prix</h4><p>Les prix sont exprimés en euros hors taxes. Les tarifs journaliers sont révisables chaque 1er janvier selon l'indice Syntec (dernier indice publié : 308,6 – octobre 2024). Une journée correspond à 8 heures de travail effectif. Les frais de déplacement hors agglomération lyonnaise sont refacturés au réel ou selon le barème kilométrique fiscal en vigueur.</p>
<h4>Article 4 – Facturation et paiement</h4><p>Les prestations en régie sont facturées mensuellement à terme échu ; les forfaits selon l'échéancier contractuel, avec un acompte de 30 % à la commande le cas échéant. Les factures sont payables à 30 jours date de facture, par virement. Conformément à l'article L. 441-10 du Code de commerce, tout retard de paiement entraîne de plein droit des pénalités égales à trois fois le taux d'intérêt légal, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 euros. Le Prestataire se réserve le droit de suspendre ses prestations en cas de non-paiement d'une facture échue depuis plus de 15 jours, après mise en demeure restée sans effet pendant 8 jours.</p>
<h4>Article 5 – Obligations du Client</h4><p>Le Client s'engage à fournir au Prestataire toutes les informations, accès et moyens nécessaires à la bonne exécution des prestations, et à désigner un interlocuteur disposant du pouvoir de décision.</p>
<h4>Article 6 – Propriété intellectuelle</h4><p>Les livrables spécifiques développés pour le Client lui sont cédés, à compter du paiement intégral du prix, pour la durée légale des droits d'auteur et pour le monde entier. Le Prestataire conserve la propriété de ses outils, méthodes et composants génériques préexistants, dont il concède au Client un droit d'utilisation non exclusif.</p>
<h4>Article 7 – Confidentialité</h4><p>Chaque partie s'engage à ne pas divulguer les informations confidentielles de l'autre partie pendant la durée du contrat et 3 ans après son terme.</p>
<h4>Article 8 – Responsabilité</h4><p>Le Prestataire est tenu d'une obligation de moyens. Sa responsabilité, toutes causes confondues, est limitée au montant hors taxes des sommes perçues au titre de la commande concernée au cours des 12 derniers mois, et en tout état de cause à 150 000 €. Le Prestataire ne saurait être tenu responsable des dommages indirects (perte d'exploitation, de données, de chiffre d'affaires).</p>
<h4>Article 9 – Non-sollicitation</h4><p>Le Client renonce à solliciter ou embaucher tout collaborateur du Prestataire ayant participé aux prestations, pendant leur durée et 12 mois après leur fin. En cas de manquement, le Client versera une indemnité égale à 12 mois du dernier salaire brut du collaborateur concerné.</p>
<h4>Article 10 – Données personnelles</h4><p>Les parties s'engagent à respecter le règlement (UE) 2016/679 (RGPD). Lorsque le Prestataire traite des données personnelles pour le compte du Client, un accord de sous-traitance conforme à l'article 28 du RGPD est conclu.</p>
<h4>Article 11 – Droit applicable et juridiction</h4><p>Les présentes CGV sont soumises au droit français. Tout litige relatif à leur interprétation ou à leur exécution relève, à défaut d'accord amiable dans un délai de 30 jours, de la compétence exclusive du Tribunal de commerce de Lyon.</p>
</div></div></body></html>""")
open(f"{OUT}/s23_facture_conseil_fr.html", "w").write("\n".join(h))
