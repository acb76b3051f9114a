"""D11: US patent annuity (renewal) fee notice: cover page, schedule over two pages, totals and
remittance slip on the last page (wkhtmltopdf, manual page breaks and running headers)."""
import sys
from common import fmt, esc
import data

d = data.d11()
OUT = sys.argv[1]
NO = d["notice_number"]
titles = {
    "HMD-0112": "Catheter with deflectable tip and pressure sensor",
    "HMD-0125": "Implantable infusion pump with dual reservoir",
    "HMD-0131": "Wearable glucose monitor adhesive patch",
    "HMD-0138": "Surgical stapler with articulating jaw",
    "HMD-0142": "Sterile packaging tray for orthopedic implants",
}

css = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 12pt; color:#111; margin:0; }
.page { height: 326mm; position: relative; page-break-after: always; }
.page.last { page-break-after: auto; }
.lh { border-bottom: 3px double #4b2e83; padding-bottom: 6px; overflow:hidden; }
.lh .n { float:left; font-size: 24pt; color:#4b2e83; font-variant: small-caps; letter-spacing:1px; }
.lh .n small { display:block; font-size:10pt; color:#333; font-variant:normal; letter-spacing:0; }
.lh .a { float:right; text-align:right; font-size:10pt; font-family:'Liberation Sans', sans-serif; color:#333; }
.run { overflow:hidden; border-bottom:1px solid #4b2e83; font-family:'Liberation Sans', sans-serif; font-size:10pt; padding-bottom:4px; margin-bottom:10px; }
.run .l { float:left; } .run .r { float:right; }
h1 { font-size:17pt; color:#4b2e83; margin:16px 0 8px; letter-spacing:2px; }
table.k { border-collapse:collapse; font-family:'Liberation Sans', sans-serif; font-size:11pt; }
table.k td { padding:4px 10px 4px 0; }
table.s { width:100%; border-collapse:collapse; font-family:'Liberation Sans', sans-serif; font-size:9.6pt; }
table.s th { background:#4b2e83; color:#fff; padding:5px 4px; text-align:left; font-size:9pt; }
table.s td { padding:4px 4px; border-bottom:1px solid #ccc; vertical-align:top; white-space:nowrap; }
table.s td.t { white-space:normal; font-size:8.8pt; }
.n { text-align:right; white-space:nowrap; }
tr.sub td { font-weight:bold; background:#efeaf7; border-top:1.5px solid #4b2e83; }
tr.gt td { font-weight:bold; font-size:12pt; background:#4b2e83; color:#fff; }
p { line-height:1.45; margin:6px 0; }
.fine { font-size:9.5pt; color:#333; font-family:'Liberation Sans', sans-serif; }
.foot { position:absolute; bottom:0; width:100%; font-family:'Liberation Sans', sans-serif; font-size:8.5pt; color:#666; border-top:1px solid #bbb; padding-top:3px; }
.slip { border-top: 2px dashed #444; margin-top: 22px; padding-top: 10px; font-family:'Liberation Sans', sans-serif; }
.slip table td { border:1px solid #777; padding:5px 10px; font-size:11pt; }
.addr { margin:22px 0; font-size:12pt; line-height:1.35; font-family:'Liberation Sans', sans-serif; }
"""

FOOT = ('<div class="foot">Meridian IP Renewals, Inc. &middot; 1800 Diagonal Road, Suite 600, Alexandria, VA 22314 &middot; '
        'Tel. (703) 555-0410 &middot; renewals@meridianip.com &middot; Federal EIN 54-2871903 &middot; Page {p} of 3</div>')


def run(p):
    return (f'<div class="run"><span class="l"><b>Meridian IP Renewals, Inc.</b> &mdash; Annuity Fee Notice {NO}</span>'
            f'<span class="r">Client {d["client_number"]} &middot; Notice date March 3, 2025 &middot; Page {p} of 3</span></div>')


h = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Annuity Fee Notice {NO}</title><style>{css}</style></head><body>"]
first_due = min(r["due"] for r in d["rows"])
last_due = max(r["due"] for r in d["rows"])
h.append(f"""<div class="page"><div class="lh"><div class="n">Meridian IP Renewals<small>Patent &amp; trademark annuity management since 1994</small></div>
<div class="a">1800 Diagonal Road, Suite 600<br>Alexandria, VA 22314, USA<br>(703) 555-0410 &middot; meridianip.com</div></div>
<div class="addr">Halvorsen Medical Devices, Inc.<br>Attn: Ms. Karen Lindqvist, IP Counsel<br>7700 France Avenue South, Suite 400<br>Edina, MN 55435</div>
<h1>ANNUITY FEE NOTICE</h1>
<table class="k"><tr><td>Notice number:</td><td><b>{NO}</b></td></tr>
<tr><td>Notice date:</td><td>March 3, 2025</td></tr>
<tr><td>Client number:</td><td>{d['client_number']}</td></tr>
<tr><td>Renewals listed:</td><td>{len(d['rows'])} (official due dates {first_due:%B} {first_due.day} &ndash; {last_due:%B} {last_due.day}, 2025)</td></tr>
<tr><td>Instructions and payment due by:</td><td><b>April 15, 2025</b></td></tr></table>
<p>Dear Ms. Lindqvist,</p>
<p>The patent annuities and maintenance fees listed in the enclosed schedule fall due in the coming months. To ensure timely payment
to the patent offices and foreign associates, please return your instructions for each case (PAY or ABANDON) together with
payment of the total shown on page 3 no later than <b>April 15, 2025</b>.</p>
<p>Cases for which we receive no instruction by that date will <b>not</b> be paid. Most offices allow late payment within a grace
period of six months subject to a surcharge (for example, the European national offices charge 50% of the fee; the USPTO
surcharge for small entities is $256 and for large entities $640). Late instructions received after April 15, 2025 will incur our
expedite charge of $75 per case.</p>
<p>Official fees have been converted into U.S. dollars at the exchange rates of February 28, 2025 (EUR 1 = USD 1.0412;
GBP 1 = USD 1.2586; JPY 100 = USD 0.6650). Should rates move by more than 3% before payment, we reserve the right to adjust the
official fees accordingly. Service fees are per our fee schedule of January 1, 2025.</p>
<p>Please note that U.S. patent US 10,987,443 (HMD-0125-US) now requires the 7.5-year maintenance fee at large-entity rate; our
records show your entity status changed on November 12, 2024.</p>
<p>Thank you for entrusting your portfolio to Meridian. If you have any questions, please contact your renewals manager,
Mr. Daniel Acheampong, at (703) 555-0427.</p>
<p style="margin-top:18px">Sincerely,<br><br><i>Daniel Acheampong</i><br>Renewals Manager</p>
<p class="fine">Enclosures: Schedule of renewals (pages 2&ndash;3), instruction form, remittance slip.</p>
{FOOT.format(p=1)}</div>""")

HEAD = ('<tr><th>#</th><th>Your reference</th><th>Country</th><th>Patent no.</th><th>Title</th><th class="n">Year</th>'
        '<th>Official due</th><th class="n">Official fee</th><th class="n">Service fee</th><th class="n">Agent fee</th>'
        '<th class="n">Total (USD)</th></tr>')
split = 17
for p, rows in ((2, d["rows"][:split]), (3, d["rows"][split:])):
    h.append(f'<div class="page{" last" if p == 3 else ""}">{run(p)}<div style="font-family:Liberation Sans;font-size:12pt;font-weight:bold;margin-bottom:6px">Schedule of renewals{" (continued)" if p == 3 else ""}</div><table class="s">{HEAD}')
    if p == 3:
        bf = d["rows"][:split]
        h.append(f'<tr class="sub"><td></td><td colspan="6">Brought forward from page 2 ({split} cases)</td><td class="n">{fmt(sum(r["official"] for r in bf))}</td>'
                 f'<td class="n">{fmt(sum(r["service"] for r in bf))}</td><td class="n">{fmt(sum(r["agent"] for r in bf))}</td><td class="n">{fmt(sum(r["total"] for r in bf))}</td></tr>')
    start = 1 if p == 2 else split + 1
    for i, r in enumerate(rows, start):
        t = titles[r["ref"][:8]]
        h.append(f'<tr><td>{i}</td><td>{r["ref"]}</td><td>{r["ctry"]}</td><td>{esc(r["pno"])}</td><td class="t">{t}</td><td class="n">{r["yr"]}</td>'
                 f'<td>{r["due"]:%m/%d/%Y}</td><td class="n">{fmt(r["official"])}</td><td class="n">{fmt(r["service"])}</td>'
                 f'<td class="n">{fmt(r["agent"]) if r["agent"] else "&ndash;"}</td><td class="n">{fmt(r["total"])}</td></tr>')
    if p == 2:
        bf = d["rows"][:split]
        h.append(f'<tr class="sub"><td></td><td colspan="6">Carried forward to page 3</td><td class="n">{fmt(sum(r["official"] for r in bf))}</td>'
                 f'<td class="n">{fmt(sum(r["service"] for r in bf))}</td><td class="n">{fmt(sum(r["agent"] for r in bf))}</td><td class="n">{fmt(sum(r["total"] for r in bf))}</td></tr></table>')
        h.append(f"{FOOT.format(p=2)}</div>")
    else:
        h.append(f'<tr class="gt"><td></td><td colspan="6">TOTAL DUE &mdash; {len(d["rows"])} cases</td><td class="n">{fmt(d["tot_off"])}</td>'
                 f'<td class="n">{fmt(d["tot_svc"])}</td><td class="n">{fmt(d["tot_agent"])}</td><td class="n">{fmt(d["total"])}</td></tr></table>')
        h.append(f"""<p class="fine" style="margin-top:10px">If you instruct us to abandon any case, deduct its total from the amount remitted. Instructions to pay must be
accompanied by payment; we do not advance official fees. Wire transfers: JPMorgan Chase Bank, N.A., New York, ABA 021000021,
SWIFT CHASUS33, account 771 448 203 5, beneficiary Meridian IP Renewals, Inc. Please quote the notice number {NO}.</p>
<div class="slip"><b>REMITTANCE SLIP</b> &mdash; please return with your payment<br><br>
<table style="border-collapse:collapse;width:100%"><tr><td>Client</td><td>Halvorsen Medical Devices, Inc.</td><td>Client number</td><td>{d['client_number']}</td></tr>
<tr><td>Notice number</td><td><b>{NO}</b></td><td>Pay by</td><td><b>April 15, 2025</b></td></tr>
<tr><td>Total of this notice</td><td><b>USD {fmt(d['total'])}</b></td><td>Less abandoned cases</td><td></td></tr>
<tr><td>Amount remitted</td><td></td><td>Check / wire ref.</td><td></td></tr></table></div>
{FOOT.format(p=3)}</div>""")
h.append("</body></html>")
open(f"{OUT}/s23_patent_annuity_notice_us.html", "w").write("\n".join(h))
