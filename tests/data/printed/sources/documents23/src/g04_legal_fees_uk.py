"""D04: UK solicitors' invoice: covering letter, schedule of time entries (repeated table header over
pages), summary of charges, disbursements, VAT, remittance slip (LibreOffice .fodt)."""
import sys
from collections import OrderedDict
from common import fmt, D
from odf import ODT, PAGE, PAGES
import data

d = data.d04()
import datetime as _dt
_bd = [_dt.date(2025, 2, 3) + _dt.timedelta(days=i) for i in range(54)]
_bd = [x for x in _bd if x.weekday() < 5]
for _i, _e in enumerate(d["entries"]):
    _e["date"] = _bd[_i * len(_bd) // len(d["entries"])]
OUT = sys.argv[1]
INV = d["invoice_number"]
o = ODT(font="Liberation Serif", size="10pt", lang=("en", "GB"))
NAVY = "#1f2f4f"

o.pstyle("Hd", size="8pt", tabs=[("17.7cm", "right")], color="#444444", border={"bottom": "0.5pt solid #1f2f4f"}, padding="0.05cm")
o.pstyle("Ft", size="7pt", align="center", color="#555555", font="Liberation Sans")
o.pstyle("Firm", size="20pt", color=NAVY, master="First", font="Liberation Serif")
o.pstyle("Sub", size="8pt", color="#555555", font="Liberation Sans", after="0.5cm")
o.pstyle("Body", after="0.22cm", line="125%", align="justify")
o.pstyle("Addr", line="120%")
o.pstyle("Ref", size="9pt", font="Liberation Sans", tabs=[("17.7cm", "right")])
o.pstyle("H1", size="13pt", bold=True, color=NAVY, before="0.2cm", after="0.2cm", break_before="page", keep=True)
o.pstyle("H1b", size="13pt", bold=True, color=NAVY, before="0.6cm", after="0.2cm", keep=True)
o.pstyle("H2", size="10.5pt", bold=True, color=NAVY, before="0.35cm", after="0.12cm", keep=True)
o.pstyle("Th", size="8pt", bold=True, font="Liberation Sans", color="#ffffff")
o.pstyle("ThR", size="8pt", bold=True, font="Liberation Sans", color="#ffffff", align="end")
o.pstyle("Td", size="8.2pt", font="Liberation Sans")
o.pstyle("TdR", size="8.2pt", font="Liberation Sans", align="end")
o.pstyle("TdB", size="8.6pt", font="Liberation Sans", bold=True)
o.pstyle("TdBR", size="8.6pt", font="Liberation Sans", bold=True, align="end")
o.pstyle("Small", size="7.6pt", font="Liberation Sans", line="120%", after="0.12cm", align="justify")
o.pstyle("Slip", size="8.5pt", font="Liberation Sans", before="0.6cm", border={"top": "1pt dashed #000000"}, padding="0.15cm")
o.tstyle("B", bold=True)
o.cell_style("CH", bg=NAVY, padding="0.07cm")
o.cell_style("C", borders={"bottom": "0.4pt solid #c8c8c8"}, padding="0.05cm")
o.cell_style("CT", borders={"top": "1pt solid #000000", "bottom": "1pt solid #000000"}, bg="#eef1f6", padding="0.07cm")
o.cell_style("CG", borders={"top": "1.5pt solid #000000", "bottom": "2.5pt double #000000"}, bg="#dfe5ef", padding="0.08cm")
o.cell_style("CB", border="0.5pt solid #808080", padding="0.08cm")
o.table_style("Tt", "17.7cm")
o.table_style("Ts", "17.7cm")
o.table_style("Tsum", "12cm", align="right")
o.table_style("Tslip", "17.7cm")
for name, w in [("c1", "1.9cm"), ("c2", "1.1cm"), ("c3", "10.3cm"), ("c4", "1.3cm"), ("c5", "1.5cm"), ("c6", "1.6cm"),
                ("s1", "5.2cm"), ("s2", "3.6cm"), ("s3", "2.4cm"), ("s4", "2.6cm"), ("s5", "3.9cm"),
                ("d1", "13.2cm"), ("d2", "1.6cm"), ("d3", "2.9cm"), ("m1", "8cm"), ("m2", "4cm"),
                ("r1", "4.2cm"), ("r2", "4.65cm")]:
    o.col_style(name, w)

P = o.p
B = []
# ------------------------------------------------------------------ page 1: covering letter
B.append(P("Ashworth Penrose LLP", "Firm"))
B.append(P("SOLICITORS  ·  14 King Street, Manchester M2 6AZ  ·  DX 14318 Manchester  ·  0161 834 2290  ·  www.ashworthpenrose.co.uk", "Sub"))
B.append(P("Aldous Brothers (Civil Engineering) Limited\nFAO Mr Richard Aldous, Managing Director\nUnit 7, Stakehill Industrial Estate\n"
           "Middleton\nManchester M24 2RW", "Addr"))
B.append(P("", "Body"))
B.append(P(f"Our ref: RJP/{d['matter_number']}\tDate: 31 March 2025", "Ref"))
B.append(P("Your ref: RA/Fenwick", "Ref"))
B.append(P("", "Body"))
B.append(P("Dear Richard", "Body"))
B.append(P(f'<text:span text:style-name="B">Adjudication - Fenwick Street Depot final account (Aldous Brothers v Northfield Developments Ltd) - matter {d["matter_number"]}</text:span>', "Body", raw=True))
letter = [
    "I enclose our invoice for the work carried out on this matter between 3 February and 28 March 2025, together with a schedule of the "
    "time recorded by each fee earner, a summary of the disbursements we have paid on your behalf and a remittance slip.",
    "As you know, the adjudicator's decision was published on 21 March 2025 and awarded your company £386,412.60 plus interest of "
    "£14,275.33, with the adjudicator's fees to be borne by the Responding Party. Northfield has until 4 April 2025 to pay. Because "
    "the adjudicator has invoiced both parties jointly and severally, we paid his fee note to secure release of the decision; we will "
    "recover that sum from Northfield together with the award, and it is shown as a disbursement in the meantime.",
    "The sum of £5,000.00 which you paid to us on account of costs on 6 February 2025 is held in our client account and has been applied "
    "against this invoice, as shown on the final page. Our charges have been calculated at the hourly rates set out in our engagement "
    "letter of 30 January 2025 and are within the estimate of £12,000 plus VAT given for this stage.",
    "If Northfield does not pay by 4 April, we recommend issuing enforcement proceedings in the Technology and Construction Court "
    "without delay; the court fee for that claim (£455.00) has already been paid so that the claim form can be issued on 7 April.",
    "Payment of the balance is due within 30 days. Please do not hesitate to contact me if you have any questions about the invoice.",
]
for t in letter:
    B.append(P(t, "Body"))
B.append(P("Yours sincerely", "Body"))
B.append(P("", "Body"))
B.append(P("Rebecca Penrose\nPartner, Construction & Engineering\nDirect line 0161 834 2214  ·  rebecca.penrose@ashworthpenrose.co.uk", "Addr"))

# ------------------------------------------------------------------ page 2+: schedule of time
B.append(P(f"Invoice {INV} - Schedule of time recorded", "H1"))
B.append(P(f"Client: {d['client_name']}  ·  Matter: {d['matter_number']}  ·  Period 03/02/2025 - 28/03/2025  ·  Time recorded in units of 6 minutes", "Small"))


def th(t, r=False):
    return ("CH", P(t, "ThR" if r else "Th"))


def td(t, r=False, b=False):
    return ("C", P(t, ("TdBR" if r else "TdB") if b else ("TdR" if r else "Td")))


head = [[th("Date"), th("Fee earner"), th("Work done"), th("Units", True), th("Rate £", True), th("Amount £", True)]]
rows = []
for e in d["entries"]:
    rows.append([td(f"{e['date']:%d/%m/%Y}"), td(e["ini"]), td(e["task"]), td(str(e["units"]), True),
                 td(fmt(e["rate"]), True), td(fmt(e["amount"]), True)])
rows.append([("CT", P("Total time recorded", "TdB"), 3), ("CT", P(str(sum(e["units"] for e in d["entries"])), "TdBR")),
             ("CT", P("", "Td")), ("CT", P(fmt(d["profit"]), "TdBR"))])
B.append(o.table("Time", "Tt", ["c1", "c2", "c3", "c4", "c5", "c6"], rows, header_rows=head))

# ------------------------------------------------------------------ summary page
B.append(P(f"Invoice {INV} - Summary of charges", "H1b"))
B.append(P(f"VAT registration number GB 742 1186 50  ·  Tax point and invoice date 31 March 2025  ·  Client: {d['client_name']}", "Small"))
B.append(P("Professional charges by fee earner", "H2"))
by = OrderedDict()
for e in d["entries"]:
    by.setdefault(e["ini"], [0, D(0)])
    by[e["ini"]][0] += e["units"]
    by[e["ini"]][1] += e["amount"]
rows = []
for ini, (nm, grade, rate) in data.D04_EARNERS.items():
    if ini not in by:
        continue
    u, a = by[ini]
    rows.append([td(f"{nm} ({ini})"), td(grade), td(f"{u / 10:.1f}", True), td(fmt(D(rate)), True), td(fmt(a), True)])
rows.append([("CT", P("Total professional charges", "TdB"), 2), ("CT", P(f"{sum(v[0] for v in by.values()) / 10:.1f}", "TdBR")),
             ("CT", P("", "Td")), ("CT", P(fmt(d["profit"]), "TdBR"))])
B.append(o.table("Earners", "Ts", ["s1", "s2", "s3", "s4", "s5"], rows,
                 header_rows=[[th("Fee earner"), th("Grade"), th("Hours", True), th("Hourly rate £", True), th("Amount £", True)]]))
B.append(P("Disbursements", "H2"))
rows = [[td(t), td("Yes" if v else "No", True), td(fmt(a), True)] for t, a, v in d["disb"]]
rows.append([("CT", P("Total disbursements", "TdB"), 2), ("CT", P(fmt(d["disb_total"]), "TdBR"))])
B.append(o.table("Disb", "Ts", ["d1", "d2", "d3"], rows, header_rows=[[th("Disbursement"), th("VAT", True), th("Amount £", True)]]))
B.append(P("", "Body"))
rows = [[td("Professional charges"), td(fmt(d["profit"]), True)],
        [td("VAT-able disbursements"), td(fmt(d["vatable"] - d["profit"]), True)],
        [td(f"VAT at 20% on £{fmt(d['vatable'])}"), td(fmt(d["vat"]), True)],
        [td("Non VAT-able disbursements"), td(fmt(D("455.00") + D("21.00")), True)],
        [("CT", P("TOTAL OF THIS INVOICE", "TdB")), ("CT", P(f"£{fmt(d['total'])}", "TdBR"))],
        [td("Less: monies held on account (received 06/02/2025)"), td(f"-{fmt(d['on_account'])}", True)],
        [("CG", P("BALANCE DUE", "TdB")), ("CG", P(f"£{fmt(d['balance'])}", "TdBR"))]]
B.append(o.table("Sum", "Tsum", ["m1", "m2"], rows))
B.append(P("", "Body"))
B.append(P("Payment information and terms of business", "H1"))
B.append(P(f"Invoice {INV}  ·  Matter {d['matter_number']}  ·  31 March 2025", "Small"))
B.append(P("How to pay", "H2"))
B.append(P("Payment is due within 30 days of the date of this invoice, i.e. by 30 April 2025. Please pay by bank transfer to our office account: "
           "Lloyds Bank plc, sort code 30-92-81, account 40187726, account name Ashworth Penrose LLP, quoting reference AP/31874. "
           "Never send money to us on the strength of an email notifying you of a change to our bank details - always telephone us first "
           "on 0161 834 2290 to verify them.", "Body"))
B.append(P("Terms of business (extract)", "H2"))
terms = [
    "1. Interest. Interest is charged on invoices unpaid after 30 days at 8% per annum above the Bank of England base rate under clause 9 of our "
    "terms of business dated 30 January 2025.",
    "2. Monies on account. Sums received on account of costs are held in our client account and applied against our invoices when issued. "
    "Interest on client money is paid in accordance with our interest policy where it exceeds £50.",
    "3. Assessment. You may be entitled to have this invoice assessed by the court under Part III of the Solicitors Act 1974; the usual time limit "
    "is one month from delivery of the invoice.",
    "4. Complaints. If you are unhappy with our service or our bill, please contact our complaints partner, Mr Andrew Ashworth, within 6 months. "
    "You may then refer the matter to the Legal Ombudsman (PO Box 6167, Slough SL1 0EH, 0300 555 0333) within 6 months of our final response "
    "and no more than one year from the act or omission complained of.",
    "5. Disbursements. Disbursements are costs paid to third parties on your behalf. Counsel's, experts' and adjudicators' fees are shown net "
    "and VAT is charged on them at the standard rate; court fees and Land Registry fees are not subject to VAT.",
    "6. Regulation. Ashworth Penrose LLP is a limited liability partnership registered in England and Wales (OC318224), authorised and "
    "regulated by the Solicitors Regulation Authority (SRA number 612874). A list of members is available at our registered office. "
    "Professional indemnity insurance: Travelers Insurance Company Ltd, cover £3,000,000 per claim, territorial coverage worldwide "
    "excluding USA/Canada.",
]
for t in terms:
    B.append(P(t, "Body"))
slip = [[("CB", P("Client", "Td")), ("CB", P("Aldous Brothers (Civil Engineering) Ltd", "Td")), ("CB", P("Invoice", "Td")), ("CB", P(INV, "TdB"))],
        [("CB", P("Matter", "Td")), ("CB", P(d["matter_number"], "Td")), ("CB", P("Date", "Td")), ("CB", P("31/03/2025", "Td"))],
        [("CB", P("Balance due", "Td")), ("CB", P(f"£{fmt(d['balance'])}", "TdB")), ("CB", P("Amount enclosed", "Td")), ("CB", P("£", "Td"))]]
B.append(P("✂  REMITTANCE ADVICE - please detach and return with your payment to Ashworth Penrose LLP, Accounts Department, 14 King Street, Manchester M2 6AZ", "Slip"))
B.append(o.table("Slip", "Tslip", ["r1", "r2", "r1", "r2"], slip))

header = P(f"Ashworth Penrose LLP  ·  Invoice {INV}  ·  31 March 2025<text:tab/>Page {PAGE} of {PAGES}", "Hd", raw=True)
footer = P("Ashworth Penrose LLP · 14 King Street, Manchester M2 6AZ · Registered in England & Wales OC318224 · Authorised and regulated by the SRA (612874) · VAT reg. GB 742 1186 50", "Ft")
o.write(f"{OUT}/s23_legal_fees_uk.fodt", "".join(B), header=header, footer=footer, first_header=None,
        first_footer=footer, title=f"Invoice {INV}", meta_date="2025-03-31T16:20:00")
