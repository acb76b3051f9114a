# authoring helper: writes ../t4_2024.html (two T4 slips + information page), printed with Chromium
def b(code, en, fr, val="", cls=""):
    return (f'<td class="c {cls}"><div class="l"><span class="n">{code}</span> {en}<br><i>{fr}</i></div>'
            f'<div class="v">{val}&nbsp;</div></td>')

def slip(copy):
    return f"""
<div class="slip">
 <table class="top"><tr>
  <td style="width:34%"><div class="cra">&#x2766; Canada Revenue Agency &nbsp; Agence du revenu du Canada</div></td>
  <td style="width:14%" class="yr"><div class="l">Year / Année</div><div class="yv">2024</div></td>
  <td class="ttl"><b>T4</b><br><span>Statement of Remuneration Paid<br>État de la rémunération payée</span></td>
 </tr></table>
 <table class="g">
  <tr>
   <td class="c" colspan="3" rowspan="2"><div class="l">Employer's name &ndash; Nom de l'employeur</div>
     <div class="v">Northshore Millwork Ltd.<br>2280 Dundas St W, Mississauga ON L5K 2L1</div></td>
   {b("14", "Employment income", "Revenus d'emploi", "74318.90", "r")}
   {b("22", "Income tax deducted", "Impôt sur le revenu retenu", "12406.55", "r")}
  </tr>
  <tr>
   {b("16", "Employee's CPP contributions", "Cotisations de l'employé au RPC", "3867.50", "r")}
   {b("24", "EI insurable earnings", "Gains assurables d'AE", "63200.00", "r")}
  </tr>
  <tr>
   {b("54", "Employer's account number", "Numéro de compte de l'employeur", "81724 5530 RP0001")}
   {b("10", "Province of employment", "Province d'emploi", "ON")}
   {b("29", "Employment code", "Code d'emploi", "")}
   {b("16A", "Employee's second CPP contributions", "Deuxièmes cotisations de l'employé au RPC", "188.00", "r")}
   {b("26", "CPP/QPP pensionable earnings", "Gains ouvrant droit à pension &ndash; RPC/RRQ", "73200.00", "r")}
  </tr>
  <tr>
   {b("12", "Social insurance number", "Numéro d'assurance sociale", "947 312 608")}
   <td class="c" colspan="2"><div class="l"><span class="n">28</span> Exempt &ndash; Exemption &nbsp; CPP/QPP &nbsp; EI &nbsp; PPIP</div>
     <div class="v"><span class="bx"></span> <span class="bx"></span> <span class="bx"></span></div></td>
   {b("18", "Employee's EI premiums", "Cotisations de l'employé à l'AE", "1049.12", "r")}
   {b("44", "Union dues", "Cotisations syndicales", "912.00", "r")}
  </tr>
  <tr>
   <td class="c" colspan="3" rowspan="3"><div class="l">Employee's name and address &ndash; Nom et adresse de l'employé</div>
     <div class="nm"><span><small>Last name (in capital letters) &ndash; Nom de famille (en lettres moulées)</small><br>BHULLAR</span>
     <span><small>First name &ndash; Prénom</small><br>Rajinder</span><span><small>Initial &ndash; Initiale</small><br>S</span></div>
     <div class="v">88 Rathburn Rd E, Unit 1406<br>Mississauga ON L4Z 3Z6</div></td>
   {b("20", "RPP contributions", "Cotisations à un RPA", "3715.95", "r")}
   {b("46", "Charitable donations", "Dons de bienfaisance", "260.00", "r")}
  </tr>
  <tr>
   {b("52", "Pension adjustment", "Facteur d'équivalence", "7431.00", "r")}
   {b("50", "RPP or DPSP registration number", "N° d'agrément d'un RPA ou d'un RPDB", "0918273")}
  </tr>
  <tr>
   {b("55", "Employee's PPIP premiums", "Cotisations de l'employé au RPAP", "", "r")}
   {b("56", "PPIP insurable earnings", "Gains assurables du RPAP", "", "r")}
  </tr>
 </table>
 <table class="oth"><tr>
   <td class="oh">Other information<br>(see over)<br><i>Autres renseignements<br>(voir au verso)</i></td>
   <td><div class="l">Box &ndash; Case</div><div class="v">40</div></td><td><div class="l">Amount &ndash; Montant</div><div class="v r">1284.00</div></td>
   <td><div class="l">Box &ndash; Case</div><div class="v">57</div></td><td><div class="l">Amount &ndash; Montant</div><div class="v r">0.00</div></td>
   <td><div class="l">Box &ndash; Case</div><div class="v">&nbsp;</div></td><td><div class="l">Amount &ndash; Montant</div><div class="v r">&nbsp;</div></td>
 </tr></table>
 <div class="cp">{copy}</div>
</div>"""

css = """
@page { size: letter; margin: 0.35in 0.45in; }
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 8pt; margin: 0; }
.mail { height: 1.15in; position: relative; }
.mail .ret { font-size: 7.5pt; }
.mail .to { position: absolute; left: 0.6in; top: 0.55in; font-size: 9.5pt; line-height: 1.3; }
.mail .ref { position: absolute; right: 0; top: 0; text-align: right; font-size: 7.5pt; }
.slip { border: 1.5px solid #000; padding: 4px; margin-bottom: 0.14in; page-break-inside: avoid; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
.top td { vertical-align: top; padding: 2px; }
.cra { font-size: 8.5pt; font-weight: bold; }
.yr { border: 1px solid #000; text-align: center; } .yv { font-size: 14pt; font-weight: bold; }
.ttl { text-align: right; } .ttl b { font-size: 20pt; } .ttl span { font-size: 8.5pt; font-weight: bold; }
td.c { border: 1px solid #000; vertical-align: top; padding: 1px 3px 2px 3px; }
.l { font-size: 5.8pt; line-height: 1.15; color: #222; }
.l .n { font-weight: bold; font-size: 7pt; background: #000; color: #fff; padding: 0 2px; }
.v { font-family: "Liberation Mono", monospace; font-size: 9pt; margin-top: 1px; }
td.r .v, .v.r { text-align: right; }
.bx { display: inline-block; width: 10px; height: 10px; border: 1px solid #000; margin-right: 14px; }
.nm { display: flex; gap: 12px; font-family: "Liberation Mono", monospace; font-size: 9.5pt; margin-top: 2px; }
.nm small { font-family: "Liberation Sans", Arial; font-size: 5.5pt; }
.oth { margin-top: 3px; } .oth td { border: 1px solid #000; padding: 1px 3px; vertical-align: top; }
.oth td.oh { font-size: 6pt; width: 16%; border: none; }
.cp { font-size: 6.5pt; margin-top: 3px; display: flex; justify-content: space-between; }
.info { page-break-before: always; font-size: 8.2pt; line-height: 1.35; column-count: 2; column-gap: 0.3in; }
.info h2 { column-span: all; font-size: 11pt; margin: 0 0 6px 0; }
.info h3 { font-size: 8.6pt; margin: 7px 0 2px 0; }
.info p { margin: 0 0 5px 0; }
"""
html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T4 2024 - BHULLAR R</title><style>{css}</style></head><body>
<div class="mail">
 <div class="ret"><b>Northshore Millwork Ltd.</b> &ndash; Payroll<br>2280 Dundas St W, Mississauga ON L5K 2L1</div>
 <div class="ref">Employee no. 0417<br>Issued: February 21, 2025<br>Pay group: Hourly &ndash; Plant B</div>
 <div class="to">Rajinder S. Bhullar<br>88 Rathburn Rd E, Unit 1406<br>Mississauga ON L4Z 3Z6</div>
</div>
{slip('<span>T4 (24)</span><span>Protected B when completed / Protégé B une fois rempli</span><span>Keep this copy for your records &ndash; Conservez cette copie pour vos dossiers</span>')}
{slip('<span>T4 (24)</span><span>Protected B when completed / Protégé B une fois rempli</span><span>Attach to your paper return if you file on paper &ndash; Annexez à votre déclaration papier</span>')}
<div class="info">
<h2>Information for employees / Renseignements pour les employés</h2>
<p>Report the amounts shown in the boxes of your T4 slip on your income tax and benefit return. Boxes with no amount are not printed on some slips. Your employer must send you your T4 slip by the last day of February following the calendar year to which the slip applies.</p>
<h3>Box 14 &ndash; Employment income</h3><p>Enter this amount on line 10100 of your return. It includes salary and wages, bonuses, vacation pay, taxable allowances and benefits (box 40).</p>
<h3>Box 16 and 16A &ndash; CPP contributions</h3><p>Enter box 16 on line 30800 and box 16A on line 22215 of your return. If you contributed more than the maximum, see line 44800.</p>
<h3>Box 18 &ndash; EI premiums</h3><p>Enter this amount on line 31200. The maximum employee premium for 2024 is $1,049.12.</p>
<h3>Box 20 &ndash; RPP contributions</h3><p>Enter this amount on line 20700 of your return.</p>
<h3>Box 22 &ndash; Income tax deducted</h3><p>Enter this amount on line 43700 of your return.</p>
<h3>Box 24 and 26</h3><p>These are your insurable and pensionable earnings; do not enter them on your return. They are used to calculate any overpayment of EI premiums or CPP contributions.</p>
<h3>Box 40 &ndash; Other taxable allowances and benefits</h3><p>Already included in box 14. Here: group term life insurance premiums paid by the employer and a taxable tool allowance.</p>
<h3>Box 44 &ndash; Union dues</h3><p>Enter this amount on line 21200. <b>Box 46</b> &ndash; Charitable donations made through payroll: claim on Schedule 9.</p>
<h3>Box 52 &ndash; Pension adjustment</h3><p>Do not enter this amount on your return. It reduces your RRSP deduction limit for 2025.</p>
<p style="margin-top:10px">Questions about this slip: Northshore Millwork Ltd., Payroll Office, 905-555-0184, payroll@northshoremillwork.ca. Business Number 817245530. For more information, go to canada.ca/taxes.</p>
</div>
</body></html>"""
open("../t4_2024.html", "w").write(html)
