import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fodtlib import Doc
d = Doc(font="DejaVu Sans", size="8.5pt", margins=("1.3cm","1.8cm","1.0cm","2.0cm"), title="Factuur 25100417")
d.ps("Logo", size="15pt", bold=True, color="#e4522b", align="end")
d.ps("CoS", size="7.5pt", color="#555555", align="end")
d.ps("Ttl", size="16pt", bold=False, color="#e4522b", before="0.6cm", after="0.3cm")
d.ps("R", align="end"); d.ps("RB", align="end", bold=True); d.ps("B", bold=True)
d.ps("Hd", size="7.5pt", bold=True, color="#555555"); d.ps("HdR", size="7.5pt", bold=True, color="#555555", align="end")
d.ps("Lbl", size="7.5pt", color="#777777")
d.ps("Gap", before="0.4cm"); d.ps("Foot", size="6.8pt", color="#555555", align="center")
d.cs("Head", bb="0.8pt solid #e4522b")
d.cs("Line", bb="0.3pt solid #dddddd")
d.cs("Sum", bt="0.8pt solid #000000")
d.cs("Grand", bg="#fbe7e0", bt="0.8pt solid #e4522b")
d.cs("Info", bg="#f4f4f4", pad="0.12cm")
d.footer = (d.para("Van Dijk Installatietechniek B.V. · Nijverheidsweg 31 · 3534 AM Utrecht · T 030 244 81 70 · info@vandijk-installatie.nl", "Foot")
  + d.para("KvK 30184527 · BTW NL812345678B01 · IBAN NL76 RABO 0347 2619 85 · BIC RABONL2U · Op al onze leveringen zijn de Techniek Nederland-voorwaarden van toepassing.", "Foot"))
d.table([8.0, 9.2], [[
  {"t": ["", "", "", "Stichting Huisartsenpost Amersfoort", "T.a.v. crediteurenadministratie", "Postbus 1508", "3800 BM  AMERSFOORT"]},
  {"t": ["VAN DIJK", d.para("INSTALLATIETECHNIEK", "CoS"), d.para("Nijverheidsweg 31", "CoS"), d.para("3534 AM Utrecht", "CoS"), d.para("www.vandijk-installatie.nl", "CoS")], "ps": "Logo"}]])
d.p("Factuur", "Ttl")
I = lambda t: {"t": t, "cs": "Info", "ps": "Lbl"}
V = lambda t: {"t": t, "cs": "Info"}
d.table([3.44]*5, [[I("Factuurnummer"), I("Factuurdatum"), I("Vervaldatum"), I("Debiteurnummer"), I("Uw referentie")],
                   [V("25100417"), V("13-03-2025"), V("12-04-2025"), V("40117"), V("INK-2025-0098")]])
d.p("", "Gap")
d.p("Betreft: periodiek onderhoud en reparatie cv-installatie, locatie Utrechtseweg 160 (werkbon WB-25-0614 d.d. 06-03-2025)")
d.p("", "Gap")
H = lambda t, r=False: {"t": t, "cs": "Head", "ps": "HdR" if r else "Hd"}
L = lambda t, r=False: {"t": t, "cs": "Line", "ps": "R" if r else "Standard"}
rows = [[H("Artikel"), H("Omschrijving"), H("Aantal", 1), H("Eenheid"), H("Prijs", 1), H("Bedrag", 1), H("BTW", 1)],
 [L("ONH-CV"), L("Onderhoud cv-ketel incl. rookgasanalyse"), L("2,00", 1), L("stuk"), L("145,00", 1), L("290,00", 1), L("21%", 1)],
 [L("MAT-EXP18"), L("Expansievat 18 liter, vervangen"), L("1,00", 1), L("stuk"), L("215,00", 1), L("215,00", 1), L("21%", 1)],
 [L("ARB-MONT"), L("Arbeid monteur"), L("3,50", 1), L("uur"), L("68,50", 1), L("239,75", 1), L("21%", 1)],
 [L("VRK"), L("Voorrijkosten"), L("1,00", 1), L("stuk"), L("45,00", 1), L("45,00", 1), L("21%", 1)]]
d.table([2.0, 6.6, 1.5, 1.5, 1.8, 2.2, 1.6], rows, header_rows=1)
d.p("", "Gap")
d.table([8.6, 6.0, 2.6], [
  ["", "Totaal excl. BTW", {"t": "789,75", "ps": "R"}],
  ["", "BTW 21% over 789,75", {"t": "165,85", "ps": "R"}],
  ["", {"t": "Totaal incl. BTW  EUR", "cs": "Grand", "ps": "B"}, {"t": "955,60", "cs": "Grand", "ps": "RB"}]])
d.p("", "Gap"); d.p("", "Gap")
d.p("Wij verzoeken u vriendelijk het verschuldigde bedrag van € 955,60 vóór 12-04-2025 over te maken op IBAN NL76 RABO 0347 2619 85 ten name van Van Dijk Installatietechniek B.V. onder vermelding van factuurnummer 25100417.")
d.p("", "Gap")
d.p("Volgend onderhoud gepland: september 2025.", "Lbl")
d.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "s24_exact_factuur.fodt"))
