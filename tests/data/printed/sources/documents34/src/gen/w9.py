# authoring helper: writes ../w9_castellanos.fodt (Form W-9 filled in, exported as a PDF form)
from lofodt import Doc, B, I
d = Doc("Form W-9 (Rev. March 2024) - Castellanos Field Surveys LLC")
P = "topmostSubform[0].Page1[0]."
F = lambda n, v, w, **k: d.field(P + n, v, w, **k)
C = lambda n, v: d.check(P + n, v)

d.table([3.4, 11.2, 4.19], [[
    ([("L", "Form"), ("P", '<text:span text:style-name="Big">W-9</text:span>'), ("L", "(Rev. March 2024)"),
      ("L", "Department of the Treasury Internal Revenue Service")], 1),
    ([("C", '<text:span text:style-name="Med">Request for Taxpayer</text:span>'),
      ("C", '<text:span text:style-name="Med">Identification Number and Certification</text:span>'),
      ("L", " "), ("C", "Go to " + I("www.irs.gov/FormW9") + " for instructions and the latest information.")], 1),
    ([("P", B("Give form to the requester.")), ("P", B("Do not send to the IRS."))], 1)]])
d.p(B("Before you begin.") + " For guidance related to the purpose of Form W-9, see " + I("Purpose of Form") + ", below.", "S")

cls = ("L", C("c1_1[0]", True) + " Individual/sole proprietor  " + C("c1_1[1]", False) + " C corporation  "
       + C("c1_1[2]", False) + " S corporation  " + C("c1_1[3]", False) + " Partnership  " + C("c1_1[4]", False) + " Trust/estate")
cls2 = ("L", C("c1_1[5]", False) + " LLC. Enter the tax classification (C = C corporation, S = S corporation, P = Partnership) . . . "
        + F("f1_03[0]", "", 1.0, height_cm=0.45))
cls3 = ("L", C("c1_1[6]", False) + " Other (see instructions) " + F("f1_04[0]", "", 5.0, height_cm=0.45))
d.table([13.3, 5.49], [
    [([("L", B("1") + " Name of entity/individual. An entry is required. (For a sole proprietor or disregarded entity, enter the owner's name on line 1, and enter the business/disregarded entity's name on line 2.)"),
       ("V", F("f1_01[0]", "Devon R. Castellanos", 18.4))], 2), None],
    [([("L", B("2") + " Business name/disregarded entity name, if different from above."),
       ("V", F("f1_02[0]", "Castellanos Field Surveys LLC", 18.4))], 2), None],
    [([("L", B("3a") + " Check the appropriate box for federal tax classification of the entity/individual whose name is entered on line 1. Check " + B("only one") + " of the following seven boxes."),
       cls, cls2, cls3,
       ("L", B("Note:") + " Check the \u201cLLC\u201d box above and, in the entry space, enter the appropriate code (C, S, or P) for the tax classification of the LLC, unless it is a disregarded entity. A disregarded entity should instead check the appropriate box for the tax classification of its owner."),
       ("L", B("3b") + " If on line 3a you checked \u201cPartnership\u201d or \u201cTrust/estate,\u201d or checked \u201cLLC\u201d and entered \u201cP\u201d as its tax classification, and you are providing this form to a partnership, trust, or estate in which you have an ownership interest, check this box if you have any foreign partners, owners, or beneficiaries. " + C("c1_2[0]", False))], 1),
     ([("L", B("4") + " Exemptions (codes apply only to certain entities, not individuals; see instructions on page 3):"),
       ("L", "Exempt payee code (if any) " + F("f1_05[0]", "", 1.2, height_cm=0.45)),
       ("L", "Exemption from Foreign Account Tax Compliance Act (FATCA) reporting code (if any) " + F("f1_06[0]", "", 1.2, height_cm=0.45)),
       ("L", I("(Applies to accounts maintained outside the United States.)"))], 1)],
    [([("L", B("5") + " Address (number, street, and apt. or suite no.). See instructions."),
       ("V", F("f1_07[0]", "2190 Harlan Ridge Rd, Suite 4", 12.9))], 1),
     ([("L", "Requester's name and address (optional)"),
       ("V", F("f1_09[0]", "Ironvale Construction Partners", 5.2, size=8)),
       ("V", F("f1_10[0]", "600 Walnut St, Denver, CO 80204", 5.2, size=8))], 1)],
    [([("L", B("6") + " City, state, and ZIP code"), ("V", F("f1_08[0]", "Boulder, CO 80302", 12.9))], 1), ("", 1)],
    [([("L", B("7") + " List account number(s) here (optional)"), ("V", F("f1_11[0]", "Vendor 40-2281", 18.4))], 2), None],
])

d.p(" ", "Sp")
d.table([2.2, 16.59], [[([("P", B("Part I"))], 1, "shade"), ([("P", B("Taxpayer Identification Number (TIN)"))], 1)]])
d.table([12.0, 6.79], [[
    ([("S", "Enter your TIN in the appropriate box. The TIN provided must match the name given on line 1 to avoid backup withholding. For individuals, this is generally your social security number (SSN). However, for a resident alien, sole proprietor, or disregarded entity, see the instructions for Part I, later. For other entities, it is your employer identification number (EIN). If you do not have a number, see " + I("How to get a TIN") + ", later."),
      ("S", B("Note:") + " If the account is in more than one name, see the instructions for line 1. See also " + I("What Name and Number To Give the Requester") + " for guidelines on whose number to enter.")], 1),
    ([("L", B("Social security number")),
      ("V", F("f1_12[0]", "", 1.1, align="center") + " \u2013 " + F("f1_13[0]", "", 0.9, align="center") + " \u2013 " + F("f1_14[0]", "", 1.4, align="center")),
      ("L", " "), ("L", B("or")), ("L", B("Employer identification number")),
      ("V", F("f1_15[0]", "88", 0.9, align="center") + " \u2013 " + F("f1_16[0]", "1047352", 2.6, align="center"))], 1)]])

d.p(" ", "Sp")
d.table([2.2, 16.59], [[([("P", B("Part II"))], 1, "shade"), ([("P", B("Certification"))], 1)]])
d.p("Under penalties of perjury, I certify that:", "S")
for i, t in enumerate([
    "The number shown on this form is my correct taxpayer identification number (or I am waiting for a number to be issued to me); and",
    "I am not subject to backup withholding because (a) I am exempt from backup withholding, or (b) I have not been notified by the Internal Revenue Service (IRS) that I am subject to backup withholding as a result of a failure to report all interest or dividends, or (c) the IRS has notified me that I am no longer subject to backup withholding; and",
    "I am a U.S. citizen or other U.S. person (defined below); and",
    "The FATCA code(s) entered on this form (if any) indicating that I am exempt from FATCA reporting is correct."], 1):
    d.p(f"{i}. {t}", "S")
d.p(B("Certification instructions.") + " You must cross out item 2 above if you have been notified by the IRS that you are currently subject to backup withholding because you have failed to report all interest and dividends on your tax return.", "S")
d.table([2.2, 11.0, 5.59], [[
    ([("P", B("Sign Here"))], 1, "shade"),
    ([("L", "Signature of U.S. person"), ("V", F("f1_17[0]", "/s/ Devon R. Castellanos", 10.6))], 1),
    ([("L", "Date"), ("V", F("f1_18[0]", "01/14/2025", 5.1))], 1)]])
d.p(" ", "Sp")
d.p(B("General Instructions"), "H2")
d.p("Section references are to the Internal Revenue Code unless otherwise noted.", "S")
d.p(B("Future developments.") + " For the latest information about developments related to Form W-9 and its instructions, such as legislation enacted after they were published, go to " + I("www.irs.gov/FormW9") + ".", "S")
d.p("Cat. No. 10231X                                                                                                    Form W-9 (Rev. 3-2024)", "L")

d.pagebreak()
d.p("Form W-9 (Rev. 3-2024)                                                                                                                                              Page 2", "L")
d.p("What's New", "H2")
d.p(B("Line 3a modified and new line 3b added.") + " Line 3a has been modified to clarify how a disregarded entity completes this line. An LLC that is a disregarded entity should check the appropriate box for the tax classification of its owner. Otherwise, it should check the \u201cLLC\u201d box and enter its appropriate tax classification.", "S")
d.p(B("New line 3b") + " has been added to this form. A flow-through entity is required to complete this line to indicate that it has direct or indirect foreign partners, owners, or beneficiaries when it provides the Form W-9 to another flow-through entity in which it has an ownership interest.", "S")
d.p("Purpose of Form", "H2")
d.p("An individual or entity (Form W-9 requester) who is required to file an information return with the IRS is giving you this form because they must obtain your correct taxpayer identification number (TIN), which may be your social security number (SSN), individual taxpayer identification number (ITIN), adoption taxpayer identification number (ATIN), or employer identification number (EIN), to report on an information return the amount paid to you, or other amount reportable on an information return. Examples of information returns include, but are not limited to, the following.", "S")
for t in ["Form 1099-INT (interest earned or paid).", "Form 1099-DIV (dividends, including those from stocks or mutual funds).",
          "Form 1099-MISC (various types of income, prizes, awards, or gross proceeds).", "Form 1099-NEC (nonemployee compensation).",
          "Form 1099-K (merchant card and third-party network transactions).", "Form 1098 (home mortgage interest), 1098-E (student loan interest), and 1098-T (tuition)."]:
    d.p("\u2022 " + t, "S")
d.p(B("Use Form W-9 only if you are a U.S. person (including a resident alien), to provide your correct TIN.") + " If you do not return Form W-9 to the requester with a TIN, you might be subject to backup withholding. See " + I("What is backup withholding") + ", later.", "S")
d.p("By signing the filled-out form, you:", "S")
d.p("1. Certify that the TIN you are giving is correct (or you are waiting for a number to be issued); 2. Certify that you are not subject to backup withholding; 3. Claim exemption from backup withholding if you are a U.S. exempt payee; and 4. Certify to your non-foreign status for purposes of withholding under chapter 3 or 4 of the Code (if applicable).", "S")
d.p("What is backup withholding?", "H3")
d.p("Persons making certain payments to you must under certain conditions withhold and pay to the IRS 24% of such payments. This is called \u201cbackup withholding.\u201d Payments that may be subject to backup withholding include, but are not limited to, interest, tax-exempt interest, dividends, broker and barter exchange transactions, rents, royalties, nonemployee pay, payments made in settlement of payment card and third-party network transactions, and certain payments from fishing boat operators.", "S")
d.p("Line 1", "H3")
d.p("You must enter one of the following on this line; " + B("do not") + " leave this line blank. The name should match the name on your tax return. " + B("b. Sole proprietor.") + " Enter your individual name as shown on your 2023 income tax return on line 1. You may enter your business, trade, or \u201cdoing business as\u201d (DBA) name on line 2. " + B("c. Disregarded entity.") + " In general, a business entity that has a single owner, including an LLC, and is not a corporation, is disregarded as an entity separate from its owner. Enter the owner's name on line 1 and the disregarded entity's name on line 2.", "S")
open("../w9_castellanos.fodt", "w").write(d.render())
