"""Single source of truth for set43: every document, its ground-truth values and the
exact form in which each value is printed in the PDF's text layer.

Each field is (name, value[, printed[, page]]):
  value   - the normalised truth (dates ISO YYYY-MM-DD, amounts plain decimals with '.'
            and no grouping, identifiers exactly as printed)
  printed - the string as it appears in the document's text layer (may contain NBSP
            or thin spaces where the source uses them); None means same as value.
  page    - for values that the layout puts after page 1: the page they must be found on.
"""

DOCS = []


def doc(file, title, src, producer, country, lang, pages, conventions, fields):
    DOCS.append(dict(file=file, title=title, src=src, producer=producer, country=country,
                     lang=lang, pages=pages, conventions=conventions,
                     fields=[_field(*f) for f in fields]))


def _field(name, value, printed=None, page=None):
    """-> dict(name, value, printed, page); page = the page (1-based) on which the printed
    form must be found, when the layout puts it after page 1 (None: any page)."""
    return dict(name=name, value=value, printed=value if printed is None else printed, page=page)


# conventions helpers: number style, numeric date order, month-name language
def conv(number, date_order, month_lang=None, note=None):
    c = {"number_style": number, "numeric_date_order": date_order, "month_name_language": month_lang}
    if note:
        c["note"] = note
    return c


doc("01_contract_note_gb.pdf", "Equity contract note (purchase)", "01_contract_note_gb.rl.py",
    "ReportLab platypus", "GB", "en", 1, conv("1,234.56", "DMY", None),
    [("vendor", "Harrowgate Stockbrokers Ltd"),
     ("trade_date", "2025-03-14", "14/03/2025"),
     ("settlement_date", "2025-03-18", "18/03/2025"),
     ("isin", "GB00BQ7KD382"),
     ("quantity", "1250", "1,250"),
     ("price", "4.3820", "\u00a34.3820"),
     ("gross_amount", "5477.50", "5,477.50"),
     ("commission", "11.95"),
     ("stamp_duty", "27.39"),
     ("net_amount", "5516.84", "5,516.84")])

doc("02_consolidated_tax_cert_gb.pdf", "Consolidated tax certificate 2024/25", "02_consolidated_tax_cert_gb.tex",
    "pdflatex", "GB", "en", 2, conv("1,234.56", "DMY", "en"),
    [("vendor", "Kestrel Bridge Investment Services Limited"),
     ("account_holder", "Mrs Imogen R. Tallis"),
     ("account_number", "KB 7730 1862"),
     ("period_start", "2024-04-06", "6 April 2024"),
     ("period_end", "2025-04-05", "5 April 2025"),
     ("uk_dividends", "1842.37", "1,842.37"),            # p1 total + p2 summary
     ("foreign_dividends", "612.80", None, 2),
     ("foreign_tax_withheld", "91.92", None, 2),
     ("gross_interest", "214.56", None, 2),
     ("total_income", "2669.73", "2,669.73", 2)])

doc("03_composite_1099_us.pdf", "Composite Form 1099 (DIV/INT/MISC + 1099-B summary) 2024", "03_composite_1099_us.chromium.html",
    "Chromium headless", "US", "en", 2, conv("1,234.56", "MDY", None),
    [("vendor", "Redwater Clearing & Brokerage, Inc."),
     ("account_number", "7741-3892"),
     ("statement_date", "2025-02-14", "02/14/2025"),
     ("total_ordinary_dividends", "3418.62", "3,418.62"),
     ("qualified_dividends", "2906.14", "2,906.14"),
     ("capital_gain_distributions", "412.00"),
     ("foreign_tax_paid", "56.31"),
     ("total_proceeds", "48915.30", "48,915.30", 2),
     ("cost_basis", "44207.85", "44,207.85", 2),
     ("realized_gain", "4707.45", "4,707.45", 2)])

doc("04_rsu_release_us.pdf", "RSU release (vesting) confirmation", "04_rsu_release_us.wk.html",
    "wkhtmltopdf", "US", "en", 1, conv("1,234.56", "MDY", None),
    [("vendor", "Summitline Equity Plan Services, LLC"),
     ("account_holder", "Priya Venkataraman"),
     ("grant_number", "RSU-2022-00417"),
     ("vest_date", "2025-05-15", "05/15/2025"),
     ("quantity", "240"),
     ("fmv_per_share", "187.42", "$187.42"),
     ("gross_amount", "44980.80", "$44,980.80"),
     ("shares_withheld", "99"),
     ("net_shares", "141"),
     ("total_tax_withheld", "18478.12", "$18,478.12")])

doc("05_prsa_statement_ie.pdf", "PRSA annual benefit statement 2024", "05_prsa_statement_ie.lo.fodt",
    "LibreOffice (flat ODT)", "IE", "en", 2, conv("1,234.56", "DMY", "en"),
    [("vendor", "Ardnacrusha Life & Pensions DAC"),
     ("account_holder", "Ms Siobhán Ní Bhriain"),
     ("policy_number", "PRSA-0048813-2"),
     ("statement_date", "2025-02-14", "14/02/2025"),
     ("period_start", "2024-01-01", "1 January 2024"),
     ("period_end", "2024-12-31", "31 December 2024"),
     ("opening_value", "84215.30", "84,215.30", 2),
     ("contributions", "9000.00", "9,000.00", 2),
     ("management_fee", "-972.45", "(972.45)", 2),
     ("closing_value", "100355.72", "100,355.72", 2)])

doc("06_margin_statement_ca.pdf", "Margin account monthly statement", "06_margin_statement_ca.ms",
    "groff -ms + tbl", "CA", "en", 1, conv("1,234.56", "YMD", "en", "long dates as 'March 31, 2025'"),
    [("vendor", "Lakeshore Direct Investing Inc."),
     ("account_number", "5TR-84417-M"),
     ("period_start", "2025-03-01", "March 1, 2025"),
     ("period_end", "2025-03-31", "March 31, 2025"),
     ("opening_loan_balance", "48250.00", "48,250.00"),
     ("closing_loan_balance", "47930.28", "47,930.28"),
     ("interest_rate", "7.20", "7.20%"),
     ("interest_charged", "292.88"),
     ("market_value", "142880.00", "142,880.00"),
     ("excess_margin", "52085.72", "52,085.72")])

doc("07_dividend_statement_au.pdf", "Share registry dividend statement (fully franked)", "07_dividend_statement_au.fpdf.py",
    "fpdf2", "AU", "en", 1, conv("1,234.56", "DMY", "en"),
    [("vendor", "Wattlebrook Resources Limited"),
     ("abn", "16 618 402 751"),
     ("account_number", "X0041827735"),
     ("record_date", "2025-02-28", "28 February 2025"),
     ("payment_date", "2025-03-27", "27 March 2025"),
     ("quantity", "4200", "4,200"),
     ("dividend_per_share", "0.48", "$0.48"),
     ("net_dividend", "2016.00", "$2,016.00"),
     ("franking_credit", "864.00", "$864.00")])

doc("08_kiwisaver_statement_nz.pdf", "KiwiSaver annual member statement", "08_kiwisaver_statement_nz.lo.html",
    "LibreOffice (HTML import)", "NZ", "en", 1, conv("1,234.56", "DMY", "en"),
    [("vendor", "Tōtara Peak Investment Management Limited"),
     ("account_holder", "Aroha Whitcombe"),
     ("ird_number", "138-407-209"),
     ("period_start", "2024-04-01", "1 April 2024"),
     ("period_end", "2025-03-31", "31 March 2025"),
     ("opening_value", "46812.44", "$46,812.44"),
     ("member_contributions", "3120.00", "$3,120.00"),
     ("employer_contributions", "1638.00", "$1,638.00"),
     ("government_contribution", "521.43", "$521.43"),
     ("closing_value", "56635.49", "$56,635.49")])

doc("09_fee_invoice_sg.pdf", "Discretionary management fee tax invoice (quarterly, GST)", "09_fee_invoice_sg.rlc.py",
    "ReportLab canvas", "SG", "en", 1, conv("1,234.56", "DMY", "en"),
    [("vendor", "Merlion Ridge Wealth Partners Pte. Ltd."),
     ("customer", "Tan Wei Ling Family Trust"),
     ("invoice_number", "MRWP-INV-2025-0412"),
     ("invoice_date", "2025-04-07", "07 Apr 2025"),
     ("period_start", "2025-01-01", "01/01/2025"),
     ("period_end", "2025-03-31", "31/03/2025"),
     ("management_fee", "13774.57", "13,774.57"),
     ("vat_amount", "1239.71", "1,239.71"),
     ("total", "15014.28", "15,014.28"),
     ("due_date", "2025-05-07", "07 May 2025")])

doc("10_fx_spot_confirmation_hk.pdf", "FX spot deal confirmation", "10_fx_spot_confirmation_hk.enscript.txt",
    "enscript + ps2pdf", "HK", "en", 1, conv("1,234.56", "DMY", "en", "dates as '23 APR 2025'; MT300 block uses YYYYMMDD and 7,7562"),
    [("vendor", "Victoria Harbour Commercial Bank Limited"),
     ("customer", "Lantau Crest Family Office Limited"),
     ("trade_reference", "FXS-250423-00917"),
     ("trade_date", "2025-04-23", "23 APR 2025"),
     ("value_date", "2025-04-25", "25 APR 2025"),
     ("buy_currency", "USD"),
     ("buy_amount", "500000.00", "500,000.00"),
     ("sell_currency", "HKD"),
     ("sell_amount", "3878100.00", "3,878,100.00"),
     ("exchange_rate", "7.7562")])

doc("11_contract_note_in.pdf", "Equity contract note cum tax invoice (sale, NSE)", "11_contract_note_in.chromium.html",
    "Chromium headless", "IN", "en", 2, conv("12,34,567.89 (Indian lakh grouping)", "DMY", None),
    [("vendor", "Deccan Arc Securities Pvt. Ltd."),
     ("account_number", "DAS7731904"),
     ("trade_date", "2025-02-18", "18/02/2025"),
     ("settlement_date", "2025-02-19", "19/02/2025"),
     ("isin", "INE391K01014"),
     ("quantity", "1250", "1,250"),
     ("price", "1842.35", "1,842.35"),
     ("gross_amount", "2302937.50", "23,02,937.50", 2),
     ("stt", "-2303.00", "(2,303.00)", 2),
     ("net_amount", "2300527.47", "23,00,527.47", 2)])

doc("12_annuity_payment_za.pdf", "Living annuity income payment advice", "12_annuity_payment_za.tex",
    "pdflatex", "ZA", "en", 1, conv("1 234,56", "DMY", "en"),
    [("vendor", "Karoo Ridge Life Limited"),
     ("account_holder", "Mr Johannes P. van der Merwe"),
     ("policy_number", "LA-00731946"),
     ("tax_number", "0148726359"),
     ("payment_date", "2025-03-25", "25 March 2025"),
     ("drawdown_rate", "5.50", "5,50%"),
     ("fund_value", "4036363.64", "R 4 036 363,64"),
     ("gross_amount", "18500.00", "18 500,00"),
     ("withholding_tax", "3212.45", "3 212,45"),
     ("net_amount", "15287.55", "15 287,55")])

doc("13_jahressteuerbescheinigung_de.pdf", "Jahressteuerbescheinigung 2024 (annual tax certificate)", "13_jahressteuerbescheinigung_de.ms",
    "groff -ms + tbl", "DE", "de", 2, conv("1.234,56", "DMY", None),
    [("vendor", "Rheinauen Privatbank AG"),
     ("account_holder", "Dr. Katharina Lindqvist-Berger"),
     ("account_number", "4471 028 193"),
     ("statement_date", "2025-02-12", "12.02.2025"),
     ("capital_income", "8412.37", "8.412,37"),
     ("gains_share_sales", "2950.00", "2.950,00"),
     ("allowance_used", "1000.00", "1.000,00"),
     ("capital_gains_tax", "1756.94", "1.756,94", 2),
     ("solidarity_surcharge", "96.63", "96,63", 2),
     ("foreign_tax_credited", "96.15", "96,15", 2)])

doc("14_dividendengutschrift_at.pdf", "Dividendengutschrift (dividend credit advice, KESt)", "14_dividendengutschrift_at.wk.html",
    "wkhtmltopdf", "AT", "de", 1, conv("1.234,56", "DMY", None),
    [("vendor", "Salzachtaler Bankhaus AG"),
     ("account_number", "0031-447190"),
     ("isin", "AT0000A3FK29"),
     ("quantity", "600"),
     ("dividend_per_share", "1.85", "1,85"),
     ("gross_dividend", "1110.00", "1.110,00"),
     ("withholding_tax", "-305.25", "-305,25"),
     ("net_dividend", "804.75", "804,75"),
     ("ex_date", "2025-04-22", "22.04.2025"),
     ("payment_date", "2025-04-24", "24.04.2025")])

doc("15_steuerauszug_ch.pdf", "Steuerauszug 2024 (Swiss tax statement / securities register)", "15_steuerauszug_ch.chromium.html",
    "Chromium headless", "CH", "de", 1, conv("1'234.56", "DMY", None),
    [("vendor", "Bankhaus Limmatblick AG"),
     ("account_holder", "Reto Gubler-Amstutz"),
     ("account_number", "0417-882150-01"),
     ("iban", "CH04 0688 2004 4718 9220 7"),
     ("period_end", "2024-12-31", "31.12.2024"),
     ("statement_date", "2025-01-24", "24.01.2025"),
     ("tax_value", "1284613.40", "1'284'613.40"),
     ("gross_income_with_wht", "18420.60", "18'420.60"),
     ("gross_income_without_wht", "7315.90", "7'315.90"),
     ("withholding_tax", "6447.21", "6'447.21")])

N = "\u202f"   # narrow no-break space, French thousands separator

doc("16_avis_opere_obligation_fr.pdf", "Avis d'opéré – bond purchase with accrued coupon", "16_avis_opere_obligation_fr.lo.fodt",
    "LibreOffice (flat ODT)", "FR", "fr", 1, conv("1\u202f234,56 (narrow no-break space)", "DMY", None),
    [("vendor", "Banque Vauclair & Associés"),
     ("account_number", "CT 0021 9883 41"),
     ("trade_date", "2025-03-10", "10/03/2025"),
     ("settlement_date", "2025-03-12", "12/03/2025"),
     ("isin", "FR001400QZ70"),
     ("nominal", "50000", "50" + N + "000 EUR"),
     ("price", "98.420", "98,420 %"),
     ("accrued_interest", "1202.05", "1" + N + "202,05"),
     ("commission", "98.42", "98,42"),
     ("net_amount", "50510.47", "50" + N + "510,47")])

doc("17_capital_call_es.pdf", "Private-equity capital call notice (solicitud de desembolso)", "17_capital_call_es.rl.py",
    "ReportLab platypus", "ES", "es", 2, conv("1.234,56", "DMY", "es"),
    [("vendor", "Meseta Capital Partners II, FCR"),
     ("customer", "Inversiones Garrigós Albiñana, S.L."),
     ("notice_date", "2025-03-03", "3 de marzo de 2025"),
     ("due_date", "2025-03-17", "17 de marzo de 2025"),
     ("commitment", "2000000.00", "2.000.000,00"),
     ("call_percentage", "6.50", "6,50 %"),
     ("capital_call_amount", "130000.00", "130.000,00"),
     ("management_fee", "17500.00", "17.500,00", 2),
     ("unfunded_commitment", "830000.00", "830.000,00", 2),
     ("iban", "ES51 0182 7314 8702 0158 3496", None, 2)])

doc("18_lombard_estratto_it.pdf", "Lombard loan statement with interest (estratto conto scalare)", "18_lombard_estratto_it.ms",
    "groff -ms + tbl", "IT", "it", 1, conv("1.234,56", "DMY", None),
    [("vendor", "Banca Privata Serenissima S.p.A."),
     ("account_holder", "Dott. Lorenzo Castellani"),
     ("account_number", "FL/2025/004471"),
     ("period_start", "2025-01-01", "01/01/2025"),
     ("period_end", "2025-03-31", "31/03/2025"),
     ("loan_balance", "350000.00", "350.000,00"),
     ("interest_rate", "4.350", "4,350%"),
     ("interest_charged", "3754.11", "3.754,11"),
     ("collateral_value", "812400.00", "812.400,00"),
     ("iban", "IT33 G050 3411 7010 0000 0447 190")])

doc("19_uitkering_pe_nl.pdf", "Private-equity distribution notice (kennisgeving van uitkering)", "19_uitkering_pe_nl.fpdf.py",
    "fpdf2", "NL", "nl", 1, conv("1.234,56", "DMY", "nl"),
    [("vendor", "Polderkamp Private Equity Fonds III C.V."),
     ("customer", "Stichting Administratiekantoor Van Wijngaarden-Roos"),
     ("notice_date", "2025-05-14", "14 mei 2025"),
     ("payment_date", "2025-05-21", "21-05-2025"),
     ("distribution_amount", "412500.00", "412.500,00"),
     ("return_of_capital", "300000.00", "300.000,00"),
     ("realized_gain", "112500.00", "112.500,00"),
     ("commitment", "5000000.00", "€ 5.000.000,00"),
     ("ownership_percentage", "2.75", "2,75%"),
     ("iban", "NL28 RABO 0318 4277 56")])

doc("20_deposito_prazo_pt.pdf", "Term deposit confirmation (depósito a prazo)", "20_deposito_prazo_pt.enscript.txt",
    "enscript + ps2pdf", "PT", "pt", 1, conv("1.234,56", "DMY", None),
    [("vendor", "Banco Atlântico do Mondego, S.A."),
     ("account_holder", "Maria Inês Sampaio Cordeiro"),
     ("iban", "PT50 0035 0471 0004 4719 3255 4"),
     ("principal", "75000.00", "75.000,00"),
     ("interest_rate", "2.750", "2,750%"),
     ("start_date", "2025-02-03", "03/02/2025"),
     ("maturity_date", "2025-08-03", "03/08/2025"),
     ("gross_interest", "1022.77", "1.022,77"),
     ("withholding_tax", "286.38", "286,38"),
     ("net_interest", "736.39", "736,39")])

NB = "\u00a0"  # no-break space used as thousands separator in the HTML sources

doc("21_zestawienie_krypto_pl.pdf", "Crypto exchange annual transaction statement (PIT-38 helper)", "21_zestawienie_krypto_pl.chromium.html",
    "Chromium headless", "PL", "pl", 2, conv("1\u00a0234,56 (no-break space)", "DMY", None),
    [("vendor", "Kryptowisła Sp. z o.o."),
     ("account_holder", "Tomasz Wierzbicki-Nowak"),
     ("account_number", "KW-00718342"),
     ("period_start", "2024-01-01", "01.01.2024"),
     ("period_end", "2024-12-31", "31.12.2024"),
     ("statement_date", "2025-02-20", "20.02.2025"),
     ("proceeds", "48213.77", "48" + NB + "213,77"),
     ("costs", "31902.40", "31" + NB + "902,40" + NB + "zł", 2),
     ("net_gain", "16311.37", "16" + NB + "311,37" + NB + "zł", 2),
     ("closing_value", "92640.15", "92" + NB + "640,15", 2)])

doc("22_arsbesked_isk_se.pdf", "ISK annual statement with tax control data (årsbesked + KU30)", "22_arsbesked_isk_se.lo.html",
    "LibreOffice (HTML import)", "SE", "sv", 2, conv("1 234,56", "YMD", None),
    [("vendor", "Norrskogen Fondkommission AB"),
     ("account_holder", "Ingrid Wallenqvist"),
     ("account_number", "9024-118 447"),
     ("statement_date", "2025-01-17"),
     ("opening_value", "642118.35", "642 118,35"),
     ("contributions", "60000.00", "60 000,00"),
     ("fees", "-1284.50", "-1 284,50"),
     ("closing_value", "781532.40", "781 532,40"),
     ("capital_base", "710671", "710 671", 2),
     ("standard_income", "25726", "25 726", 2)])

doc("23_osinkolaskelma_fi.pdf", "Dividend statement with withholding (osinkolaskelma)", "23_osinkolaskelma_fi.rlc.py",
    "ReportLab canvas", "FI", "fi", 1, conv("1 234,56", "DMY", None, "dates without leading zeros, e.g. 2.4.2025"),
    [("vendor", "Pohjolan Arvopaperipalvelut Oy"),
     ("account_holder", "Veikko Tapani Hämäläinen"),
     ("isin", "FI4000319272"),
     ("quantity", "3500", "3 500 kpl"),
     ("dividend_per_share", "0.62", "0,62 €"),
     ("gross_dividend", "2170.00", "2 170,00"),
     ("withholding_tax", "-470.35", "-470,35"),
     ("net_dividend", "1699.65", "1 699,65"),
     ("record_date", "2025-03-24", "24.3.2025"),
     ("payment_date", "2025-04-02", "2.4.2025")])

doc("24_torihiki_hokokusho_jp.pdf", "取引報告書 – equity sale trade report", "24_torihiki_hokokusho_jp.fpdf.py",
    "fpdf2", "JP", "ja", 1, conv("1,234 (yen, no decimals)", "YMD", None, "dates as 2025年4月8日"),
    [("vendor", "東雲証券株式会社"),
     ("account_number", "118-0457312"),
     ("trade_date", "2025-04-08", "2025年4月8日"),
     ("settlement_date", "2025-04-10", "2025年4月10日"),
     ("isin", "JP3917400008"),
     ("quantity", "300"),
     ("price", "2845", "2,845"),
     ("gross_amount", "853500", "853,500"),
     ("commission", "1000", "1,000"),
     ("net_amount", "852400", "852,400")])

doc("25_shouyi_fenpei_tw.pdf", "基金收益分配通知書 – fund dividend distribution notice", "25_shouyi_fenpei_tw.wk.html",
    "wkhtmltopdf", "TW", "zh-Hant", 1, conv("1,234.56", "YMD", None, "Western YYYY/MM/DD; notice date in ROC calendar (114年 = 2025)"),
    [("vendor", "合歡山證券投資信託股份有限公司"),
     ("account_holder", "林美華"),
     ("account_number", "HH-0093-47182"),
     ("ex_date", "2025-05-16", "2025/05/16"),
     ("payment_date", "2025-05-23", "2025/05/23"),
     ("quantity", "480000.00", "480,000.00"),
     ("dividend_per_share", "0.0520"),
     ("gross_dividend", "24960", "24,960"),
     ("nhi_premium", "527"),
     ("net_dividend", "24433", "24,433")])


# ---------------------------------------------------------------------------
# Every identifier with a check-digit scheme that is printed anywhere in the set
# (truth fields or not); verify/check_ids.py validates them with python-stdnum.
IDENTIFIERS = [
    ("01_contract_note_gb.pdf", "isin", "GB00BQ7KD382"),
    ("03_composite_1099_us.pdf", "cusip", "40622B109"),
    ("03_composite_1099_us.pdf", "cusip", "65571R102"),
    ("03_composite_1099_us.pdf", "cusip", "14739L201"),
    ("03_composite_1099_us.pdf", "cusip", "88642T105"),
    ("03_composite_1099_us.pdf", "us.ein", "84-3917265"),
    ("04_rsu_release_us.pdf", "cusip", "65571R102"),
    ("05_prsa_statement_ie.pdf", "isin", "IE00BK7Q6W45"),
    ("07_dividend_statement_au.pdf", "au.abn", "16 618 402 751"),
    ("08_kiwisaver_statement_nz.pdf", "nz.ird", "138-407-209"),
    ("09_fee_invoice_sg.pdf", "sg.uen", "201934217N"),
    ("11_contract_note_in.pdf", "isin", "INE391K01014"),
    ("11_contract_note_in.pdf", "in_.gstin", "36AAHCD4471K1ZD"),
    ("11_contract_note_in.pdf", "in_.pan", "AAHCD4471K"),
    ("11_contract_note_in.pdf", "in_.pan", "ABRPR4471M"),
    ("12_annuity_payment_za.pdf", "za.tin", "0148726359"),
    ("13_jahressteuerbescheinigung_de.pdf", "de.idnr", "39 170 342 364"),
    ("13_jahressteuerbescheinigung_de.pdf", "de.vat", "DE281947064"),
    ("14_dividendengutschrift_at.pdf", "isin", "AT0000A3FK29"),
    ("14_dividendengutschrift_at.pdf", "iban", "AT02 3503 9000 3144 7190"),
    ("14_dividendengutschrift_at.pdf", "at.uid", "ATU63714083"),
    ("15_steuerauszug_ch.pdf", "iban", "CH04 0688 2004 4718 9220 7"),
    ("15_steuerauszug_ch.pdf", "isin", "CH0412873959"),
    ("15_steuerauszug_ch.pdf", "isin", "CH0529183748"),
    ("15_steuerauszug_ch.pdf", "isin", "US65571R1023"),
    ("15_steuerauszug_ch.pdf", "isin", "AT0000A3FK29"),
    ("15_steuerauszug_ch.pdf", "ch.uid", "CHE-274.381.954"),
    ("16_avis_opere_obligation_fr.pdf", "isin", "FR001400QZ70"),
    ("16_avis_opere_obligation_fr.pdf", "fr.tva", "FR57842176034"),
    ("16_avis_opere_obligation_fr.pdf", "fr.siren", "842176034"),
    ("17_capital_call_es.pdf", "es.cif", "A87619425"),
    ("17_capital_call_es.pdf", "es.cif", "B45073186"),
    ("17_capital_call_es.pdf", "lei", "5493007RQWCKD8T4UJ47"),
    ("17_capital_call_es.pdf", "iban", "ES51 0182 7314 8702 0158 3496"),
    ("18_lombard_estratto_it.pdf", "iban", "IT33 G050 3411 7010 0000 0447 190"),
    ("18_lombard_estratto_it.pdf", "it.iva", "04718290150"),
    ("19_uitkering_pe_nl.pdf", "iban", "NL28 RABO 0318 4277 56"),
    ("19_uitkering_pe_nl.pdf", "nl.btw", "NL861247391B01"),
    ("20_deposito_prazo_pt.pdf", "iban", "PT50 0035 0471 0004 4719 3255 4"),
    ("20_deposito_prazo_pt.pdf", "pt.nif", "247819360"),
    ("20_deposito_prazo_pt.pdf", "pt.nif", "507193849"),
    ("21_zestawienie_krypto_pl.pdf", "pl.nip", "5273189045"),
    ("22_arsbesked_isk_se.pdf", "se.personnummer", "19710314-4189"),
    ("22_arsbesked_isk_se.pdf", "se.orgnr", "556918-4731"),
    ("23_osinkolaskelma_fi.pdf", "isin", "FI4000319272"),
    ("23_osinkolaskelma_fi.pdf", "fi.ytunnus", "2847193-9"),
    ("23_osinkolaskelma_fi.pdf", "fi.ytunnus", "3184276-1"),
    ("23_osinkolaskelma_fi.pdf", "iban", "FI17 5720 0420 7188 25"),
    ("24_torihiki_hokokusho_jp.pdf", "isin", "JP3917400008"),
    ("24_torihiki_hokokusho_jp.pdf", "jp.cn", "4010401137428"),
    ("25_shouyi_fenpei_tw.pdf", "isin", "TW000T3618Y3"),
    ("25_shouyi_fenpei_tw.pdf", "tw.ubn", "54817368"),
]
