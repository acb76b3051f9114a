# authoring helper: writes ../p60_2024-25.fodt (P60 printed on plain paper by payroll software)
from lofodt import Doc, B, I
d = Doc("P60 End of Year Certificate 2024-25 - Pritchard", page=("21.0cm", "29.7cm"), margin="1.3cm")
W = 18.4
d.table([11.4, 7.0], [[
    ([("L", "Taff Valley Precision Engineering Ltd"), ("L", "Unit 7, Capital Business Park, Cardiff CF3 2PZ"), ("L", " "), ("L", " "),
      ("P", "Mr Gareth O. Pritchard"), ("P", "14 Heol y Deri"), ("P", "Rhiwbina"), ("P", "Cardiff"), ("P", "CF14 6HF")], 1),
    ([("R", '<text:span text:style-name="Big">P60</text:span>'), ("R", B("End of Year Certificate")), ("R", "Tax year to 5 April 2025"),
      ("L", " "), ("R", "Payroll run: 2024-25 week 52 / month 12"), ("R", "Printed 17/04/2025")], 1)]], border=False)
d.p(" ", "Sp")
d.p(B("To the employee:") + " Please keep this certificate in a safe place as you will need it if you have to fill in a tax return. You can also use it to check that your employer is deducting the right type of National Insurance contributions for you and using your correct National Insurance number. By law you are required to tell HM Revenue and Customs about any income that is not fully taxed, even if you are not sent a tax return.", "S")
d.table([6.0, 6.2, 3.2, 3.0], [[
    ([("L", "Surname"), ("V", "PRITCHARD")], 1),
    ([("L", "Forenames or initials"), ("V", "Gareth O.")], 1),
    ([("L", "National Insurance number"), ("V", "JT 58 20 41 D")], 1),
    ([("L", "Works/payroll no."), ("V", "TVP-00862")], 1)]])
d.p("Pay and Income Tax details", "H2")
d.table([7.4, 5.5, 5.5], [
    [([("L", " ")], 1), ([("L", B("Pay"))], 1), ([("L", B("Tax deducted"))], 1)],
    [([("P", "In previous employment(s)")], 1), ([("R", "£ 6,210.00")], 1), ([("R", "£ 784.60")], 1)],
    [([("P", "In this employment")], 1), ([("R", "£ 41,236.80")], 1), ([("R", "£ 5,727.40")], 1)],
    [([("P", B("Total for year"))], 1), ([("R", B("£ 47,446.80"))], 1), ([("R", B("£ 6,512.00"))], 1)],
    [([("P", "Final tax code")], 1), ([("V", "1257L")], 2), None],
])
d.p(I("If a tax refund was due in this employment it is shown as a negative figure, e.g. -£ 25.00. Pay in this employment is after deduction of pension contributions made under a net pay arrangement (£ 2,061.84)."), "S")
d.p("National Insurance contributions in this employment", "H2")
d.table([2.2, 3.4, 4.2, 4.2, 4.4], [
    [([("L", B("NIC table letter"))], 1), ([("L", B("Earnings at the Lower Earnings Limit (LEL) (where earnings are equal to or exceed the LEL)"))], 1),
     ([("L", B("Earnings above the LEL, up to and including the Primary Threshold (PT)"))], 1),
     ([("L", B("Earnings above the PT, up to and including the Upper Earnings Limit (UEL)"))], 1),
     ([("L", B("Employee's contributions due on all earnings above the PT"))], 1)],
    [([("C", "A")], 1), ([("R", "£ 6,396.00")], 1), ([("R", "£ 6,174.00")], 1), ([("R", "£ 28,666.80")], 1), ([("R", "£ 2,293.34")], 1)],
])
d.p("Statutory payments included in the pay 'In this employment' figure above", "H2")
d.table([4.6, 4.6, 4.6, 4.6], [
    [([("L", "Statutory Maternity Pay")], 1), ([("L", "Statutory Paternity Pay")], 1), ([("L", "Statutory Adoption Pay")], 1), ([("L", "Shared Parental Pay")], 1)],
    [([("R", "£ 0.00")], 1), ([("R", "£ 0.00")], 1), ([("R", "£ 0.00")], 1), ([("R", "£ 0.00")], 1)],
])
d.p("Other details", "H2")
d.table([9.2, 9.2], [
    [([("L", "Student Loan deductions in this employment (whole £s only)"), ("R", "£ 1,104")], 1),
     ([("L", "Postgraduate Loan deductions in this employment (whole £s only)"), ("R", "£ 0")], 1)],
])
d.p("Certificate by Employer/Paying Office", "H2")
d.p("This form shows your total pay for Income Tax purposes in this employment for the year. Any overtime, bonus, commission etc, Statutory Sick Pay, Statutory Maternity Pay, Statutory Paternity Pay, Statutory Shared Parental Pay, Statutory Parental Bereavement Pay or Statutory Adoption Pay is included.", "S")
d.table([11.4, 7.0], [[
    ([("L", "Employer name and address"), ("V", "Taff Valley Precision Engineering Ltd"), ("V", "Unit 7, Capital Business Park"), ("V", "Cardiff CF3 2PZ")], 1),
    ([("L", "Employer PAYE reference"), ("V", "120/ZB48211"), ("L", " "), ("L", "Accounts Office reference"), ("V", "120PZ00048211")], 1)]])
d.p(" ", "Sp")
d.p("P60(Substitute)(Taff Valley Precision Engineering Ltd)   HMRC approval ref. SUB/P60/2024/118   Produced by PayWise Payroll 24.3", "L")
d.pagebreak()
d.p("Notes for the employee", "H2")
for h, t in [
    ("Keep this form.", "You will need it if you have to fill in a Self Assessment tax return, to claim tax credits or Universal Credit, or to show proof of your income (for example when applying for a loan or a mortgage)."),
    ("Pay and tax figures.", "'In this employment' is the pay and tax for the period you worked for Taff Valley Precision Engineering Ltd in the tax year 6 April 2024 to 5 April 2025. 'In previous employment(s)' is the figure from the P45 you gave us when you joined on 3 June 2024."),
    ("Tax code.", "Your final tax code 1257L is the code in use at 5 April 2025. If you think it is wrong, contact HMRC at gov.uk/tax-codes or on 0300 200 3300."),
    ("National Insurance.", "Table letter A is the standard rate for most employees. The main rate of employee Class 1 contributions was 8% for the whole of 2024-25."),
    ("Student Loan.", "Deductions were made under Plan 2 at 9% of earnings above the threshold. The Student Loans Company will update your balance from the figures we report."),
    ("Questions.", "Contact the Payroll Office, Taff Valley Precision Engineering Ltd, 029 2055 0177, payroll@taffvalleyprecision.co.uk. Do not send this form to HMRC.")]:
    d.p(B(h) + " " + t, "S")
open("../p60_2024-25.fodt", "w").write(d.render())
