import sys
from s29_fodt import Doc

BLUE = "#123c69"
d = Doc(font="Liberation Serif", size="10pt", title="Årsbesked 2024", margins=("1.6cm", "2cm", "1.6cm", "2.2cm"),
        footer="Sparvik Pension AB (publ) · org.nr 516401-8821 · 105 71 Stockholm · Kundservice 0771-44 18 20 · sparvikpension.se · Står under Finansinspektionens tillsyn")
d.table([10.0, 7.0], [[
    {"text": "SPARVIK PENSION", "p": dict(size="18pt", bold=True, color=BLUE, font="Liberation Sans")},
    {"text": "Datum: 2025-02-14\nFörsäkringsnummer: 5510-482217\nPersonnummer: 19780412-4482", "p": dict(size="9pt", align="end", font="Liberation Sans")}]])
d.p("", after="1.0cm")
d.p("Anna Lindqvist\nTegelbruksvägen 9\n191 43 Sollentuna", size="11pt", after="1.0cm")
d.p("Årsbesked 2024 – Tjänstepension (traditionell försäkring)", size="15pt", bold=True, color=BLUE, font="Liberation Sans", after="0.2cm")
d.p("Hej Anna! Här är ditt årsbesked för din tjänstepension genom din arbetsgivare. Årsbeskedet visar vad som har hänt med ditt pensionskapital "
    "under 2024 och vilket värde du har den 31 december 2024. Spara gärna årsbeskedet.", after="0.4cm")
rb = dict(bottom="0.4pt solid #999999", pad="0.1cm")
R = dict(align="end")
rows = [
    [{"text": "Så här har ditt pensionskapital förändrats", "span": 2, "p": dict(bold=True, color="#ffffff", font="Liberation Sans"), "c": dict(bg=BLUE, pad="0.12cm")}],
    [{"text": "Ingående värde 2024-01-01", "c": rb}, {"text": "412 380 kr", "p": R, "c": rb}],
    [{"text": "Inbetalda premier från arbetsgivare (12 st)", "c": rb}, {"text": "48 600 kr", "p": R, "c": rb}],
    [{"text": "Avkastning", "c": rb}, {"text": "37 912 kr", "p": R, "c": rb}],
    [{"text": "Avgifter (förvaltning 0,20 % och fast avgift 0 kr)", "c": rb}, {"text": "−1 244 kr", "p": R, "c": rb}],
    [{"text": "Avkastningsskatt", "c": rb}, {"text": "−690 kr", "p": R, "c": rb}],
    [{"text": "Utgående värde 2024-12-31", "p": dict(bold=True), "c": dict(bg="#e4ecf5", pad="0.12cm")},
     {"text": "496 958 kr", "p": dict(bold=True, align="end"), "c": dict(bg="#e4ecf5", pad="0.12cm")}],
]
d.table([12.0, 5.0], rows)
d.p("", after="0.4cm")
rows2 = [
    [{"text": "Din försäkring", "span": 2, "p": dict(bold=True, color="#ffffff", font="Liberation Sans"), "c": dict(bg=BLUE, pad="0.12cm")}],
    [{"text": "Avtal", "c": rb}, {"text": "KAP-KL / AKAP-KR, Sollentuna kommun", "p": R, "c": rb}],
    [{"text": "Försäkringsform", "c": rb}, {"text": "Traditionell pensionsförsäkring med återbetalningsskydd", "p": R, "c": rb}],
    [{"text": "Garanterat värde 2024-12-31", "c": rb}, {"text": "441 720 kr", "p": R, "c": rb}],
    [{"text": "Total avkastning 2024", "c": rb}, {"text": "8,9 %", "p": R, "c": rb}],
    [{"text": "Konsolideringsgrad 2024-12-31", "c": rb}, {"text": "124 %", "p": R, "c": rb}],
    [{"text": "Förmånstagare", "c": rb}, {"text": "Make/maka/sambo, därefter barn", "p": R, "c": rb}],
]
d.table([7.0, 10.0], rows2)
d.p("Prognos", size="12pt", bold=True, color=BLUE, font="Liberation Sans", before="0.5cm", after="0.1cm")
d.p("Om du fortsätter att arbeta med samma lön till 65 år och avkastningen blir 3 % per år efter avgifter och skatt, beräknas din tjänstepension "
    "från Sparvik bli cirka 4 820 kr per månad före skatt vid livsvarig utbetalning från 65 år. Prognosen är inte en garanti. "
    "Hela din pension – allmän pension, tjänstepension och privat sparande – ser du på minpension.se.")
d.p("Deklaration", size="12pt", bold=True, color=BLUE, font="Liberation Sans", before="0.4cm", after="0.1cm")
d.p("Tjänstepensionen beskattas först vid utbetalning. Avkastningsskatten betalas av Sparvik och har dragits från ditt kapital. "
    "Du behöver inte ta upp något i din inkomstdeklaration för 2024.", after="0.3cm")
d.p("Har du frågor? Logga in på Mina sidor med BankID eller ring oss på 0771-44 18 20, vardagar 8–17.", size="9pt", italic=True)
d.save(sys.argv[1])
