# authoring helper: writes ../change_of_address.fodt (insurer's change-of-address form, typed in and printed to PDF)
from lofodt import Doc, B, I
d = Doc("Change of Address Request - Vance")
X = "\u2612"  # checked box
O = "\u2610"  # empty box
d.table([11.5, 7.29], [[
    ([("P", '<text:span text:style-name="Med">GREENMOUNT MUTUAL LIFE</text:span>'), ("L", "Policyholder Service Center · PO Box 1187 · Hartford, CT 06143-1187"),
      ("L", "Phone 1-800-555-0119 · Fax 1-860-555-0177 · service@greenmountmutual.com")], 1),
    ([("R", B("CHANGE OF ADDRESS")), ("R", B("AND CONTACT DETAILS REQUEST")), ("R", "Form GM-SVC-31 (02/2024)")], 1)]], border=False)
d.p(" ", "Sp")
d.p("Use this form to change the address on file for your policies and accounts. Print clearly or type. A change of address does not change the owner, insured or beneficiary of any policy. Allow 5-7 business days for processing.", "S")

d.p("Section 1 - Policy owner", "H3")
d.table([9.4, 4.7, 4.69], [[
    ([("L", "Owner name (first, middle initial, last)"), ("V", "Theodora L. Vance")], 1),
    ([("L", "Date of birth"), ("V", "11/09/1967")], 1),
    ([("L", "Last 4 of SSN/TIN"), ("V", "8825")], 1)],
   [([("L", "Policy / account number"), ("V", "ML-48120973")], 1),
    ([("L", "Client ID (if known)"), ("V", "C-2207714")], 1),
    ([("L", "Product"), ("V", "Term Life 20")], 1)]])

d.p("Section 2 - Current (old) address on file", "H3")
d.table([9.4, 4.7, 4.69], [[
    ([("L", "Street address"), ("V", "2208 Elm Street, Unit 1")], 1),
    ([("L", "City / State"), ("V", "Burlington, VT")], 1),
    ([("L", "ZIP code"), ("V", "05401")], 1)]])

d.p("Section 3 - New address", "H3")
d.table([9.4, 4.7, 4.69], [[
    ([("L", "New street address (number, street, apt./unit)"), ("V", "77 Quarry Hill Road, Apt 3")], 1),
    ([("L", "City / State"), ("V", "Montpelier, VT")], 1),
    ([("L", "ZIP code"), ("V", "05602")], 1)],
   [([("L", "This is a"), ("L", X + " Permanent change   " + O + " Temporary change (ends on: ________)   " + O + " Seasonal address")], 1),
    ([("L", "Effective date of new address"), ("V", "03/15/2025")], 2), None],
   [([("L", "Apply the new address to"), ("L", X + " All policies and accounts I own   " + O + " Only the policy listed in Section 1   " + O + " Billing address only")], 3), None, None]])

d.p("Section 4 - Contact details (optional)", "H3")
d.table([6.2, 6.3, 6.29], [[
    ([("L", "Home / mobile phone"), ("V", "(802) 555-0138")], 1),
    ([("L", "Work phone"), ("V", "(802) 555-0101 x214")], 1),
    ([("L", "E-mail address"), ("V", "tvance@quarryhill.net")], 1)],
   [([("L", "Preferred contact method"), ("L", O + " Mail   " + X + " E-mail   " + O + " Phone")], 1),
    ([("L", "Go paperless for statements?"), ("L", X + " Yes   " + O + " No")], 1),
    ([("L", "Update payor address too?"), ("L", X + " Yes (I pay the premium)   " + O + " No")], 1)]])

d.p("Section 5 - Signature", "H3")
d.p("I request that Greenmount Mutual Life Insurance Company update its records as shown above. I understand that the change applies only to the policies and accounts indicated and that correspondence already in the mail may still be sent to my old address.", "S")
d.table([9.4, 4.7, 4.69], [[
    ([("L", "Owner signature"), ("V", "Theodora L. Vance")], 1),
    ([("L", "Date signed"), ("V", "03/03/2025")], 1),
    ([("L", "Daytime phone"), ("V", "(802) 555-0138")], 1)],
   [([("L", "Joint owner signature (if any)"), ("V", " ")], 1), ([("L", "Date signed"), ("V", " ")], 1), ([("L", " ")], 1)]])
d.p(" ", "Sp")
d.table([18.79], [[([("L", B("FOR HOME OFFICE USE ONLY")),
    ("L", "Received: 03/05/2025 (fax)    Processed: 03/07/2025    By: JRM    Confirmation letter sent to new address: 03/07/2025    Work item WI-25-066318")], 1, "shade")]])
d.p(" ", "Sp")
d.p("Return this form by mail to Greenmount Mutual Life, Policyholder Service Center, PO Box 1187, Hartford, CT 06143-1187, or by fax to 1-860-555-0177. You can also change your address online at greenmountmutual.com/myaccount. Greenmount Mutual Life Insurance Company, Hartford, CT. NAIC 60718.", "L")
open("../change_of_address.fodt", "w").write(d.render())
