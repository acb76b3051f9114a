from s30_fodt import Doc
d = Doc(font="Liberation Sans", size=9, accent="#d2572b", margins=(15,16,16,16), footer="Pixelhíd Informatikai Kft. · 1117 Budapest, Infopark sétány 1. · www.pixelhid.hu · @PAGE@/@PAGES@ oldal", title="Számla / Invoice PH-2025-0093")
d.table([100, 80], [[{"t": "pixelhíd", "p": "Logo"}, {"t": "SZÁMLA / INVOICE", "p": "TitleR"}],
                    [{"t": "webfejlesztés · UX · üzemeltetés", "p": "Sm"}, {"t": "Sorszám / No.: **PH-2025-0093**", "p": "R"}]])
d.space(5)
d.table([90, 90], [[{"t": "**Eladó / Seller**\n\nPixelhíd Informatikai Kft.\n1117 Budapest, Infopark sétány 1. I/3.\nAdószám: 26543217-2-43\nKözösségi adószám / EU VAT No.: HU26543217\nCégjegyzékszám: 01-09-312345", "c": "cL"},
                    {"t": "**Vevő / Buyer**\n\nAlpenblick Tourismus GmbH\nMaria-Theresien-Straße 18\n6020 Innsbruck, Österreich\nUID-Nr. / EU VAT No.: ATU68451239", "c": "cb"}]])
d.space(3)
d.table([36, 36, 36, 36, 36], [
  [{"t": "Számla kelte\nInvoice date", "c": "ch", "p": "Sm"}, {"t": "Teljesítés dátuma\nDelivery date", "c": "ch", "p": "Sm"}, {"t": "Fizetési határidő\nDue date", "c": "ch", "p": "Sm"}, {"t": "Fizetési mód\nPayment", "c": "ch", "p": "Sm"}, {"t": "Pénznem\nCurrency", "c": "ch", "p": "Sm"}],
  [{"t": "2025.06.05.", "c": "cb"}, {"t": "2025.05.31.", "c": "cb"}, {"t": "**2025.06.20.**", "c": "cb"}, {"t": "átutalás / transfer", "c": "cb"}, {"t": "EUR", "c": "cb"}]])
d.p("Megrendelés / Order: AB-IT-2025-07 · Projekt: alpenblick.at relaunch", "Sm")
d.space(3)
H = lambda t, p="W": {"t": t, "c": "cA", "p": p}
C = lambda t, p="Std": {"t": t, "c": "cbb", "p": p}
rows = [[H("Megnevezés / Description"), H("Menny. / Qty", "WR"), H("Egység / Unit"), H("Egységár / Unit price", "WR"), H("ÁFA / VAT", "WR"), H("Nettó / Net (EUR)", "WR")]]
for desc, q, u, p, net in [
  ("Weboldal fejlesztés – alpenblick.at relaunch, 2. mérföldkő\nWebsite development – milestone 2", "1", "db / pc", "6 400,00", "6 400,00"),
  ("UX tervezés és prototípus\nUX design and prototyping", "32", "óra / h", "65,00", "2 080,00"),
  ("Tárhely és üzemeltetés 2025. Q2\nHosting and operations Q2 2025", "3", "hó / month", "120,00", "360,00")]:
    rows.append([C(desc), C(q, "R"), C(u), C(p, "R"), C("FAD", "R"), C(net, "R")])
d.table([70, 18, 20, 28, 16, 26], rows)
d.space(3)
d.table([75, 40], [
  [{"t": "Nettó összesen / Net total:"}, {"t": "8 840,00 EUR", "p": "R"}],
  [{"t": "ÁFA / VAT (fordított adózás):"}, {"t": "0,00 EUR", "p": "R"}],
  [{"t": "Bruttó összesen / Total:", "c": "cT", "p": "BigL"}, {"t": "8 840,00 EUR", "c": "cT", "p": "Big"}]], align="right")
d.space(2)
d.table([75, 40], [
  [{"t": "Alkalmazott árfolyam (MNB, 2025.05.30.): 1 EUR = 402,15 HUF", "p": "Sm"}, {"t": "", "p": "Sm"}],
  [{"t": "Nettó érték forintban:", "p": "Sm"}, {"t": "3 555 006 Ft", "p": "SmR"}],
  [{"t": "ÁFA forintban:", "p": "Sm"}, {"t": "0 Ft", "p": "SmR"}]], align="right")
d.space(4)
d.p("**Fordított adózás / Reverse charge** – Az adót a termék beszerzője, szolgáltatás igénybevevője fizeti (Áfa tv. 37. § (1), 2006/112/EK irányelv 196. cikk). VAT to be accounted for by the recipient.", "Std")
d.space(3)
d.p("**Bankszámla / Bank account**\nOTP Bank Nyrt. · IBAN: **HU42 1177 3016 1111 1018 0000 0000** · SWIFT/BIC: OTPVHUHB\nKérjük, a közleményben tüntesse fel a számla sorszámát. / Please quote the invoice number as payment reference.", "Std")
d.space(10)
d.p("Kiállította / Issued by: Kovács Dániel · A számla megfelel az Áfa tv. 169. §-ában foglaltaknak. Online Számla adatszolgáltatás: teljesítve.", "Sm")
d.write("../s30_30_hu_szamla_forditott.fodt")
