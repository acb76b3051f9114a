# authoring helper: writes ../rental_application.fodt (residential rental application, filled in; PDF form)
from lofodt import Doc, B, I
d = Doc("Rental Application - Tidewater Residential Properties")
n = [0]
def F(v, w, **k):
    n[0] += 1
    return d.field(f"Text{n[0]}", v, w, **k)
def C(v):
    n[0] += 1
    return d.check(f"Check Box{n[0]}", v)

d.table([12.0, 6.79], [[
    ([("P", '<text:span text:style-name="Med">Tidewater Residential Properties, LLC</text:span>'),
      ("L", "Leasing Office · 1200 Colley Ave, Suite 3 · Norfolk, VA 23517 · (757) 555-0148 · leasing@tidewaterresidential.com")], 1),
    ([("R", B("RESIDENTIAL RENTAL APPLICATION")), ("R", "One application per adult (18+) occupant"), ("R", "Application fee $50.00 (non-refundable)")], 1)]], border=False)
d.p(" ", "Sp")

d.p("Property applied for", "H3")
d.table([9.4, 3.1, 3.1, 3.19], [[
    ([("L", "Property address"), ("V", F("418 Wexford Lane, Unit 2B", 9.1))], 1),
    ([("L", "City / ZIP"), ("V", F("Norfolk 23508", 2.8, size=9))], 1),
    ([("L", "Monthly rent"), ("V", F("$2,350.00", 2.8))], 1),
    ([("L", "Security deposit"), ("V", F("$2,350.00", 2.9))], 1)],
   [([("L", "Desired move-in date"), ("V", F("05/01/2025", 9.1))], 1),
    ([("L", "Lease term"), ("V", F("12 months", 2.8, size=9))], 1),
    ([("L", "Number of occupants"), ("V", F("2", 2.8))], 1),
    ([("L", "How did you hear about us?"), ("V", F("Zillow", 2.9, size=9))], 1)]])

d.p("Applicant", "H3")
d.table([9.4, 4.7, 4.69], [[
    ([("L", "Full legal name (first, middle initial, last)"), ("V", F("Marcus D. Ellery", 9.1))], 1),
    ([("L", "Date of birth"), ("V", F("07/22/1990", 4.4))], 1),
    ([("L", "Social Security number"), ("V", F("XXX-XX-3146", 4.4))], 1)],
   [([("L", "E-mail"), ("V", F("marcus.ellery@ghentmail.net", 9.1))], 1),
    ([("L", "Mobile phone"), ("V", F("(757) 555-0172", 4.4))], 1),
    ([("L", "Driver's license no. / state"), ("V", F("T71-442-9083 VA", 4.4, size=9))], 1)],
   [([("L", "Co-applicant / other occupants (name, relationship, age)"), ("V", F("Priya Ellery, spouse, 33 (separate application)", 18.4, size=9))], 3), None, None]])

d.p("Residence history", "H3")
d.table([9.4, 3.1, 3.1, 3.19], [[
    ([("L", "Current address"), ("V", F("77 Raleigh Ave, Apt 4, Norfolk, VA 23507", 9.1, size=9))], 1),
    ([("L", "Current rent"), ("V", F("$1,875.00", 2.8))], 1),
    ([("L", "Moved in"), ("V", F("08/15/2021", 2.8))], 1),
    ([("L", "Lease ends"), ("V", F("04/30/2025", 2.9))], 1)],
   [([("L", "Current landlord / management company"), ("V", F("Ghent Square Apartments - Lori Vance", 9.1, size=9))], 1),
    ([("L", "Landlord phone"), ("V", F("(757) 555-0110", 5.9, size=9))], 2), None,
    ([("L", "Reason for moving"), ("V", F("More space", 2.9, size=8.5))], 1)]])

d.p("Employment and income", "H3")
d.table([9.4, 3.1, 3.1, 3.19], [[
    ([("L", "Current employer"), ("V", F("Tidewater Regional Medical Center", 9.1))], 1),
    ([("L", "Position"), ("V", F("Radiology Tech II", 2.8, size=8.5))], 1),
    ([("L", "Start date"), ("V", F("02/03/2020", 2.8))], 1),
    ([("L", "Gross monthly income"), ("V", F("$7,420.00", 2.9))], 1)],
   [([("L", "Employer address"), ("V", F("600 Gresham Dr, Norfolk, VA 23507", 9.1, size=9))], 1),
    ([("L", "Supervisor / HR contact and phone"), ("V", F("A. Whitlock (757) 555-0190", 5.9, size=9))], 2), None,
    ([("L", "Other monthly income"), ("V", F("$0.00", 2.9))], 1)]])

d.p("Additional information", "H3")
d.table([6.2, 6.3, 6.29], [[
    ([("L", "Pets?"), ("L", C(False) + " Yes   " + C(True) + " No"), ("L", "Type / weight:"), ("V", F("", 5.9))], 1),
    ([("L", "Vehicles (make, model, plate)"), ("V", F("2019 Honda CR-V, VA UKE-4471", 6.0, size=8.5))], 1),
    ([("L", "Ever evicted or refused to pay rent?"), ("L", C(False) + " Yes   " + C(True) + " No"), ("L", "Smoker?  " + C(False) + " Yes   " + C(True) + " No")], 1)],
   [([("L", "Emergency contact (name, relationship, phone)"), ("V", F("Denise Ellery, mother, (804) 555-0133", 18.4, size=9))], 3), None, None]])

d.p("Authorization and signature", "H3")
d.p("I certify that the information in this application is true and complete. I authorize Tidewater Residential Properties, LLC and its agents to verify it, including obtaining consumer credit, criminal background and eviction reports and contacting my employer and landlords. False or incomplete information is grounds for rejection of this application or termination of any lease. The application fee is non-refundable. Approval is subject to a minimum gross monthly income of 2.5 times the monthly rent.", "S")
d.table([12.0, 6.79], [[
    ([("L", "Applicant signature"), ("V", F("Marcus D. Ellery", 11.6))], 1),
    ([("L", "Date"), ("V", F("03/28/2025", 6.4))], 1)]])
d.p(" ", "Sp")
d.table([4.7, 4.7, 4.7, 4.69], [[
    ([("L", B("OFFICE USE")), ("L", "Fee received / method"), ("V", F("$50.00 / card", 4.4, size=9))], 1),
    ([("L", " "), ("L", "Credit score / screening ref."), ("V", F("728 / SCR-88210", 4.4, size=9))], 1),
    ([("L", " "), ("L", "Decision / date"), ("V", F("Approved 04/02/2025", 4.4, size=9))], 1),
    ([("L", " "), ("L", "Leasing agent"), ("V", F("T. Huang", 4.4, size=9))], 1)]])
d.pagebreak()
d.p("Rental criteria and Fair Housing statement", "H2")
for h, t in [("Income.", "Combined gross monthly household income must be at least 2.5 times the monthly rent. Income is verified with two recent pay stubs or an offer letter."),
             ("Credit.", "A credit score of 620 or higher is required. Applicants below 620 may qualify with an additional deposit equal to one month's rent."),
             ("Rental history.", "Two years of verifiable rental history or home ownership are required. Evictions within the past five years result in denial."),
             ("Occupancy.", "Maximum two persons per bedroom plus one additional occupant."),
             ("Holding deposit.", "Upon approval, a holding deposit equal to the security deposit is due within 48 hours to remove the home from the market. It is applied to the security deposit at move-in."),
             ("Fair Housing.", "Tidewater Residential Properties, LLC does business in accordance with the Federal Fair Housing Act and the Virginia Fair Housing Law. We do not discriminate on the basis of race, color, religion, national origin, sex, elderliness, familial status, source of funds, sexual orientation, gender identity, military status or disability.")]:
    d.p(B(h) + " " + t, "S")
d.p("Tidewater Residential Properties, LLC · Licensed in Virginia, firm license 0226-034418 · Equal Housing Opportunity", "L")
open("../rental_application.fodt", "w").write(d.render())
