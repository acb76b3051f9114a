"""s26_08: UK solicitors' invoice with time ledger, 2 pages (LibreOffice, from .fodt)."""
import sys, os
from decimal import Decimal as D
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s26_fodt import Doc
d = Doc(font="Liberation Serif", size=10, margins=("1.5cm", "2.0cm", "1.4cm", "2.0cm"),
        footer="Ashworth Kendrick LLP is a limited liability partnership registered in England and Wales (OC412987), authorised and regulated by the\n"
               "Solicitors Regulation Authority (SRA No. 640218). Registered office: 3 Park Square East, Leeds LS1 2NE. VAT Reg No. GB 284 5519 06.",
        title="Invoice 24117")
d.table([9.0, 8.0], [[
    ("ASHWORTH KENDRICK LLP", {"p": {"size": 18, "bold": True, "caps": True}}),
    ("3 Park Square East\nLeeds LS1 2NE\nDX 26418 Leeds Park Square\nT 0113 496 0725\naccounts@ashworthkendrick.co.uk", {"p": {"size": 8.5, "align": "end"}})],
    [("Solicitors", {"p": {"size": 10, "italic": True}}), ("", {})]])
d.p("", size=8)
d.table([9.5, 7.5], [[
    ("Private & Confidential\nThe Directors\nCalder Valley Joinery Ltd\nUnit 4, Wharf Street Mills\nSowerby Bridge\nHX6 2AF", {"p": {"size": 10}}),
    ("<text:p/>", {})]])
M = {"p": {"size": 9}}
MB = {"p": {"size": 9, "bold": True}}
d.table([4.2, 5.2], [
    [("Invoice No:", MB), ("24117", M)],
    [("Date / Tax point:", MB), ("31 March 2025", M)],
    [("Due date:", MB), ("30 April 2025", M)],
    [("Our ref:", MB), ("CVJ/0012/RK", M)],
    [("Your ref:", MB), ("M. Sutcliffe", M)],
    [("Partner:", MB), ("Rebecca Kendrick", M)]], align="right")
d.p("INVOICE", size=14, bold=True, align="center", before=0.3, after=0.2)
d.p("Matter: Commercial lease renewal – Unit 4, Wharf Street Mills, Sowerby Bridge (landlord: Wharfside Estates Ltd)", bold=True, size=10)
d.p("To our professional charges for acting on your behalf in connection with the renewal of your lease of the above premises "
    "under the Landlord and Tenant Act 1954, Part II, for the period 6 January 2025 to 28 March 2025, including reviewing the "
    "landlord's section 25 notice dated 2 December 2024, negotiating heads of terms, reviewing the draft lease and the schedule of "
    "condition, and advising on the rent review and break provisions, as detailed in the attached time record.", size=9.5, before=0.2, after=0.3)

entries = [
 ("06/01/2025", "RK", "Review s.25 notice and existing lease; initial advice by telephone", "0.8"),
 ("08/01/2025", "OP", "Research renewal timetable; prepare client advice letter", "1.5"),
 ("08/01/2025", "RK", "Approve and send advice letter", "0.5"),
 ("14/01/2025", "AB", "Obtain official copies of freehold and leasehold titles", "1.0"),
 ("16/01/2025", "OP", "Correspondence with landlord's solicitors re counter-notice", "2.0"),
 ("21/01/2025", "AB", "Prepare summary of current lease terms and rent history", "1.5"),
 ("27/01/2025", "RK", "Meeting with M. Sutcliffe at premises; review condition issues", "1.2"),
 ("30/01/2025", "OP", "Review proposed heads of terms; note points for negotiation", "0.7"),
 ("04/02/2025", "AB", "Local authority search application and review of results", "0.8"),
 ("07/02/2025", "OP", "Negotiation call with landlord's solicitors (rent, break clause)", "1.8"),
 ("12/02/2025", "RK", "Advise on revised heads of terms and rent review mechanism", "1.5"),
 ("18/02/2025", "OP", "Review draft lease (first turn); prepare amendments", "2.2"),
 ("20/02/2025", "AB", "Compare draft lease against existing lease; schedule of changes", "1.2"),
 ("25/02/2025", "OP", "Review schedule of condition and photographs", "1.0"),
 ("28/02/2025", "RK", "Settle amendments to draft lease", "0.6"),
 ("06/03/2025", "OP", "Further negotiation of repairing covenant and service charge cap", "1.3"),
 ("11/03/2025", "AB", "Prepare engrossments and SDLT calculation note", "1.0"),
 ("14/03/2025", "RK", "Final review; advise client on execution", "1.0"),
 ("20/03/2025", "OP", "Arrange execution and exchange of counterparts", "0.7"),
 ("28/03/2025", "RK", "Completion of new lease; reporting letter to client", "0.8"),
]
rates = {"RK": D("310"), "OP": D("225"), "AB": D("140")}
TH = {"border": "topbottom", "bg": "#dddddd", "p": {"size": 8.5, "bold": True}}
THR = {"border": "topbottom", "bg": "#dddddd", "p": {"size": 8.5, "bold": True, "align": "end"}}
C = {"border": "light", "p": {"size": 8.5}}
CR = {"border": "light", "p": {"size": 8.5, "align": "end"}}
rows = [[("Date", TH), ("Fee earner", TH), ("Work done", TH), ("Hours", THR), ("Rate £", THR), ("Value £", THR)]]
tot = {k: D(0) for k in rates}
for date, fe, desc, h in entries:
    v = D(h) * rates[fe]
    tot[fe] += D(h)
    rows.append([(date, C), (fe, C), (desc, C), (h, CR), (f"{rates[fe]:,.2f}", CR), (f"{v:,.2f}", CR)])
assert tot == {"RK": D("6.4"), "OP": D("11.2"), "AB": D("5.5")}, tot
d.p("Time record", bold=True, size=10, before=0.2)
d.table([2.1, 1.7, 8.2, 1.4, 1.7, 1.9], rows, header_rows=1)
d.p("RK – Rebecca Kendrick, Partner; OP – Owen Pryce, Associate Solicitor; AB – Aisha Begum, Trainee Solicitor", size=8, italic=True)
d.p("Summary of charges", bold=True, size=11, before=0.4, after=0.1)
S = {"p": {"size": 9.5}}
SR = {"p": {"size": 9.5, "align": "end"}}
SB = {"border": "top", "p": {"size": 9.5, "bold": True}}
SBR = {"border": "top", "p": {"size": 9.5, "bold": True, "align": "end"}}
d.table([11.0, 3.0, 3.0], [
    [("Professional charges", S), ("", S), ("", S)],
    [("   Rebecca Kendrick, Partner – 6.4 hours at £310.00", S), ("1,984.00", SR), ("", S)],
    [("   Owen Pryce, Associate – 11.2 hours at £225.00", S), ("2,520.00", SR), ("", S)],
    [("   Aisha Begum, Trainee – 5.5 hours at £140.00", S), ("770.00", SR), ("5,274.00", SR)],
    [("Courier – engrossments to landlord's solicitors (VATable)", S), ("", S), ("24.00", SR)],
    [("Total subject to VAT", SB), ("", SB), ("5,298.00", SBR)],
    [("VAT at 20%", S), ("", S), ("1,059.60", SR)],
    [("Disbursements not subject to VAT", S), ("", S), ("", S)],
    [("   HM Land Registry official copies (2 × £7.00)", S), ("14.00", SR), ("", S)],
    [("   Local authority search fee – Calderdale Council", S), ("145.00", SR), ("159.00", SR)],
    [("Total of this invoice", SB), ("", SB), ("6,516.60", SBR)],
    [("Less: money held on account (received 14 February 2025)", S), ("", S), ("(1,500.00)", SR)],
    [("BALANCE DUE", {"border": "dbl", "p": {"size": 11, "bold": True}}), ("", {"border": "dbl"}),
     ("£5,016.60", {"border": "dbl", "p": {"size": 11, "bold": True, "align": "end"}})]])
d.p("Payment is due within 30 days of the date of this invoice. Please pay by bank transfer to Ashworth Kendrick LLP Office Account, "
    "Lloyds Bank plc, sort code 30-94-57, account number 61530288, quoting reference 24117. For your security, we will never "
    "notify you of a change to our bank details by email – please telephone us on 0113 496 0725 to verify before making any payment.",
    size=8.5, before=0.4)
d.p("If you are dissatisfied with this invoice, you may be entitled to have our charges assessed by the court under Part III of the "
    "Solicitors Act 1974, and you may complain to the Legal Ombudsman within six years of the act or omission (or three years of "
    "becoming aware of it). Interest may be charged on unpaid invoices at 4% above the Bank of England base rate from the due date.",
    size=8, before=0.2, color="#444444")
d.save(sys.argv[1])
