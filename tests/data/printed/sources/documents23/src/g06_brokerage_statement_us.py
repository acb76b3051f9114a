"""D06: US brokerage monthly statement, 5 pages (HTML for Chromium, running header via @page boxes)."""
import sys
from common import fmt, esc, D, q2
import data

d = data.d06()
OUT = sys.argv[1]
ACC = d["account_number"]

def m(x, dollar=False):
    s = fmt(abs(x))
    s = ("$" if dollar else "") + s
    return f"({s})" if x < 0 else s

ytd_begin = D("781906.04")
ytd_dep = D("15000.00")
ytd_wd = D("17000.00")
ytd_inc = D("2114.37")
ytd_chg = d["ending"] - ytd_begin - ytd_dep + ytd_wd - ytd_inc
ending = d["ending"]

pay_dates = {"AAPL": "02/13", "PG": "02/18", "XOM": "02/11", "ABBV": "02/14", "VZ": "02/03", "O": "02/14", "BND": "02/05"}
nonqual = {"O", "BND"}
qual = sum(a for s, _, a in d["divs"] if s not in nonqual)
nq = sum(a for s, _, a in d["divs"] if s in nonqual)

css = f"""
@page {{ size: letter; margin: 0.7in 0.5in 0.6in 0.5in;
  @top-left {{ content: "Crestline Securities LLC  \\2022  Account {ACC}  \\2022  February 1, 2025 \\2013  February 28, 2025"; font: 7.5pt 'Liberation Sans', sans-serif; color:#444; }}
  @top-right {{ content: "Page " counter(page) " of " counter(pages); font: bold 7.5pt 'Liberation Sans', sans-serif; }}
  @bottom-center {{ content: "Crestline Securities LLC, member FINRA/SIPC. Securities are not FDIC insured, are not bank guaranteed and may lose value."; font: 6.5pt 'Liberation Sans', sans-serif; color:#666; }}
}}
@page :first {{ @top-left {{ content: none; }} }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.3pt; color:#1a1a1a; margin:0; }}
h2 {{ font-size: 11pt; color:#123a5e; border-bottom: 2px solid #123a5e; margin: 12px 0 4px; padding-bottom:2px; }}
h3 {{ font-size: 9pt; margin: 8px 0 2px; color:#123a5e; }}
.brk {{ break-before: page; }}
table {{ border-collapse: collapse; width:100%; }}
th {{ font-size:7pt; text-transform:uppercase; color:#123a5e; text-align:left; border-bottom:1px solid #123a5e; padding:3px 3px; }}
td {{ padding:2.4px 3px; border-bottom: 0.5px solid #d5d9de; }}
.n {{ text-align:right; white-space:nowrap; }}
tr.t td {{ font-weight:bold; border-top:1px solid #333; border-bottom:none; }}
.top {{ display:flex; justify-content:space-between; align-items:flex-start; }}
.brand {{ font: bold 19pt 'Liberation Serif', serif; color:#123a5e; }}
.brand small {{ display:block; font: 8pt 'Liberation Sans', sans-serif; color:#555; }}
.stmt {{ text-align:right; font-size:9pt; }}
.stmt b {{ font-size:12pt; }}
.addr {{ margin:18px 0 10px 40px; font-size:9.5pt; line-height:1.35; }}
.cols {{ display:flex; gap:18px; }}
.cols > div {{ flex:1; }}
.box {{ border:1px solid #b9c4cf; padding:6px 8px; }}
.big td {{ font-size:9pt; padding:4px 3px; }}
.big tr.t td {{ font-size:10pt; background:#eef2f6; }}
.bar {{ height:9px; background:#123a5e; display:inline-block; }}
.note {{ font-size:7pt; color:#444; line-height:1.3; }}
.small td {{ font-size:7.8pt; }}
"""

alloc = [("Cash & sweep", d["cash"]), ("Equities", d["total_eq"]), ("Exchange-traded funds", d["total_etf"]),
         ("Mutual funds", d["total_mf"]), ("Fixed income", d["total_bd"])]

h = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Statement {ACC}</title><style>{css}</style></head><body>"]
h.append(f"""<div class="top"><div class="brand">Crestline Securities<small>Wealth Management &middot; 400 Boylston Street, Suite 1200, Boston, MA 02116 &middot; 1-800-555-0148</small></div>
<div class="stmt">Monthly Account Statement<br><b>February 1, 2025 &ndash; February 28, 2025</b><br>Account Number: <b>{ACC}</b><br>Account type: Joint Tenants with Right of Survivorship</div></div>
<div class="addr">MARGARET A DELACROIX &amp; THOMAS R DELACROIX JTWROS<br>88 CHESTNUT HILL ROAD<br>WELLESLEY MA 02481-3307</div>
<div class="cols"><div class="box"><b>Your Financial Advisor</b><br>Jonathan P. Whitcombe, CFP&reg;<br>Crestline Wealth Boston &middot; (617) 555-0192<br>jwhitcombe@crestlinesec.com</div>
<div class="box"><b>Account at a glance</b><br>Ending account value: <b>${fmt(ending)}</b><br>Change since last statement: ${fmt(ending - d['beginning'])}<br>Statement period: 02/01/2025 &ndash; 02/28/2025</div></div>
<h2>Account Value Summary</h2>
<div class="cols"><div><table class="big"><tr><th></th><th class="n">This period</th><th class="n">Year to date</th></tr>
<tr><td>Beginning account value</td><td class="n">${fmt(d['beginning'])}</td><td class="n">${fmt(ytd_begin)}</td></tr>
<tr><td>Deposits &amp; transfers in</td><td class="n">{m(d['deposits'])}</td><td class="n">{m(ytd_dep)}</td></tr>
<tr><td>Withdrawals &amp; transfers out</td><td class="n">{m(-d['withdrawals'])}</td><td class="n">{m(-ytd_wd)}</td></tr>
<tr><td>Income &amp; distributions</td><td class="n">{m(d['income'])}</td><td class="n">{m(ytd_inc)}</td></tr>
<tr><td>Fees &amp; charges</td><td class="n">0.00</td><td class="n">(45.00)</td></tr>
<tr><td>Change in investment value</td><td class="n">{m(d['change'])}</td><td class="n">{m(ytd_chg + 45)}</td></tr>
<tr class="t"><td>Ending account value</td><td class="n">${fmt(ending)}</td><td class="n">${fmt(ending)}</td></tr></table>
<p class="note">Accrued interest on fixed income of $1,204.37 is not included in the ending account value. Values of some securities may be estimated; see "About your statement".</p></div>
<div><table><tr><th>Asset allocation</th><th class="n">Market value</th><th class="n">%</th><th></th></tr>""")
for name, v in alloc:
    pct = v / ending * 100
    h.append(f'<tr><td>{name}</td><td class="n">{fmt(v)}</td><td class="n">{pct:.1f}%</td><td><span class="bar" style="width:{float(pct)*1.1:.0f}px"></span></td></tr>')
h.append(f"""<tr class="t"><td>Total</td><td class="n">{fmt(ending)}</td><td class="n">100.0%</td><td></td></tr></table>
<h3>Messages</h3><p class="note">2024 Form 1099 Composite was mailed on February 14, 2025. Corrected forms, if any, will be issued by March 17, 2025.
Your required minimum distribution does not apply to this account type. Trade date settlement moved to T+1 on May 28, 2024.</p></div></div>
""")

# Holdings
h.append('<div class="brk"></div><h2>Portfolio Holdings</h2>')
h.append(f"""<h3>Cash &amp; Bank Deposit Sweep</h3><table><tr><th>Description</th><th class="n">Market value</th><th class="n">Current yield</th><th class="n">% of account</th></tr>
<tr><td>Crestline Insured Bank Deposit Program</td><td class="n">{fmt(d['cash'])}</td><td class="n">0.85%</td><td class="n">{d['cash']/ending*100:.2f}%</td></tr></table>
<h3>Equities</h3><table class="small"><tr><th>Symbol</th><th>Description</th><th class="n">Quantity</th><th class="n">Price 02/28/25</th><th class="n">Market value</th><th class="n">Unit cost</th><th class="n">Unrealized gain/(loss)</th><th class="n">Est. annual income</th><th class="n">% of acct</th></tr>""")
costs = [D("148.20"), D("281.14"), D("158.90"), D("142.35"), D("190.12"), D("98.44"), D("58.71"), D("164.20"),
         D("310.45"), D("146.80"), D("142.66"), D("101.30"), D("39.85"), D("18.92"), D("49.37"), D("41.08"),
         D("512.90"), D("433.25"), D("94.18"), D("55.40")]
for e, c in zip(d["eq"], costs):
    cost = q2(c * e["qty"])
    ug = e["mv"] - cost
    ann = q2(e["qty"] * (e["div"] if e["div"] else D("0.50")) * 4) if e["sym"] not in ("NVDA",) else q2(e["qty"] * D("0.04"))
    h.append(f'<tr><td>{e["sym"]}</td><td>{esc(e["name"])}</td><td class="n">{e["qty"]:,}</td><td class="n">{fmt(e["px"])}</td>'
             f'<td class="n">{fmt(e["mv"])}</td><td class="n">{fmt(c)}</td><td class="n">{m(ug)}</td><td class="n">{fmt(ann)}</td><td class="n">{e["mv"]/ending*100:.2f}%</td></tr>')
h.append(f'<tr class="t"><td colspan="4">Total equities</td><td class="n">{fmt(d["total_eq"])}</td><td></td><td></td><td></td><td class="n">{d["total_eq"]/ending*100:.2f}%</td></tr></table>')

h.append('<h3>Exchange-Traded Funds</h3><table class="small"><tr><th>Symbol</th><th>Description</th><th class="n">Quantity</th><th class="n">Price 02/28/25</th><th class="n">Market value</th><th class="n">% of acct</th></tr>')
for e in d["etf"]:
    h.append(f'<tr><td>{e["sym"]}</td><td>{esc(e["name"])}</td><td class="n">{e["qty"]:,}</td><td class="n">{fmt(e["px"])}</td><td class="n">{fmt(e["mv"])}</td><td class="n">{e["mv"]/ending*100:.2f}%</td></tr>')
h.append(f'<tr class="t"><td colspan="4">Total exchange-traded funds</td><td class="n">{fmt(d["total_etf"])}</td><td class="n">{d["total_etf"]/ending*100:.2f}%</td></tr></table>')

h.append('<div class="brk"></div><h2>Portfolio Holdings <span style="font-weight:normal;font-size:8pt">(continued)</span></h2>')
h.append('<h3>Mutual Funds</h3><table class="small"><tr><th>Symbol</th><th>Description</th><th class="n">Shares</th><th class="n">NAV 02/28/25</th><th class="n">Market value</th><th>Dividend option</th><th class="n">% of acct</th></tr>')
for e in d["mf"]:
    h.append(f'<tr><td>{e["sym"]}</td><td>{esc(e["name"])}</td><td class="n">{e["qty"]:,}</td><td class="n">{fmt(e["px"])}</td><td class="n">{fmt(e["mv"])}</td><td>Reinvest</td><td class="n">{e["mv"]/ending*100:.2f}%</td></tr>')
h.append(f'<tr class="t"><td colspan="4">Total mutual funds</td><td class="n">{fmt(d["total_mf"])}</td><td></td><td class="n">{d["total_mf"]/ending*100:.2f}%</td></tr></table>')
h.append('<h3>Fixed Income</h3><table class="small"><tr><th>CUSIP</th><th>Description</th><th class="n">Face value</th><th class="n">Price</th><th class="n">Market value</th><th>Rating (Moody\'s/S&amp;P)</th><th class="n">% of acct</th></tr>')
ratings = ["Aaa / AA+", "Aaa / AA+", "A2 / A", "Aa1 / AAA", "Aa2 / AA-"]
for e, rt in zip(d["bonds"], ratings):
    h.append(f'<tr><td>{e["cusip"]}</td><td>{esc(e["name"])}</td><td class="n">{fmt(e["face"])}</td><td class="n">{e["px"]}</td><td class="n">{fmt(e["mv"])}</td><td>{rt}</td><td class="n">{e["mv"]/ending*100:.2f}%</td></tr>')
h.append(f'<tr class="t"><td colspan="4">Total fixed income</td><td class="n">{fmt(d["total_bd"])}</td><td></td><td class="n">{d["total_bd"]/ending*100:.2f}%</td></tr>')
h.append(f'<tr class="t"><td colspan="4">Total portfolio holdings (incl. cash)</td><td class="n">{fmt(ending)}</td><td></td><td class="n">100.00%</td></tr></table>')
h.append('<p class="note">Market values of fixed income securities are based on evaluated prices from third-party pricing services and may not reflect the price at which a security could be sold. Unit cost is adjusted for return of capital where reported.</p>')

# Activity
acts = [("02/03", "Dividend", "VERIZON COMMUNICATIONS", "VZ", "", "", None)]
acts = []
acts.append(("02/05", "Deposit", "ACH DEPOSIT FROM BANK ****4471", "", "", "", d["deposits"]))
for sym, name, amt in d["divs"]:
    acts.append((pay_dates[sym], "Dividend", f"{'QUALIFIED ' if sym not in nonqual else ''}DIVIDEND {name.upper()}", sym, "", "", amt))
acts.append(("02/06", "Bought", "SCHWAB US DIVIDEND EQUITY ETF", "SCHD", "150", "28.41", -D("4261.50")))
acts.append(("02/12", "Sold", "CISCO SYSTEMS INC", "CSCO", "-60", "62.87", D("3772.18")))
acts.append(("02/19", "Bought", "US TREASURY NOTE 4.625% 11/15/2026", "91282CJK8", "10000", "100.762", -D("10076.20")))
acts.append(("02/19", "Accrued int", "ACCRUED INTEREST PAID ON PURCHASE", "91282CJK8", "", "", -D("47.27")))
acts.append(("02/20", "Withdrawal", "TRANSFER TO BANK ****4471", "", "", "", -d["withdrawals"]))
acts.append(("02/28", "Interest", "BANK DEPOSIT SWEEP INTEREST", "", "", "", d["total_int"]))
acts.sort(key=lambda a: a[0])
h.append('<div class="brk"></div><h2>Account Activity</h2><table class="small"><tr><th>Date</th><th>Activity</th><th>Description</th><th>Symbol/CUSIP</th><th class="n">Quantity</th><th class="n">Price</th><th class="n">Amount</th></tr>')
for dt, act, desc, sym, q, px, amt in acts:
    h.append(f'<tr><td>{dt}</td><td>{act}</td><td>{esc(desc)}</td><td>{sym}</td><td class="n">{q}</td><td class="n">{px}</td><td class="n">{m(amt)}</td></tr>')
h.append('</table>')
h.append("""<h3>Pending activity</h3><table class="small"><tr><th>Trade date</th><th>Settle date</th><th>Activity</th><th>Description</th><th class="n">Quantity</th><th class="n">Amount</th></tr>
<tr><td>02/28</td><td>03/03</td><td>Bought</td><td>VANGUARD TOTAL INTL STOCK ETF (VXUS)</td><td class="n">50</td><td class="n">(3,180.50)</td></tr></table>
<h3>Standing instructions</h3><p class="note">Dividends on equities and ETFs: paid to cash. Mutual fund distributions: reinvested. Sweep: Crestline Insured Bank Deposit Program.
Monthly automatic transfer to bank account ****4471 on the 20th: $8,500.00.</p>""")

# Income summary + disclosures
h.append(f"""<div class="brk"></div><h2>Income Summary</h2>
<div class="cols"><div><table class="big"><tr><th>Taxable income</th><th class="n">This period</th><th class="n">Year to date</th></tr>
<tr><td>Qualified dividends</td><td class="n">{fmt(qual)}</td><td class="n">1,502.14</td></tr>
<tr><td>Non-qualified dividends</td><td class="n">{fmt(nq)}</td><td class="n">233.19</td></tr>
<tr class="t"><td>Total dividends</td><td class="n">{fmt(d['total_div'])}</td><td class="n">1,735.33</td></tr>
<tr><td>Taxable interest</td><td class="n">{fmt(d['total_int'])}</td><td class="n">37.96</td></tr>
<tr><td>Tax-exempt interest</td><td class="n">0.00</td><td class="n">341.08</td></tr>
<tr class="t"><td>Total income</td><td class="n">{fmt(d['income'])}</td><td class="n">{fmt(ytd_inc)}</td></tr></table></div>
<div><table class="big"><tr><th>Realized gain/(loss)</th><th class="n">This period</th><th class="n">Year to date</th></tr>
<tr><td>Short-term</td><td class="n">0.00</td><td class="n">(212.40)</td></tr>
<tr><td>Long-term</td><td class="n">809.98</td><td class="n">2,946.15</td></tr>
<tr class="t"><td>Net realized gain/(loss)</td><td class="n">809.98</td><td class="n">2,733.75</td></tr></table>
<p class="note">Realized gains shown use the first-in, first-out (FIFO) method unless you elected otherwise. Figures are for information only; refer to Form 1099-B.</p></div></div>
<h2>About Your Statement</h2>
<div class="note" style="columns:2; column-gap:18px">
<p><b>Review your statement.</b> Please review this statement carefully and report any inaccuracy or discrepancy promptly, and in any event within 10 days of receipt, to your Financial Advisor and to Crestline Securities LLC, Client Services, 400 Boylston Street, Suite 1200, Boston, MA 02116, telephone 1-800-555-0148. Any oral communication should be re-confirmed in writing to protect your rights, including rights under the Securities Investor Protection Act (SIPA).</p>
<p><b>SIPC protection.</b> Crestline Securities LLC is a member of SIPC, which protects securities customers of its members up to $500,000 (including $250,000 for claims for cash). An explanatory brochure is available upon request or at www.sipc.org. Balances in the Bank Deposit Sweep Program are eligible for FDIC insurance up to $250,000 per depositor per bank, not SIPC.</p>
<p><b>Pricing.</b> Prices are obtained from sources believed reliable but are not guaranteed. Securities for which a price is unavailable are shown as "N/A" and are not included in the account value. Estimated annual income and current yield are estimates; actual income may be higher or lower.</p>
<p><b>Free credit balances.</b> Any free credit balance carried for your account is not segregated and may be used in the conduct of our business, subject to the limitations of SEC Rule 15c3-3. You may demand payment of any free credit balance at any time.</p>
<p><b>Financial statement.</b> A copy of our statement of financial condition as of December 31, 2024 is available at www.crestlinesec.com/disclosures or by mail on request. As of December 31, 2024, Crestline Securities LLC had net capital of $412,880,000, which was $398,114,000 in excess of its required minimum net capital.</p>
<p><b>Complaints.</b> Written complaints may be directed to the Compliance Department at the address above. FINRA BrokerCheck: www.finra.org/brokercheck, hotline (800) 289-9999.</p>
</div>""")
h.append("</body></html>")
open(f"{OUT}/s23_brokerage_statement_us.html", "w").write("\n".join(h))
