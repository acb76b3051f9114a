# authoring helper: writes ../ga_withholding_2024.txt (payroll system report printed with enscript)
import random
random.seed(34)
months = [("JAN", 4201.37, "02/15/2024"), ("FEB", 4188.90, "03/15/2024"), ("MAR", 4449.84, "04/15/2024"),
          ("APR", 4302.15, "05/15/2024"), ("MAY", 4376.08, "06/17/2024"), ("JUN", 4424.33, "07/15/2024"),
          ("JUL", 4350.62, "08/15/2024"), ("AUG", 4298.71, "09/16/2024"), ("SEP", 4362.65, "10/15/2024"),
          ("OCT", 4410.09, "11/15/2024"), ("NOV", 4387.26, "12/16/2024"), ("DEC", 4566.07, "01/15/2025")]
qw = [313905.12, 321448.70, 318207.85, 330998.77]
TW, TT = 1284560.44, 52318.07
assert round(sum(qw), 2) == TW and round(sum(m[1] for m in months), 2) == TT
first = ["Avery","Brianna","Carlos","Dana","Elijah","Farah","Grant","Hannah","Isaiah","Jolene","Kendra","Luis","Monique",
         "Nolan","Opal","Preston","Quinn","Rosalind","Silas","Tamika","Ulrich","Vanessa","Wesley"]
last = ["Pruitt","Okonjo","Villareal","McKinnon","Hargrove","Siddiqui","Tolliver","Baptiste","Crenshaw","Delgado","Easterly",
        "Fontaine","Gallow","Ibarra","Jessup","Kowalczyk","Lattimore","Moreau","Nakashima","Oduya","Pettaway","Rinaldi","Stroud"]
# split totals over 23 employees in cents, deterministic
n = 23
w = [random.randint(28000, 98000) for _ in range(n)]
s = sum(w); wc = [int(TW * 100 * x / s) for x in w]; wc[-1] += int(round(TW * 100)) - sum(wc)
tc = [int(TT * 100 * x / sum(wc)) for x in wc]; tc[-1] += int(round(TT * 100)) - sum(tc)
assert sum(wc) == round(TW * 100) and sum(tc) == round(TT * 100)
f = lambda c: f"{c/100:,.2f}"
L = []
def hdr(page):
    L.append("MAGNOLIA RIDGE DENTAL PARTNERS PC                                  RUN DATE: 01/17/2025  14:22")
    L.append(f"PEACHPAY PAYROLL SERVICES  v12.4                                   REPORT  : STW-ANN-GA  PAGE {page} OF 2")
    L.append("")
hdr(1)
L += ["                       STATE INCOME TAX WITHHOLDING - ANNUAL SUMMARY",
      "                                   TAX YEAR 2024",
      "          STATE OF GEORGIA  -  DEPARTMENT OF REVENUE  -  FORM G-1003 RECONCILIATION WORKSHEET",
      "",
      "EMPLOYER NAME ..........: Magnolia Ridge Dental Partners PC",
      "TRADE NAME .............: Magnolia Ridge Family Dentistry",
      "ADDRESS ................: 415 Peachtree Industrial Blvd, Suite 120, Suwanee, GA 30024",
      "FEDERAL EIN ............: 58-3391046",
      "GA WITHHOLDING NO. .....: 2817745-KM",
      "GA DOL ACCOUNT NO. .....: 071-4412-08   (unemployment insurance - not part of this summary)",
      "DEPOSIT FREQUENCY ......: MONTHLY",
      "G-1003 / W-2 DUE DATE ..: 01/31/2025",
      "",
      "QUARTER  PERIOD                      GA WAGES    GA TAX WITHHELD        DEPOSITED   DIFFERENCE",
      "-------  ---------------------  -------------  -----------------  --------------  -----------"]
qt = [sum(m[1] for m in months[i*3:i*3+3]) for i in range(4)]
per = ["01/01/2024-03/31/2024", "04/01/2024-06/30/2024", "07/01/2024-09/30/2024", "10/01/2024-12/31/2024"]
for i in range(4):
    L.append(f"Q{i+1}       {per[i]}  {qw[i]:>13,.2f}  {qt[i]:>17,.2f}  {qt[i]:>14,.2f}  {0:>11.2f}")
L.append("                                -------------  -----------------  --------------  -----------")
L.append(f"TOTALS                          {TW:>13,.2f}  {TT:>17,.2f}  {TT:>14,.2f}  {0:>11.2f}")
L += ["", "MONTHLY DEPOSIT DETAIL (GTC ELECTRONIC PAYMENTS)", "",
      "MONTH  PAYMENT DATE  CONFIRMATION     AMOUNT      MONTH  PAYMENT DATE  CONFIRMATION     AMOUNT",
      "-----  ------------  ------------  ---------      -----  ------------  ------------  ---------"]
for i in range(6):
    a, b = months[i], months[i + 6]
    L.append(f"{a[0]:5}  {a[2]:12}  GTC{740210+i*37:09d}  {a[1]:>9,.2f}      {b[0]:5}  {b[2]:12}  GTC{740210+(i+6)*37:09d}  {b[1]:>9,.2f}")
L += ["", "G-1003 TRANSMITTAL FIGURES", "",
      "  A. NUMBER OF W-2 FORMS ATTACHED / UPLOADED ..............................          23",
      "  B. FEDERAL WAGES (W-2 BOX 1, FOR INFORMATION) ...........................  1,302,118.90",
      "  C. GEORGIA WAGES (W-2 BOX 16) ...........................................  " + f"{TW:,.2f}",
      "  D. GEORGIA INCOME TAX WITHHELD (W-2 BOX 17) .............................     " + f"{TT:,.2f}",
      "  E. TAX DEPOSITED PER GTC RECORDS ........................................     " + f"{TT:,.2f}",
      "  F. BALANCE DUE / (OVERPAYMENT) (D MINUS E) ..............................          0.00",
      "",
      "NOTE: FILE G-1003 AND W-2 DATA THROUGH GEORGIA TAX CENTER BY 01/31/2025. LATE FILING PENALTY",
      "      $25 PER DAY UP TO $10,000. RETAIN THIS WORKSHEET FOR 4 YEARS.",
      "",
      "PREPARED BY: K. OSTRANDER, PAYROLL ADMINISTRATOR      REVIEWED BY: D. HOLLOWAY, CFO     01/17/2025",
      "\f"]
hdr(2)
L += ["EMPLOYEE DETAIL - GEORGIA WAGES AND WITHHOLDING, TAX YEAR 2024", "",
      "EMP#   EMPLOYEE NAME               SSN (LAST 4)      GA WAGES      GA TAX W/H   FILING STATUS",
      "-----  --------------------------  ------------  ------------  ------------   -------------"]
stat = ["S", "MFJ", "MFS", "HOH"]
for i in range(n):
    nm = f"{last[i].upper()}, {first[i].upper()}"
    L.append(f"{1001+i*7:05d}  {nm:26}  XXX-XX-{random.randint(1000,9999)}  {f(wc[i]):>12}  {f(tc[i]):>12}   {random.choice(stat)}")
L.append("                                                 ------------  ------------")
L.append(f"TOTAL  23 EMPLOYEES                               {TW:>12,.2f}  {TT:>12,.2f}")
L += ["", "*** END OF REPORT STW-ANN-GA ***"]
open("../ga_withholding_2024.txt", "w").write("\n".join(L) + "\n")
