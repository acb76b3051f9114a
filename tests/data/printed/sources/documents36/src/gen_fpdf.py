"""fpdf2 generators for documents 03, 10, 14 and 19. Usage: python3 gen_fpdf.py OUTDIR"""
import os, sys
from fpdf import FPDF
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_items import MATERIALS

OUT = sys.argv[1]
FD = "/usr/share/fonts/truetype/dejavu/"

def new(fmt="A4"):
    p = FPDF(format=fmt, unit="mm")
    p.set_creation_date(__import__("datetime").datetime(2025, 4, 1, tzinfo=__import__("datetime").timezone.utc))
    p.add_font("DV", "", FD + "DejaVuSans.ttf")
    p.add_font("DV", "B", FD + "DejaVuSans-Bold.ttf")
    p.add_font("DVC", "", FD + "DejaVuSansCondensed.ttf")
    p.add_font("DVC", "B", FD + "DejaVuSansCondensed-Bold.ttf")
    p.set_auto_page_break(True, 18)
    return p

def money(x): return f"{x:,.2f}"

# ---------------- 03 CIS subcontractor invoice (UK) ----------------
def doc03():
    p = new(); p.add_page(); p.set_margins(18, 15, 18)
    p.set_font("DV", "B", 16); p.set_xy(18, 15); p.cell(0, 8, "DALE KERR GROUNDWORKS LTD")
    p.set_font("DV", "", 8.5); p.set_xy(18, 24)
    p.multi_cell(95, 4.2, "Groundworks · Drainage · Kerbing\n17 Tithe Barn Close, Ossett, West Yorkshire WF5 9QA\nMobile 07700 900 418 · dale@dkgroundworks.co.uk\nVAT Reg No: GB 284 7193 26\nUTR: 4829301756")
    p.set_font("DV", "B", 20); p.set_xy(120, 15); p.cell(72, 10, "INVOICE", align="R")
    p.set_font("DV", "", 9)
    y = 28
    for k, v in [("Invoice No:", "INV-0384"), ("Date:", "14/03/2025"), ("Your Ref:", "HCL-SC-2291"), ("Job:", "Horbury Plots 1–9"), ("Payment Due:", "11/04/2025")]:
        p.set_xy(120, y); p.cell(30, 5, k, align="R"); p.set_font("DV", "B", 9); p.cell(42, 5, v, align="R"); p.set_font("DV", "", 9); y += 5
    p.set_xy(18, 58); p.set_font("DV", "B", 9); p.cell(80, 5, "Invoice to:")
    p.set_font("DV", "", 9); p.set_xy(18, 63)
    p.multi_cell(80, 4.6, "Harrowgate Construction Ltd\nAccounts Payable\nUnit 4, Calder Park Business Centre\nWakefield\nWF4 3FL")
    p.set_xy(18, 92); p.set_font("DV", "", 9)
    p.multi_cell(174, 4.6, "Works carried out 17/02/2025 – 14/03/2025 at Wakefield Road, Horbury (Plots 1–9) as per subcontract order HCL-SC-2291 and valuation agreed with site manager on 13/03/2025.")
    p.ln(3)
    p.set_fill_color(225, 225, 225); p.set_font("DV", "B", 9)
    cols = [(100, "Description"), (25, "Type"), (49, "Amount £")]
    for w, t in cols: p.cell(w, 7, t, border=1, fill=True, align="C" if t != "Description" else "L")
    p.ln()
    p.set_font("DV", "", 9)
    rows = [("Foundation excavation & concrete pour, plots 7–9", "Labour", 2350.00),
            ("Foul & surface water drainage runs, manholes MH4–MH6", "Labour", 1850.00),
            ("Pipe, fittings, pea gravel & MOT Type 1 (receipts attached)", "Materials", 1150.00)]
    for d, t, a in rows:
        p.cell(100, 7, d, border=1); p.cell(25, 7, t, border=1, align="C"); p.cell(49, 7, money(a), border=1, align="R"); p.ln()
    p.ln(3)
    summ = [("Labour", "4,200.00"), ("Materials", "1,150.00"), ("Net value of works", "5,350.00"),
            ("VAT @ 20% – reverse charge (£1,070.00 to be accounted for by customer)", "0.00"),
            ("Gross amount before CIS", "5,350.00"), ("Less CIS deduction (20% of labour £4,200.00)", "-840.00")]
    for k, v in summ:
        p.set_x(60); p.cell(100, 6, k, align="R"); p.cell(32, 6, v, align="R"); p.ln()
    p.set_font("DV", "B", 11); p.set_x(60); p.cell(100, 8, "AMOUNT PAYABLE", align="R", border="T"); p.cell(32, 8, "£4,510.00", align="R", border="T"); p.ln(14)
    p.set_font("DV", "B", 9); p.cell(0, 5, "Reverse charge: Customer to account to HMRC for the VAT on this supply (VAT Act 1994 Section 55A).", new_x="LMARGIN", new_y="NEXT")
    p.set_font("DV", "", 8.5)
    p.multi_cell(174, 4.4, "CIS: The contractor must deduct 20% from the labour element only and issue a payment and deduction statement by the 19th of the month following payment. Materials are not subject to deduction.\nPlease pay by BACS within 28 days: Dale Kerr Groundworks Ltd, Santander, Sort Code 09-01-28, Account 38104476, reference INV-0384.")
    p.set_y(-25); p.set_font("DV", "", 7.5)
    p.cell(0, 4, "Dale Kerr Groundworks Ltd · Registered in England & Wales No. 11245907 · Registered office: 17 Tithe Barn Close, Ossett WF5 9QA", align="C")
    p.output(os.path.join(OUT, "03_cis_subcontractor_invoice.pdf"))

# ---------------- 10 HOA dues statement (US) ----------------
def doc10():
    p = new("Letter"); p.add_page(); p.set_margins(16, 14, 16)
    p.set_font("DV", "B", 14); p.set_xy(16, 14); p.cell(0, 7, "Lakeview Villas Homeowners Association")
    p.set_font("DV", "", 8.5); p.set_xy(16, 21)
    p.multi_cell(110, 4.2, "c/o Summit Community Management, AAMC\n1801 E. Old Settlers Blvd, Suite 120, Round Rock, TX 78664\n(512) 555-0147 · accounting@summitcm.com · www.lakeviewvillashoa.org")
    p.set_xy(140, 14); p.set_font("DV", "B", 12); p.cell(60, 7, "STATEMENT", align="R")
    p.set_font("DV", "", 9); y = 22
    for k, v in [("Statement Date", "04/01/2025"), ("Account #", "LV-0417-B"), ("Due Date", "04/15/2025")]:
        p.set_xy(140, y); p.cell(30, 5, k); p.cell(30, 5, v, align="R"); y += 5
    p.set_xy(22, 48); p.set_font("DV", "", 10)
    p.multi_cell(90, 5, "Rosa & Miguel Alvarado\n417 Lakeview Villas Dr, Unit B\nRound Rock, TX 78665")
    p.set_xy(120, 48); p.set_font("DV", "", 8.5)
    p.multi_cell(80, 4.3, "Property: 417 Lakeview Villas Dr, Unit B\nAssessment: $385.00 monthly\nAutoPay: not enrolled")
    p.set_xy(16, 74); p.set_fill_color(30, 70, 110); p.set_text_color(255, 255, 255); p.set_font("DV", "B", 9)
    for w, t in [(28, "Date"), (104, "Description"), (26, "Charges"), (26, "Balance")]: p.cell(w, 7, t, fill=True, align="C")
    p.ln(); p.set_text_color(0, 0, 0); p.set_font("DV", "", 9)
    rows = [("03/01/2025", "Balance forward", "", "385.00"),
            ("03/16/2025", "Late fee – March assessment not received by 03/15/2025", "25.00", "410.00"),
            ("04/01/2025", "Monthly assessment – April 2025", "385.00", "795.00")]
    for d, desc, c, b in rows:
        p.set_x(16); p.cell(28, 7, d, border="B"); p.cell(104, 7, desc, border="B"); p.cell(26, 7, c, border="B", align="R"); p.cell(26, 7, b, border="B", align="R"); p.ln()
    p.ln(4); p.set_x(110)
    for k, v in [("Previous Balance", "$385.00"), ("Payments Received", "$0.00"), ("New Charges", "$410.00")]:
        p.set_x(110); p.cell(60, 6, k); p.cell(30, 6, v, align="R"); p.ln()
    p.set_x(110); p.set_font("DV", "B", 10); p.cell(60, 8, "TOTAL DUE", border="T"); p.cell(30, 8, "$795.00", align="R", border="T"); p.ln(12)
    p.set_font("DV", "", 8.5); p.set_x(16)
    p.multi_cell(184, 4.4, "Assessments are due on the 1st of each month and are late if not received by the 15th. A $25.00 late fee is charged per late month. Accounts 90 days past due are referred to the Association's attorney per the Declaration, Art. VIII, and collection costs become the owner's responsibility.\n\nReminder: the Annual Meeting will be held 05/20/2025 at 7:00 PM in the Lakeview Villas clubhouse. Pool opens 05/24/2025. Architectural applications for fences are due 30 days before work starts.")
    # coupon
    p.set_y(200); p.set_dash_pattern(dash=1.5, gap=1.5); p.line(16, 200, 200, 200); p.set_dash_pattern()
    p.set_xy(16, 203); p.set_font("DV", "", 7); p.cell(0, 4, "Please detach and return this portion with your payment. Make checks payable to Lakeview Villas HOA.")
    p.set_xy(16, 210); p.set_font("DV", "B", 9); p.cell(90, 5, "Lakeview Villas Homeowners Association")
    p.set_font("DV", "", 8.5); p.set_xy(16, 215); p.multi_cell(90, 4.3, "PO Box 97341\nAustin, TX 78709-7341")
    y = 210; p.set_font("DV", "", 9)
    for k, v in [("Account #", "LV-0417-B"), ("Owner", "Rosa & Miguel Alvarado"), ("Amount Due", "$795.00"), ("Due By", "04/15/2025"), ("Amount Enclosed", "$__________")]:
        p.set_xy(115, y); p.cell(32, 6, k, border=1); p.cell(53, 6, v, border=1, align="R"); y += 6
    p.set_xy(16, 248); p.set_font("DVC", "", 9); p.cell(0, 5, "LV0417B 00000079500 20250415 3")
    p.output(os.path.join(OUT, "10_hoa_dues_statement.pdf"))

# ---------------- 14 facilities maintenance work order (US) ----------------
def doc14():
    p = new("Letter"); p.add_page(); p.set_margins(15, 12, 15)
    p.set_fill_color(245, 130, 32); p.rect(0, 0, 216, 6, "F")
    p.set_xy(15, 10); p.set_font("DV", "B", 15); p.cell(110, 7, "ProServ Facility Solutions")
    p.set_font("DV", "", 8); p.set_xy(15, 17); p.multi_cell(110, 4, "Commercial HVAC · Plumbing · Electrical · Building Maintenance\n3460 Lakeside Dr, Suite 140, Miramar, FL 33027 · (954) 555-0152\nFL Mechanical Contractor CMC1250877")
    p.set_xy(130, 10); p.set_font("DV", "B", 13); p.cell(70, 7, "WORK ORDER / INVOICE", align="R")
    p.set_font("DV", "", 8.5); y = 18
    for k, v in [("Work Order #", "WO-2025-08814"), ("Client PO #", "PO-77120"), ("Priority", "P2 – 24 hr"), ("NTE", "$1,500.00")]:
        p.set_xy(130, y); p.cell(30, 4.5, k); p.set_font("DV", "B", 8.5); p.cell(40, 4.5, v, align="R"); p.set_font("DV", "", 8.5); y += 4.5
    p.set_xy(15, 40); p.set_font("DV", "B", 8.5)
    p.cell(92, 5, "BILL TO", border="B"); p.cell(4, 5, ""); p.cell(90, 5, "SITE", border="B"); p.ln()
    p.set_font("DV", "", 8.5); yy = p.get_y()
    p.set_xy(15, yy + 1); p.multi_cell(92, 4.3, "Harborview Health Properties LLC\nAttn: Facilities AP\n2600 SW 3rd Ave, 8th Floor\nMiami, FL 33129")
    p.set_xy(111, yy + 1); p.multi_cell(90, 4.3, "Cedar Point Medical Plaza\n7100 W. Commercial Blvd, Tamarac, FL 33319\nSite contact: L. Ferreira (954) 555-0118\nAsset: RTU-3 (Carrier 48TC, 10 ton), roof")
    p.set_xy(15, 70); p.set_font("DV", "", 8.5)
    t = [("Requested", "03/10/2025 14:22"), ("Dispatched", "03/11/2025 07:40"), ("Arrived", "03/11/2025 09:05"), ("Completed", "03/12/2025 12:30")]
    for i, (k, v) in enumerate(t):
        p.set_xy(15 + (i % 2) * 93, 70 + (i // 2) * 5); p.cell(24, 5, k + ":"); p.cell(60, 5, v)
    p.set_xy(15, 83)
    p.set_font("DV", "B", 9); p.cell(0, 5, "Problem reported", new_x="LMARGIN", new_y="NEXT")
    p.set_font("DV", "", 8.5); p.multi_cell(186, 4.3, new_x="LMARGIN", new_y="NEXT", text="Suites 210–218 too warm; RTU-3 running but not cooling. Tenant complaint ticket CP-1142.")
    p.set_font("DV", "B", 9); p.cell(0, 6, "Work performed", new_x="LMARGIN", new_y="NEXT")
    p.set_font("DV", "", 8.5); p.multi_cell(186, 4.3, new_x="LMARGIN", new_y="NEXT", text="Found condenser fan motor seized and run capacitor out of tolerance (31 MFD measured). Contactor points pitted. Replaced condenser fan motor, 45/5 MFD dual capacitor and 40A contactor. Cleaned condenser coil. Verified operation: suction 118 psig, discharge 365 psig, supply air 54°F. Unit returned to service; tenant confirmed temperature recovery.")
    p.ln(2)
    def table(title, head, widths, rows, total_label, total):
        p.set_font("DV", "B", 9); p.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        p.set_fill_color(235, 235, 235); p.set_font("DV", "B", 8)
        for w, h in zip(widths, head): p.cell(w, 6, h, border=1, fill=True, align="C")
        p.ln(); p.set_font("DV", "", 8.5)
        for r in rows:
            for i, (w, c) in enumerate(zip(widths, r)): p.cell(w, 6, c, border=1, align="L" if i < 2 else "R")
            p.ln()
        p.set_font("DV", "B", 8.5); p.cell(sum(widths[:-1]), 6, total_label, border=1, align="R"); p.cell(widths[-1], 6, total, border=1, align="R"); p.ln(8)
    table("Labor", ["Date", "Technician / Description", "Hours", "Rate", "Amount"], [24, 96, 20, 22, 24],
          [("03/11/2025", "R. Delgado – diagnosis, order parts", "2.00", "125.00", "250.00"),
           ("03/12/2025", "R. Delgado – install parts, coil cleaning, test", "1.50", "125.00", "187.50")], "Labor Total", "437.50")
    table("Parts & Materials", ["Part #", "Description", "Qty", "Unit", "Amount"], [24, 96, 20, 22, 24],
          [("EF-3916", "Condenser fan motor 1/4 HP 1075 RPM 208-230V", "1", "164.21", "164.21"),
           ("PC-4516", "Dual run capacitor 45/5 MFD 440V", "1", "38.40", "38.40"),
           ("CT-402", "Definite purpose contactor 40A 2-pole 24V coil", "1", "84.95", "84.95"),
           ("MISC", "Wire nuts, terminals, coil cleaner", "1", "25.10", "25.10")], "Parts Total", "312.66")
    p.set_x(120)
    for k, v in [("Labor", "437.50"), ("Parts", "312.66"), ("Trip / truck charge", "65.00"), ("Sales tax on parts (7.5%)", "23.45")]:
        p.set_x(120); p.cell(50, 5.5, k); p.cell(30, 5.5, v, align="R"); p.ln()
    p.set_x(120); p.set_font("DV", "B", 10); p.cell(50, 7, "TOTAL DUE", border="T"); p.cell(30, 7, "$838.61", border="T", align="R"); p.ln(10)
    p.set_font("DV", "", 8); p.multi_cell(186, 4, "Terms: Net 30 from invoice date 03/13/2025. Warranty: 90 days labor, manufacturer's warranty on parts. Customer signature on file (L. Ferreira, 03/12/2025 12:34). Recommend inspecting contactors on RTU-1 and RTU-2 during next PM visit (PM schedule: April 2025).")
    p.output(os.path.join(OUT, "14_work_order.pdf"))

# ---------------- 19 building materials invoice (US, long table) ----------------
class MatPDF(FPDF):
    def header(self):
        self.set_font("DV", "B", 13); self.set_xy(12, 10); self.cell(100, 6, "CASCADE LUMBER & BUILDING SUPPLY")
        self.set_font("DV", "", 7.5); self.set_xy(12, 16)
        self.multi_cell(100, 3.6, "Austin Yard · 9200 N. Lamar Blvd, Austin, TX 78753 · (512) 555-0160\nRemit to: PO Box 650482, Dallas, TX 75265-0482 · www.cascadelbs.com")
        self.set_xy(130, 10); self.set_font("DV", "B", 12); self.cell(74, 6, "INVOICE", align="R")
        self.set_font("DV", "", 8); y = 17
        for k, v in [("Invoice #", "S10458822.001"), ("Invoice Date", "03/18/2025"), ("Page", f"{self.page_no()} of {{nb}}")]:
            self.set_xy(150, y); self.cell(22, 4, k); self.cell(32, 4, v, align="R"); y += 4
        self.set_y(30)

    def footer(self):
        self.set_y(-12); self.set_font("DV", "", 6.5)
        self.cell(0, 4, "All returns require original invoice and are subject to a 15% restocking fee. Special-order items are non-returnable. A service charge of 1.5% per month applies to past-due balances.", align="C")

def doc19():
    p = MatPDF(format="Letter", unit="mm")
    p.set_creation_date(__import__("datetime").datetime(2025, 4, 1, tzinfo=__import__("datetime").timezone.utc))
    p.add_font("DV", "", FD + "DejaVuSans.ttf"); p.add_font("DV", "B", FD + "DejaVuSans-Bold.ttf")
    p.add_font("DVC", "", FD + "DejaVuSansCondensed.ttf"); p.add_font("DVC", "B", FD + "DejaVuSansCondensed-Bold.ttf")
    p.set_margins(12, 12, 12); p.set_auto_page_break(True, 16); p.alias_nb_pages()
    p.add_page()
    p.set_font("DV", "", 8)
    y = p.get_y()
    p.set_xy(12, y); p.set_font("DV", "B", 8); p.cell(90, 4, "SOLD TO  (Acct 208817)"); p.cell(5, 4, ""); p.cell(90, 4, "SHIP TO"); p.ln()
    p.set_font("DV", "", 8); y = p.get_y()
    p.set_xy(12, y); p.multi_cell(90, 3.8, "Bluebonnet Custom Builders LLC\n4108 Spicewood Springs Rd, Ste 200\nAustin, TX 78759")
    p.set_xy(107, y); p.multi_cell(95, 3.8, "Mueller Townhomes – Bldg 4\n4820 Berkman Dr (gate code at trailer)\nAustin, TX 78723  ·  Contact: Luis R. (512) 555-0195")
    p.ln(3)
    p.set_font("DV", "B", 7.5); p.set_fill_color(220, 220, 220)
    hd = [("Customer PO", 30), ("Job Name", 44), ("Order Date", 22), ("Ship Date", 22), ("Ship Via", 28), ("Salesperson", 24), ("Terms", 22)]
    for t, w in hd: p.cell(w, 5, t, border=1, fill=True, align="C")
    p.ln(); p.set_font("DV", "", 7.5)
    for v, (t, w) in zip(["2417-LUM-06", "Mueller TH Bldg 4", "03/12/2025", "03/17/2025", "Our Truck", "K. Brandt", "Net 30"], hd):
        p.cell(w, 5, v, border=1, align="C")
    p.ln(7)
    W = [8, 36, 80, 14, 12, 20, 22]
    H = ["Ln", "Item #", "Description", "Qty", "UOM", "Unit Price", "Ext. Price"]
    def head():
        p.set_font("DV", "B", 7.5); p.set_fill_color(40, 60, 90); p.set_text_color(255, 255, 255)
        for w, h in zip(W, H): p.cell(w, 5.5, h, fill=True, align="C")
        p.ln(); p.set_text_color(0, 0, 0); p.set_font("DVC", "", 7.8)
    head()
    sub = 0.0; taxable = 0.0
    for i, (code, desc, uom, q, pr) in enumerate(MATERIALS, 1):
        if p.get_y() > 255:
            p.add_page(); head()
        ext = round(q * pr, 2); sub += ext
        if not code.startswith("DEL"): taxable += ext
        fill = i % 2 == 0; p.set_fill_color(242, 242, 242)
        vals = [str(i), code, desc + ("  (non-taxable)" if code.startswith("DEL") else ""), f"{q:,}", uom, f"{pr:,.2f}", money(ext)]
        for j, (w, v) in enumerate(zip(W, vals)):
            p.cell(w, 5.2, v, fill=fill, align="R" if j in (0, 3, 5, 6) else "L")
        p.ln()
    sub = round(sub, 2); tax = round(taxable * 0.0825 + 1e-9, 2); tot = round(sub + tax, 2)
    assert (sub, tax, tot) == (26736.64, 2181.85, 28918.49), (sub, tax, tot)
    if p.get_y() > 215: p.add_page()
    p.ln(4)
    y = p.get_y()
    p.set_font("DV", "", 7.5); p.set_xy(12, y)
    p.multi_cell(100, 3.8, f"Items shipped: {len(MATERIALS)} lines. Received in good condition by: L. Ramirez 03/17/2025 10:42 (delivery ticket D-771304).\nTaxable amount: ${money(taxable)}  ·  Travis County / Austin MTA combined rate 8.25%.\nBackordered: none.  Open account balance before this invoice: $41,206.18 (statement 02/28/2025).\n\nPAYMENT DUE DATE: 04/17/2025")
    p.set_font("DV", "", 8.5)
    yy = y
    for k, v in [("Subtotal", money(sub)), ("Sales Tax 8.25%", money(tax)), ("Freight", "0.00")]:
        p.set_xy(130, yy); p.cell(40, 5, k); p.cell(34, 5, v, align="R"); yy += 5
    p.set_xy(130, yy); p.set_font("DV", "B", 10); p.cell(40, 7, "INVOICE TOTAL", border="T"); p.cell(34, 7, "$" + money(tot), border="T", align="R")
    p.output(os.path.join(OUT, "19_building_materials_invoice.pdf"))

doc03(); doc10(); doc14(); doc19()
