# authoring helper: writes ../insurance_claim_form.fodt (property loss claim form, filled in, PDF form)
from lofodt import Doc, B, I
d = Doc("Property Loss Claim Form - Northgate Mutual")
F = d.field
C = d.check
d.table([11.0, 7.79], [[
    ([("P", '<text:span text:style-name="Med">NORTHGATE MUTUAL</text:span>'), ("L", "Insurance Company · 900 Capitol Square, Suite 1400 · Columbus, OH 43215"),
      ("L", "Claims 1-800-555-0127 · claims@northgatemutual.com · Fax 614-555-0190")], 1),
    ([("R", B("PROPERTY LOSS NOTICE")), ("R", B("AND CLAIM FORM")), ("R", "Form NM-PL-204 (rev. 08/2023)")], 1)]], border=False)
d.p(" ", "Sp")
d.p("Please complete all sections and return this form with photographs, receipts and repair estimates within 60 days of the date of loss. Fields marked * are required.", "S")

d.p("1. Policy information", "H3")
d.table([4.7, 4.7, 4.7, 4.69], [[
    ([("L", "Policy number *"), ("V", F("txtPolicyNo", "HO-7719-30254", 4.4))], 1),
    ([("L", "Policy period from"), ("V", F("dtPolFrom", "09/01/2024", 4.4))], 1),
    ([("L", "Policy period to"), ("V", F("dtPolTo", "09/01/2025", 4.4))], 1),
    ([("L", "Claim number (assigned by Northgate)"), ("V", F("txtClaimRef", "CLM-2025-0418827", 4.4))], 1)],
   [([("L", "Type of policy"), ("L", C("cbHO3", True) + " Homeowners HO-3   " + C("cbHO4", False) + " Renters HO-4   " + C("cbHO6", False) + " Condo HO-6   " + C("cbDP", False) + " Dwelling fire")], 2), None,
    ([("L", "Agent / agency"), ("V", F("txtAgent", "Buckeye Shield Agency #2207", 4.4, size=8.5))], 1),
    ([("L", "Agent phone"), ("V", F("txtAgentPh", "614-555-0153", 4.4))], 1)]])

d.p("2. Policyholder", "H3")
d.table([9.4, 4.7, 4.69], [[
    ([("L", "Name of insured *"), ("V", F("txtInsured", "Gwendolyn A. Harrow", 9.1))], 1),
    ([("L", "Home phone"), ("V", F("txtPhone1", "614-555-0166", 4.4))], 1),
    ([("L", "Mobile phone"), ("V", F("txtPhone2", "614-555-0181", 4.4))], 1)],
   [([("L", "Mailing address"), ("V", F("txtAddr", "2719 Brookside Dr, Upper Arlington, OH 43221", 9.1, size=9))], 1),
    ([("L", "E-mail"), ("V", F("txtEmail", "g.harrow@brooksidemail.net", 9.0, size=8.5))], 2), None]])

d.p("3. Loss details", "H3")
d.table([4.7, 4.7, 4.7, 4.69], [[
    ([("L", "Date of loss *"), ("V", F("dtLoss", "02/17/2025", 4.4))], 1),
    ([("L", "Approximate time"), ("V", F("txtTime", "06:30 AM", 4.4))], 1),
    ([("L", "Date reported to Northgate"), ("V", F("dtReported", "02/19/2025", 4.4))], 1),
    ([("L", "Loss location same as mailing address"), ("L", C("cbSameAddr", True) + " Yes   " + C("cbOtherAddr", False) + " No")], 1)],
   [([("L", "Cause of loss *"), ("L", C("cbFire", False) + " Fire/smoke   " + C("cbWater", True) + " Water (sudden &amp; accidental)   " + C("cbTheft", False) + " Theft/burglary   " + C("cbWind", False) + " Wind/hail   " + C("cbOther", False) + " Other")], 4), None, None, None],
   [([("L", "Describe how the loss happened"),
      ("V", F("txtDesc1", "Supply line to 2nd-floor bathroom burst during hard freeze; water came through", 18.4, size=8.5)),
      ("V", F("txtDesc2", "kitchen ceiling and soaked family-room floor before main valve was shut off.", 18.4, size=8.5))], 4), None, None, None],
   [([("L", "Police / fire department report (if any)"), ("V", F("txtReport", "N/A", 9.0))], 2), None,
    ([("L", "Emergency mitigation company"), ("V", F("txtMitig", "DryPro Restoration LLC", 9.0))], 2), None]])

d.p("4. Itemized damages", "H3")
rows = [("Drywall and ceiling repair - kitchen (contractor estimate)", "Est. #4471", "3,860.00"),
        ("Engineered hardwood flooring, 210 sq ft, remove/replace", "Est. #4471", "3,412.50"),
        ("Area rug, wool 8x10 (purchased 2022)", "Receipt", "689.00"),
        ("Water extraction and dehumidifier service, 4 days", "Invoice DP-9931", "973.10")]
tr = [[([("L", B("#"))], 1), ([("L", B("Description of damaged property or repair"))], 1), ([("L", B("Documentation"))], 1), ([("L", B("Amount ($)"))], 1)]]
for i, (a, b, c) in enumerate(rows, 1):
    tr.append([([("L", str(i))], 1), ([("V", F(f"txtItem{i}", a, 11.5, size=8.5))], 1), ([("V", F(f"txtDoc{i}", b, 3.0, size=8.5))], 1),
               ([("V", F(f"numAmt{i}", c, 2.8, align="right"))], 1)])
tr.append([([("L", "5")], 1), ([("V", F("txtItem5", "", 11.5))], 1), ([("V", F("txtDoc5", "", 3.0))], 1), ([("V", F("numAmt5", "", 2.8, align="right"))], 1)])
tr.append([([("L", " ")], 1), ([("R", B("Total amount claimed"))], 1), ([("L", " ")], 1), ([("V", F("numTotal", "8,934.60", 2.8, align="right"))], 1)])
tr.append([([("L", " ")], 1), ([("R", "Policy deductible (for information; applied by adjuster)")], 1), ([("L", " ")], 1), ([("V", F("numDeduct", "1,000.00", 2.8, align="right"))], 1)])
d.table([0.7, 11.8, 3.2, 3.09], tr)

d.p("5. Other insurance and mortgagee", "H3")
d.table([9.4, 9.39], [[
    ([("L", "Is there other insurance covering this loss?"), ("L", C("cbOthIns", False) + " Yes   " + C("cbNoOthIns", True) + " No")], 1),
    ([("L", "Mortgage company / loan number"), ("V", F("txtMortg", "Pinecrest Home Lending / 7730055120", 9.0, size=8.5))], 1)]])

d.p("6. Certification", "H3")
d.p("I certify that the information on this form is true and complete to the best of my knowledge. I understand that any person who knowingly and with intent to defraud any insurance company files a statement of claim containing any materially false information, or conceals information concerning any fact material thereto, commits a fraudulent insurance act, which is a crime.", "S")
d.table([12.0, 6.79], [[
    ([("L", "Signature of insured"), ("V", F("txtSig", "Gwendolyn A. Harrow (signed electronically)", 11.6, size=9))], 1),
    ([("L", "Date signed"), ("V", F("dtSigned", "03/02/2025", 6.4))], 1)]])
d.p(" ", "Sp")
d.p("Office use only - Adjuster: " + "R. Okoye" + " · Received 03/03/2025 · File NM-CLM intake batch 0303-14", "L")
d.pagebreak()
d.p("Instructions and required documents", "H2")
for t in ["Photographs of all damaged areas and property, taken before repairs or disposal where possible.",
          "Itemized repair estimates from licensed contractors. Keep damaged materials until the adjuster has inspected them or authorized disposal.",
          "Receipts, invoices or proof of ownership for personal property claimed (credit card statements, photographs, manuals).",
          "Emergency mitigation invoices. Reasonable costs to prevent further damage are covered and do not reduce your coverage limit.",
          "For theft losses, a copy of the police report and a list of stolen items with serial numbers."]:
    d.p("\u2022 " + t, "S")
d.p("What happens next", "H3")
d.p("An adjuster will contact you within 2 business days of receiving this form to schedule an inspection. Payment for covered losses is issued after the deductible shown on your declarations page is applied. If your home is mortgaged, the mortgage company may be named as co-payee on checks for structural repairs.", "S")
d.p("Fraud warning", "H3")
d.p("Any person who knowingly presents a false or fraudulent claim for payment of a loss or benefit, or knowingly presents false information in an application for insurance, is guilty of a crime and may be subject to fines and confinement in prison (Ohio Rev. Code 3999.21).", "S")
d.p("Northgate Mutual Insurance Company, NAIC #41872. Form NM-PL-204 (08/2023). Page 2 of 2.", "L")
open("../insurance_claim_form.fodt", "w").write(d.render())
