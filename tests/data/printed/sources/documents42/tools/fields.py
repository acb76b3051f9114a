# Ground-truth source: for every document, its conventions and (field, truth value, printed form).
# Run `python3 tools/fields.py` to regenerate truth.json, verify/printed_forms.json, verify/conventions.json.
# num: en = 1,234.56 | de = 1.234,56 | fr = 1 234,56 | ch = 1'234.56 | in = 1,23,456.78
# date: MDY / DMY / YMD = order of numeric dates; lang = language of month names
DOCS = {}
def doc(name, num, date, lang, fields):
    DOCS[name] = dict(conv=dict(num=num, date=date, lang=lang), fields=fields)

doc("01_rideshare_weekly_us.pdf", "en", "MDY", "en", [
    ("vendor", "Zipply Mobility Technologies, Inc.", "Zipply Mobility Technologies, Inc."),
    ("driver", "Marcus T. Delgado", "Marcus T. Delgado"),
    ("driver_id", "DRV-5518-204-77", "DRV-5518-204-77"),
    ("period_start", "2025-03-10", "03/10/2025"),
    ("period_end", "2025-03-16", "03/16/2025"),
    ("gross_earnings", "1482.60", "$1,482.60"),
    ("service_fee", "-296.09", "-$296.09"),
    ("net_payout", "1202.42", "$1,202.42"),
    ("payout_date", "2025-03-19", "Mar 19, 2025"),
])
doc("02_courier_gutschrift_de.pdf", "de", "DMY", "de", [
    ("vendor", "Flitzr Delivery GmbH", "Flitzr Delivery GmbH"),
    ("courier", "Jonas Pfeiffer", "Jonas Pfeiffer"),
    ("courier_id", "K-88412", "K-88412"),
    ("credit_note_number", "GS-2025-04-118734", "GS-2025-04-118734"),
    ("document_date", "2025-04-07", "7. April 2025"),
    ("period_start", "2025-03-01", "01.03.2025"),
    ("period_end", "2025-03-31", "31.03.2025"),
    ("vat_amount", "306.09", "306,09 €"),
    ("net_payout", "2083.59", "2.083,59 €"),
    ("iban", "DE37 1007 0024 0628 1397 45", "DE37 1007 0024 0628 1397 45"),
])
doc("03_host_payout_fr.pdf", "fr", "DMY", "fr", [
    ("vendor", "Séjourly France SAS", "Séjourly France SAS"),
    ("host", "Camille Rousseau", "Camille Rousseau"),
    ("statement_date", "2025-07-04", "4 juillet 2025"),
    ("period_start", "2025-04-01", "01/04/2025"),
    ("period_end", "2025-06-30", "30/06/2025"),
    ("gross_earnings", "11971.00", "11 971,00 €"),
    ("service_fee", "-359.13", "-359,13 €"),
    ("vat_amount", "59.86", "59,86 €"),
    ("net_payout", "11469.87", "11 469,87 €"),
])
doc("04_seller_fees_uk.pdf", "en", "DMY", "en", [
    ("vendor", "Craftory Marketplace (UK) Ltd", "Craftory Marketplace (UK) Ltd"),
    ("seller", "Hedgerow & Hare Ceramics", "Hedgerow & Hare Ceramics"),
    ("seller_id", "58120447", "58120447"),
    ("invoice_number", "CFT-UK-2025-0519-00731", "CFT-UK-2025-0519-00731"),
    ("invoice_date", "2025-06-01", "1 June 2025"),
    ("period_start", "2025-05-01", "1 May 2025"),
    ("period_end", "2025-05-31", "31 May 2025"),
    ("vat_amount", "59.76", "£59.76"),
    ("total", "454.84", "£454.84"),
    ("vat_number", "GB482916321", "GB482916321"),
])
doc("05_liquidacion_vendedor_es.pdf", "de", "DMY", "es", [
    ("vendor", "Mercadillo Online Marketplace, S.L.", "Mercadillo Online Marketplace, S.L."),
    ("seller", "Alfarería Moncloa, S.A.", "Alfarería Moncloa, S.A."),
    ("settlement_number", "LQ-2025-00412", "LQ-2025-00412"),
    ("settlement_date", "2025-05-02", "2 de mayo de 2025"),
    ("period_start", "2025-04-16", "16/04/2025"),
    ("period_end", "2025-04-30", "30/04/2025"),
    ("gross_sales", "4200.90", "4.200,90 €"),
    ("refunds", "-253.70", "-253,70 €"),
    ("commission", "-473.71", "-473,71 €"),
    ("net_payout", "3061.91", "3.061,91 €"),
])
doc("06_psp_maandoverzicht_nl.pdf", "de", "DMY", "nl", [
    ("vendor", "Betaalkraan Payments B.V.", "Betaalkraan Payments B.V."),
    ("merchant", "Fietsenmakerij De Spaak", "Fietsenmakerij De Spaak"),
    ("merchant_id", "M-4400281755", "M-4400281755"),
    ("period_start", "2025-04-01", "01-04-2025"),
    ("period_end", "2025-04-30", "30-04-2025"),
    ("gross_sales", "25295.19", "€ 25.295,19"),
    ("refunds", "-237.45", "€ -237,45"),
    ("chargebacks", "-458.00", "€ -458,00"),
    ("fees", "-265.63", "€ -265,63"),
    ("net_payout", "24334.11", "€ 24.334,11"),
])
doc("07_appstore_proceeds_jp.pdf", "en", "YMD", "ja", [
    ("vendor", "アップハーバー・ジャパン合同会社", "アップハーバー・ジャパン合同会社"),
    ("developer", "株式会社ことりソフト", "株式会社ことりソフト"),
    ("period_start", "2025-03-01", "2025年3月1日"),
    ("period_end", "2025-03-31", "2025年3月31日"),
    ("payout_date", "2025-04-30", "2025年4月30日"),
    ("proceeds", "1795680", "¥1,795,680"),
    ("refunds", "-8750", "-¥8,750"),
    ("net_payout", "1786930", "¥1,786,930"),
    ("exchange_rate_usd", "149.82", "149.82"),
])
doc("08_creator_earnings_ie.pdf", "en", "DMY", "en", [
    ("vendor", "Streamvale Creator Services Ireland Limited", "Streamvale Creator Services Ireland Limited"),
    ("creator", "Aoife Brennan", "Aoife Brennan"),
    ("period_start", "2025-05-01", "01/05/2025"),
    ("period_end", "2025-05-31", "31/05/2025"),
    ("gross_earnings", "4011.65", "4,011.65"),
    ("withholding_tax", "-362.54", "(362.54)"),
    ("exchange_rate", "0.9183", "0.9183"),
    ("net_payout", "3350.98", "€ 3,350.98"),
    ("currency", "EUR", "EUR"),
])
doc("09_freelance_faktura_pl.pdf", "fr", "DMY", "pl", [
    ("seller", "PZ Code Piotr Zieliński", "PZ Code Piotr Zieliński"),
    ("seller_vat_id", "PL5273048161", "PL5273048161"),
    ("buyer", "Nordlicht Software GmbH", "Nordlicht Software GmbH"),
    ("invoice_number", "GW/2025/05/004381", "GW/2025/05/004381"),
    ("invoice_date", "2025-05-31", "31.05.2025"),
    ("due_date", "2025-06-14", "14 czerwca 2025"),
    ("total", "2940.00", "2 940,00 EUR"),
    ("exchange_rate", "4.2436", "4,2436"),
    ("service_fee", "-294.00", "-294,00 EUR"),
])
doc("10_freelance_fee_invoice_ca.pdf", "en", "YMD", "en", [
    ("vendor", "Taskloft Technologies Inc.", "Taskloft Technologies Inc."),
    ("freelancer", "Priya Raman Design", "Priya Raman Design"),
    ("invoice_number", "TL-INV-2025-118204", "TL-INV-2025-118204"),
    ("invoice_date", "2025-04-30", "April 30, 2025"),
    ("period_start", "2025-04-01", "2025-04-01"),
    ("period_end", "2025-04-30", "2025-04-30"),
    ("service_fee", "618.40", "618.40"),
    ("gst_amount", "30.92", "30.92"),
    ("total", "655.32", "655.32"),
    ("gst_number", "782415392 RT0001", "782415392 RT0001"),
])
doc("11_pod_payout_au.pdf", "en", "DMY", "en", [
    ("vendor", "Inkwombat Pty Ltd", "Inkwombat Pty Ltd"),
    ("artist", "Tilly Nguyen", "Tilly Nguyen"),
    ("artist_abn", "74 318 472 609", "74 318 472 609"),
    ("rcti_number", "RCTI-2025-03-00418", "RCTI-2025-03-00418"),
    ("statement_date", "2025-04-07", "7 April 2025"),
    ("period_start", "2025-03-01", "01/03/2025"),
    ("period_end", "2025-03-31", "31/03/2025"),
    ("gross_earnings", "224.10", "224.10"),
    ("gst_amount", "22.41", "22.41"),
    ("net_payout", "260.86", "$260.86"),
])
doc("12_crowdfunding_it.pdf", "de", "DMY", "it", [
    ("vendor", "Slancio Crowdfunding S.r.l.", "Slancio Crowdfunding S.r.l."),
    ("creator", "Officina Ciclistica Rinaldi di Marco Rinaldi", "Officina Ciclistica Rinaldi di Marco Rinaldi"),
    ("campaign_id", "CMP-2025-03817", "CMP-2025-03817"),
    ("payout_date", "2025-03-28", "28 marzo 2025"),
    ("gross_pledges", "48250.00", "48.250,00 €"),
    ("refunds", "-360.00", "\u2212360,00 €"),
    ("commission", "-2335.50", "\u22122.335,50 €"),
    ("vat_amount", "-513.81", "\u2212513,81 €"),
    ("net_payout", "42340.79", "42.340,79 €"),
    ("iban", "IT09 Y030 6909 6061 0000 0072 814", "IT09 Y030 6909 6061 0000 0072 814"),
])
doc("13_assinaturas_repasse_br.pdf", "de", "DMY", "pt", [
    ("vendor", "Mecenato Plataformas Digitais Ltda.", "Mecenato Plataformas Digitais Ltda."),
    ("creator", "Larissa Moura", "Larissa Moura"),
    ("creator_tax_id", "418.372.956-46", "418.372.956-46"),
    ("period_start", "2025-04-01", "01/04/2025"),
    ("period_end", "2025-04-30", "30/04/2025"),
    ("payout_date", "2025-05-05", "05/05/2025"),
    ("gross_earnings", "8412.50", "R$ 8.412,50"),
    ("platform_fee", "-663.40", "-R$ 663,40"),
    ("net_payout", "7330.37", "R$ 7.330,37"),
])
doc("14_course_revenue_sg.pdf", "en", "DMY", "en", [
    ("vendor", "Learnomy Pte. Ltd.", "Learnomy Pte. Ltd."),
    ("instructor", "Dr. Wei Ling Tan", "Dr. Wei Ling Tan"),
    ("period_start", "2025-05-01", "01/05/2025"),
    ("period_end", "2025-05-31", "31/05/2025"),
    ("gross_sales", "852.48", "US$ 852.48"),
    ("instructor_revenue", "618.76", "US$ 618.76"),
    ("exchange_rate", "1.3021", "1.3021"),
    ("net_payout", "805.69", "S$ 805.69"),
    ("payout_date", "2025-06-16", "16 June 2025"),
])
doc("15_biljett_avrakning_se.pdf", "fr", "YMD", "sv", [
    ("vendor", "Biljettkoll Nordic AB", "Biljettkoll Nordic AB"),
    ("organiser", "Föreningen Kajjazz Gävle", "Föreningen Kajjazz Gävle"),
    ("settlement_number", "AVR-2025-06-01182", "AVR-2025-06-01182"),
    ("settlement_date", "2025-06-20", "20 juni 2025"),
    ("gross_sales", "184505.00", "184 505,00 kr"),
    ("refunds", "-3560.00", "\u22123 560,00 kr"),
    ("commission", "-6333.08", "\u22126 333,08 kr"),
    ("vat_amount", "-1583.27", "\u22121 583,27 kr"),
    ("net_payout", "170495.42", "170 495,42 kr"),
    ("payout_date", "2025-06-25", "2025-06-25"),
])
doc("16_software_receipt_cz.pdf", "fr", "DMY", "cs", [
    ("vendor", "Fakturio s.r.o.", "Fakturio s.r.o."),
    ("customer", "Grafika Nováková s.r.o.", "Grafika Nováková s.r.o."),
    ("invoice_number", "2025031204", "2025031204"),
    ("invoice_date", "2025-03-12", "12. 3. 2025"),
    ("subscription_end", "2026-03-11", "11. 3. 2026"),
    ("subtotal", "5571.00", "5 571,00 Kč"),
    ("vat_amount", "1169.91", "1 169,91 Kč"),
    ("total", "6740.91", "6 740,91 Kč"),
    ("vendor_vat_id", "CZ27483169", "CZ27483169"),
])
doc("17_cloud_credits_us.pdf", "en", "MDY", "en", [
    ("vendor", "Nimbusly Cloud Services, LLC", "Nimbusly Cloud Services, LLC"),
    ("customer", "Ridgeback Data Labs LLC", "Ridgeback Data Labs LLC"),
    ("account_number", "4471-2093-8816", "4471-2093-8816"),
    ("invoice_number", "NCS-INV-0007731982", "NCS-INV-0007731982"),
    ("invoice_date", "2025-05-02", "May 2, 2025"),
    ("credits_applied", "-2650.00", "(2,650.00)"),
    ("tax", "123.39", "123.39"),
    ("total", "1315.58", "$1,315.58"),
    ("due_date", "2025-06-01", "June 1, 2025"),
])
doc("18_hosting_invoice_uk.pdf", "en", "DMY", "en", [
    ("vendor", "Hostcastle Internet Ltd", "Hostcastle Internet Ltd"),
    ("customer", "Bramble Lane Candles", "Bramble Lane Candles"),
    ("account_number", "HC-CUS-208841", "HC-CUS-208841"),
    ("invoice_number", "HC-2025-774310", "HC-2025-774310"),
    ("invoice_date", "2025-02-14", "14/02/2025"),
    ("subtotal", "243.69", "£243.69"),
    ("vat_amount", "48.74", "£48.74"),
    ("total", "292.43", "£292.43"),
])
doc("19_pos_terminal_tr.pdf", "de", "DMY", "tr", [
    ("vendor", "KasaPOS Ödeme Hizmetleri A.Ş.", "KasaPOS Ödeme Hizmetleri A.Ş."),
    ("customer", "Lezzet Durağı Gıda Ltd. Şti.", "Lezzet Durağı Gıda Ltd. Şti."),
    ("customer_tax_id", "7291503842", "7291503842"),
    ("merchant_id", "000784512", "000784512"),
    ("invoice_number", "KPS2025000018437", "KPS2025000018437"),
    ("invoice_date", "2025-03-31", "31.03.2025"),
    ("subtotal", "10282.41", "10.282,41 TL"),
    ("vat_amount", "189.80", "189,80 TL"),
    ("total", "10938.88", "10.938,88 TL"),
])
doc("20_shipping_labels_us.pdf", "en", "MDY", "en", [
    ("vendor", "Labelhop Logistics Inc.", "Labelhop Logistics Inc."),
    ("customer", "Copper Kettle Goods", "Copper Kettle Goods"),
    ("account_number", "LH-ACC-55102", "LH-ACC-55102"),
    ("invoice_number", "LH-2025-03-0091827", "LH-2025-03-0091827"),
    ("invoice_date", "2025-04-01", "April 1, 2025"),
    ("refunds", "-17.15", "17.15 CR"),
    ("subscription_fee", "29.99", "29.99"),
    ("total", "445.24", "$445.24"),
])
doc("21_form1099k_summary_us.pdf", "en", "MDY", "en", [
    ("vendor", "Tradepost Payments, Inc.", "Tradepost Payments, Inc."),
    ("payer_tin", "84-3927165", "84-3927165"),
    ("payee", "Jordan A. Whitfield", "Jordan A. Whitfield"),
    ("payee_tin", "***-**-4821", "***-**-4821"),
    ("account_number", "TP-7720-4418-91", "TP-7720-4418-91"),
    ("gross_payments", "48206.17", "$48,206.17"),
    ("transaction_count", "1184", "1,184"),
    ("federal_withholding", "0.00", "$0.00"),
    ("statement_date", "2025-01-24", "January 24, 2025"),
])
doc("22_oss_commission_invoice_ie.pdf", "en", "DMY", "en", [
    ("vendor", "Gatherly Marketplace Europe Limited", "Gatherly Marketplace Europe Limited"),
    ("customer", "Lena Hofbauer", "Lena Hofbauer"),
    ("seller_id", "GTH-AT-310447", "GTH-AT-310447"),
    ("invoice_number", "GME-OSS-2025-04-118093", "GME-OSS-2025-04-118093"),
    ("invoice_date", "2025-05-05", "5 May 2025"),
    ("subtotal", "232.06", "232.06"),
    ("vat_amount", "46.41", "46.41"),
    ("total", "278.47", "€278.47"),
    ("vendor_vat_number", "IE6388047VW", "IE6388047VW"),
])
doc("23_jeongsan_kr.pdf", "en", "YMD", "ko", [
    ("vendor", "주식회사 마켓담", "주식회사 마켓담"),
    ("seller", "해오름 공방", "해오름 공방"),
    ("seller_business_number", "109-21-48738", "109-21-48738"),
    ("settlement_number", "ST-20250425-00318", "ST-20250425-00318"),
    ("period_start", "2025-04-01", "2025.04.01"),
    ("period_end", "2025-04-15", "2025.04.15"),
    ("payout_date", "2025-04-25", "2025년 4월 25일"),
    ("commission", "-1342764", "-1,342,764원"),
    ("net_payout", "11273960", "11,273,960원"),
])
doc("24_commission_gst_in.pdf", "in", "DMY", "en", [
    ("vendor", "Bazaarkart Internet Private Limited", "Bazaarkart Internet Private Limited"),
    ("seller", "Kavya Handlooms", "Kavya Handlooms"),
    ("seller_gstin", "27BVRPK6183M1ZN", "27BVRPK6183M1ZN"),
    ("invoice_number", "BKINV2526MH00047718", "BKINV2526MH00047718"),
    ("invoice_date", "2025-05-05", "05-05-2025"),
    ("taxable_value", "85216.65", "₹85,216.65"),
    ("igst_amount", "15339.00", "₹15,339.00"),
    ("total", "100555.65", "₹1,00,555.65"),
    ("tcs_amount", "3421.05", "₹3,421.05"),
])
doc("25_auszahlung_ch.pdf", "ch", "DMY", "de", [
    ("vendor", "Zahlflink AG", "Zahlflink AG"),
    ("merchant", "Velowerk Lüthi GmbH", "Velowerk Lüthi GmbH"),
    ("payout_id", "AZ-2025-05-88213", "AZ-2025-05-88213"),
    ("payout_date", "2025-06-03", "3. Juni 2025"),
    ("gross_sales", "14997.20", "14\u2019997.20"),
    ("refunds", "-274.00", "-274.00"),
    ("fees", "-222.92", "-222.92"),
    ("net_payout", "14500.28", "14\u2019500.28"),
    ("iban", "CH59 0023 5235 8719 4602 0", "CH59 0023 5235 8719 4602 0"),
])
