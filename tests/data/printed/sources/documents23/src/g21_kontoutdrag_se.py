"""D21: Swedish timber merchant's customer account statement (kontoutdrag) for Q1 2025, transactions
over two pages with repeated column headers, closing balance and open items at the end (LibreOffice .fodt)."""
import sys
import datetime as dt
from common import fmt, D
from odf import ODT, PAGE, PAGES
import data

d = data.d21()
# present the customer's payments smallest first so that the account never shows a credit balance
_new, _wait, _b = [], [], d["opening"]
for t in d["tx"]:
    if t["text"].startswith("Inbetalning") and _b - t["credit"] < 0:
        _wait.append(t)
        continue
    _b = _b + t["debit"] - t["credit"]
    t["bal"] = _b
    _new.append(t)
    while _wait and _b - _wait[0]["credit"] >= 0:
        w = _wait.pop(0)
        w["date"] = t["date"] + dt.timedelta(days=1 if t["date"].weekday() < 4 else 3)
        _b -= w["credit"]
        w["bal"] = _b
        _new.append(w)
d["tx"] = _new
assert _b == d["closing"] and min(t["bal"] for t in d["tx"]) >= 0, [t["bal"] for t in d["tx"]]
OUT = sys.argv[1]


def k(x):
    return fmt(x, "se")


o = ODT(font="DejaVu Sans", size="8.6pt", lang=("sv", "SE"))
C = "#7a4a12"
o.pstyle("Hd", size="7.4pt", tabs=[("18cm", "right")], color="#333333", border={"bottom": "0.6pt solid #7a4a12"}, padding="0.05cm")
o.pstyle("Ft", size="6.5pt", align="center", color="#555555")
o.pstyle("Firm", size="16pt", bold=True, color=C, master="First")
o.pstyle("Sub", size="7.4pt", color="#444444")
o.pstyle("Title", size="14pt", bold=True, before="0.35cm", after="0.1cm")
o.pstyle("N", size="8.4pt")
o.pstyle("NR", size="8.4pt", align="end")
o.pstyle("NB", size="8.4pt", bold=True)
o.pstyle("NBR", size="8.4pt", bold=True, align="end")
o.pstyle("Th", size="7.4pt", bold=True, color="#ffffff")
o.pstyle("ThR", size="7.4pt", bold=True, color="#ffffff", align="end")
o.pstyle("H2", size="9.5pt", bold=True, color=C, before="0.35cm", after="0.1cm", keep=True)
o.pstyle("Small", size="7.4pt", line="120%", before="0.15cm", align="justify")
o.cell_style("CH", bg=C, padding="0.07cm")
o.cell_style("C", borders={"bottom": "0.3pt solid #d0c4b4"}, padding="0.14cm")
o.cell_style("CT", borders={"top": "1pt solid #000000", "bottom": "1pt solid #000000"}, bg="#f3ece2", padding="0.08cm")
o.cell_style("CBox", border="0.6pt solid #777777", padding="0.08cm")
o.cell_style("CN", padding="0.03cm")
o.table_style("Tfull", "18cm", margin_top="0.2cm")
o.table_style("Tbox", "8.4cm", align="right")
o.table_style("Thalf", "10cm", align="right", margin_top="0.2cm")
for n, w in [("h1", "9.4cm"), ("h2", "8.6cm"), ("b1", "3.4cm"), ("b2", "5cm"),
             ("t1", "2.2cm"), ("t2", "3.8cm"), ("t3", "2.6cm"), ("t4", "2.3cm"), ("t5", "2.3cm"), ("t6", "2.3cm"), ("t7", "2.5cm"),
             ("s1", "6.5cm"), ("s2", "3.5cm"), ("o1", "3cm"), ("o2", "3cm"), ("o3", "3cm"), ("o4", "3cm"), ("o5", "6cm")]:
    o.col_style(n, w)
P = o.p
B = []
B.append(P("NORRLANDS TRÄVAROR AB", "Firm"))
B.append(P("Bergsgatan 18 · 852 38 Sundsvall · tel. 060-14 22 80 · reskontra@norrlandstravaror.se · www.norrlandstravaror.se", "Sub"))
cust = P(f"{d['customer']}\nAtt: ekonomiavdelningen\nBox 114\n871 22 Härnösand", "N")
box = o.table("Box", "Tbox", ["b1", "b2"], [
    [("CBox", P("Datum", "N")), ("CBox", P("2025-03-31", "N"))],
    [("CBox", P("Kundnummer", "N")), ("CBox", P(d["customer_number"], "NB"))],
    [("CBox", P("Period", "N")), ("CBox", P("2025-01-01 – 2025-03-31", "N"))],
    [("CBox", P("Betalningsvillkor", "N")), ("CBox", P("30 dagar netto", "N"))],
    [("CBox", P("Vår referens", "N")), ("CBox", P("Åsa Nordin, 060-14 22 86", "N"))]])
B.append(o.table("Head", "Tfull", ["h1", "h2"], [[("CN", cust), ("CN", box)]]))
B.append(P("Kontoutdrag – kundreskontra", "Title"))
B.append(P("Nedan redovisas samtliga transaktioner på ert kundkonto under perioden. Vänligen kontrollera uppgifterna och kontakta oss snarast vid avvikelser.", "Small"))


def th(t, r=False):
    return ("CH", P(t, "ThR" if r else "Th"))


def td(t, r=False, b=False):
    return ("C", P(t, ("NBR" if r else "NB") if b else ("NR" if r else "N")))


rows = [[td("2025-01-01"), td("Ingående saldo", b=True), td(""), td(""), td(""), td(""), td(k(d["opening"]), True, True)]]
for t in d["tx"]:
    rows.append([td(f"{t['date']:%Y-%m-%d}"), td(t["text"]), td(t["ref"]), td(f"{t['due']:%Y-%m-%d}" if t["due"] else ""),
                 td(k(t["debit"]) if t["debit"] else "", True), td(k(t["credit"]) if t["credit"] else "", True), td(k(t["bal"]), True)])
rows.append([("CT", P("Summa perioden", "NB"), 4), ("CT", P(k(d["tot_debit"]), "NBR")), ("CT", P(k(d["tot_credit"]), "NBR")), ("CT", P("", "N"))])
rows.append([("CT", P("Utgående saldo 2025-03-31", "NB"), 6), ("CT", P(k(d["closing"]), "NBR"))])
B.append(o.table("Tx", "Tfull", ["t1", "t2", "t3", "t4", "t5", "t6", "t7"], rows,
                 header_rows=[[th("Datum"), th("Text"), th("Verifikat/Fakturanr"), th("Förfallodag"), th("Debet", True), th("Kredit", True), th("Saldo", True)]]))

# open items (FIFO): invoices not yet covered by payments
open_inv = []
remaining = d["closing"]
for t in reversed([t for t in d["tx"] if t["text"] == "Faktura"]):
    if remaining <= 0:
        break
    amt = min(t["debit"], remaining)
    open_inv.append((t, amt))
    remaining -= amt
open_inv.reverse()
asof = dt.date(2025, 3, 31)
overdue = sum(a for t, a in open_inv if t["due"] < asof)
B.append(P("Öppna poster per 2025-03-31", "H2"))
orows = [[th("Fakturanr"), th("Fakturadatum"), th("Förfallodag"), th("Öppet belopp", True), th("Status")]]
for t, a in open_inv:
    orows.append([td(t["ref"]), td(f"{t['date']:%Y-%m-%d}"), td(f"{t['due']:%Y-%m-%d}"), td(k(a), True),
                  td("Förfallen" if t["due"] < asof else "Ej förfallen")])
orows.append([("CT", P("Summa öppna poster", "NB"), 3), ("CT", P(k(d["closing"]), "NBR")), ("CT", P(f"varav förfallet {k(overdue)}", "NB"))])
B.append(o.table("Open", "Tfull", ["o1", "o2", "o3", "o4", "o5"], orows))
B.append(o.table("Sum", "Thalf", ["s1", "s2"], [
    [("CBox", P("Ingående saldo 2025-01-01", "N")), ("CBox", P(k(d["opening"]), "NR"))],
    [("CBox", P("Fakturerat under perioden", "N")), ("CBox", P(k(d["tot_debit"]), "NR"))],
    [("CBox", P("Betalningar och krediteringar", "N")), ("CBox", P("-" + k(d["tot_credit"]), "NR"))],
    [("CBox", P("Utgående saldo att betala (SEK)", "NB")), ("CBox", P(k(d["closing"]), "NBR"))]]))
B.append(P((f"Förfallna belopp ({k(overdue)} kr) ber vi er betala omgående" if overdue else "Inga förfallna poster finns per 2025-03-31. Öppna poster betalas senast på respektive förfallodag")
           + f" till bankgiro 5421-0387 med angivande av kundnummer {d['customer_number']} och fakturanummer."
           "  Dröjsmålsränta debiteras enligt räntelagen med referensränta + 8 procentenheter. Påminnelseavgift 60 kr. "
           "Har betalning nyligen skett kan ni bortse från detta. Vid frågor om kontoutdraget, kontakta vår reskontra på 060-14 22 86.", "Small"))

header = P(f"Norrlands Trävaror AB · Kontoutdrag 2025-03-31 · Kundnr {d['customer_number']}<text:tab/>Sida {PAGE} av {PAGES}", "Hd", raw=True)
footer = P("Norrlands Trävaror AB · Bergsgatan 18, 852 38 Sundsvall · Org.nr 556712-4083 · Momsreg.nr SE556712408301 · Godkänd för F-skatt · "
           "Bankgiro 5421-0387 · Swedbank IBAN SE45 8000 0832 7900 1458 3621", "Ft")
o.write(f"{OUT}/s23_kontoutdrag_se.fodt", "".join(B), page={"margins": ("1.0cm", "0.9cm", "1.5cm", "1.5cm")},
        header=header, footer=footer, first_header=None, first_footer=footer, title="Kontoutdrag 10-4418", meta_date="2025-03-31T19:10:00")
