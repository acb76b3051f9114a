# T5 tax package from an investment dealer: cover summary, the T5 slip, notes (fpdf2)
import sys, datetime
from fpdf import FPDF

pdf = FPDF(unit="pt", format="letter")
pdf.set_title("2024 T5 Statement of Investment Income")
pdf.set_author("Laurentian Trust Securities Inc.")
pdf.set_creator("LTS Tax Reporting 7.2")
pdf.set_creation_date(datetime.datetime(2025, 2, 24, 6, 0, tzinfo=datetime.timezone.utc))
pdf.set_auto_page_break(False)
NAVY = (20, 45, 90)

def letterhead():
    pdf.set_fill_color(*NAVY); pdf.rect(0, 0, 612, 8, "F")
    pdf.set_text_color(*NAVY); pdf.set_font("Helvetica", "B", 15); pdf.set_xy(40, 26); pdf.cell(300, 18, "LAURENTIAN TRUST")
    pdf.set_font("Helvetica", "", 8.5); pdf.set_xy(40, 44); pdf.cell(300, 10, "Securities Inc.  |  Member - Canadian Investor Protection Fund")
    pdf.set_text_color(0); pdf.set_font("Helvetica", "", 8)
    pdf.set_xy(352, 26); pdf.multi_cell(220, 10, "1250 boul. René-Lévesque O., bureau 2400\nMontréal QC  H3B 4W8\nClient Services 1-888-555-0146\nlaurentiantrust.ca", align="R")

# ---------------- page 1: cover summary ----------------
pdf.add_page(); letterhead()
pdf.set_font("Helvetica", "", 10); pdf.set_xy(60, 110)
pdf.multi_cell(260, 13, "Beatrice Okonkwo-Hale\n41 Chemin du Lac-Brome\nKnowlton QC  J0E 1V0")
pdf.set_font("Helvetica", "", 8.5); pdf.set_xy(380, 110)
pdf.multi_cell(192, 11, "Account: 62-4471-3  (Non-registered)\nAdvisor: Mathieu Charbonneau\nStatement date: February 24, 2025\nTax year: 2024", align="R")
pdf.set_font("Helvetica", "B", 14); pdf.set_xy(40, 185); pdf.cell(532, 18, "2024 Tax Package - Summary of Tax Slips")
pdf.set_font("Helvetica", "", 9); pdf.set_xy(40, 206)
pdf.multi_cell(532, 12, "This package contains the official tax slips issued for your non-registered account for the 2024 tax year. "
               "Slips for registered plans (RRSP, TFSA, FHSA) are mailed separately. Amended slips, if any, will be issued by April 15, 2025.")
rows = [("Slip", "Description", "Box", "Amount (CAD)"),
        ("T5", "Interest from Canadian sources", "13", "2,318.44"),
        ("T5", "Actual amount of eligible dividends", "24", "1,500.00"),
        ("T5", "Taxable amount of eligible dividends", "25", "2,070.00"),
        ("T5", "Dividend tax credit for eligible dividends", "26", "310.91"),
        ("T5008", "Proceeds of disposition (see separate slip)", "21", "18,604.20"),
        ("T3", "Trust income - issued by fund companies by March 31", "-", "to follow"),
        ("RL-3", "Relevé 3 - Québec investment income", "-", "enclosed")]
y = 250; widths = [60, 300, 50, 122]
for i, r in enumerate(rows):
    x = 40
    pdf.set_font("Helvetica", "B" if i == 0 else "", 9)
    if i == 0:
        pdf.set_fill_color(225, 230, 240); pdf.rect(40, y, 532, 16, "F")
    for j, c in enumerate(r):
        pdf.set_xy(x + 4, y + 3); pdf.cell(widths[j] - 8, 10, c, align="R" if j == 3 else "L"); x += widths[j]
    y += 16; pdf.set_draw_color(190); pdf.line(40, y, 572, y)
pdf.set_draw_color(0)
pdf.set_font("Helvetica", "", 8); pdf.set_xy(40, y + 14)
pdf.multi_cell(532, 10.5, "Income by security (for information only; not a tax slip):\n"
  "  GIC 4.85% due 2026-06-18 ........................ interest 1,412.90\n"
  "  High-interest savings (LTS HISA) ............... interest 905.54\n"
  "  Banque Laurentienne du Canada common ........ eligible dividends 960.00\n"
  "  Fortis Inc. common ................................... eligible dividends 540.00\n\n"
  "Taxable amounts of eligible dividends are the actual amounts grossed up by 38%. The federal dividend tax credit is 15.0198% of the taxable amount.")

# ---------------- page 2: T5 slip (two copies) ----------------
pdf.add_page()
def lab(x, y, w, h, num, en, fr, val="", right=True, fill=False):
    pdf.rect(x, y, w, h)
    if num:
        pdf.set_fill_color(0); pdf.set_text_color(255); pdf.set_font("Helvetica", "B", 6.5)
        pdf.set_xy(x + 1.5, y + 1.5); pdf.cell(pdf.get_string_width(num) + 3, 7.5, num, fill=True)
        pdf.set_text_color(0); off = pdf.get_string_width(num) + 6
    else:
        off = 2
    pdf.set_font("Helvetica", "", 5.4); pdf.set_xy(x + off, y + 1.5); pdf.multi_cell(w - off - 2, 6, en, align="L")
    pdf.set_font("Helvetica", "I", 5.2); pdf.set_x(x + off); pdf.multi_cell(w - off - 2, 6, fr, align="L")
    if val:
        pdf.set_font("Courier", "", 9.5); pdf.set_xy(x + 3, y + h - 12)
        pdf.cell(w - 6, 10, val, align="R" if right else "L")

def slip(y0, copy):
    X = 36; W = 540
    pdf.set_line_width(1.2); pdf.rect(X, y0, W, 318); pdf.set_line_width(0.5)
    pdf.set_font("Helvetica", "B", 8); pdf.set_xy(X + 4, y0 + 5); pdf.cell(200, 9, "Canada Revenue Agency   Agence du revenu du Canada")
    pdf.rect(X + 230, y0 + 4, 70, 28); pdf.set_font("Helvetica", "", 5.5); pdf.set_xy(X + 230, y0 + 5); pdf.cell(70, 6, "Year / Année", align="C")
    pdf.set_font("Helvetica", "B", 14); pdf.set_xy(X + 230, y0 + 13); pdf.cell(70, 16, "2024", align="C")
    pdf.set_font("Helvetica", "B", 20); pdf.set_xy(X + 450, y0 + 2); pdf.cell(86, 20, "T5", align="R")
    pdf.set_font("Helvetica", "B", 8); pdf.set_xy(X + 310, y0 + 22); pdf.cell(226, 9, "STATEMENT OF INVESTMENT INCOME", align="R")
    pdf.set_xy(X + 310, y0 + 31); pdf.cell(226, 9, "ÉTAT DES REVENUS DE PLACEMENTS", align="R")
    cw = W / 5; y = y0 + 44; h = 38
    r1 = [("10", "Actual amount of dividends other than eligible dividends", "Montant réel des dividendes autres que déterminés", ""),
          ("11", "Taxable amount of dividends other than eligible dividends", "Montant imposable des dividendes autres que déterminés", ""),
          ("12", "Dividend tax credit for dividends other than eligible dividends", "Crédit d'impôt pour dividendes autres que déterminés", ""),
          ("18", "Capital gains dividends", "Dividendes sur gains en capital", ""),
          ("", "", "", "")]
    r2 = [("24", "Actual amount of eligible dividends", "Montant réel des dividendes déterminés", "1500.00"),
          ("25", "Taxable amount of eligible dividends", "Montant imposable des dividendes déterminés", "2070.00"),
          ("26", "Dividend tax credit for eligible dividends", "Crédit d'impôt pour dividendes déterminés", "310.91"),
          ("13", "Interest from Canadian sources", "Intérêts de source canadienne", "2318.44"),
          ("14", "Other income from Canadian sources", "Autres revenus de source canadienne", "")]
    r3 = [("15", "Foreign income", "Revenus étrangers", ""), ("16", "Foreign tax paid", "Impôt étranger payé", ""),
          ("17", "Royalties from Canadian sources", "Redevances de source canadienne", ""),
          ("19", "Accrued income: Annuities", "Revenus courus : Rentes", ""),
          ("20", "Resource allowance deduction", "Déduction relative à des ressources", "")]
    for row in (r1, r2, r3):
        for i, (n, en, fr, v) in enumerate(row):
            if n or en:
                lab(X + i * cw, y, cw, h, n, en, fr, v)
            else:
                pdf.set_fill_color(225); pdf.rect(X + i * cw, y, cw, h, "DF")
        y += h
    # ids row
    ids = [("21", "Report code", "Code du feuillet", "O", 70), ("22", "Recipient identification number", "Numéro d'identification du bénéficiaire", "561 204 897", 130),
           ("23", "Recipient type", "Type de bénéficiaire", "1", 70), ("27", "Foreign currency", "Devises étrangères", "", 70),
           ("28", "Transit number", "Numéro de domiciliation", "00214", 90), ("29", "Recipient account number", "Numéro de compte du bénéficiaire", "62-4471-3", 110)]
    x = X
    for n, en, fr, v, w in ids:
        lab(x, y, w, h, n, en, fr, v, right=False); x += w
    y += h
    # name & payer
    pdf.rect(X, y, W / 2, 70); pdf.rect(X + W / 2, y, W / 2, 70)
    pdf.set_font("Helvetica", "", 5.6); pdf.set_xy(X + 3, y + 2)
    pdf.multi_cell(W / 2 - 6, 6.5, "Recipient's name (last name first) and address - Nom, prénom et adresse du bénéficiaire", align="L")
    pdf.set_font("Courier", "", 9.5); pdf.set_xy(X + 6, y + 18); pdf.multi_cell(W / 2 - 10, 11, "OKONKWO-HALE, BEATRICE\n41 CHEMIN DU LAC-BROME\nKNOWLTON QC  J0E 1V0", align="L")
    pdf.set_font("Helvetica", "", 5.6); pdf.set_xy(X + W / 2 + 3, y + 2)
    pdf.multi_cell(W / 2 - 6, 6.5, "Payer's name and address - Nom et adresse du payeur", align="L")
    pdf.set_font("Courier", "", 9.5); pdf.set_xy(X + W / 2 + 6, y + 18)
    pdf.multi_cell(W / 2 - 10, 11, "Laurentian Trust Securities Inc.\n1250 boul. René-Lévesque O., bur. 2400\nMontréal QC  H3B 4W8", align="L")
    y += 74
    pdf.set_font("Helvetica", "", 6.3); pdf.set_xy(X + 3, y); pdf.cell(200, 8, "T5 (24)")
    pdf.set_xy(X + 120, y); pdf.cell(416, 8, copy, align="R")

slip(30, "Protected B when completed / Protégé B une fois rempli      For recipient - Pour le bénéficiaire")
pdf.set_dash_pattern(2, 2); pdf.line(36, 384, 576, 384); pdf.set_dash_pattern()
slip(404, "Protected B when completed / Protégé B une fois rempli      Keep for your records - Conservez pour vos dossiers")
pdf.set_font("Helvetica", "", 6.5); pdf.set_xy(36, 735)
pdf.multi_cell(540, 8, "Report code O = original slip. Recipient type 1 = individual. Laurentian Trust Securities Inc. payer account no. 894431208 RZ0001. "
               "For information on how to report these amounts, see the back of this page.", align="L")

# ---------------- page 3: notes ----------------
pdf.add_page()
pdf.set_font("Helvetica", "B", 11); pdf.set_xy(40, 40); pdf.cell(532, 14, "Information for recipients - T5 Statement of Investment Income")
notes = [
 ("Box 13 - Interest from Canadian sources.", "Report this amount on line 12100 of your return. Include interest from bank accounts, term deposits, GICs and bonds."),
 ("Boxes 24 and 25 - Eligible dividends.", "Report the taxable amount (box 25), not the actual amount (box 24), on line 12000 of your return, and also on line 12010."),
 ("Box 26 - Dividend tax credit for eligible dividends.", "Claim this amount on line 40425 of your return (federal dividend tax credit)."),
 ("Boxes 10, 11 and 12.", "Dividends other than eligible dividends; none were paid to you in 2024."),
 ("Box 18 - Capital gains dividends.", "Report on Schedule 3. None were paid to you in 2024."),
 ("Quebec residents.", "You also receive a Relevé 3 (RL-3) for your Quebec return. The amounts may differ from the T5 because of Quebec's gross-up and credit rates."),
 ("Corrections.", "If information on this slip is wrong, contact Client Services at 1-888-555-0146. Do not change the slip yourself; an amended slip marked 'A' in box 21 will be issued."),
]
y = 62
for h, t in notes:
    pdf.set_xy(40, y); pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(532, 12, f"**{h}** {t}", markdown=True, align="L"); y = pdf.get_y() + 6
pdf.output(sys.argv[1])
