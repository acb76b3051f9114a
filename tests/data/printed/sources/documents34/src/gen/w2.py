# authoring helper: writes ../w2_2024.html (two copies of the same W-2 on one page + back page)
def form(copy_label, copy_note):
    return f"""
<div class="w2">
 <table class="g">
  <tr>
   <td class="c" style="width:24%"><div class="l"><b>a</b> Employee's social security number</div><div class="v">XXX-XX-4821</div></td>
   <td class="c" style="width:26%"><div class="l">OMB No. 1545-0008</div><div class="v sm">Safe, accurate, FAST! Use <b>IRS e-file</b></div></td>
   <td class="c" colspan="2"><div class="l">Visit the IRS website at www.irs.gov/efile</div></td>
  </tr>
  <tr>
   <td class="c" colspan="2"><div class="l"><b>b</b> Employer identification number (EIN)</div><div class="v">47-2918365</div></td>
   <td class="c"><div class="l"><b>1</b> Wages, tips, other compensation</div><div class="v r">68412.50</div></td>
   <td class="c"><div class="l"><b>2</b> Federal income tax withheld</div><div class="v r">7935.18</div></td>
  </tr>
  <tr>
   <td class="c" colspan="2" rowspan="3"><div class="l"><b>c</b> Employer's name, address, and ZIP code</div>
     <div class="v">Brightwater Logistics LLC<br>1650 Fulton Industrial Blvd SW<br>Atlanta, GA 30336</div></td>
   <td class="c"><div class="l"><b>3</b> Social security wages</div><div class="v r">71212.50</div></td>
   <td class="c"><div class="l"><b>4</b> Social security tax withheld</div><div class="v r">4415.18</div></td>
  </tr>
  <tr>
   <td class="c"><div class="l"><b>5</b> Medicare wages and tips</div><div class="v r">71212.50</div></td>
   <td class="c"><div class="l"><b>6</b> Medicare tax withheld</div><div class="v r">1032.58</div></td>
  </tr>
  <tr>
   <td class="c"><div class="l"><b>7</b> Social security tips</div><div class="v r">&nbsp;</div></td>
   <td class="c"><div class="l"><b>8</b> Allocated tips</div><div class="v r">&nbsp;</div></td>
  </tr>
  <tr>
   <td class="c" colspan="2"><div class="l"><b>d</b> Control number</div><div class="v">BWL-00418</div></td>
   <td class="c"><div class="l"><b>9</b></div><div class="v r shade">&nbsp;</div></td>
   <td class="c"><div class="l"><b>10</b> Dependent care benefits</div><div class="v r">&nbsp;</div></td>
  </tr>
  <tr>
   <td class="c" colspan="2" rowspan="4"><div class="l"><b>e</b> Employee's first name and initial &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Last name &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Suff.</div>
     <div class="v">Marisol T. Okafor</div>
     <div class="v">2274 Glenwood Ave SE, Apt 12<br>Atlanta, GA 30316</div>
     <div class="l" style="margin-top:10px"><b>f</b> Employee's address and ZIP code</div></td>
   <td class="c"><div class="l"><b>11</b> Nonqualified plans</div><div class="v r">&nbsp;</div></td>
   <td class="c"><div class="l"><b>12a</b> See instructions for box 12</div><div class="v"><span class="code">D</span> <span class="amt">2800.00</span></div></td>
  </tr>
  <tr>
   <td class="c"><div class="l"><b>13</b></div>
     <div class="cb3"><span><span class="box"></span><br>Statutory employee</span><span><span class="box">X</span><br>Retirement plan</span><span><span class="box"></span><br>Third-party sick pay</span></div></td>
   <td class="c"><div class="l"><b>12b</b></div><div class="v"><span class="code">DD</span> <span class="amt">6840.00</span></div></td>
  </tr>
  <tr>
   <td class="c" rowspan="2"><div class="l"><b>14</b> Other</div><div class="v sm">UNIFRM &nbsp;&nbsp; 240.00</div></td>
   <td class="c"><div class="l"><b>12c</b></div><div class="v"><span class="code">W</span> <span class="amt">1200.00</span></div></td>
  </tr>
  <tr>
   <td class="c"><div class="l"><b>12d</b></div><div class="v">&nbsp;</div></td>
  </tr>
 </table>
 <table class="g st">
  <tr>
   <td class="c" style="width:7%"><div class="l"><b>15</b> State</div><div class="v">GA</div></td>
   <td class="c" style="width:19%"><div class="l">Employer's state ID number</div><div class="v">3048816-BK</div></td>
   <td class="c"><div class="l"><b>16</b> State wages, tips, etc.</div><div class="v r">68412.50</div></td>
   <td class="c"><div class="l"><b>17</b> State income tax</div><div class="v r">3104.77</div></td>
   <td class="c"><div class="l"><b>18</b> Local wages, tips, etc.</div><div class="v r">&nbsp;</div></td>
   <td class="c"><div class="l"><b>19</b> Local income tax</div><div class="v r">&nbsp;</div></td>
   <td class="c"><div class="l"><b>20</b> Locality name</div><div class="v">&nbsp;</div></td>
  </tr>
 </table>
 <div class="foot">
  <div class="fl"><span class="fn">Form <b>W-2</b></span> <span class="ft">Wage and Tax Statement</span></div>
  <div class="fy">2024</div>
  <div class="fr">Department of the Treasury&mdash;Internal Revenue Service</div>
 </div>
 <div class="copy"><b>{copy_label}</b> {copy_note}</div>
</div>"""

html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>W-2 2024 - Okafor</title>
<style>
@page { size: letter; margin: 0.45in 0.5in; }
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 8pt; color:#000; }
.w2 { margin-bottom: 0.32in; }
table.g { width: 100%; border-collapse: collapse; table-layout: fixed; }
td.c { border: 1px solid #000; vertical-align: top; padding: 1px 3px 2px 3px; height: 28px; }
.l { font-size: 6.3pt; line-height: 1.15; }
.v { font-family: "Liberation Mono", "Courier New", monospace; font-size: 9.5pt; margin-top: 3px; }
.v.r { text-align: right; padding-right: 6px; }
.v.sm { font-family: "Liberation Sans", Arial, sans-serif; font-size: 7pt; }
.shade { background: #ddd; }
.code { display:inline-block; width: 28px; border-right: 1px solid #000; }
.amt { float: right; padding-right: 6px; }
.box { display:inline-block; width: 9px; height: 9px; border: 1px solid #000; font-size: 7pt; line-height: 9px; text-align:center; }
table.st { border-top: 2px solid #000; }
.foot { display: flex; align-items: flex-end; justify-content: space-between; margin-top: 3px; }
.fn b { font-size: 15pt; } .ft { font-size: 10pt; font-weight: bold; margin-left: 8px; }
.fy { font-size: 22pt; font-weight: bold; font-family: "Liberation Sans Narrow", Arial, sans-serif; letter-spacing: 1px; }
.fr { font-size: 7pt; }
.cb3 { display:flex; font-size:5.8pt; text-align:center; margin-top:1px; } .cb3 > span { flex:1; line-height:1.1; }
.copy { font-size: 7.5pt; margin-top: 2px; }
.back { page-break-before: always; font-size: 8pt; column-count: 2; column-gap: 0.3in; line-height: 1.3; }
.back h2 { font-size: 11pt; column-span: all; margin: 0 0 6px 0; }
.back h3 { font-size: 8.5pt; margin: 8px 0 2px 0; }
.back p { margin: 0 0 5px 0; text-align: justify; }
</style></head><body>
""" + form("Copy B&mdash;To Be Filed With Employee's FEDERAL Tax Return.", "This information is being furnished to the Internal Revenue Service.") \
    + form("Copy C&mdash;For EMPLOYEE'S RECORDS", "(See <i>Notice to Employee</i> on the back of Copy B.) This information is being furnished to the Internal Revenue Service. If you are required to file a tax return, a negligence penalty or other sanction may be imposed on you if this income is taxable and you fail to report it.") + """
<div class="back">
<h2>Notice to Employee</h2>
<h3>Do you have to file?</h3>
<p>Refer to the Form 1040 instructions to determine if you are required to file a tax return. Even if you don't have to file a tax return, you may be eligible for a refund if box 2 shows an amount or if you are eligible for any credit.</p>
<h3>Earned income credit (EIC).</h3>
<p>You may be able to take the EIC for 2024 if your adjusted gross income (AGI) is less than a certain amount. The amount of the credit is based on income and family size. Workers without children could qualify for a smaller credit.</p>
<h3>Clergy and religious workers.</h3>
<p>If you aren't subject to social security and Medicare taxes, see Pub. 517.</p>
<h3>Corrections.</h3>
<p>If your name, SSN, or address is incorrect, correct Copies B, C, and 2 and ask your employer to correct your employment record. Be sure to ask the employer to file Form W-2c, Corrected Wage and Tax Statement, with the Social Security Administration (SSA) to correct any name, amount, or SSN error reported to the SSA.</p>
<h3>Cost of employer-sponsored health coverage (if such cost is provided by the employer).</h3>
<p>The reporting in box 12, using code DD, of the cost of employer-sponsored health coverage is for your information only. The amount reported with code DD is not taxable.</p>
<h3>Credit for excess taxes.</h3>
<p>If you had more than one employer in 2024 and more than $10,453.20 in social security and/or Tier 1 railroad retirement (RRTA) taxes were withheld, you may be able to claim a credit for the excess against your federal income tax.</p>
<h3>Instructions for Employee</h3>
<p><b>Box 1.</b> Enter this amount on the wages line of your tax return.</p>
<p><b>Box 2.</b> Enter this amount on the federal income tax withheld line of your tax return.</p>
<p><b>Box 5.</b> You may be required to report this amount on Form 8959, Additional Medicare Tax.</p>
<p><b>Box 8.</b> This amount is not included in box 1, 3, 5, or 7. For information on how to report tips on your tax return, see the Form 1040 instructions.</p>
<p><b>Box 10.</b> This amount includes the total dependent care benefits that your employer paid to you or incurred on your behalf.</p>
<p><b>Box 12.</b> The following list explains the codes shown in box 12. <b>D</b>&mdash;Elective deferrals under a section 401(k) cash or deferred arrangement. <b>DD</b>&mdash;Cost of employer-sponsored health coverage. <b>W</b>&mdash;Employer contributions (including amounts the employee elected to contribute using a section 125 (cafeteria) plan) to your health savings account.</p>
<p><b>Box 13.</b> If the &ldquo;Retirement plan&rdquo; box is checked, special limits may apply to the amount of traditional IRA contributions you may deduct.</p>
<p><b>Box 14.</b> Employers may use this box to report information such as state disability insurance taxes withheld, union dues, or uniform payments.</p>
<p style="margin-top:10px">Questions about this form: Brightwater Logistics LLC, Payroll Department, (404) 555-0172, payroll@brightwater-logistics.com. Employer copy printed 01/24/2025.</p>
</div>
</body></html>"""
open("../w2_2024.html", "w").write(html)
