"""s26_03: Ontario consulting invoice (LibreOffice, from .fodt)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s26_fodt import Doc
d = Doc(font="Liberation Sans", size=9.5, page=("21.59cm", "27.94cm"), margins=("1.5cm", "1.9cm", "1.5cm", "1.9cm"),
        footer="Northbridge Advisory Inc. · 181 Bay Street, Suite 1800, Toronto ON M5J 2T3 · HST Registration No. 78451 2339 RT0001",
        title="Invoice INV-10482")
N = {"border": "none"}
d.table([10.0, 7.8], [[
    ("Northbridge Advisory Inc.", {"p": {"size": 17, "bold": True, "color": "#143d59"}}),
    ("INVOICE", {"p": {"size": 20, "bold": True, "align": "end", "color": "#143d59"}})],
    [("Operations & Strategy Consulting\n181 Bay Street, Suite 1800\nToronto, Ontario M5J 2T3\nT 416-555-0186 · ar@northbridgeadvisory.ca", {"p": {"size": 8.5, "color": "#444444"}}),
     ("Original", {"p": {"size": 8.5, "align": "end", "color": "#444444"}})]])
d.p("", size=6)
H = {"border": "box", "bg": "#143d59", "p": {"size": 7.5, "bold": True, "color": "#ffffff"}}
V = {"border": "box", "p": {"size": 9.5}}
d.table([3.4, 3.4, 2.6, 3.4, 2.6, 2.4], [
    [("Invoice No.", H), ("Date", H), ("Terms", H), ("Due Date", H), ("Client ID", H), ("Page", H)],
    [("INV-10482", V), ("Feb 28, 2025", V), ("Net 30", V), ("Mar 30, 2025", V), ("LMC-004", V), ("1 of 1", V)]])
d.p("", size=6)
d.table([8.9, 8.9], [
    [("BILL TO", {"border": "bottom", "p": {"size": 7.5, "bold": True, "color": "#143d59"}}),
     ("ENGAGEMENT", {"border": "bottom", "p": {"size": 7.5, "bold": True, "color": "#143d59"}})],
    [("Lakeshore Mechanical Contractors Ltd.\nAttention: Sandra Kowal, Controller\n55 Industrial Parkway North\nMississauga, Ontario L5T 2H6", {}),
     ("Operations review and job-costing improvement\nEngagement letter dated December 9, 2024\nService period: February 1–28, 2025\nEngagement partner: Adrian Lowe", {})]])
d.p("", size=6)
TH = {"border": "topbottom", "bg": "#e6edf2", "p": {"size": 8, "bold": True}}
THR = {"border": "topbottom", "bg": "#e6edf2", "p": {"size": 8, "bold": True, "align": "end"}}
L = {"border": "light"}
R = {"border": "light", "p": {"align": "end"}}
rows = [[("Description", TH), ("Hours / Qty", THR), ("Rate", THR), ("Amount (CAD)", THR)],
        [("Senior consultant – site visits, interviews with estimators and field supervisors, process mapping", L), ("28.0", R), ("225.00", R), ("6,300.00", R)],
        [("Analyst – job-cost data extraction and variance analysis (2022–2024 projects)", L), ("14.0", R), ("150.00", R), ("2,100.00", R)],
        [("Travel – mileage to Mississauga and Vaughan yards (212 km at $0.70/km)", L), ("212", R), ("0.70", R), ("148.40", R)]]
d.table([10.3, 2.4, 2.3, 2.8], rows, header_rows=1)
S = {"p": {"align": "end"}}
SB = {"border": "dbl", "p": {"align": "end", "bold": True, "size": 10.5}}
d.table([4.6, 3.0], [
    [("Subtotal", S), ("8,548.40", S)],
    [("HST 13% (ON)", S), ("1,111.29", S)],
    [("TOTAL DUE (CAD)", SB), ("$9,659.69", SB)]], align="right")
d.p("Payment terms: net 30 days. Interest at 1.5% per month (19.56% per annum) is charged on overdue accounts. "
    "Our previous invoice INV-10391 for $7,204.50 was paid on February 14, 2025 – thank you.", size=8.5, before=0.4)
d.p("Please remit by EFT to Royal Bank of Canada, Transit 00552, Institution 003, Account 1049873, or by cheque payable to "
    "Northbridge Advisory Inc. Interac e-Transfer: ar@northbridgeadvisory.ca. Please reference INV-10482.", size=8.5, before=0.2)
d.p("The next progress invoice will cover work performed from March 1 to March 31, 2025 and is expected to be issued on March 31, 2025.",
    size=8.5, before=0.2, color="#555555")
d.save(sys.argv[1])
