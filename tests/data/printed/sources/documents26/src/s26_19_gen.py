"""s26_19: Irish hotel guest folio, 11 nights, 2 pages (LibreOffice, from .fodt)."""
import sys, os
from decimal import Decimal as D
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s26_fodt import Doc
d = Doc(font="DejaVu Sans", size=8.5, margins=("1.3cm", "1.6cm", "1.3cm", "1.6cm"),
        footer="Harbour Lights Hotel Galway Ltd, trading as The Harbour Lights Hotel · Registered in Ireland No. 518824 · VAT No. IE 9712458R\n"
               "Registered office: Dock Road, Galway H91 T2C6 · Directors: S. Ní Fhlatharta, P. Keane",
        title="Folio 884213")
d.p("The Harbour Lights Hotel", size=18, bold=True, align="center", font="DejaVu Serif")
d.p("Dock Road · Galway H91 T2C6 · Ireland · +353 91 555 210 · reservations@harbourlightshotel.ie", size=8, align="center", after=0.3)
d.p("GUEST FOLIO / VAT INVOICE", size=11, bold=True, align="center", after=0.2)
L = {"p": {"size": 8.5, "bold": True}}
V = {"p": {"size": 8.5}}
d.table([2.8, 5.6, 3.2, 6.2], [
    [("Guest Name", L), ("James Whitaker", V), ("Folio No.", L), ("884213", V)],
    [("Company", L), ("Atlantic Survey Partners Ltd", V), ("Room", L), ("214 – Superior Double", V)],
    [("Address", L), ("Unit 7, Sandyford Business Centre\nDublin 18, D18 E2X4", V), ("Arrival", L), ("03/03/2025", V)],
    [("Company VAT", L), ("IE 3344918KH", V), ("Departure", L), ("14/03/2025", V)],
    [("Rate Plan", L), ("CORP-ASP  Bed & Breakfast", V), ("Nights / Guests", L), ("11 / 1", V)],
    [("Reservation", L), ("HL-55019833", V), ("Folio Date", L), ("14/03/2025", V)]])
rows = []
def add(date, desc, ref, ch=None, cr=None):
    rows.append((date, desc, ref, ch, cr))
rows.append(("03/03/2025", "Deposit – Visa ****6021", "PAY 40182", None, "290.00"))
dinners = {"04/03/2025": "48.50", "06/03/2025": "52.00", "08/03/2025": "39.90", "10/03/2025": "61.20", "12/03/2025": "44.75"}
bar = {"05/03/2025": "18.40", "07/03/2025": "26.80", "09/03/2025": "12.60", "11/03/2025": "22.90", "13/03/2025": "31.50"}
laundry = {"06/03/2025": "24.00", "11/03/2025": "18.00"}
ref = 70311
for day in range(3, 14):
    dt = f"{day:02d}/03/2025"
    ref += 1; rows.append((dt, "Accommodation – Room 214 (incl. breakfast)", f"RM {ref}", "145.00", None))
    ref += 1; rows.append((dt, "Car Park – overnight", f"CP {ref}", "12.00", None))
    if dt in dinners: ref += 1; rows.append((dt, "The Quay Room Restaurant – dinner", f"RS {ref}", dinners[dt], None))
    if dt in bar: ref += 1; rows.append((dt, "Lantern Bar", f"BR {ref}", bar[dt], None))
    if dt in laundry: ref += 1; rows.append((dt, "Laundry service", f"LD {ref}", laundry[dt], None))
    if dt == "13/03/2025": ref += 1; rows.append((dt, "Minibar", f"MB {ref}", "9.50", None))
rows.append(("14/03/2025", "Payment – Visa ****6021 (check-out)", "PAY 40977", None, "1,847.05"))
tch = sum(D(r[3]) for r in rows if r[3]); tcr = sum(D(r[4].replace(",", "")) for r in rows if r[4])
assert tch == D("2137.05") and tcr == tch, (tch, tcr)
TH = {"border": "topbottom", "bg": "#e4e4e4", "p": {"size": 8, "bold": True}}
THR = {"border": "topbottom", "bg": "#e4e4e4", "p": {"size": 8, "bold": True, "align": "end"}}
C = {"border": "light", "p": {"size": 8}}
CR = {"border": "light", "p": {"size": 8, "align": "end"}}
trs = [[("Date", TH), ("Description", TH), ("Reference", TH), ("Charges €", THR), ("Credits €", THR)]]
for r in rows:
    trs.append([(r[0], C), (r[1], C), (r[2], C), (r[3] or "", CR), (r[4] or "", CR)])
B = {"border": "top", "p": {"size": 8.5, "bold": True}}
BR = {"border": "top", "p": {"size": 8.5, "bold": True, "align": "end"}}
trs.append([("", B), ("Total", B), ("", B), ("2,137.05", BR), ("2,137.05", BR)])
trs.append([("", {"border": "dbl"}), ("Balance", {"border": "dbl", "p": {"bold": True}}), ("", {"border": "dbl"}),
            ("0.00", {"border": "dbl", "p": {"bold": True, "align": "end"}}), ("", {"border": "dbl"})])
d.table([2.2, 7.6, 2.6, 2.7, 2.7], trs, header_rows=1)
d.p("VAT analysis (all charges are inclusive of VAT)", size=8.5, bold=True, before=0.3)
A = {"border": "light", "p": {"size": 8}}
AR = {"border": "light", "p": {"size": 8, "align": "end"}}
d.table([5.0, 3.0, 3.0, 3.0], [
    [("VAT rate", TH), ("Net €", THR), ("VAT €", THR), ("Gross €", THR)],
    [("13.5% – accommodation, food", A), ("1,622.33", AR), ("219.02", AR), ("1,841.35", AR)],
    [("23% – car park, bar, laundry, minibar", A), ("240.41", AR), ("55.29", AR), ("295.70", AR)],
    [("Total", A), ("1,862.74", AR), ("274.31", AR), ("2,137.05", AR)]])
d.p("Currency: EUR. Thank you for staying with us, Mr Whitaker. Your corporate rate of €145.00 per night is valid for stays until "
    "31/12/2025. Please note that the pre-authorisation of €290.00 taken on arrival has been applied as a deposit above.",
    size=8, before=0.3)
d.p("I agree that my liability for this bill is not waived and I agree to be held personally liable in the event that the "
    "indicated person, company or association fails to pay for any part or the full amount of these charges.", size=7.5, before=0.2, color="#555555")
d.p("Guest signature: ______________________________          Cashier: ÁOC / Front Office", size=8, before=0.4)
d.save(sys.argv[1])
