from s30_fodt import Doc
d = Doc(font="Liberation Serif", size=9.5, accent="#7a1f1f", margins=(14,15,15,15), footer="VOLTEX Hurtownia Elektryczna · Strona @PAGE@ z @PAGES@", title="Faktura korygująca FK/27/2025")
d.table([100, 80], [[{"t": "VOLTEX", "p": "Logo"}, {"t": "Łódź, dnia 2025-03-06", "p": "R"}],
                    [{"t": "Hurtownia Elektryczna VOLTEX Sp. j. · kable, oświetlenie, aparatura", "p": "Sm"}, {"t": "ORYGINAŁ", "p": "RB"}]])
d.space(4)
d.p("FAKTURA KORYGUJĄCA nr FK/27/2025", "TitleC")
d.p("do faktury VAT nr **FV/1184/2025** z dnia 2025-02-14 (data sprzedaży 2025-02-14)", "C")
d.space(4)
d.table([90, 90], [[{"t": "**Sprzedawca:**\nHurtownia Elektryczna VOLTEX Sp. j.\nA. Nowicki, P. Zając\nul. Rokicińska 144\n92-412 Łódź\nNIP: 5213456784\nBank: mBank S.A. 12 1140 2004 0000 3102 7654 3210", "c": "cb"},
                    {"t": "**Nabywca:**\nELMONT Instalacje Sp. z o.o.\nul. Piotrkowska 270\n90-361 Łódź\nNIP: 7252198765", "c": "cb"}]])
d.space(3)
d.p("Przyczyna korekty: **zwrot towaru** – protokół zwrotu PZ/Z/031/2025 z dnia 2025-03-04 (towar niezgodny z zamówieniem).", "Std")
d.space(3)
H = lambda t, p="Bo": {"t": t, "c": "ch", "p": p}
C = lambda t, p="Std": {"t": t, "c": "cb", "p": p}
rows = [[H("Lp."), H("Nazwa towaru"), H("J.m."), H("Ilość", "RB"), H("Cena netto", "RB"), H("Wartość netto", "RB"), H("VAT %", "RB"), H("Kwota VAT", "RB"), H("Wartość brutto", "RB")]]
data = [
 ("1", "Przewód YDYp 3×2,5 mm² 450/750 V, krążek 100 m", "krąż.",
  ("10", "415,00", "4 150,00", "954,50", "5 104,50"), ("7", "415,00", "2 905,00", "668,15", "3 573,15"), ("-3", "415,00", "-1 245,00", "-286,35", "-1 531,35")),
 ("2", "Panel LED 60×60 40 W 4000 K, natynkowy", "szt.",
  ("24", "150,00", "3 600,00", "828,00", "4 428,00"), ("20", "150,00", "3 000,00", "690,00", "3 690,00"), ("-4", "150,00", "-600,00", "-138,00", "-738,00")),
]
for lp, name, jm, before, after, diff in data:
    for label, vals, ps in (("było", before, "Std"), ("powinno być", after, "Std"), ("korekta", diff, "Bo")):
        rows.append([C(lp if label == "było" else ""), C(f"{name}\n__{label}__" if label == "było" else f"__{label}__"), C(jm), C(vals[0], "R" if ps=="Std" else "RB"), C(vals[1], "R"), C(vals[2], "R" if ps=="Std" else "RB"), C("23", "R"), C(vals[3], "R" if ps=="Std" else "RB"), C(vals[4], "R" if ps=="Std" else "RB")])
d.table([9, 52, 13, 14, 19, 21, 12, 19, 21], rows)
d.space(4)
d.table([40, 28, 14, 25, 28], [
  [H(""), H("Wartość netto", "RB"), H("VAT", "RB"), H("Kwota VAT", "RB"), H("Wartość brutto", "RB")],
  [C("Przed korektą"), C("7 750,00", "R"), C("23%", "R"), C("1 782,50", "R"), C("9 532,50", "R")],
  [C("Po korekcie"), C("5 905,00", "R"), C("23%", "R"), C("1 358,15", "R"), C("7 263,15", "R")],
  [C("**Razem korekta**"), C("**-1 845,00**", "R"), C("23%", "R"), C("**-424,35**", "R"), C("**-2 269,35**", "R")]], align="right")
d.space(3)
d.table([80, 45], [
  [{"t": "Kwota korekty do zwrotu:", "c": "cT", "p": "BigL"}, {"t": "-2 269,35 PLN", "c": "cT", "p": "Big"}]], align="right")
d.p("Słownie: minus dwa tysiące dwieście sześćdziesiąt dziewięć złotych 35/100", "It")
d.space(3)
d.p("Sposób rozliczenia: zwrot na rachunek bankowy nabywcy w terminie 14 dni (do 2025-03-20) lub kompensata z kolejną płatnością.\nPozostałe pozycje faktury FV/1184/2025 pozostają bez zmian. Wartość brutto faktury pierwotnej: 14 268,60 PLN.", "Std")
d.space(10)
d.table([85, 10, 85], [[{"t": "....................................................\nPodpis osoby upoważnionej do wystawienia", "p": "SmC"}, "", {"t": "....................................................\nPodpis osoby upoważnionej do odbioru", "p": "SmC"}]])
d.space(4)
d.p("Hurtownia Elektryczna VOLTEX Sp. j. A. Nowicki, P. Zając, KRS 0000345678, Sąd Rejonowy dla Łodzi-Śródmieścia w Łodzi, XX Wydział Gospodarczy KRS, REGON 101234560, BDO 000098765.", "Sm")
d.write("../s30_24_pl_faktura_korygujaca.fodt")
