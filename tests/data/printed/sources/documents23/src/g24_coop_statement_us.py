"""D24: US farmers' co-op customer statement printed from a midrange ERP as fixed-width text; each
page repeats the report heading and column headings; aging and remittance stub at the end
(enscript + ps2pdf)."""
import sys
from common import fmt
import data

d = data.d24()
OUT = sys.argv[1]
W = 106


def m(x):
    return fmt(x) if x else ""


def head(page, npages):
    L = []
    L.append("GREAT PLAINS FARMERS COOPERATIVE".ljust(56) + "CUSTOMER STATEMENT".rjust(W - 56))
    L.append("1200 ELEVATOR RD  PO BOX 318".ljust(56) + f"STATEMENT DATE:  02/28/25".rjust(W - 56))
    L.append("SEWARD NE 68434-0318  (402) 643-2210".ljust(56) + f"CUSTOMER NO:     {d['customer_number']}".rjust(W - 56))
    L.append("".ljust(56) + f"PAGE {page:>3} OF {npages:>3}".rjust(W - 56))
    L.append("")
    return L


COLS = f"{'DATE':<9}{'REFERENCE':<11}{'DEPT':<7}{'DESCRIPTION':<31}{'QTY':>8} {'UM':<4}{'CHARGES':>11}{'CREDITS':>11}"
COLS2 = f"{'':<9}{'':<11}{'':<7}{'':<29}{'':>8} {'':<4}{'':>11}{'':>11}"
RULE = "-" * W


def txline(t):
    q = ""
    if t["qty"] is not None:
        q = f"{t['qty']:,.1f}" if t["um"] == "TON" else f"{int(t['qty']):,}"
    return (f"{t['date']:%m/%d/%y} {t['ref']:<10} { {'PROPANE': 'LPGAS'}.get(t['dept'], t['dept']):<6} {t['desc'][:30]:<30} {q:>8} {t['um']:<4}"
            f"{m(t['debit']):>11}{m(t['credit']):>11}")


rows = [txline(t) for t in d["tx"]]
bal_col = [fmt(t["bal"]) for t in d["tx"]]
body_lines = [r + b.rjust(W - len(r)) for r, b in zip(rows, bal_col)]

SPLIT = 22
pages = [body_lines[:SPLIT], body_lines[SPLIT:]]
N = len(pages)
out = []
run_bal = d["opening"]
for p, lines in enumerate(pages, 1):
    out += head(p, N)
    if p == 1:
        out += ["BILL TO:", "   DVORAK BROTHERS FARMS", "   ATTN JAMES DVORAK", "   2871 ROAD 215", "   MILFORD NE 68405", ""]
        out += ["TERMS: CHARGES DUE IN FULL BY THE 10TH OF THE MONTH FOLLOWING PURCHASE. A FINANCE CHARGE OF",
                "1.5% PER MONTH (18% ANNUAL PERCENTAGE RATE) IS ADDED TO BALANCES PAST DUE.", ""]
    out.append(COLS + "BALANCE".rjust(W - len(COLS)))
    out.append(RULE)
    if p == 1:
        out.append(f"{'02/01/25':<9}{'':<11}{'':<7}{'BALANCE FORWARD':<31}".ljust(W - 12) + fmt(d["opening"]).rjust(12))
    else:
        out.append(f"{'':<9}{'':<11}{'':<7}{'BALANCE BROUGHT FORWARD':<31}".ljust(W - 12) + pages_bal.rjust(12))
    out += lines
    if p < N:
        pages_bal = lines[-1].split()[-1]
        out.append(RULE)
        out.append(f"{'':<27}{'BALANCE CARRIED FORWARD':<29}".ljust(W - 12) + pages_bal.rjust(12))
        out.append("")
        out.append("*** CONTINUED ON NEXT PAGE ***".center(W))
        out.append("\f")
out.append(RULE)
out.append(f"{'':<27}{'TOTALS THIS STATEMENT':<40}".ljust(W - 34) + f"{fmt(d['charges']):>11}{fmt(d['credits']):>11}" + "".rjust(12))
out.append("")
out.append(f"{'PREVIOUS BALANCE':<24}{'+ CHARGES':<14}{'- CREDITS':<14}{'= NEW BALANCE':<16}")
out.append(f"{fmt(d['opening']):<24}{fmt(d['charges']):<14}{fmt(d['credits']):<14}{fmt(d['closing']):<16}")
out.append("")
out.append(f"{'CURRENT':>14}{'31-60 DAYS':>14}{'61-90 DAYS':>14}{'OVER 90':>14}{'TOTAL DUE':>16}")
out.append(f"{fmt(d['current']):>14}{fmt(d['past_due']):>14}{'0.00':>14}{'0.00':>14}{fmt(d['closing']):>16}")
out.append("")
out.append(f"AMOUNT PAST DUE: {fmt(d['past_due'])}   PLEASE PAY PAST DUE AMOUNT IMMEDIATELY.")
out.append("PATRONAGE: 2024 ALLOCATION $2,772.40 (50% CASH, APPLIED AS CREDIT 02/25/25; 50% RETAINED EQUITY).")
out.append("PREPAY FERTILIZER & SEED FOR 2025 BY 03/15/25 FOR 4% DISCOUNT - SEE YOUR AGRONOMIST.")
out.append("")
out.append("- - - - - - - - - - - - - - - - - DETACH AND RETURN WITH YOUR PAYMENT - - - - - - - - - - - - - - - - -")
out.append("")
out.append("GREAT PLAINS FARMERS COOPERATIVE".ljust(50) + f"CUSTOMER NO:      {d['customer_number']}")
out.append("PO BOX 318".ljust(50) + "STATEMENT DATE:   02/28/25")
out.append("SEWARD NE 68434-0318".ljust(50) + f"AMOUNT PAST DUE:  {fmt(d['past_due'])}")
out.append("".ljust(50) + f"TOTAL AMOUNT DUE: {fmt(d['closing'])}")
out.append("DVORAK BROTHERS FARMS".ljust(50) + "DUE BY:           03/10/25")
out.append("".ljust(50) + "AMOUNT ENCLOSED:  ______________")
open(f"{OUT}/s23_coop_statement_us.txt", "w").write("\n".join(out) + "\n")
