from s30_fodt import Doc
d = Doc(font="DejaVu Sans", size=8.5, accent="#5b2a86", margins=(14,16,16,16), footer="Kodeks Programska Oprema d.o.o. · Tehnološki park 24, 1000 Ljubljana · Družba je vpisana v sodni register pri Okrožnem sodišču v Ljubljani, osnovni kapital 7.500,00 EUR · stran @PAGE@/@PAGES@", title="Račun 2025-000318")
d.table([110, 70], [[{"t": "KODEKS", "p": "Logo"}, {"t": "Kodeks Programska Oprema d.o.o.\nTehnološki park 24\n1000 Ljubljana\nID za DDV: SI48291749\nMatična številka: 6543210000\nTRR: SI59 0201 0025 8374 156 (NLB d.d.)", "p": "SmR"}],
                    [{"t": "poslovna programska oprema · ERP · kadrovske rešitve", "p": "Sm"}, ""]])
d.space(6)
d.table([95, 85], [[{"t": "**Pekarna Zlato zrno d.o.o.**\nRačunovodstvo\nCesta v Mestni log 55\n1000 Ljubljana\nID za DDV: SI71234565", "c": "cn"},
                    {"t": "**RAČUN št. 2025-000318**\n\nKraj in datum izdaje: Ljubljana, 10.01.2025\nDatum opravljene storitve: 01.01.2025 – 31.12.2025\nRok plačila: 09.02.2025\nNaročilnica: NAR-2024/1187\nŠtevilka pogodbe: LIC-0412", "c": "cL"}]])
d.space(6)
H = lambda t, p="W": {"t": t, "c": "cA", "p": p}
C = lambda t, p="Std": {"t": t, "c": "cbb", "p": p}
rows = [[H("Zap."), H("Opis"), H("Količina", "WR"), H("EM"), H("Cena", "WR"), H("DDV", "WR"), H("Znesek brez DDV", "WR")]]
for i, (desc, q, em, p, net) in enumerate([
  ("Letna naročnina KodeksERP Standard – 10 uporabnikov, obdobje 01.01.2025–31.12.2025", "10", "upor.", "420,00", "4.200,00"),
  ("Modul Kadrovska evidenca in obračun plač – letna licenca", "1", "kos", "890,00", "890,00"),
  ("Popust za zvestobo 10 % (na postavko 1)", "1", "kos", "-420,00", "-420,00"),
  ("Podpora Premium (odzivni čas 4 h), 12 mesecev", "12", "mes.", "95,00", "1.140,00")], 1):
    rows.append([C(str(i)), C(desc), C(q, "R"), C(em), C(p, "R"), C("22 %", "R"), C(net, "R")])
d.table([10, 78, 16, 13, 20, 14, 29], rows)
d.space(4)
d.table([60, 35, 35], [
  [{"t": "Rekapitulacija DDV", "c": "ch", "p": "Bo"}, {"t": "Osnova", "c": "ch", "p": "RB"}, {"t": "DDV", "c": "ch", "p": "RB"}],
  [{"t": "DDV 22 %", "c": "cb"}, {"t": "5.810,00", "c": "cb", "p": "R"}, {"t": "1.278,20", "c": "cb", "p": "R"}],
  [{"t": "DDV 9,5 %", "c": "cb"}, {"t": "0,00", "c": "cb", "p": "R"}, {"t": "0,00", "c": "cb", "p": "R"}]], align="right")
d.space(2)
d.table([75, 40], [
  [{"t": "Skupaj brez DDV"}, {"t": "5.810,00 EUR", "p": "R"}],
  [{"t": "DDV 22 %"}, {"t": "1.278,20 EUR", "p": "R"}],
  [{"t": "ZA PLAČILO", "c": "cT", "p": "BigL"}, {"t": "7.088,20 EUR", "c": "cT", "p": "Big"}]], align="right")
d.space(6)
d.p("**Navodila za plačilo**", "Std")
d.p("Znesek nakažite na TRR **SI59 0201 0025 8374 156** (NLB d.d., BIC LJBASI2X), sklic: **SI00 2025-000318**.\nNamen plačila: Račun 2025-000318 – licenca 2025. Za zamudo pri plačilu zaračunavamo zakonite zamudne obresti.", "Std")
d.space(3)
d.p("Licenca se podaljša samodejno za naslednje leto, če je ne odpoveste najmanj 60 dni pred iztekom. Stanje vaših odprtih postavk na dan 10.01.2025: 0,00 EUR.", "Sm")
d.space(8)
d.table([90, 90], [[{"t": "Račun izdal:\nNina Kovačič, vodja prodaje", "p": "Sm"}, {"t": "Direktor:\nmag. Andrej Zupan", "p": "SmR"}]])
d.write("../s30_08_si_racun_programska_licenca.fodt")
