"""US industrial distributor invoice, ERP line-printer style, enscript + ps2pdf, 5 pages."""
import random
from common import *

rnd = random.Random(1710)
CAT = [
    ("HHCS12-13X2G5", "HHCS 1/2-13 X 2 GR5 ZP", "C", "38.4200"),
    ("HHCS12-13X3G5", "HHCS 1/2-13 X 3 GR5 ZP", "C", "51.9000"),
    ("HN12-13G5", "HEX NUT 1/2-13 GR5 ZP", "C", "9.8700"),
    ("FW12SAE", "FLAT WASHER 1/2 SAE ZP", "C", "4.1500"),
    ("LW12", "SPLIT LOCK WASHER 1/2 ZP", "C", "3.6200"),
    ("SHCSM8X25", "SHCS M8-1.25 X 25 CL12.9 BLK OX", "C", "22.7400"),
    ("SHCSM10X40", "SHCS M10-1.5 X 40 CL12.9 BLK OX", "C", "41.3000"),
    ("HNM8", "HEX NUT M8-1.25 CL8 ZP", "C", "3.9800"),
    ("FHSCS14-20X1", "FHSCS 1/4-20 X 1 ALLOY BLK", "C", "14.2600"),
    ("BHSCS10-24X12", "BHSCS #10-24 X 1/2 SS18-8", "C", "12.8800"),
    ("SETSC38-16X12", "SOC SET SCR CUP 3/8-16 X 1/2", "C", "11.4000"),
    ("THRD58-11X36", "THREADED ROD 5/8-11 X 36 ZP", "EA", "6.8400"),
    ("ANCH12X4WDG", "WEDGE ANCHOR 1/2 X 4-1/4 ZP", "C", "86.5000"),
    ("NYLN38-16", "NYLON INSERT LOCKNUT 3/8-16 ZP", "C", "7.9200"),
    ("DOWL14X1", "DOWEL PIN 1/4 X 1 ALLOY", "C", "18.3500"),
    ("RIVT316X38AL", "BLIND RIVET 3/16 GRIP .251-.375 AL", "M", "42.6000"),
    ("CLVP516X2", "CLEVIS PIN 5/16 X 2 ZP", "EA", "0.8700"),
    ("EBOLT38X4", "EYEBOLT 3/8-16 X 4 FORGED GALV", "EA", "7.2500"),
    ("TAPHSS14-20", "TAP HSS 1/4-20 PLUG 4FL", "EA", "9.6000"),
    ("DRL2564COB", "DRILL BIT 25/64 JOBBER COBALT", "EA", "6.1900"),
    ("LOCTITE242", "THREADLOCKER BLUE 242 50ML", "EA", "24.9500"),
    ("ZIPT8BLK", "CABLE TIE 8IN 50LB BLK UV 100PK", "BX", "8.4000"),
]
DIV = {"C": 100, "M": 1000, "EA": 1, "BX": 1}
items = []
for ln in range(1, 103):
    code, desc, um, price = CAT[(ln - 1) % len(CAT)] if ln <= len(CAT) else rnd.choice(CAT)
    if um in ("C", "M"):
        ordq = rnd.choice([200, 300, 500, 1000, 1500, 2000, 2500, 5000])
    else:
        ordq = rnd.choice([6, 10, 12, 20, 24, 36, 50])
    ship = ordq
    if rnd.random() < 0.07:
        ship = 0
    elif rnd.random() < 0.06:
        ship = ordq // 2
    bo = ordq - ship
    ext = q2(D(ship) * D(price) / DIV[um])
    items.append((ln, code, desc, ordq, ship, bo, um, price, ext))
subtotal = sum(i[8] for i in items)
freight = D("312.50")
tax = q2(subtotal * D("0.0725"))
total = subtotal + freight + tax
disc = q2(subtotal * D("0.02"))
print(subtotal, tax, total, disc)

NP = 5
sizes = [18, 23, 23, 23, len(items) - 87]
pages = chunk(items, sizes)
RULE = "-" * 100


def hdr(p):
    return [
        "GREAT LAKES FASTENER SUPPLY, INC.                                                  I N V O I C E",
        "4410 W. INDUSTRIAL PKWY                                              INVOICE NO:   00718842",
        "TOLEDO, OH 43615-1208                                                INVOICE DATE: 03/21/2025",
        "PHONE (419) 555-0143   FAX (419) 555-0144                            PAGE:         %d OF %d" % (p, NP),
        "",
    ]


COLS = "LN  ITEM NUMBER     DESCRIPTION                         ORD   SHIP   B/O UM    UNIT PRICE    EXT AMOUNT"
out = []
run = D(0)
for p, its in enumerate(pages, 1):
    L = hdr(p)
    if p == 1:
        L += [
            "REMIT TO: GREAT LAKES FASTENER SUPPLY, INC., PO BOX 88213, CHICAGO, IL 60680-8213",
            "FEIN 34-1872265",
            "",
            "SOLD TO:  HOL0142                                   SHIP TO:",
            "HOLLISTER MACHINE WORKS LLC                         HOLLISTER MACHINE WORKS LLC - PLANT 2",
            "ATTN: ACCOUNTS PAYABLE                              RECEIVING DOCK 4",
            "1290 CARROLLTON RD                                  2215 INDUSTRIAL DR",
            "FINDLAY OH 45840                                    FINDLAY OH 45840",
            "",
            RULE,
            "CUST PO NO     ORDER NO    ORDER DATE  SHIP DATE   SHIP VIA        TERMS           DUE DATE",
            "HMW-45127      SO-229104   03/14/2025  03/19/2025  ESTES FREIGHT   2% 10 NET 30    04/20/2025",
            RULE,
            "SALESPERSON: D. KOWALSKI     CUST NO: HOL0142     BOL: ES-7781204     PRO: 0418-552301",
        ]
    else:
        L += ["SOLD TO: HOL0142  HOLLISTER MACHINE WORKS LLC            CUST PO NO: HMW-45127   ORDER NO: SO-229104"]
    L += [RULE, COLS, RULE]
    if p > 1:
        L.append(f"{'':61}BALANCE FORWARD FROM PAGE {p - 1}: {us(run):>13}")
    for ln, code, desc, ordq, ship, bo, um, price, ext in its:
        L.append(f"{ln:3d} {code:<15} {desc:<34} {ordq:5d} {ship:6d} {bo:5d} {um:<3} {price:>12} {us(ext):>13}")
        run += ext
    L.append(RULE)
    if p < NP:
        L.append(f"{'':61}PAGE SUBTOTAL:        {us(sum(i[8] for i in its)):>13}")
        L.append(f"{'':61}CUMULATIVE TOTAL:     {us(run):>13}")
        L.append(f"{'':61}*** CONTINUED ON NEXT PAGE ***")
    else:
        L += [
            f"{'':56}MERCHANDISE SUBTOTAL:          {us(subtotal):>13}",
            f"{'':56}FREIGHT:                       {us(freight):>13}",
            f"{'':56}SALES TAX (HANCOCK CO 7.25%):  {us(tax):>13}",
            f"{'':56}INVOICE TOTAL:                 {us(total):>13}",
            f"{'':56}LESS PAYMENTS/CREDITS:         {'0.00':>13}",
            f"{'':56}AMOUNT DUE:                    {us(total):>13}",
            "",
            f"TERMS 2% 10 NET 30: DEDUCT ${us(disc)} IF PAID BY 03/31/2025. NET AMOUNT DUE BY 04/20/2025.",
            "BACKORDERED ITEMS (B/O) WILL SHIP AND BE INVOICED SEPARATELY WHEN AVAILABLE.",
            "PAST DUE ACCOUNTS ARE SUBJECT TO A SERVICE CHARGE OF 1.5% PER MONTH (18% ANNUAL).",
            "TAX EXEMPT CUSTOMERS MUST HAVE A VALID OHIO STEC-B CERTIFICATE ON FILE.",
        ]
    # pad to fixed footer position
    while len(L) < 64:
        L.append("")
    L.append("ALL CLAIMS FOR SHORTAGES OR DAMAGE MUST BE MADE WITHIN 10 DAYS OF RECEIPT. NO RETURNS WITHOUT RMA.")
    L.append("THANK YOU FOR YOUR BUSINESS  *  WWW.GREATLAKESFASTENER.COM  *  AR@GREATLAKESFASTENER.COM")
    assert max(len(x) for x in L) <= 104, max(len(x) for x in L)
    assert len(L) <= 66, len(L)
    out.append("\n".join(L))
write("10_invoice_us.txt", "\n\f".join(out) + "\n")

truth("10_invoice_us.pdf", {
    "invoice_number": "00718842",
    "invoice_date": "2025-03-21",
    "due_date": "2025-04-20",
    "customer_name": "HOLLISTER MACHINE WORKS LLC",
    "po_number": "HMW-45127",
    "subtotal": float(subtotal),
    "sales_tax": float(tax),
    "total": float(total),
}, {"invoice_number": "text", "invoice_date": "date", "due_date": "date", "customer_name": "text", "po_number": "text",
    "subtotal": "amount", "sales_tax": "amount", "total": "amount"},
    "US industrial-fastener distributor invoice printed by an ERP in monospace (enscript + ps2pdf, Courier), 5 pages, "
    "102 lines. Every page repeats seller, INVOICE NO, INVOICE DATE, PAGE n OF 5, a SOLD TO/PO line and the column heading. "
    "Page 1: REMIT TO PO box, SOLD TO / SHIP TO side by side (customer_name twice, ship-to adds ' - PLANT 2'), header row "
    "table with CUST PO NO, ORDER NO, ORDER DATE 03/14/2025, SHIP DATE 03/19/2025 (distractor dates), TERMS, DUE DATE "
    "(values on the line under the labels). Unit prices with 4 decimals per C/M (per 100/1000), backorders with 0.00 ext. "
    "Pages 1-4 end with PAGE SUBTOTAL and CUMULATIVE TOTAL, pages 2-5 start with BALANCE FORWARD (distractors). Last page: "
    "MERCHANDISE SUBTOTAL (subtotal), FREIGHT, SALES TAX (HANCOCK CO 7.25%) (sales_tax), INVOICE TOTAL (total) = AMOUNT DUE, "
    "early-payment discount amount and date 03/31/2025 (distractors). US formats.")
