# Form 1099-MISC (Copy B) as a payer's accounting package prints it on plain paper (fpdf2)
import sys
from fpdf import FPDF

pdf = FPDF(unit="pt", format="letter")
pdf.set_creator("Redfern Orchard Holdings LP - AP 1099 module")
pdf.set_title("2024 Form 1099-MISC - Sorokina")
pdf.set_auto_page_break(False)
pdf.set_creation_date(__import__("datetime").datetime(2025, 1, 29, 9, 0, 0, tzinfo=__import__("datetime").timezone.utc))

def box(x, y, w, h, label, value="", vsize=10, align="L", dollar=False, shade=False):
    if shade:
        pdf.set_fill_color(225, 225, 225); pdf.rect(x, y, w, h, style="FD")
    else:
        pdf.rect(x, y, w, h)
    pdf.set_font("Helvetica", "", 6)
    pdf.set_xy(x + 2, y + 1.5)
    pdf.multi_cell(w - 4, 6.6, label, align="L")
    if dollar:
        pdf.set_font("Helvetica", "", 8); pdf.set_xy(x + 2, y + h - 13); pdf.cell(8, 10, "$")
    if value:
        pdf.set_font("Courier", "", vsize)
        if align == "R":
            pdf.set_xy(x + 10, y + h - 14); pdf.cell(w - 14, 11, value, align="R")
        else:
            lines = value.split("\n")
            yy = y + h - 4 - 11 * len(lines)
            for ln in lines:
                pdf.set_xy(x + 4, yy); pdf.cell(w - 8, 11, ln); yy += 11

def checkbox(x, y, checked=False):
    pdf.rect(x, y, 8, 8)
    if checked:
        pdf.set_font("Helvetica", "B", 8); pdf.set_xy(x, y); pdf.cell(8, 8, "X", align="C")

def form(y0, copy_label, copy_note):
    X0, W = 36, 540
    L = 250            # left column width
    M = 190            # middle (two box columns of 95)
    xm, xr = X0 + L, X0 + L + M
    bw = M / 2
    # corrected line
    pdf.set_font("Helvetica", "", 7)
    pdf.set_xy(X0, y0 - 11); pdf.cell(W, 9, "VOID      CORRECTED", align="C")
    # left column
    box(X0, y0, L, 84, "PAYER'S name, street address, city or town, state or province, country, ZIP or foreign postal code, and telephone no.",
        "Redfern Orchard Holdings LP\n7730 Orchard Loop Rd\nWenatchee, WA 98801\n(509) 555-0131", vsize=9)
    box(X0, y0 + 84, L / 2, 30, "PAYER'S TIN", "26-4471903")
    box(X0 + L / 2, y0 + 84, L / 2, 30, "RECIPIENT'S TIN", "XXX-XX-5519")
    box(X0, y0 + 114, L, 30, "RECIPIENT'S name", "Elena V. Sorokina")
    box(X0, y0 + 144, L, 30, "Street address (including apt. no.)", "1402 Okanogan Ave, Unit C")
    box(X0, y0 + 174, L, 30, "City or town, state or province, country, and ZIP or foreign postal code", "Wenatchee, WA 98801")
    box(X0, y0 + 204, L * 0.62, 40, "Account number (see instructions)", "ROH-1099-0077")
    box(X0 + L * 0.62, y0 + 204, L * 0.19, 40, "FATCA filing requirement")
    checkbox(X0 + L * 0.62 + 19, y0 + 230)
    box(X0 + L * 0.81, y0 + 204, L * 0.19, 40, "2nd TIN not.")
    checkbox(X0 + L * 0.81 + 19, y0 + 230)
    # middle column: boxes
    rows = [("1 Rents", "18600.00", "2 Royalties", "2435.75"),
            ("3 Other income", "1200.00", "4 Federal income tax withheld", "0.00"),
            ("5 Fishing boat proceeds", "", "6 Medical and health care payments", ""),
            ("7 Payer made direct sales totaling $5,000 or more of consumer products to recipient for resale", "CB",
             "8 Substitute payments in lieu of dividends or interest", ""),
            ("9 Crop insurance proceeds", "", "10 Gross proceeds paid to an attorney", ""),
            ("11 Fish purchased for resale", "", "12 Section 409A deferrals", ""),
            ("14 Excess golden parachute payments", "", "15 Nonqualified deferred compensation", "")]
    y = y0 + 40
    # top-right header area above boxes 1/2
    pdf.set_font("Helvetica", "", 6); pdf.set_xy(xm + 2, y0 + 2); pdf.cell(90, 7, "OMB No. 1545-0115")
    pdf.set_font("Helvetica", "", 7); pdf.set_xy(xm + 2, y0 + 12); pdf.cell(40, 8, "Form")
    pdf.set_font("Helvetica", "B", 12); pdf.set_xy(xm + 20, y0 + 10); pdf.cell(80, 12, "1099-MISC")
    pdf.set_font("Helvetica", "", 6); pdf.set_xy(xm + 2, y0 + 24); pdf.cell(90, 7, "(Rev. January 2024)")
    pdf.set_font("Helvetica", "", 6); pdf.set_xy(xm + bw + 4, y0 + 8); pdf.cell(80, 7, "For calendar year")
    pdf.set_font("Helvetica", "B", 16); pdf.set_xy(xm + bw + 4, y0 + 16); pdf.cell(80, 16, "2024")
    pdf.rect(xm, y0, M, 40)
    for (l1, v1, l2, v2) in rows:
        h = 28 if not l1.startswith("7 ") else 36
        if v1 == "CB":
            box(xm, y, bw, h, l1); checkbox(xm + bw - 14, y + h - 12)
        else:
            box(xm, y, bw, h, l1, v1, align="R", dollar=True)
        box(xm + bw, y, bw, h, l2, v2, align="R", dollar=True)
        y += h
    # right column title
    pdf.rect(xr, y0, W - L - M, 244)
    pdf.set_font("Helvetica", "B", 11.5)
    pdf.set_xy(xr + 4, y0 + 10); pdf.multi_cell(W - L - M - 8, 14, "Miscellaneous\nInformation", align="R")
    pdf.set_font("Helvetica", "B", 10); pdf.set_xy(xr + 6, y0 + 70); pdf.cell(80, 12, copy_label)
    pdf.set_font("Helvetica", "", 6.2); pdf.set_xy(xr + 6, y0 + 86); pdf.multi_cell(W - L - M - 12, 7.4, copy_note, align="L")
    # state row
    ys = y0 + 250
    box(X0, ys, L, 34, "13 Reserved / see instructions", shade=True)
    box(xm, ys, bw, 34, "16 State tax withheld", "", align="R", dollar=True)
    box(xm + bw, ys, bw, 34, "17 State/Payer's state no.", "WA")
    box(xr, ys, W - L - M, 34, "18 State income", "", align="R", dollar=True)
    pdf.set_font("Helvetica", "", 6.5)
    pdf.set_xy(X0, ys + 38)
    pdf.cell(W, 8, "Form 1099-MISC (Rev. 1-2024)        (keep for your records)        www.irs.gov/Form1099MISC        Department of the Treasury - Internal Revenue Service")

pdf.add_page()
form(48, "Copy B", "For Recipient\n\nThis is important tax information and is being furnished to the IRS. If you are required to file a return, a negligence penalty or other sanction may be imposed on you if this income is taxable and the IRS determines that it has not been reported.")
pdf.set_dash_pattern(dash=2, gap=2); pdf.line(36, 396, 576, 396); pdf.set_dash_pattern()
form(420, "Copy 2", "To be filed with recipient's state income tax return, when required.")

# back: instructions
pdf.add_page()
pdf.set_font("Helvetica", "B", 11); pdf.set_xy(36, 40); pdf.cell(300, 14, "Instructions for Recipient")
txt = [
 ("Recipient's taxpayer identification number (TIN).", "For your protection, this form may show only the last four digits of your TIN (social security number (SSN), individual taxpayer identification number (ITIN), adoption taxpayer identification number (ATIN), or employer identification number (EIN)). However, the payer has reported your complete TIN to the IRS."),
 ("Account number.", "May show an account or other unique number the payer assigned to distinguish your account."),
 ("Amounts shown may be subject to self-employment (SE) tax.", "Individuals should see the Instructions for Schedule SE (Form 1040). Corporations, fiduciaries, or partnerships must report the amounts on the appropriate line of their tax returns."),
 ("Box 1.", "Report rents from real estate on Schedule E (Form 1040). However, report rents on Schedule C (Form 1040) if you provided significant services to the tenant, sold real estate as a business, or rented personal property as a business."),
 ("Box 2.", "Report royalties from oil, gas, or mineral properties; copyrights; and patents on Schedule E (Form 1040). However, report payments for a working interest as explained in the Schedule E (Form 1040) instructions. For royalties on timber, coal, and iron ore, see Pub. 544."),
 ("Box 3.", "Generally, report this amount on the \"Other income\" line of Schedule 1 (Form 1040) and identify the payment. The amount shown may be payments received as the beneficiary of a deceased employee, prizes, awards, taxable damages, Indian gaming profits, or other taxable income."),
 ("Box 4.", "Shows backup withholding or withholding on Indian gaming profits. Generally, a payer must backup withhold if you did not furnish your TIN. Include this amount on your income tax return as tax withheld."),
 ("Box 7.", "If checked, consumer products totaling $5,000 or more were sold to you for resale, on a buy-sell, a deposit-commission, or other basis."),
 ("Boxes 16-18.", "Show state or local income tax withheld from the payments."),
 ("Future developments.", "For the latest information about developments related to Form 1099-MISC and its instructions, such as legislation enacted after they were published, go to www.irs.gov/Form1099MISC."),
]
y = 62
for head, body in txt:
    pdf.set_xy(36, y)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(540, 11, f"**{head}** {body}", markdown=True)
    y = pdf.get_y() + 5
pdf.set_xy(36, y + 14); pdf.set_font("Helvetica", "", 8)
pdf.multi_cell(540, 10, "Payments detail (for your records): Box 1 - lease of orchard parcel 7 and packing shed, Jan-Dec 2024 (12 x 1,550.00). "
               "Box 2 - license of 'Sorokina Gala' variety, crop year 2023, paid 11/15/2024. Box 3 - orchard tour hosting stipend, paid 08/30/2024. "
               "Questions: Redfern Orchard Holdings LP, Accounts Payable, (509) 555-0131.")
pdf.output(sys.argv[1])
