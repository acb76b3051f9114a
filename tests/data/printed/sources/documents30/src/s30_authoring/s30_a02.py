from s30_fodt import Doc
d = Doc(font="Liberation Sans", size=9, accent="#0a5c8a", footer="Nexora Systems s.r.o. · Mlynské nivy 48, 821 09 Bratislava · www.nexora.sk · Strana @PAGE@ z @PAGES@", title="Faktúra FA20250213")
d.table([95, 85], [[{"t": "NEXORA", "p": "Logo"}, {"t": "FAKTÚRA č. FA20250213", "p": "TitleR"}],
                   [{"t": "IT infraštruktúra · cloud · servis", "p": "Sm"}, {"t": "daňový doklad", "p": "SmR"}]])
d.space(4)
d.table([90, 90], [[{"t": "**Dodávateľ**\n\n**Nexora Systems s.r.o.**\nMlynské nivy 48\n821 09 Bratislava\nIČO: 50123456\nDIČ: 2120456789\nIČ DPH: SK2120456789\nZapísaná v OR Mestského súdu Bratislava III, odd. Sro, vl. č. 112233/B", "c": "cL"},
                    {"t": "**Odberateľ**\n\n**Tatranské mlyny a.s.**\nPopradská 12\n058 01 Poprad\nIČO: 36445566\nDIČ: 2020123456\nIČ DPH: SK2020123456", "c": "cb"}]])
d.space(3)
d.table([45, 45, 45, 45], [
  [{"t": "Dátum vyhotovenia:", "c": "cg"}, {"t": "**03.02.2025**", "c": "cg"}, {"t": "Variabilný symbol:", "c": "cg"}, {"t": "**20250213**", "c": "cg"}],
  [{"t": "Dátum dodania:", "c": "cg"}, {"t": "31.01.2025", "c": "cg"}, {"t": "Konštantný symbol:", "c": "cg"}, {"t": "0308", "c": "cg"}],
  [{"t": "Dátum splatnosti:", "c": "cg"}, {"t": "**17.02.2025**", "c": "cg"}, {"t": "Forma úhrady:", "c": "cg"}, {"t": "bankový prevod", "c": "cg"}],
  [{"t": "Objednávka:", "c": "cg"}, {"t": "TM-OBJ-2025-004", "c": "cg"}, {"t": "Zmluva o servise:", "c": "cg"}, {"t": "ZS-07/2023", "c": "cg"}]])
d.space(2)
d.table([90, 90], [[{"t": "Banka: Tatra banka, a.s.\nIBAN: **SK41 1100 0000 0029 4512 7734**\nSWIFT: TATRSKBX", "c": "cn"}, {"t": "Fakturujeme Vám za služby poskytnuté v mesiaci január 2025 podľa zmluvy o servise IT ZS-07/2023.", "c": "cn"}]])
d.space(3)
H = lambda t, p="Bo": {"t": t, "c": "ch", "p": p}
C = lambda t, p="Std": {"t": t, "c": "cbb", "p": p}
rows = [[H("Popis"), H("Množstvo", "RB"), H("MJ"), H("Cena/MJ bez DPH", "RB"), H("DPH %", "RB"), H("Bez DPH", "RB"), H("S DPH", "RB")]]
for desc, q, mj, p, net, gross in [
  ("Správa IT infraštruktúry – paušál 01/2025", "1", "mes.", "1 450,00", "1 450,00", "1 783,50"),
  ("Servisné práce nad rámec paušálu (výkaz č. 2025/01)", "12,5", "hod.", "48,00", "600,00", "738,00"),
  ("Licencia Microsoft 365 Business Standard – prefakturácia 01/2025", "18", "ks", "11,70", "210,60", "259,04"),
  ("Zálohovanie do cloudu, 500 GB", "1", "mes.", "39,90", "39,90", "49,08")]:
    rows.append([C(desc), C(q, "R"), C(mj), C(p, "R"), C("23", "R"), C(net, "R"), C(gross, "R")])
d.table([66, 17, 12, 26, 13, 23, 23], rows)
d.space(4)
d.table([60, 40, 40, 40], [
  [H("Rekapitulácia DPH v EUR"), H("Základ", "RB"), H("DPH", "RB"), H("Spolu", "RB")],
  [{"t": "Sadzba 23 %", "c": "cb"}, {"t": "2 300,50", "c": "cb", "p": "R"}, {"t": "529,12", "c": "cb", "p": "R"}, {"t": "2 829,62", "c": "cb", "p": "R"}],
  [{"t": "Sadzba 19 %", "c": "cb"}, {"t": "0,00", "c": "cb", "p": "R"}, {"t": "0,00", "c": "cb", "p": "R"}, {"t": "0,00", "c": "cb", "p": "R"}],
  [{"t": "Sadzba 5 %", "c": "cb"}, {"t": "0,00", "c": "cb", "p": "R"}, {"t": "0,00", "c": "cb", "p": "R"}, {"t": "0,00", "c": "cb", "p": "R"}]], align="right")
d.space(2)
d.table([70, 40], [
  [{"t": "Spolu bez DPH:"}, {"t": "2 300,50 €", "p": "R"}],
  [{"t": "DPH:"}, {"t": "529,12 €", "p": "R"}],
  [{"t": "Uhradené zálohou:"}, {"t": "0,00 €", "p": "R"}],
  [{"t": "Celkom na úhradu:", "c": "cT", "p": "BigL"}, {"t": "2 829,62 €", "c": "cT", "p": "Big"}]], align="right")
d.space(6)
d.p("Vyhotovil: Lucia Bartošová, +421 2 3210 4455, fakturacia@nexora.sk", "Sm")
d.p("Pri úhrade uveďte variabilný symbol. Pri omeškaní s úhradou si účtujeme úrok z omeškania podľa § 369a Obchodného zákonníka.", "Sm")
d.p("Prevzal: ..................................      Pečiatka a podpis: ..................................", "Std")
d.write("../s30_02_sk_faktura_it_sluzby.fodt")
