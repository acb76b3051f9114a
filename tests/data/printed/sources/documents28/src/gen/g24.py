from fodt import Doc
import sys
d = Doc(font="DejaVu Sans", size="8.6pt", accent="#1f6f3f", margins=("1.3cm", "1.6cm", "1.2cm", "1.6cm"), footer_h="1.6cm")
d.table([9.0, 3.6, 5.2], [
 ["^^corrib power^^", "**Your electricity bill**", ""],
 ["__Business Electricity__", "Invoice number", "700218845"],
 ["", "Bill date", "04 Dec 2024"],
 ["", "Account number", "3041 8827 15"],
 ["", "Billing period", "01 Nov 2024 – 30 Nov 2024"],
 ["", "Payment due", "**18 Dec 2024**"]],
 cell=lambda r, c: {"bg": "#e9f3ec", "pad": "0.06cm"} if c > 0 else {"pad": "0.06cm"})
d.p("", "Sp")
d.table([9.0, 8.8], [[
 "Aldergrove Consulting Ltd\n27 Herbert Place\nDublin 2\nD02 X285",
 "**Supply address:** 27 Herbert Place, Dublin 2\n**MPRN:** 10008345678\n**Meter no.:** 24117093 (day/night)\n**Tariff:** Business Day/Night, LV Maximum Import Capacity 30 kVA"]])
d.p("", "Sp")
d.p("Account summary", "H2")
thick = {"top": "1pt solid #1f6f3f", "bottom": "1pt solid #1f6f3f", "bg": "#e9f3ec"}
d.table([13.8, 4.0], [
 ["Previous bill amount (dated 05 Nov 2024)", "€712.18"],
 ["Payment received 20 Nov 2024 – thank you", "-€712.18"],
 ["Balance brought forward", "€0.00"],
 ["Charges for this billing period (incl. VAT)", "€748.43"],
 ["**Total amount due**", "**€748.43**"]],
 cell=lambda r, c: thick if r == 4 else {"bottom": "0.3pt solid #cccccc"}, align=["L", "R"])
d.p("Your Direct Debit of €748.43 will be taken from your bank account ending 8830 on or after 18 Dec 2024.", "S")
d.p("Meter readings", "H2")
hdr = {"bottom": "0.5pt solid #000000", "bg": "#e9f3ec"}
d.table([3.6, 3.2, 2.4, 3.2, 2.4, 3.0], [
 ["Register", "Previous reading", "Type", "Present reading", "Type", "Units (kWh)"],
 ["Day", "48,211", "A", "50,053", "A", "1,842"],
 ["Night", "12,904", "A", "13,320", "A", "416"],
 ["Total", "", "", "", "", "2,258"]],
 cell=lambda r, c: hdr if r == 0 else {"bottom": "0.3pt solid #cccccc"}, align=["L", "R", "C", "R", "C", "R"])
d.p("A = actual reading, E = estimated reading, C = customer reading. Readings taken 01 Nov 2024 and 30 Nov 2024.", "S")
d.p("Charges for this period", "H2")
d.table([7.4, 3.6, 3.0, 3.8], [
 ["Description", "Quantity", "Rate", "Amount"],
 ["Standing charge", "30 days", "€0.7521/day", "€22.56"],
 ["Day units", "1,842 kWh", "€0.3124", "€575.44"],
 ["Night units", "416 kWh", "€0.1766", "€73.47"],
 ["Public Service Obligation (PSO) levy", "1 month", "€12.90", "€12.90"],
 ["Electricity tax", "2,258 kWh", "€0.0010", "€2.26"],
 ["Total before VAT", "", "", "€686.63"],
 ["VAT @ 9%", "", "", "€61.80"],
 ["**Total charges this period**", "", "", "**€748.43**"]],
 cell=lambda r, c: hdr if r == 0 else (thick if r == 8 else {"bottom": "0.3pt solid #cccccc"}), align=["L", "R", "R", "R"])
d.p("", "Sp")
d.table([8.9, 8.9], [[
 "**Your usage**\n\nAverage daily use this period: 75.3 kWh\nSame period last year: 71.8 kWh per day\nEstimated CO2 from your usage: 0.63 tonnes",
 "**Need help?**\n\nBusiness customer care 01 519 4400 (Mon–Fri 8am–6pm)\nbusiness@corribpower.ie · corribpower.ie/business\nEmergencies and power cuts: ESB Networks 1800 372 999"]],
 cell=lambda r, c: {"left": "2pt solid #1f6f3f", "pad": "0.2cm"})
d.set_footer([17.8], [[
 "Corrib Power Supply Limited, trading as Corrib Power. Registered in Ireland No. 587214. Registered office: Block C, Galway Business Park, Dangan, Galway H91 T2C9.\nVAT No. IE 3318264LH. Corrib Power is licensed by the Commission for Regulation of Utilities (CRU) to supply electricity."]], align=["C"])
d.save(sys.argv[1], "Corrib Power bill 700218845")
