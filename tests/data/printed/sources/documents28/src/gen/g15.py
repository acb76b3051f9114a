from fodt import Doc
import sys
d = Doc(font="Liberation Serif", size="10.5pt", accent="#1e3a2f", margins=("1.5cm", "2.2cm", "1.4cm", "2.4cm"), footer_h="1.9cm")
d.p("KEANE MULCAHY LLP", "H1")
d.p("SOLICITORS · COMMERCIAL PROPERTY · CORPORATE", "S")
d.p("Merrion House, 61 Lower Mount Street, Dublin 2, D02 HX47  ·  DX 109 Dublin  ·  T +353 1 644 2900  ·  accounts@keanemulcahy.ie", "S")
d.p("", "Sp2")
d.table([9.5, 6.9], [[
 "Ms Nora Keating\nFinance Manager\nAldergrove Consulting Ltd\n27 Herbert Place\nDublin 2\nD02 X285",
 "**FEE NOTE**\n\nFee Note No.: 24-00917\nDate: 30 September 2024\nOur Ref: KM/ALD/0042\nYour Ref: N. Keating\nFee earner: Orla Mulcahy, Partner"]],
 cell=lambda r, c: {"left": "0.5pt solid #1e3a2f", "pad": "0.2cm"} if c == 1 else {})
d.p("", "Sp2")
d.p("**Re: Aldergrove Consulting Ltd – rent review and deed of variation of lease of ground and first floors, 27 Herbert Place, Dublin 2; registration of charge and related company filings**")
d.p("", "Sp")
d.p("TO OUR PROFESSIONAL FEE for acting on your behalf in the above matter, including taking your instructions, reviewing the lease dated 1 March 2021 and the landlord's rent review notice, advising on the review mechanism and the comparables put forward by the landlord's agents, negotiating the revised rent and the terms of the deed of variation, attending to execution, stamping and registration, and reporting to you, as more particularly set out in the schedule below.")
d.p("", "Sp")
d.p("Schedule of work", "H2")
hdr = {"bottom": "0.5pt solid #000000", "bg": "#e8efe9"}
rows = [["Date", "Attendance", "Fee earner"],
 ["08/05/2024", "Initial consultation with N. Keating and T. Byrne; taking instructions on landlord's rent review notice", "OM"],
 ["10/05/2024", "Review of lease dated 1 March 2021, rent review clause (clause 5) and schedule of dilapidations", "OM / CD"],
 ["14/05/2024", "Letter of advice on review mechanism, upwards-only provisions and timetable", "OM"],
 ["22/05/2024", "Review of comparable evidence furnished by landlord's agents (Fitzwilliam Quarter Properties DAC)", "CD"],
 ["29/05/2024", "Attendance on your valuer; settling counter-proposal", "OM"],
 ["11/06/2024", "Without-prejudice correspondence with landlord's solicitors", "OM"],
 ["19/06/2024", "Meeting at your offices to review landlord's revised proposal", "OM / CD"],
 ["03/07/2024", "Agreeing revised annual rent of €57,000 with effect from 1 March 2024 and service charge cap", "OM"],
 ["12/07/2024", "Drafting deed of variation; amendments to service charge and insurance recharge provisions", "CD"],
 ["24/07/2024", "Negotiating landlord's comments on draft deed; two rounds of amendments", "CD"],
 ["06/08/2024", "Reporting letter on final form of deed; board resolution for execution", "OM"],
 ["20/08/2024", "Attending to execution under seal and exchange of deeds", "CD"],
 ["27/08/2024", "Preparing stamp duty return (ROS) and paying stamp duty", "CD"],
 ["05/09/2024", "Lodging deed with Property Registration Authority", "CD"],
 ["12/09/2024", "Preparing and filing Form B10 with the Companies Registration Office", "TR"],
 ["26/09/2024", "Closing report and return of title documents", "OM"]]
d.table([2.4, 11.6, 2.4], rows, cell=lambda r, c: hdr if r == 0 else {"bottom": "0.3pt solid #bbbbbb"})
d.p("Fee earners: OM – Orla Mulcahy, Partner; CD – Cian Dunne, Associate Solicitor; TR – Tara Reilly, Legal Executive.", "S")
d.pagebreak()
d.p("Fee Note No. 24-00917 · 30 September 2024 · continued", "S")
d.p("Summary of account", "H2")
tot = {"top": "1pt solid #000000", "bottom": "1pt solid #000000"}
d.table([11.4, 2.5, 2.5], [
 ["Professional fee", "", "€6,800.00"],
 ["VAT @ 23% on professional fee", "", "€1,564.00"],
 ["**Outlays** (not subject to VAT)", "", ""],
 ["Stamp duty on deed of variation (Revenue ROS ref. 2408271195C)", "€1,310.00", ""],
 ["Property Registration Authority – registration fee", "€40.00", ""],
 ["Companies Registration Office – Form B10 filing fee", "€15.00", ""],
 ["Total outlays", "", "€1,365.00"],
 ["**TOTAL DUE**", "", "**€9,729.00**"]],
 cell=lambda r, c: tot if r == 7 else {"bottom": "0.3pt solid #cccccc"}, align=["L", "R", "R"])
d.p("", "Sp")
d.p("Please note that outlays have been discharged by this office on your behalf and are recoverable in full. Amounts received on account: nil.")
d.p("This fee note is issued in accordance with section 150 of the Legal Services Regulation Act 2015 and our letter of engagement dated 8 May 2024. If you wish to dispute any part of this account, please contact us in the first instance; you are also entitled to refer the matter to the Legal Services Regulatory Authority or to the Office of the Legal Costs Adjudicator.")
d.p("", "Sp")
d.p("**Payment** is due within 21 days. Please remit by electronic transfer to our office account, quoting the fee note number:")
d.table([4.0, 9.0], [
 ["Account name", "Keane Mulcahy LLP Office Account"],
 ["Bank", "Bank of Ireland, 2 College Green, Dublin 2"],
 ["IBAN", "IE17 BOFI 9000 1734 4122 89"],
 ["BIC", "BOFIIE2D"]], cell=lambda r, c: {"pad": "0.04cm"})
d.p("", "Sp2")
d.p("Orla Mulcahy\nPartner\nfor and on behalf of Keane Mulcahy LLP")
d.set_footer([16.4], [[
 "Keane Mulcahy LLP is a limited liability partnership registered in Ireland, regulated by the Law Society of Ireland and the Legal Services Regulatory Authority.\nPartners: Declan Keane, Orla Mulcahy, Fiachra O'Neill, Aisling Ward.  VAT Reg. No. IE 6388172PV."]], align=["C"])
d.save(sys.argv[1], "Fee Note 24-00917")
