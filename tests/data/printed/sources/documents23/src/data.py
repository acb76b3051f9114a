"""All figures of the set-23 documents. Every generator takes its numbers from here, and
truth.json was written from these figures before any PDF existed."""
import random
from common import D, q2, date, addd

# --------------------------------------------------------------------------- D01
# US foodservice wholesale invoice (Chromium, manual pages, carried forward)
D01_CATALOG = [
    # code, description, brand, pack/size, unit, price, taxable
    ("104211", "Lettuce Romaine Hearts", "Markon", "3/6 CT", "CS", "38.95", False),
    ("104388", "Tomato Roma 5x6 Fresh", "Packer", "1/25 LB", "CS", "31.40", False),
    ("104402", "Onion Yellow Jumbo", "Packer", "1/50 LB", "CS", "27.85", False),
    ("104417", "Onion Red Medium", "Packer", "1/25 LB", "CS", "24.10", False),
    ("104533", "Potato Russet 70 CT", "Idaho Gold", "1/50 LB", "CS", "34.75", False),
    ("104608", "Pepper Green Bell Choice", "Packer", "1/25 LB", "CS", "36.20", False),
    ("104712", "Lemons 165 CT", "Sunkist", "1/40 LB", "CS", "52.60", False),
    ("104755", "Limes 200 CT Persian", "Packer", "1/40 LB", "CS", "41.15", False),
    ("104890", "Cilantro Iced", "Markon", "1/30 CT", "CS", "29.90", False),
    ("104921", "Garlic Peeled Fresh", "Christopher", "4/5 LB", "CS", "58.45", False),
    ("110045", "Milk Whole Gallon", "Hood", "4/1 GAL", "CS", "21.36", False),
    ("110112", "Cream Heavy 40%", "Hood", "12/1 QT", "CS", "54.90", False),
    ("110230", "Butter Solid Unsalted AA", "Land O Lakes", "36/1 LB", "CS", "142.20", False),
    ("110318", "Cheese Cheddar Sharp Shredded", "Cabot", "4/5 LB", "CS", "71.80", False),
    ("110327", "Cheese American Sliced 160 CT", "Land O Lakes", "4/5 LB", "CS", "68.35", False),
    ("110404", "Cheese Mozzarella LMPS Shred", "Grande", "4/5 LB", "CS", "74.60", False),
    ("110455", "Cheese Parmesan Grated", "BelGioioso", "2/5 LB", "CS", "79.25", False),
    ("110520", "Eggs Large Grade A Loose", "Packer", "1/15 DZ", "CS", "48.30", False),
    ("110611", "Sour Cream Cultured", "Daisy", "2/5 LB", "CS", "26.70", False),
    ("120033", "Beef Ground Chuck 80/20 Fresh", "Certified Angus", "4/10 LB", "LB", "4.89", False),
    ("120118", "Beef Strip Loin Choice 0x1", "IBP", "2/13 LB AVG", "LB", "11.45", False),
    ("120205", "Beef Brisket Flat Choice", "Excel", "4/12 LB AVG", "LB", "7.38", False),
    ("120311", "Chicken Breast Boneless 6 oz", "Perdue", "4/10 LB", "CS", "98.40", False),
    ("120326", "Chicken Wings Jumbo 1&2 Jt", "Tyson", "1/40 LB", "CS", "126.80", False),
    ("120419", "Pork Baby Back Ribs 1.75 dn", "Smithfield", "1/30 LB AVG", "LB", "4.62", False),
    ("120502", "Bacon Sliced 14/18 Hickory", "Hormel", "1/15 LB", "CS", "72.45", False),
    ("120577", "Sausage Italian Link Mild", "Johnsonville", "2/5 LB", "CS", "44.30", False),
    ("130014", "Salmon Atlantic Fillet Skin-On", "Blue Harbor", "1/10 LB", "LB", "9.85", False),
    ("130077", "Cod Loin 8 oz IQF", "Trident", "1/10 LB", "CS", "112.50", False),
    ("130145", "Shrimp 16/20 P&D Tail-On", "Harbor Banks", "5/2 LB", "CS", "118.75", False),
    ("130210", "Crab Meat Claw Pasteurized", "Phillips", "12/1 LB", "CS", "186.60", False),
    ("140021", "Fries 3/8 Straight Cut", "McCain", "6/5 LB", "CS", "42.95", False),
    ("140056", "Fries Sweet Potato Crinkle", "Alexia", "6/2.5 LB", "CS", "56.80", False),
    ("140133", "Onion Rings Beer Battered", "Brew City", "4/2.5 LB", "CS", "48.15", False),
    ("140208", "Bun Brioche 4.5 in Sliced", "Martin's", "8/12 CT", "CS", "39.60", False),
    ("140244", "Bread Sourdough Pullman Sliced", "Pepperidge", "6/24 OZ", "CS", "31.20", False),
    ("140317", "Tortilla Flour 12 in Pressed", "Mission", "8/12 CT", "CS", "33.45", False),
    ("140402", "Pie Apple Lattice 10 in Unbaked", "Chef Pierre", "6/46 OZ", "CS", "57.90", False),
    ("150011", "Flour All Purpose Enriched", "Gold Medal", "1/50 LB", "BG", "24.35", False),
    ("150036", "Sugar Granulated Extra Fine", "Domino", "1/50 LB", "BG", "39.10", False),
    ("150102", "Oil Soybean Fry Clear", "Admiration", "1/35 LB", "JUG", "43.80", False),
    ("150117", "Oil Olive Extra Virgin", "Bertolli", "4/1 GAL", "CS", "148.40", False),
    ("150209", "Rice Long Grain Parboiled", "Uncle Ben's", "1/25 LB", "BG", "28.95", False),
    ("150244", "Pasta Penne Rigate", "Barilla", "2/10 LB", "CS", "27.40", False),
    ("150301", "Tomato Crushed Fancy", "Stanislaus", "6/#10", "CS", "46.25", False),
    ("150322", "Tomato Paste 26% NTSS", "Hunt's", "6/#10", "CS", "52.70", False),
    ("150410", "Beans Black Fancy", "Bush's", "6/#10", "CS", "36.85", False),
    ("150455", "Mayonnaise Extra Heavy", "Hellmann's", "4/1 GAL", "CS", "61.20", False),
    ("150478", "Ketchup Fancy Pouch", "Heinz", "6/114 OZ", "CS", "49.95", False),
    ("150502", "Mustard Yellow", "French's", "4/1 GAL", "CS", "28.60", False),
    ("150533", "Sauce Hot Original", "Frank's", "4/1 GAL", "CS", "63.40", False),
    ("150561", "Dressing Ranch Buttermilk", "Hidden Valley", "4/1 GAL", "CS", "72.10", False),
    ("150588", "Sauce BBQ Hickory", "Sweet Baby Ray's", "4/1 GAL", "CS", "54.35", False),
    ("150620", "Seasoning Old Bay", "McCormick", "1/6 LB", "EA", "38.90", False),
    ("150644", "Pepper Black Table Grind", "McCormick", "1/18 OZ", "EA", "16.75", False),
    ("150671", "Salt Kosher Coarse", "Morton", "9/3 LB", "CS", "27.15", False),
    ("160014", "Coffee Colombian Ground 2.5 oz", "Royal Cup", "42/2.5 OZ", "CS", "61.80", False),
    ("160039", "Tea Iced Black Filter Pack", "Lipton", "24/3 OZ", "CS", "44.95", False),
    ("160112", "Soda Syrup Cola BIB", "Coca-Cola", "1/5 GAL", "EA", "109.50", False),
    ("160130", "CO2 Beverage Cylinder 20 lb", "Airgas", "1/20 LB", "EA", "38.00", True),
    ("160205", "Water Spring 16.9 oz", "Poland Spring", "24/16.9 OZ", "CS", "9.85", False),
    ("170012", "Cup Hot Paper 12 oz", "Dart", "1/1000 CT", "CS", "74.30", True),
    ("170035", "Lid Dome Sip 12-24 oz", "Dart", "1/1000 CT", "CS", "41.20", True),
    ("170101", "Container Foam Hinged 9x9", "Dart", "2/100 CT", "CS", "36.45", True),
    ("170124", "Container Kraft Fiber 8x8", "Eco-Pak", "1/200 CT", "CS", "58.70", True),
    ("170188", "Napkin Dinner 2-Ply White", "Hoffmaster", "1/3000 CT", "CS", "47.85", True),
    ("170212", "Towel Roll Hardwound Brown", "Tork", "6/800 FT", "CS", "52.40", True),
    ("170240", "Film Wrap 18 in x 2000 ft", "Reynolds", "1/1 RL", "EA", "31.95", True),
    ("170263", "Foil Aluminum 18 in Heavy", "Reynolds", "1/500 FT", "EA", "46.60", True),
    ("170301", "Glove Nitrile Powder-Free L", "Ambitex", "10/100 CT", "CS", "64.90", True),
    ("170320", "Bag Trash 40x46 1.5 mil", "Heritage", "1/100 CT", "CS", "38.25", True),
    ("170344", "Straw Paper Wrapped 7.75 in", "Aardvark", "1/3200 CT", "CS", "49.60", True),
    ("180010", "Detergent Dish Machine", "Ecolab Solid Power", "2/9 LB", "CS", "189.40", True),
    ("180033", "Rinse Aid Machine", "Ecolab", "2/1.1 GAL", "CS", "121.75", True),
    ("180077", "Sanitizer Quat Multi", "Oasis 146", "2/2 LTR", "CS", "96.20", True),
    ("180102", "Degreaser Heavy Duty", "Greasestrip", "4/1 GAL", "CS", "58.35", True),
    ("180146", "Soap Hand Foam Refill", "GOJO", "2/1250 ML", "CS", "62.10", True),
    ("190021", "Ice Cream Vanilla Bean", "Hershey's", "1/3 GAL", "EA", "34.80", False),
    ("190044", "Cheesecake NY Pre-Cut 14 sl", "Sara Lee", "2/5.5 LB", "CS", "82.50", False),
    ("190087", "Brownie Fudge Sheet Uncut", "Rich's", "4/6.5 LB", "CS", "76.90", False),
]


def d01():
    r = random.Random(2301)
    cat = list(D01_CATALOG)
    lines = []
    for i, (code, desc, brand, pack, unit, price, tax) in enumerate(cat):
        if r.random() < 0.08:
            continue
        if unit == "LB":
            # catch-weight items: cases ordered, pounds billed
            cases = r.randint(1, 3)
            wt = D(r.randint(int(cases * 180), int(cases * 300))) / 10
            qo = cases
            qs = cases
            billed = wt
        else:
            qo = r.choice([1, 1, 1, 2, 2, 2, 3, 4, 5, 6])
            qs = qo
            if r.random() < 0.07:
                qs = max(0, qo - r.randint(1, qo))
            billed = D(qs)
        ext = q2(billed * D(price))
        lines.append(dict(code=code, desc=desc, brand=brand, pack=pack, unit=unit,
                          price=D(price), qo=qo, qs=qs, billed=billed, ext=ext, tax=tax))
    taxable = sum(l["ext"] for l in lines if l["tax"])
    sub = sum(l["ext"] for l in lines)
    tax = q2(taxable * D("0.06"))
    fuel = D("12.50")
    deposit = D("45.00")  # CO2 cylinder deposit
    total = sub + fuel + deposit + tax
    return dict(
        invoice_number="2041877", invoice_date=date("2025-03-14"), due_date=date("2025-04-04"),
        order_date=date("2025-03-12"), customer_number="0047213", po_number="LTG-5531",
        lines=lines, subtotal=sub, taxable=taxable, tax=tax, fuel=fuel, deposit=deposit,
        total=total, prev_balance=D("3218.46"),
    )


# --------------------------------------------------------------------------- D02
# UK managed IT services invoice with cover letter (fpdf2)
def d02():
    lines = [
        # section, code, description, qty, unit price, vat rate
        ("Recurring services - March 2025", "MS-365BP", "Microsoft 365 Business Premium (monthly, per user)", 142, "17.60", 20),
        ("Recurring services - March 2025", "MS-365EXO", "Exchange Online Plan 1 (shared mailboxes, per user)", 18, "3.30", 20),
        ("Recurring services - March 2025", "NMI-DESK", "Managed desktop support - per device", 156, "9.50", 20),
        ("Recurring services - March 2025", "NMI-SRV", "Managed server - Windows Server 2022 (virtual)", 6, "65.00", 20),
        ("Recurring services - March 2025", "NMI-EDR", "Endpoint detection & response - per device", 161, "4.75", 20),
        ("Recurring services - March 2025", "NMI-BKP", "Cloud backup - M365 tenant (per user)", 142, "2.20", 20),
        ("Recurring services - March 2025", "NMI-BKS", "Server backup - immutable storage (per TB)", 7, "38.00", 20),
        ("Recurring services - March 2025", "NMI-FW", "Managed firewall - FortiGate 100F (per site)", 4, "85.00", 20),
        ("Recurring services - March 2025", "NMI-WIFI", "Managed Wi-Fi - access points", 23, "6.00", 20),
        ("Recurring services - March 2025", "NMI-SOC", "24x7 SOC monitoring - tenant licence", 1, "495.00", 20),
        ("Recurring services - March 2025", "NMI-VOIP", "Hosted telephony - Teams Phone seats", 64, "7.95", 20),
        ("Recurring services - March 2025", "NMI-DDI", "Telephone numbers (DDI) - per number", 80, "0.75", 20),
        ("Recurring services - March 2025", "NMI-SIP", "SIP call bundle - UK landline & mobile minutes", 1, "120.00", 20),
        ("Project work", "PRJ-0412", "Windows 11 migration - Halifax office (engineer days)", 6, "650.00", 20),
        ("Project work", "PRJ-0412", "Windows 11 migration - project management (days)", 2, "725.00", 20),
        ("Project work", "PRJ-0419", "Intune autopilot configuration (engineer hours)", 9.5, "95.00", 20),
        ("Project work", "PRJ-0427", "Cyber Essentials Plus remediation (engineer hours)", 14, "95.00", 20),
        ("Ad hoc support (out of contract)", "AH-0311", "Out-of-hours callout 11/03 - Todmorden depot switch failure", 1, "180.00", 20),
        ("Ad hoc support (out of contract)", "AH-0311", "Out-of-hours labour 11/03 (hours)", 3.5, "142.50", 20),
        ("Ad hoc support (out of contract)", "AH-0324", "Data recovery - corrupted SharePoint library (hours)", 4, "95.00", 20),
        ("Hardware & consumables", "HW-LAT5450", "Dell Latitude 5450 i5/16GB/512GB + 3yr ProSupport", 12, "849.00", 20),
        ("Hardware & consumables", "HW-WD22", "Dell WD22TB4 Thunderbolt dock", 12, "189.00", 20),
        ("Hardware & consumables", "HW-P2425", "Dell P2425H 24in monitor", 10, "139.50", 20),
        ("Hardware & consumables", "HW-YUBI", "YubiKey 5 NFC security key", 25, "46.80", 20),
        ("Hardware & consumables", "HW-CAT6", "Cat6 patch lead 2 m (bag of 10)", 6, "14.90", 20),
        ("Hardware & consumables", "DOC-MAN", "Printed user guides - Windows 11 quick reference (bound)", 160, "1.85", 0),
        ("Training", "TRN-CE", "Cyber awareness course workbook (printed, per delegate)", 40, "6.50", 0),
        ("Pass-through charges", "DISB-DOM", "Domain renewals - Nominet .org.uk (2 years, outside the scope of VAT)", 3, "8.24", None),
    ]
    out = []
    for sec, code, desc, qty, price, rate in lines:
        net = q2(D(str(qty)) * D(price))
        out.append(dict(section=sec, code=code, desc=desc, qty=D(str(qty)), price=D(price), rate=rate, net=net))
    by = {}
    for l in out:
        by.setdefault(l["rate"], D(0))
        by[l["rate"]] += l["net"]
    vat20 = q2(by[20] * D("0.20"))
    net_total = sum(l["net"] for l in out)
    total = net_total + vat20
    return dict(invoice_number="NMI-25-03117", invoice_date=date("2025-04-01"),
                due_date=date("2025-05-01"), customer_name="Calder Valley Housing Association Ltd",
                vat_number="GB318472905", lines=out, by_rate=by, vat20=vat20,
                net_total=net_total, total=total, account="CVHA01")


# --------------------------------------------------------------------------- D03
# Australian construction payment claim (pdflatex, portrait cover + landscape schedules)
D03_TRADES = [
    ("1.01", "Preliminaries - site establishment", "148500.00"),
    ("1.02", "Preliminaries - site management & supervision", "412800.00"),
    ("1.03", "Preliminaries - scaffolding & edge protection", "186250.00"),
    ("1.04", "Preliminaries - tower crane hire & operator", "298400.00"),
    ("2.01", "Demolition & site clearance", "96700.00"),
    ("2.02", "Bulk excavation & spoil removal", "224900.00"),
    ("2.03", "Shoring - soldier piles & shotcrete", "318600.00"),
    ("3.01", "Piling - CFA piles 600 dia", "276300.00"),
    ("3.02", "Basement slab & retaining walls", "512400.00"),
    ("3.03", "Suspended slabs L1-L3 (post-tensioned)", "684200.00"),
    ("3.04", "Suspended slabs L4-L6 (post-tensioned)", "671900.00"),
    ("3.05", "Columns, cores & stairs", "348750.00"),
    ("4.01", "Structural steel - roof & awnings", "142600.00"),
    ("4.02", "Blockwork & brickwork", "286400.00"),
    ("4.03", "Precast facade panels - supply", "398000.00"),
    ("4.04", "Precast facade panels - install", "112500.00"),
    ("5.01", "Waterproofing - basement & wet areas", "164800.00"),
    ("5.02", "Roofing & roof plumbing", "118900.00"),
    ("5.03", "Aluminium windows & sliding doors", "436700.00"),
    ("5.04", "Balustrades - glass & steel", "154200.00"),
    ("6.01", "Hydraulic services - rough-in", "238500.00"),
    ("6.02", "Hydraulic services - fit-off", "97400.00"),
    ("6.03", "Electrical services - rough-in", "284300.00"),
    ("6.04", "Electrical services - fit-off", "126900.00"),
    ("6.05", "Mechanical services - ventilation & A/C", "318700.00"),
    ("6.06", "Fire services - sprinklers & hydrants", "226400.00"),
    ("6.07", "Lift installation (2 no.)", "284000.00"),
    ("7.01", "Internal framing & plasterboard", "342600.00"),
    ("7.02", "Ceilings & bulkheads", "128400.00"),
    ("7.03", "Joinery - kitchens", "386500.00"),
    ("7.04", "Joinery - wardrobes & vanities", "168200.00"),
    ("7.05", "Wall & floor tiling", "214800.00"),
    ("7.06", "Timber flooring & carpet", "132600.00"),
    ("7.07", "Painting", "156900.00"),
    ("7.08", "Doors, frames & hardware", "118300.00"),
    ("8.01", "Retail tenancy shell - ground floor", "184500.00"),
    ("8.02", "Car park line marking & signage", "28600.00"),
    ("9.01", "External works - paving & kerbs", "96400.00"),
    ("9.02", "Landscaping & irrigation", "74800.00"),
    ("9.03", "Stormwater & OSD tank", "142300.00"),
    ("9.04", "Authority connections (Sydney Water, Ausgrid)", "86500.00"),
    ("9.05", "Cleaning & handover", "32400.00"),
]
D03_PREV = [100, 100, 85, 70, 100, 100, 100, 100, 100, 100, 95, 90, 40, 75, 60, 35, 70, 20, 30, 0,
            65, 0, 60, 0, 35, 55, 10, 30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0]
D03_NOW = [100, 100, 90, 80, 100, 100, 100, 100, 100, 100, 100, 100, 65, 90, 80, 55, 80, 45, 50, 15,
           75, 5, 70, 0, 45, 65, 25, 45, 10, 5, 0, 10, 0, 0, 0, 15, 0, 0, 0, 10, 15, 0]
D03_VARS = [
    ("V01", "Additional rock excavation - basement (Level 2 rock)", "Approved", "48650.00"),
    ("V02", "Relocate Ausgrid kiosk - authority requirement", "Approved", "22340.00"),
    ("V03", "Upgrade balcony waterproofing membrane", "Approved", "17980.00"),
    ("V04", "Client change - Unit 305/306 amalgamation", "Approved", "36420.00"),
    ("V05", "Additional fire dampers per revised BCA report", "Approved", "11875.00"),
    ("V06", "Delete feature timber soffit - credit", "Approved", "-14200.00"),
    ("V07", "Contaminated soil disposal (ENM to GSW)", "Approved", "63900.00"),
    ("V08", "Retail tenancy - extra grease arrestor", "Approved", "9460.00"),
    ("V09", "Upgrade kitchen appliances - Bosch Series 6", "Pending", "42800.00"),
    ("V10", "Additional EV charger conduits - basement", "Approved", "18250.00"),
    ("V11", "Revised stair balustrade design", "Pending", "12600.00"),
    ("V12", "Acoustic upgrade - party walls L2", "Approved", "27115.00"),
    ("V13", "Latent condition - redundant sewer main", "Disputed", "31400.00"),
    ("V14", "Client change - lobby finishes", "Approved", "15690.00"),
]
D03_VAR_PCT = [100, 100, 100, 60, 50, 100, 100, 0, 0, 40, 0, 30, 0, 0]


def d03():
    rows = []
    for (code, desc, val), p0, p1 in zip(D03_TRADES, D03_PREV, D03_NOW):
        v = D(val)
        prev = q2(v * p0 / 100)
        todate = q2(v * p1 / 100)
        rows.append(dict(code=code, desc=desc, value=v, p0=p0, p1=p1, prev=prev, todate=todate,
                         this=todate - prev))
    contract = sum(r["value"] for r in rows)
    vars_ = []
    for (vno, desc, status, amt), pct in zip(D03_VARS, D03_VAR_PCT):
        a = D(amt)
        done = q2(a * pct / 100) if status == "Approved" else D(0)
        vars_.append(dict(no=vno, desc=desc, status=status, amount=a, pct=pct, done=done))
    approved = sum(v["amount"] for v in vars_ if v["status"] == "Approved")
    pending = sum(v["amount"] for v in vars_ if v["status"] != "Approved")
    work_todate = sum(r["todate"] for r in rows)
    var_todate = sum(v["done"] for v in vars_)
    gross_todate = work_todate + var_todate
    # retention: 5% of value of work to date, capped at 5% of contract sum
    retention = min(q2(gross_todate * D("0.05")), q2(contract * D("0.05")))
    # previous claims certified
    work_prev = sum(r["prev"] for r in rows)
    var_prev = q2(D("48650.00") + D("22340.00") + D("17980.00") * D("0.5"))
    gross_prev = work_prev + var_prev
    ret_prev = min(q2(gross_prev * D("0.05")), q2(contract * D("0.05")))
    net_todate = gross_todate - retention
    net_prev = gross_prev - ret_prev
    this_ex = net_todate - net_prev
    gst = q2(this_ex * D("0.10"))
    this_inc = this_ex + gst
    return dict(claim_number="PC-07", claim_date=date("2025-02-28"), contract_number="IBC-C-2231",
                abn="47 612 508 934", rows=rows, vars=vars_, contract=contract, approved=approved,
                pending=pending, revised=contract + approved, work_todate=work_todate,
                var_todate=var_todate, gross_todate=gross_todate, retention=retention,
                work_prev=work_prev, var_prev=var_prev, gross_prev=gross_prev, ret_prev=ret_prev,
                net_todate=net_todate, net_prev=net_prev, this_ex=this_ex, gst=gst, this_inc=this_inc)


# --------------------------------------------------------------------------- D04
# UK solicitors' invoice with time entries (LibreOffice .fodt)
D04_EARNERS = {
    "RJP": ("Rebecca J. Penrose", "Partner", "395.00"),
    "DMO": ("Daniel Okafor", "Senior Associate", "285.00"),
    "SLH": ("Sophie Lang-Hughes", "Associate (3 PQE)", "220.00"),
    "TPB": ("Tom Bannister", "Trainee Solicitor", "145.00"),
    "KAW": ("Kirsty Walsh", "Paralegal", "110.00"),
}
D04_TASKS = [
    ("RJP", "Telephone attendance on client (Mr Aldous) re adjudication strategy"),
    ("DMO", "Review of referral notice and appendices 1-14"),
    ("SLH", "Preparing chronology of payment applications and notices"),
    ("TPB", "Collating contract documents and sub-contract orders"),
    ("DMO", "Drafting response to referral - section 3 (final account)"),
    ("RJP", "Reviewing draft response; amendments to jurisdiction challenge"),
    ("SLH", "Research: Grove v S&T - smash-and-grab and true value claims"),
    ("KAW", "Preparing and paginating hearing bundle (3 lever arch files)"),
    ("DMO", "Conference call with quantum expert (Mr Hesketh)"),
    ("SLH", "Reviewing expert's draft report on delay and disruption"),
    ("TPB", "Drafting witness statement of site manager (Mr Fenwick)"),
    ("RJP", "Attendance at meeting with client at Rochdale office"),
    ("DMO", "Correspondence with adjudicator re timetable extension"),
    ("SLH", "Drafting rejoinder - loss and expense heads"),
    ("KAW", "Indexing and serving documents on Respondent's solicitors"),
    ("DMO", "Reviewing Respondent's surrejoinder"),
    ("RJP", "Advice on adjudicator's decision and enforcement options"),
    ("TPB", "Preparing schedule of costs and statement of account"),
    ("SLH", "Emails to client re payment of adjudicator's fees"),
    ("DMO", "Drafting letter before action - enforcement proceedings"),
]


def d04():
    r = random.Random(2304)
    entries = []
    day = date("2025-02-03")
    for i in range(58):
        ini, task = D04_TASKS[i % len(D04_TASKS)] if i < 40 else D04_TASKS[r.randrange(len(D04_TASKS))]
        units = r.choice([1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 24])
        rate = D(D04_EARNERS[ini][2])
        amt = q2(rate * units / 10)
        entries.append(dict(date=day, ini=ini, task=task, units=units, rate=rate, amount=amt))
        day = addd(day, r.choice([0, 0, 1, 1, 1, 2, 3]))
        while day.weekday() >= 5:
            day = addd(day, 1)
    entries.sort(key=lambda e: e["date"])
    profit = sum(e["amount"] for e in entries)
    disb = [
        ("Adjudicator's fees (Mr P. Calloway FCIArb) - invoice 2025/117", D("4860.00"), True),
        ("Counsel's fees - Mr J. Ward (Exchange Chambers) - advice on jurisdiction", D("2750.00"), True),
        ("Quantum expert - Hesketh Cost Consultants Ltd - interim fee note", D("3900.00"), True),
        ("Court fee - N1 claim form issue (HM Courts & Tribunals Service)", D("455.00"), False),
        ("Land Registry official copies (x3)", D("21.00"), False),
        ("Courier - DX and same-day delivery of bundles", D("86.40"), True),
    ]
    vatable = profit + sum(a for _, a, v in disb if v)
    vat = q2(vatable * D("0.20"))
    disb_total = sum(a for _, a, _ in disb)
    total = profit + disb_total + vat
    on_account = D("5000.00")
    return dict(invoice_number="AP/31874", invoice_date=date("2025-03-31"), matter_number="ALD0042-0007",
                client_name="Aldous Brothers (Civil Engineering) Limited", vat_number="GB742118650",
                entries=entries, profit=profit, disb=disb, vatable=vatable, vat=vat,
                disb_total=disb_total, total=total, on_account=on_account, balance=total - on_account)


# --------------------------------------------------------------------------- D05
# Indian supplier statement of account (groff)
def d05():
    r = random.Random(2305)
    opening = D("842615.00")
    tx = []
    d = date("2024-10-01")
    end = date("2025-03-31")
    inv_no = 1847
    cn_no = 61
    bal = opening
    while d <= end:
        kind = r.random()
        if kind < 0.62:
            base = D(r.randint(40, 360) * 1000 + r.choice([0, 250, 500, 750]))
            gst = q2(base * D("0.18"))
            amt = base + gst
            tx.append(dict(date=d, vch="Sales", ref=f"SGST/24-25/{inv_no}",
                           part="By Sales - MS Sheets / HR Coils (IGST 18%)", dr=amt, cr=D(0)))
            inv_no += r.randint(3, 11)
        elif kind < 0.84:
            amt = D(r.randint(25, 70) * 10000)
            mode = r.choice(["NEFT", "RTGS", "RTGS"])
            utr = f"{'HDFC' if mode == 'RTGS' else 'SBIN'}R5{r.randint(10**9, 10**10 - 1)}"
            tx.append(dict(date=d, vch="Receipt", ref=utr, part=f"To {mode} recd - HDFC Bank A/c 0812", dr=D(0), cr=amt))
        elif kind < 0.93:
            amt = q2(D(r.randint(2, 18) * 1000) * D("1.18"))
            tx.append(dict(date=d, vch="Credit Note", ref=f"CN/24-25/{cn_no:03d}",
                           part="To Rate difference / short receipt", dr=D(0), cr=amt))
            cn_no += 1
        else:
            amt = D(r.randint(120, 900))
            tx.append(dict(date=d, vch="Journal", ref=f"JV/24-25/{r.randint(200, 900)}",
                           part="To TDS u/s 194Q deducted by party", dr=D(0), cr=amt))
        d = addd(d, r.choice([1, 2, 2, 3, 4, 5]))
    for t in tx:
        bal = bal + t["dr"] - t["cr"]
        t["bal"] = bal
    tot_dr = sum(t["dr"] for t in tx)
    tot_cr = sum(t["cr"] for t in tx)
    return dict(period_start=date("2024-10-01"), period_end=date("2025-03-31"),
                statement_date=date("2025-04-03"), opening=opening, closing=bal, tx=tx,
                tot_dr=tot_dr, tot_cr=tot_cr, supplier_gstin="03AAKFS4417M1Z8",
                customer_gstin="03AACCP9203R1ZK", customer_name="Punjab Auto Components Pvt. Ltd.")


# --------------------------------------------------------------------------- D06
# US brokerage statement (Chromium)
D06_EQ = [
    ("AAPL", "Apple Inc", 120, "241.84", "0.25", True),
    ("MSFT", "Microsoft Corp", 85, "396.99", "0.83", False),
    ("JNJ", "Johnson & Johnson", 140, "165.02", "1.24", False),
    ("PG", "Procter & Gamble Co", 110, "173.85", "1.0065", True),
    ("JPM", "JPMorgan Chase & Co", 95, "264.65", "0", False),
    ("XOM", "Exxon Mobil Corp", 160, "111.32", "0.99", True),
    ("KO", "Coca-Cola Co", 220, "71.19", "0", False),
    ("PEP", "PepsiCo Inc", 75, "153.32", "0", False),
    ("HD", "Home Depot Inc", 40, "396.60", "0", False),
    ("CVX", "Chevron Corp", 90, "158.62", "1.71", False),
    ("ABBV", "AbbVie Inc", 100, "209.03", "1.64", True),
    ("MRK", "Merck & Co Inc", 130, "91.40", "0", False),
    ("VZ", "Verizon Communications", 250, "43.13", "0.6775", True),
    ("T", "AT&T Inc", 400, "27.34", "0.2775", False),
    ("CSCO", "Cisco Systems Inc", 180, "64.11", "0", False),
    ("NVDA", "NVIDIA Corp", 200, "124.92", "0", False),
    ("UNH", "UnitedHealth Group Inc", 25, "464.43", "0", False),
    ("LMT", "Lockheed Martin Corp", 30, "450.66", "0", False),
    ("DUK", "Duke Energy Corp", 120, "117.20", "0", False),
    ("O", "Realty Income Corp", 200, "57.04", "0.2685", True),
]
D06_ETF = [
    ("VTI", "Vanguard Total Stock Market ETF", 310, "293.45"),
    ("SCHD", "Schwab US Dividend Equity ETF", 600, "28.27"),
    ("VXUS", "Vanguard Total Intl Stock ETF", 450, "63.61"),
    ("BND", "Vanguard Total Bond Market ETF", 520, "73.39"),
    ("IEMG", "iShares Core MSCI Emerging Mkts ETF", 280, "55.46"),
    ("GLD", "SPDR Gold Shares", 40, "263.27"),
]
D06_MF = [
    ("VWELX", "Vanguard Wellington Fund Investor", "612.448", "42.18"),
    ("DODGX", "Dodge & Cox Stock Fund I", "188.902", "271.64"),
    ("FCNTX", "Fidelity Contrafund", "1432.117", "21.37"),
    ("PRWCX", "T. Rowe Price Capital Appreciation", "905.330", "34.86"),
]
D06_BONDS = [
    ("912828YV6", "US Treasury Note 1.500% 11/30/2026", 25000, "95.742"),
    ("91282CJK8", "US Treasury Note 4.625% 11/15/2026", 20000, "100.824"),
    ("254687FX9", "Walt Disney Co 3.375% 11/15/2026", 15000, "98.613"),
    ("64971XQM3", "New York City NY TFA Rev 5.000% 08/01/2031", 20000, "109.205"),
    ("13063DRK6", "California St GO 4.000% 10/01/2029", 15000, "102.471"),
]


def d06():
    eq = []
    for sym, name, qty, px, div, paid in D06_EQ:
        mv = q2(D(qty) * D(px))
        eq.append(dict(sym=sym, name=name, qty=D(qty), px=D(px), mv=mv, div=D(div), paid=paid))
    etf = [dict(sym=s, name=n, qty=D(q), px=D(p), mv=q2(D(q) * D(p))) for s, n, q, p in D06_ETF]
    mf = [dict(sym=s, name=n, qty=D(q), px=D(p), mv=q2(D(q) * D(p))) for s, n, q, p in D06_MF]
    bonds = [dict(cusip=c, name=n, face=D(f), px=D(p), mv=q2(D(f) * D(p) / 100)) for c, n, f, p in D06_BONDS]
    # income in February
    divs = []
    for e in eq:
        if e["paid"]:
            divs.append((e["sym"], e["name"], q2(e["qty"] * e["div"])))
    # ETF / fund dividends are quarterly in March/December - none in Feb, except BND monthly
    bnd_div = q2(D(520) * D("0.2413"))
    divs.append(("BND", "Vanguard Total Bond Market ETF", bnd_div))
    total_div = sum(a for _, _, a in divs)
    interest = [("Bank deposit sweep interest", D("18.42"))]
    total_int = D("18.42")
    cash = D("27463.18")
    total_eq = sum(x["mv"] for x in eq)
    total_etf = sum(x["mv"] for x in etf)
    total_mf = sum(x["mv"] for x in mf)
    total_bd = sum(x["mv"] for x in bonds)
    ending = cash + total_eq + total_etf + total_mf + total_bd
    beginning = D("798412.56")
    deposits = D("15000.00")
    withdrawals = D("8500.00")
    fees = D("0")
    income = total_div + total_int
    change = ending - beginning - deposits + withdrawals - income
    return dict(account_number="5RK-40729-13", period_start=date("2025-02-01"), period_end=date("2025-02-28"),
                eq=eq, etf=etf, mf=mf, bonds=bonds, divs=divs, total_div=total_div, total_int=total_int,
                cash=cash, total_eq=total_eq, total_etf=total_etf, total_mf=total_mf, total_bd=total_bd,
                ending=ending, beginning=beginning, deposits=deposits, withdrawals=withdrawals,
                income=income, change=change)


# --------------------------------------------------------------------------- D07
# Australian water bill with usage history and tear-off slip (wkhtmltopdf)
def d07():
    days = 91
    prev_read = 4127
    curr_read = 4163
    usage = curr_read - prev_read  # kL
    water_rate = D("2.6780")
    sewer_rate = D("0.0000")
    usage_charge = q2(D(usage) * water_rate)
    water_service = q2(D("0.2521") * days)  # per day
    sewer_service = q2(D("2.1836") * days)
    stormwater = D("15.50")
    total_period = usage_charge + water_service + sewer_service + stormwater
    prev_bill = D("318.42")
    paid = D("318.42")
    amount_due = total_period
    return dict(account_number="2094 5571 038", issue_date=date("2025-03-07"), due_date=date("2025-03-28"),
                usage=usage, days=days, prev_read=prev_read, curr_read=curr_read, water_rate=water_rate,
                usage_charge=usage_charge, water_service=water_service, sewer_service=sewer_service,
                stormwater=stormwater, total_period=total_period, prev_bill=prev_bill, paid=paid,
                amount_due=amount_due, customer_name="Ms Priya Raghunathan")


# --------------------------------------------------------------------------- D08
# US purchase order with terms & conditions (fpdf2)
def d08():
    r = random.Random(2308)
    parts = [
        ("RVI-1042-A", "Housing, sensor - 6061-T6 aluminium, anodized black", "C", "42.80"),
        ("RVI-1042-B", "Cover, sensor housing - 6061-T6, anodized black", "B", "18.35"),
        ("RVI-1107", "Shaft, drive - 17-4 PH stainless, H1025", "D", "36.90"),
        ("RVI-1108", "Bushing, flanged - bronze SAE 841", "A", "4.15"),
        ("RVI-1150", "Bracket, mounting - 304 SS, passivated", "C", "12.60"),
        ("RVI-1151", "Bracket, mounting, left hand - 304 SS", "C", "12.60"),
        ("RVI-1203", "Manifold block - 6061-T6, 4-port", "E", "118.40"),
        ("RVI-1204", "Manifold block - 6061-T6, 6-port", "B", "146.25"),
        ("RVI-1250", "Spacer, 0.250 thk - Delrin 150", "A", "1.85"),
        ("RVI-1251", "Spacer, 0.500 thk - Delrin 150", "A", "2.10"),
        ("RVI-1310", "Adapter, probe - 316L SS, electropolished", "F", "64.75"),
        ("RVI-1311", "Adapter, probe, long - 316L SS", "F", "71.20"),
        ("RVI-1402", "Plate, base - MIC-6 aluminium, 12 x 18", "B", "88.50"),
        ("RVI-1403", "Plate, top - MIC-6 aluminium, 12 x 18", "B", "74.30"),
        ("RVI-1455", "Knob, knurled - 303 SS", "A", "6.40"),
        ("RVI-1520", "Clamp ring, split - 7075-T6", "C", "22.95"),
        ("RVI-1521", "Clamp ring, solid - 7075-T6", "C", "19.80"),
        ("RVI-1604", "Heat sink, finned - 6063-T5", "D", "31.45"),
        ("RVI-1605", "Heat sink, pin fin - 6063-T5", "A", "38.10"),
        ("RVI-1710", "Lens retainer - titanium Gr 5", "G", "57.60"),
        ("RVI-1711", "Lens retainer, threaded - titanium Gr 5", "G", "61.35"),
        ("RVI-1802", "Rail, linear guide - 1018 steel, black oxide", "B", "27.90"),
        ("RVI-1803", "Carriage block - 4140 HT, black oxide", "B", "44.60"),
        ("RVI-1850", "Pin, dowel, ground - 416 SS", "A", "0.95"),
        ("RVI-1901", "Enclosure panel, front - 5052-H32, powder coat", "D", "52.30"),
        ("RVI-1902", "Enclosure panel, rear - 5052-H32, powder coat", "D", "48.75"),
        ("RVI-1903", "Enclosure panel, side - 5052-H32, powder coat", "C", "39.90"),
        ("RVI-2004", "Standoff, hex 6-32 x 1.00 - 303 SS", "A", "1.35"),
        ("RVI-2011", "Fixture, test - 6061-T6 (one-off)", "A", "1240.00"),
        ("RVI-2012", "Gauge, go/no-go - A2 tool steel, hardened", "A", "385.00"),
        ("RVI-2120", "Nozzle, purge - 316 SS", "B", "26.70"),
        ("RVI-2121", "Nozzle, purge, angled - 316 SS", "B", "29.85"),
        ("RVI-2205", "Collar, shaft - 303 SS, two-piece", "A", "5.90"),
        ("RVI-2230", "Yoke, actuator - ductile iron 65-45-12", "C", "73.40"),
        ("RVI-2300", "First article inspection report (AS9102) - per part number", "-", "175.00"),
        ("RVI-2301", "Material certifications & CoC - per lot", "-", "25.00"),
    ]
    lines = []
    for i, (pn, desc, rev, price) in enumerate(parts, 1):
        if pn == "RVI-2011":
            qty = 2
        elif pn == "RVI-2012":
            qty = 4
        elif pn == "RVI-2300":
            qty = 6
        elif pn == "RVI-2301":
            qty = 14
        else:
            qty = r.choice([25, 50, 50, 100, 100, 150, 200, 250, 500])
        need = addd(date("2025-04-04"), 7 * r.choice([0, 1, 2, 2, 3, 4, 5]))
        ext = q2(D(qty) * D(price))
        lines.append(dict(line=i * 10, pn=pn, desc=desc, rev=rev, qty=qty, price=D(price), ext=ext, need=need))
    sub = sum(l["ext"] for l in lines)
    freight = D("0.00")
    total = sub + freight
    return dict(po_number="4500218736", order_date=date("2025-03-10"), delivery_date=date("2025-04-18"),
                vendor="Apex Precision Machining LLC", supplier_number="100482", lines=lines,
                subtotal=sub, total=total)


# --------------------------------------------------------------------------- D09
# Indian export commercial invoice + packing list (pdflatex)
D09_ITEMS = [
    ("KHE-BS-201", "Bedsheet set, 100% cotton percale 200 TC, white, double", "63041930", 600, "11.40", 24, "14.60", "15.80"),
    ("KHE-BS-202", "Bedsheet set, 100% cotton percale 200 TC, grey, double", "63041930", 480, "11.40", 24, "14.60", "15.80"),
    ("KHE-BS-203", "Bedsheet set, cotton sateen 300 TC, navy, king", "63041930", 360, "16.85", 20, "15.20", "16.40"),
    ("KHE-DC-310", "Duvet cover, cotton chambray, sage, 155x220", "63049239", 540, "9.75", 30, "13.50", "14.70"),
    ("KHE-DC-311", "Duvet cover, cotton chambray, sand, 200x200", "63049239", 420, "10.90", 30, "15.30", "16.50"),
    ("KHE-PC-120", "Pillow case pair, percale 200 TC, white, 80x80", "63041930", 1200, "3.15", 100, "14.20", "15.40"),
    ("KHE-PC-121", "Pillow case pair, percale 200 TC, grey, 40x80", "63041930", 900, "2.70", 100, "11.90", "13.10"),
    ("KHE-TW-410", "Bath towel, 100% cotton terry 500 GSM, 70x140, white", "63026010", 1500, "4.35", 40, "16.20", "17.40"),
    ("KHE-TW-411", "Bath towel, cotton terry 500 GSM, 70x140, charcoal", "63026010", 1000, "4.35", 40, "16.20", "17.40"),
    ("KHE-TW-412", "Hand towel, cotton terry 500 GSM, 50x100, white", "63026010", 1800, "2.05", 80, "15.60", "16.80"),
    ("KHE-TW-413", "Guest towel, cotton terry 450 GSM, 30x50, white", "63026010", 2400, "0.85", 200, "12.40", "13.60"),
    ("KHE-KT-501", "Kitchen towel set of 4, cotton waffle, natural", "63029100", 1600, "2.60", 100, "13.80", "15.00"),
    ("KHE-KT-502", "Kitchen towel set of 4, cotton check, red/white", "63029100", 1600, "2.45", 100, "13.40", "14.60"),
    ("KHE-TB-601", "Table cloth, cotton-linen, 140x240, natural", "63025190", 450, "8.90", 30, "14.10", "15.30"),
    ("KHE-TB-602", "Table runner, handloom cotton, 40x180, indigo", "63025190", 800, "3.70", 80, "12.90", "14.10"),
    ("KHE-NP-610", "Napkin set of 6, cotton, 45x45, natural", "63025190", 900, "3.95", 60, "11.70", "12.90"),
    ("KHE-CU-701", "Cushion cover, handloom cotton, 45x45, mustard", "63049260", 1200, "2.95", 100, "13.20", "14.40"),
    ("KHE-CU-702", "Cushion cover, handloom cotton, 45x45, rust", "63049260", 1200, "2.95", 100, "13.20", "14.40"),
    ("KHE-CU-703", "Cushion cover, cotton slub, 50x50, ivory", "63049260", 800, "3.40", 80, "12.60", "13.80"),
    ("KHE-TH-801", "Throw, cotton herringbone, 130x170, grey", "63019000", 500, "9.60", 20, "16.40", "17.60"),
    ("KHE-TH-802", "Throw, cotton waffle, 130x170, oatmeal", "63019000", 500, "9.20", 20, "15.80", "17.00"),
    ("KHE-BM-901", "Bath mat, cotton tufted, 50x80, white", "63029100", 700, "3.85", 40, "14.80", "16.00"),
    ("KHE-BM-902", "Bath mat, cotton tufted, 50x80, stone", "63029100", 700, "3.85", 40, "14.80", "16.00"),
    ("KHE-AP-950", "Apron, cotton canvas, adjustable, olive", "63079090", 600, "3.30", 60, "12.30", "13.50"),
]


def d09():
    lines = []
    ctn_no = 1
    for code, desc, hs, qty, price, per_ctn, net, gross in D09_ITEMS:
        ctns = qty // per_ctn
        amt = q2(D(qty) * D(price))
        lines.append(dict(code=code, desc=desc, hs=hs, qty=qty, price=D(price), amt=amt, per_ctn=per_ctn,
                          ctns=ctns, c_from=ctn_no, c_to=ctn_no + ctns - 1, net=D(net), gross=D(gross),
                          tnet=q2(D(net) * ctns), tgross=q2(D(gross) * ctns)))
        ctn_no += ctns
    fob = sum(l["amt"] for l in lines)
    freight = D("2850.00")
    insurance = D("312.40")
    cif = fob + freight + insurance
    return dict(invoice_number="KHE/EXP/2024-25/0387", invoice_date=date("2025-02-20"), iec_code="0412038876",
                buyer_order_number="NHL-PO-25-0144", lines=lines, fob=fob, freight=freight,
                insurance=insurance, total=cif, cartons=ctn_no - 1,
                total_net=sum(l["tnet"] for l in lines), total_gross=sum(l["tgross"] for l in lines))


# --------------------------------------------------------------------------- D10
# UK commercial insurance policy schedule (groff)
def d10():
    sections = [
        ("Material Damage - Buildings", "Declared value", "685000", "1148.20"),
        ("Material Damage - Tenant's improvements", "Sum insured", "92000", "164.35"),
        ("Material Damage - Contents & equipment", "Sum insured", "148500", "402.60"),
        ("Material Damage - Stock (spectacle frames, lenses)", "Sum insured", "76000", "228.90"),
        ("Business Interruption - Gross profit (24 months)", "Sum insured", "540000", "496.75"),
        ("Money & Assault", "Limit", "7500", "38.40"),
        ("Goods in Transit", "Limit", "5000", "24.80"),
        ("Employers' Liability", "Limit of indemnity", "10000000", "612.45"),
        ("Public & Products Liability", "Limit of indemnity", "5000000", "487.30"),
        ("Professional Indemnity (optometry)", "Limit of indemnity", "2000000", "1265.00"),
        ("Legal Expenses", "Limit", "100000", "95.00"),
    ]
    net = sum(D(p) for *_, p in sections)
    ipt = q2(net * D("0.12"))
    admin = D("25.00")  # broker fee (no IPT)
    total = net + ipt + admin
    deposit = q2(total * D("0.10"))
    return dict(policy_number="TCI/SOP/4471836", policyholder="Hartley & Finch Opticians Ltd",
                start_date=date("2025-04-01"), end_date=date("2026-03-31"), sections=sections, net=net,
                ipt=ipt, admin=admin, total=total, deposit=deposit,
                instalment=q2((total - deposit) / 10), last_year=D("4418.62"))


# --------------------------------------------------------------------------- D11
# US patent annuity fee notice (wkhtmltopdf)
D11_CASES = [
    # client ref, country, patent no, year, official fee (USD), due
    ("HMD-0112-EP-DE", "Germany", "EP 3 214 556", 8, "560.00", "2025-04-30"),
    ("HMD-0112-EP-FR", "France", "EP 3 214 556", 8, "310.00", "2025-04-30"),
    ("HMD-0112-EP-GB", "United Kingdom", "EP 3 214 556", 8, "205.00", "2025-04-30"),
    ("HMD-0112-EP-IT", "Italy", "EP 3 214 556", 8, "245.00", "2025-04-30"),
    ("HMD-0112-EP-NL", "Netherlands", "EP 3 214 556", 8, "490.00", "2025-04-30"),
    ("HMD-0112-EP-CH", "Switzerland", "EP 3 214 556", 8, "340.00", "2025-04-30"),
    ("HMD-0112-JP", "Japan", "JP 6 884 201", 5, "412.00", "2025-05-09"),
    ("HMD-0112-CN", "China", "ZL 2018 8 0031447.2", 7, "265.00", "2025-05-14"),
    ("HMD-0125-US", "United States", "US 10,987,443", 4, "2150.00", "2025-05-27"),
    ("HMD-0125-EP-DE", "Germany", "EP 3 601 882", 6, "340.00", "2025-05-31"),
    ("HMD-0125-EP-FR", "France", "EP 3 601 882", 6, "190.00", "2025-05-31"),
    ("HMD-0125-EP-ES", "Spain", "EP 3 601 882", 6, "142.00", "2025-05-31"),
    ("HMD-0125-EP-SE", "Sweden", "EP 3 601 882", 6, "235.00", "2025-05-31"),
    ("HMD-0125-CA", "Canada", "CA 3 054 119", 6, "165.00", "2025-06-02"),
    ("HMD-0125-AU", "Australia", "AU 2019 246 338", 6, "390.00", "2025-06-02"),
    ("HMD-0131-KR", "Korea (Rep.)", "KR 10-2341187", 4, "188.00", "2025-06-11"),
    ("HMD-0131-IN", "India", "IN 412286", 7, "95.00", "2025-06-18"),
    ("HMD-0131-BR", "Brazil", "BR 11 2020 004571-3", 6, "178.00", "2025-06-20"),
    ("HMD-0138-US", "United States", "US 11,204,557", 8, "4300.00", "2025-06-21"),
    ("HMD-0138-EP-DE", "Germany", "EP 3 890 116", 5, "260.00", "2025-06-30"),
    ("HMD-0138-EP-GB", "United Kingdom", "EP 3 890 116", 5, "85.00", "2025-06-30"),
    ("HMD-0138-EP-IE", "Ireland", "EP 3 890 116", 5, "120.00", "2025-06-30"),
    ("HMD-0138-EP-AT", "Austria", "EP 3 890 116", 5, "118.00", "2025-06-30"),
    ("HMD-0138-EP-BE", "Belgium", "EP 3 890 116", 5, "95.00", "2025-06-30"),
    ("HMD-0142-MX", "Mexico", "MX 392 114 B", 5, "226.00", "2025-07-03"),
    ("HMD-0142-IL", "Israel", "IL 278 553", 5, "310.00", "2025-07-10"),
    ("HMD-0142-SG", "Singapore", "SG 11202003185Q", 5, "205.00", "2025-07-15"),
    ("HMD-0142-ZA", "South Africa", "ZA 2020/01877", 5, "64.00", "2025-07-21"),
]


def d11():
    rows = []
    for ref, ctry, pno, yr, fee, due in D11_CASES:
        off = D(fee)
        svc = D("145.00") if ctry != "United States" else D("95.00")
        agent = D("0") if ctry in ("United States",) else (D("85.00") if ctry in ("Germany", "France", "United Kingdom", "Netherlands", "Switzerland", "Italy", "Spain", "Sweden", "Ireland", "Austria", "Belgium") else D("120.00"))
        rows.append(dict(ref=ref, ctry=ctry, pno=pno, yr=yr, official=off, service=svc, agent=agent,
                         total=off + svc + agent, due=date(due)))
    tot_off = sum(x["official"] for x in rows)
    tot_svc = sum(x["service"] for x in rows)
    tot_agent = sum(x["agent"] for x in rows)
    total = tot_off + tot_svc + tot_agent
    return dict(notice_number="MIR-AN-2025-0318", notice_date=date("2025-03-03"), client_number="C-20417",
                instruction_deadline=date("2025-04-15"), rows=rows, tot_off=tot_off, tot_svc=tot_svc,
                tot_agent=tot_agent, total=total)


# --------------------------------------------------------------------------- D12
# US LTL consolidated freight invoice (Chromium landscape)
D12_CITIES = [("Columbus, OH", "43219"), ("Indianapolis, IN", "46241"), ("Louisville, KY", "40213"),
              ("Nashville, TN", "37210"), ("Atlanta, GA", "30336"), ("Charlotte, NC", "28208"),
              ("Pittsburgh, PA", "15275"), ("Detroit, MI", "48209"), ("Chicago, IL", "60638"),
              ("St. Louis, MO", "63132"), ("Memphis, TN", "38118"), ("Richmond, VA", "23237"),
              ("Cincinnati, OH", "45246"), ("Milwaukee, WI", "53218"), ("Harrisburg, PA", "17109")]


def d12():
    r = random.Random(2312)
    rows = []
    d = date("2025-03-03")
    pro = 48213307
    for i in range(46):
        dest, zipc = D12_CITIES[r.randrange(len(D12_CITIES))]
        pcs = r.randint(1, 12)
        wt = r.randint(180, 9400)
        cls = r.choice(["50", "55", "60", "65", "70", "77.5", "85", "92.5", "100"])
        lh = q2(D(wt) * D(r.randint(9, 31)) / 100 + D(r.randint(60, 140)))
        disc = q2(lh * D("0.72"))  # 72% discount
        net = lh - disc
        if net < D("118.00"):
            net = D("118.00")
            disc = lh - net
        fsc = q2(net * D("0.318"))
        acc = D(0)
        accn = ""
        x = r.random()
        if x < 0.18:
            acc = D("85.00"); accn = "LG"
        elif x < 0.27:
            acc = D("65.00"); accn = "RES"
        elif x < 0.33:
            acc = D("45.00"); accn = "APPT"
        elif x < 0.37:
            acc = D("110.00"); accn = "INS"
        total = net + fsc + acc
        rows.append(dict(pro=f"{pro}", date=d, bol=f"GL{r.randint(100000, 999999)}", dest=dest, zip=zipc,
                         pcs=pcs, wt=wt, cls=cls, lh=lh, disc=disc, net=net, fsc=fsc, acc=acc, accn=accn,
                         total=total))
        pro += r.randint(3, 40)
        if r.random() < 0.35:
            d = addd(d, 1)
            if d.weekday() >= 5:
                d = addd(d, 2)
    total = sum(x["total"] for x in rows)
    return dict(invoice_number="SLF-7731942", invoice_date=date("2025-03-17"), due_date=date("2025-04-16"),
                account_number="GLP-004418", rows=rows, total=total,
                total_weight=sum(x["wt"] for x in rows), total_pcs=sum(x["pcs"] for x in rows),
                tot_lh=sum(x["lh"] for x in rows), tot_disc=sum(x["disc"] for x in rows),
                tot_net=sum(x["net"] for x in rows), tot_fsc=sum(x["fsc"] for x in rows),
                tot_acc=sum(x["acc"] for x in rows))


# --------------------------------------------------------------------------- D13
# UK builders' merchant statement (LibreOffice .fodt)
def d13():
    r = random.Random(2313)
    opening = D("6842.17")
    tx = []
    d = date("2025-03-01")
    inv = 7718204
    while d <= date("2025-03-31"):
        if d.weekday() < 6:
            n = r.choice([0, 1, 1, 1, 2])
            for _ in range(n):
                net = D(r.randint(1800, 68000)) / 100
                gross = q2(net * D("1.2"))
                tx.append(dict(date=d, type="INV", ref=f"SI{inv}", cust=f"{r.choice(['JOB ', 'Plot ', 'WHIT/', 'Van '])}{r.randint(10, 99)}",
                               debit=gross, credit=D(0)))
                inv += r.randint(9, 140)
            if r.random() < 0.08:
                c = q2(D(r.randint(900, 9500)) / 100 * D("1.2"))
                tx.append(dict(date=d, type="CRN", ref=f"SC{r.randint(400000, 499999)}", cust="Returned goods",
                               debit=D(0), credit=c))
        d = addd(d, 1)
    # payments
    tx.append(dict(date=date("2025-03-07"), type="PAY", ref="BACS", cust="Payment - thank you", debit=D(0), credit=D("4216.50")))
    tx.append(dict(date=date("2025-03-28"), type="PAY", ref="BACS", cust="Payment - thank you", debit=D(0), credit=D("2000.00")))
    tx.sort(key=lambda t: (t["date"], t["type"] == "PAY"))
    bal = opening
    for t in tx:
        bal = bal + t["debit"] - t["credit"]
        t["bal"] = bal
    closing = bal
    # ageing: current = March invoices minus credits; older = what's left of opening after payments
    older = opening - D("4216.50") - D("2000.00")
    current = closing - older
    return dict(account_number="WHI014", statement_date=date("2025-03-31"), opening=opening,
                closing=closing, tx=tx, current=current, older=older,
                customer_name="K. Whitworth Joinery Ltd")


# --------------------------------------------------------------------------- D14
# German electrical wholesale invoice (fpdf2, Übertrag)
D14_ART = [
    ("NYM-J 3x1,5", "Mantelleitung NYM-J 3x1,5 mm², Ring 100 m", "m", "0.62"),
    ("NYM-J 5x1,5", "Mantelleitung NYM-J 5x1,5 mm², Ring 50 m", "m", "1.08"),
    ("NYM-J 3x2,5", "Mantelleitung NYM-J 3x2,5 mm², Ring 50 m", "m", "0.94"),
    ("NYM-J 5x2,5", "Mantelleitung NYM-J 5x2,5 mm², Trommel", "m", "1.62"),
    ("NYM-J 5x6", "Mantelleitung NYM-J 5x6 mm², Trommel", "m", "4.18"),
    ("H07V-K 1x6 gnge", "Aderleitung H07V-K 1x6 mm² grün-gelb", "m", "0.71"),
    ("J-Y(St)Y 2x2x0,8", "Fernmeldeleitung J-Y(St)Y 2x2x0,8, Ring 100 m", "m", "0.36"),
    ("CAT7 S/FTP", "Datenkabel Cat.7 S/FTP 4x2xAWG23, LSOH, 500 m", "m", "0.58"),
    ("FFKu-EM-F 16", "Isolierrohr flexibel M16, grau, 50 m", "m", "0.29"),
    ("FFKu-EM-F 20", "Isolierrohr flexibel M20, grau, 50 m", "m", "0.34"),
    ("GD 1055", "Geräte-Verbindungsdose Ø 68 mm, tief", "Stk", "0.42"),
    ("HWD 1055", "Hohlwand-Geräteverbindungsdose luftdicht", "Stk", "0.96"),
    ("AP 9 grau", "Abzweigdose AP 9, IP65, grau", "Stk", "2.85"),
    ("WAGO 221-413", "Verbindungsklemme 3-Leiter, 4 mm² (VE 50)", "VE", "11.90"),
    ("WAGO 221-415", "Verbindungsklemme 5-Leiter, 4 mm² (VE 25)", "VE", "9.75"),
    ("GIRA 018803", "Schuko-Steckdose System 55, reinweiß glänzend", "Stk", "5.64"),
    ("GIRA 012603", "Wechselschalter-Einsatz 10 AX", "Stk", "6.38"),
    ("GIRA 021103", "Abdeckrahmen 1-fach System 55 reinweiß", "Stk", "1.42"),
    ("GIRA 021203", "Abdeckrahmen 2-fach System 55 reinweiß", "Stk", "2.86"),
    ("GIRA 021303", "Abdeckrahmen 3-fach System 55 reinweiß", "Stk", "4.31"),
    ("GIRA 028803", "Wippe für Schalter/Taster reinweiß", "Stk", "2.12"),
    ("BJ 2CKA001", "Busch-Jaeger Präsenzmelder KNX Mini", "Stk", "118.40"),
    ("HAGER MBN116", "LS-Schalter B16 1-polig 6 kA", "Stk", "3.28"),
    ("HAGER MBN316", "LS-Schalter B16 3-polig 6 kA", "Stk", "12.95"),
    ("HAGER MCN132", "LS-Schalter C32 3-polig 10 kA", "Stk", "21.60"),
    ("HAGER CDA440D", "FI-Schutzschalter 4-polig 40 A 30 mA Typ A", "Stk", "34.80"),
    ("HAGER ADA916D", "FI/LS-Schalter B16 30 mA", "Stk", "38.40"),
    ("HAGER SPN208S", "Überspannungsschutz Typ 2, 3+N", "Stk", "142.50"),
    ("HAGER VU36NW", "Kleinverteiler volta 3-reihig, 36 TE, UP", "Stk", "74.90"),
    ("HAGER ZB33S", "Zählerschrank univers 3-feldrig komplett", "Stk", "612.00"),
    ("PHOENIX UT 4", "Durchgangsreihenklemme 4 mm² grau", "Stk", "0.94"),
    ("PHOENIX UT 4-PE", "Schutzleiterklemme 4 mm² grün-gelb", "Stk", "2.46"),
    ("OBO 2057 M 20", "Kabelschelle Metall M20", "Stk", "0.48"),
    ("OBO RKSM 60100", "Kabelrinne RKS-Magic 60x100, 3 m", "Stk", "32.70"),
    ("OBO LKM 40060", "Leitungsführungskanal LKM 40x60 reinweiß, 2 m", "Stk", "6.84"),
    ("LEDV DL 190", "LED-Einbaudownlight 19 W 3000 K, weiß, IP44", "Stk", "24.30"),
    ("LEDV FL 30W", "LED-Fluter 30 W 4000 K schwarz IP65", "Stk", "19.85"),
    ("ZUMTOBEL MIR", "LED-Panel 625x625 34 W 4000 K UGR<19", "Stk", "68.90"),
    ("SIEM 5SY6116", "Leitungsschutzschalter B16 1-polig (Siemens)", "Stk", "3.95"),
    ("ABB S201-C10", "LS-Schalter C10 1-polig", "Stk", "4.12"),
    ("DEHN 900 021", "Potentialausgleichsschiene K12", "Stk", "18.60"),
    ("FISCHER SX 6", "Spreizdübel SX 6x30 (VE 100)", "VE", "4.95"),
    ("SPAX 4x40", "Universalschraube 4,0x40 TX20 (VE 200)", "VE", "7.40"),
    ("3M 1500", "Isolierband 15 mm x 10 m schwarz", "Stk", "1.35"),
    ("WEIDM STRIPAX", "Abisolierzange Stripax 0,08-10 mm²", "Stk", "46.80"),
]


def d14():
    r = random.Random(2314)
    lines = []
    pos = 1
    for rep in range(3):
        for art, txt, unit, price in D14_ART:
            if r.random() < (0.42 if rep == 0 else 0.25):
                continue
            if unit == "m":
                qty = r.choice([50, 100, 100, 150, 200, 250, 300, 500])
            elif unit == "VE":
                qty = r.randint(1, 8)
            else:
                qty = r.choice([1, 2, 4, 5, 6, 8, 10, 12, 20, 24, 30, 40, 50])
            if D(price) > 100:
                qty = r.randint(1, 3)
            disc = r.choice([0, 0, 5, 10, 15, 20])
            gp = D(price)
            ep = q2(gp * (100 - disc) / 100)
            amt = q2(ep * qty)
            lines.append(dict(pos=pos, art=art, txt=txt, unit=unit, qty=qty, price=gp, disc=disc, amt=amt))
            pos += 1
    warenwert = sum(l["amt"] for l in lines)
    fracht = D("24.50")
    netto = warenwert + fracht
    mwst = q2(netto * D("0.19"))
    total = netto + mwst
    skonto = q2(total * D("0.02"))
    return dict(invoice_number="RE-2025-031847", invoice_date=date("2025-03-21"), customer_number="K-104378",
                vat_number="DE814293057", iban="DE27370501980029384756", lines=lines, warenwert=warenwert,
                fracht=fracht, netto=netto, mwst=mwst, total=total, skonto=skonto,
                delivery_note="LS-2025-118204", order_ref="Kom. BV Ehrenfeld, Venloer Str. 241")


# --------------------------------------------------------------------------- D15
# French IT consulting invoice + CGV (Chromium)
def d15():
    lines = [
        ("Mission ALT-2024-118 – Refonte SI logistique", "Direction de projet (consultant senior) – mars 2025", "jour", "8", "1150.00"),
        ("Mission ALT-2024-118 – Refonte SI logistique", "Architecte solution – ateliers de conception", "jour", "6.5", "980.00"),
        ("Mission ALT-2024-118 – Refonte SI logistique", "Développeur Java / Spring – sprint 14", "jour", "19", "640.00"),
        ("Mission ALT-2024-118 – Refonte SI logistique", "Développeur Java / Spring – sprint 15", "jour", "17.5", "640.00"),
        ("Mission ALT-2024-118 – Refonte SI logistique", "Développeur front-end Angular – sprint 14-15", "jour", "21", "590.00"),
        ("Mission ALT-2024-118 – Refonte SI logistique", "Ingénieur DevOps – pipelines CI/CD et Kubernetes", "jour", "9", "720.00"),
        ("Mission ALT-2024-118 – Refonte SI logistique", "Testeur fonctionnel – campagne de recette V2.3", "jour", "12", "520.00"),
        ("Mission ALT-2024-118 – Refonte SI logistique", "Business analyst – spécifications module transport", "jour", "7", "680.00"),
        ("Mission ALT-2025-009 – Audit de sécurité", "Audit de configuration Active Directory", "forfait", "1", "4800.00"),
        ("Mission ALT-2025-009 – Audit de sécurité", "Test d'intrusion externe (périmètre 12 IP)", "forfait", "1", "6200.00"),
        ("Mission ALT-2025-009 – Audit de sécurité", "Rapport et restitution au COMEX", "jour", "1.5", "1150.00"),
        ("Tierce maintenance applicative", "TMA WMS – forfait mensuel mars 2025", "mois", "1", "3850.00"),
        ("Tierce maintenance applicative", "Astreinte week-end (2 week-ends)", "unité", "2", "450.00"),
        ("Tierce maintenance applicative", "Interventions hors forfait (tickets #4471, #4488, #4502)", "heure", "11", "95.00"),
        ("Frais", "Déplacements Lyon – Grenoble (forfait kilométrique refacturé)", "forfait", "1", "386.40"),
        ("Frais", "Nuitées hôtel – atelier Grenoble 12-13/03", "nuit", "4", "118.00"),
        ("Licences", "Licence JetBrains IntelliJ IDEA Ultimate – refacturation (1 an)", "unité", "3", "599.00"),
    ]
    out = []
    for grp, desc, unit, qty, price in lines:
        amt = q2(D(qty) * D(price))
        out.append(dict(grp=grp, desc=desc, unit=unit, qty=D(qty), price=D(price), amt=amt))
    ht = sum(l["amt"] for l in out)
    remise = q2(ht * D("0.03"))
    net_ht = ht - remise
    tva = q2(net_ht * D("0.20"))
    ttc = net_ht + tva
    acompte = D("12000.00")
    net_a_payer = ttc - acompte
    return dict(invoice_number="FA-2025-0342", invoice_date=date("2025-03-31"), due_date=date("2025-04-30"),
                vat_number="FR47852316904", iban="FR7630004013280001234567813", lines=out, ht=ht,
                remise=remise, net_ht=net_ht, tva=tva, ttc=ttc, acompte=acompte, net_a_payer=net_a_payer,
                customer="Transports Rhodaniens Frigo SA")


# --------------------------------------------------------------------------- D16
# Spanish construction progress certification invoice (pdflatex)
D16_PARTIDAS = [
    ("01", "MOVIMIENTO DE TIERRAS", [
        ("01.01", "m3", "Excavación a cielo abierto en terreno compacto, medios mecánicos", "4850.00", "6.85"),
        ("01.02", "m3", "Excavación en zanjas y pozos, terreno compacto", "612.40", "14.20"),
        ("01.03", "m3", "Relleno y compactado con zahorra artificial", "1320.00", "18.60"),
        ("01.04", "m3", "Transporte de tierras a vertedero autorizado, dist. < 20 km", "4210.00", "5.40"),
    ]),
    ("02", "CIMENTACIÓN", [
        ("02.01", "m3", "Hormigón de limpieza HL-150/B/20, vertido con bomba", "186.00", "78.50"),
        ("02.02", "m3", "Hormigón armado HA-30/B/20/IIa en zapatas y vigas riostras", "942.00", "168.40"),
        ("02.03", "m3", "Hormigón armado HA-30 en muros de sótano, encofrado a dos caras", "418.00", "296.80"),
        ("02.04", "m2", "Impermeabilización de muros con lámina bituminosa LBM-40", "1280.00", "17.45"),
        ("02.05", "m2", "Lámina drenante nodular de polietileno", "1280.00", "6.90"),
    ]),
    ("03", "ESTRUCTURA", [
        ("03.01", "m2", "Forjado reticular 30+5 cm, HA-30/B/20/IIa, casetón recuperable", "5840.00", "74.60"),
        ("03.02", "m3", "Pilares de hormigón armado HA-30, encofrado metálico", "212.00", "412.30"),
        ("03.03", "m2", "Losa de escalera de hormigón armado, e=18 cm", "264.00", "96.20"),
        ("03.04", "kg", "Acero B500S en armaduras, elaborado y colocado", "186400.00", "1.32"),
    ]),
    ("04", "CUBIERTAS", [
        ("04.01", "m2", "Cubierta plana transitable invertida con aislamiento XPS 80 mm", "980.00", "62.40"),
        ("04.02", "m2", "Cubierta plana no transitable con grava", "420.00", "41.85"),
    ]),
    ("05", "ALBAÑILERÍA", [
        ("05.01", "m2", "Fábrica de ladrillo perforado 1/2 pie, fachada, mortero M-7,5", "3640.00", "28.90"),
        ("05.02", "m2", "Tabique de ladrillo hueco doble 7 cm", "5120.00", "17.30"),
        ("05.03", "m2", "Trasdosado autoportante de placa de yeso laminado 15 mm", "4380.00", "24.15"),
        ("05.04", "m2", "Aislamiento térmico de lana mineral 50 mm", "3640.00", "8.75"),
    ]),
    ("06", "INSTALACIONES", [
        ("06.01", "ud", "Instalación eléctrica completa de vivienda tipo (grado elevado)", "24.00", "3860.00"),
        ("06.02", "ud", "Instalación de fontanería y saneamiento por vivienda", "24.00", "2940.00"),
        ("06.03", "ud", "Instalación de aerotermia con suelo radiante por vivienda", "24.00", "7420.00"),
        ("06.04", "ud", "Infraestructura común de telecomunicaciones (ICT)", "1.00", "18600.00"),
        ("06.05", "ud", "Instalación de ascensor eléctrico 8 personas, 6 paradas", "2.00", "28450.00"),
    ]),
    ("07", "REVESTIMIENTOS Y SOLADOS", [
        ("07.01", "m2", "Solado de gres porcelánico 60x60 rectificado", "2860.00", "38.40"),
        ("07.02", "m2", "Alicatado de baños y cocinas, gres 30x60", "2140.00", "34.70"),
        ("07.03", "m2", "Enfoscado de cemento maestreado en paramentos exteriores", "3640.00", "14.85"),
        ("07.04", "m2", "Pintura plástica lisa mate en paramentos interiores", "14280.00", "5.60"),
    ]),
    ("08", "CARPINTERÍA", [
        ("08.01", "ud", "Ventana de aluminio RPT con doble acristalamiento bajo emisivo", "168.00", "612.00"),
        ("08.02", "ud", "Puerta de entrada a vivienda blindada", "24.00", "890.00"),
        ("08.03", "ud", "Puerta de paso lacada blanca, hoja ciega", "144.00", "248.00"),
    ]),
    ("09", "SEGURIDAD Y SALUD", [
        ("09.01", "mes", "Seguridad y salud en obra según estudio", "14.00", "2150.00"),
    ]),
]
D16_PCT = {  # % origen (to date), % anterior (previous)
    "01": (100, 100), "02": (100, 100), "03": (92, 74), "04": (15, 0), "05": (48, 22),
    "06": (20, 8), "07": (6, 0), "08": (0, 0), "09": (50, 35.7142857),
}


def d16():
    chapters = []
    tot_origen = D(0)
    tot_anterior = D(0)
    pem = D(0)
    for cap, name, items in D16_PARTIDAS:
        po, pa = D16_PCT[cap]
        rows = []
        for code, ud, desc, med, price in items:
            presup = q2(D(med) * D(price))
            mo = (D(med) * D(po) / 100).quantize(D("0.01"))
            ma = (D(med) * D(str(pa)) / 100).quantize(D("0.01"))
            io = q2(mo * D(price))
            ia = q2(ma * D(price))
            rows.append(dict(code=code, ud=ud, desc=desc, med=D(med), price=D(price), presup=presup,
                             mo=mo, ma=ma, mact=mo - ma, io=io, ia=ia, iact=io - ia))
            pem += presup
        co = sum(x["io"] for x in rows)
        ca = sum(x["ia"] for x in rows)
        chapters.append(dict(cap=cap, name=name, rows=rows, io=co, ia=ca, iact=co - ca,
                             presup=sum(x["presup"] for x in rows)))
        tot_origen += co
        tot_anterior += ca
    actual = tot_origen - tot_anterior  # PEM this period
    gg = q2(actual * D("0.13"))
    bi = q2(actual * D("0.06"))
    base_contrata = actual + gg + bi
    baja = q2(base_contrata * D("0.045"))  # adjudication discount
    base = base_contrata - baja
    ret = q2(base * D("0.05"))
    iva = q2(base * D("0.10"))
    total = base + iva - ret
    return dict(invoice_number="F-2025/0031", invoice_date=date("2025-01-31"), certification_number="5",
                vat_number="B92874613", chapters=chapters, pem=pem, origen=tot_origen, anterior=tot_anterior,
                actual=actual, gg=gg, bi=bi, base_contrata=base_contrata, baja=baja, base=base, ret=ret,
                iva=iva, total=total)


# --------------------------------------------------------------------------- D17
# Dutch transport collective invoice (wkhtmltopdf)
D17_PLACES = ["Tilburg", "Breda", "Eindhoven", "Den Bosch", "Oss", "Helmond", "Roosendaal", "Waalwijk",
              "Oosterhout", "Veghel", "Boxtel", "Uden", "Weert", "Etten-Leur", "Bergen op Zoom"]


def d17():
    r = random.Random(2317)
    rows = []
    d = date("2025-03-03")
    ritno = 25031
    for i in range(52):
        place = r.choice(D17_PLACES)
        km = r.randint(38, 165)
        kind = r.choice(["Kraanwagen", "Trekker-oplegger", "Bakwagen", "Kraanwagen", "Trekker-oplegger"])
        pallets = r.randint(4, 26) if kind != "Kraanwagen" else r.randint(2, 12)
        base = {"Kraanwagen": D("1.95"), "Trekker-oplegger": D("1.62"), "Bakwagen": D("1.38")}[kind]
        vracht = q2(D(km) * base + D(r.randint(45, 95)))
        extra = D(0)
        if kind == "Kraanwagen":
            extra = q2(D(r.choice([1, 1.5, 2])) * D("68.00"))
        wacht = D(0)
        if r.random() < 0.15:
            wacht = D("42.50") * r.randint(1, 3)
        bt = vracht + extra + wacht
        rows.append(dict(date=d, rit=f"R{ritno}", vrachtbrief=f"VB{r.randint(700000, 799999)}", to=place,
                         kind=kind, pallets=pallets, km=km, vracht=vracht, kraan=extra, wacht=wacht, total=bt))
        ritno += r.randint(1, 6)
        if r.random() < 0.4:
            d = addd(d, 1)
            if d.weekday() == 5:
                d = addd(d, 2)
    subtotal = sum(x["total"] for x in rows)
    dieseltoeslag = q2(sum(x["vracht"] for x in rows) * D("0.085"))
    netto = subtotal + dieseltoeslag
    btw = q2(netto * D("0.21"))
    total = netto + btw
    return dict(invoice_number="2025-10472", invoice_date=date("2025-03-17"), due_date=date("2025-04-16"),
                customer_number="D-30218", vat_number="NL859214637B01", iban="NL42RABO0318452297",
                rows=rows, subtotal=subtotal, diesel=dieseltoeslag, netto=netto, btw=btw, total=total)


# --------------------------------------------------------------------------- D18
# Italian hardware wholesale invoice (LibreOffice .fodt, riporto)
D18_ART = [
    ("VT-FIS-0814", "Tassello nylon Fischer SX 8x40 (conf. 100)", "CF", "6.90"),
    ("VT-FIS-1050", "Tassello nylon Fischer SX 10x50 (conf. 50)", "CF", "7.45"),
    ("VT-SPX-4050", "Vite truciolare Spax 4x50 TX (conf. 200)", "CF", "9.80"),
    ("VT-SPX-6080", "Vite truciolare Spax 6x80 TX (conf. 100)", "CF", "14.60"),
    ("VT-ANC-M10", "Ancorante chimico vinilestere 300 ml", "PZ", "11.40"),
    ("VT-BAR-M10", "Barra filettata M10 zincata 1 m", "PZ", "2.35"),
    ("UT-BOS-GSB", "Trapano avvitatore a percussione 18V Bosch GSB 18V-55", "PZ", "189.00"),
    ("UT-MAK-HR24", "Martello tassellatore Makita HR2470 SDS-plus", "PZ", "164.50"),
    ("UT-DEW-SMER", "Smerigliatrice angolare DeWalt 125 mm 1010W", "PZ", "92.80"),
    ("UT-PUN-SDS8", "Punta SDS-plus 8x160 mm", "PZ", "3.10"),
    ("UT-PUN-SDS12", "Punta SDS-plus 12x210 mm", "PZ", "4.85"),
    ("UT-DIS-115", "Disco taglio ferro 115x1,0 mm (conf. 25)", "CF", "18.75"),
    ("UT-DIS-DIA", "Disco diamantato 230 mm universale", "PZ", "24.90"),
    ("UT-LIV-60", "Livella alluminio 60 cm 3 bolle", "PZ", "12.40"),
    ("UT-MET-5M", "Flessometro 5 m x 25 mm", "PZ", "6.20"),
    ("ED-MAL-25", "Malta cementizia M10 sacco 25 kg", "SC", "5.85"),
    ("ED-COL-PIA", "Adesivo per piastrelle C2TE S1 sacco 25 kg", "SC", "13.90"),
    ("ED-STU-FUG", "Stucco per fughe grigio 5 kg", "SC", "8.40"),
    ("ED-GUA-LIQ", "Guaina liquida impermeabilizzante 20 kg", "PZ", "68.50"),
    ("ED-SIL-TRA", "Silicone acetico trasparente 280 ml", "PZ", "3.45"),
    ("ED-SCH-PU", "Schiuma poliuretanica pistola 750 ml", "PZ", "7.95"),
    ("ED-RET-FIB", "Rete in fibra di vetro 160 g/m² rotolo 50 m²", "RT", "42.00"),
    ("ID-RAC-1/2", "Raccordo ottone a compressione 1/2\"", "PZ", "3.60"),
    ("ID-VAL-SF3", "Valvola a sfera 3/4\" PN25", "PZ", "8.90"),
    ("ID-TUB-MULT", "Tubo multistrato 16x2 rotolo 100 m", "RT", "96.00"),
    ("ID-TEF-NAS", "Nastro teflon 12 mm x 12 m (conf. 10)", "CF", "4.20"),
    ("EL-CAV-FG16", "Cavo FG16OR16 3G2,5 (al metro)", "MT", "1.48"),
    ("EL-SCA-503", "Scatola incasso 503", "PZ", "0.62"),
    ("EL-MAG-C16", "Interruttore magnetotermico 1P+N C16", "PZ", "11.80"),
    ("SI-GUA-NIT", "Guanti nitrile antitaglio (paio)", "PA", "3.95"),
    ("SI-OCC-PRO", "Occhiali protettivi antiappannamento", "PZ", "4.70"),
    ("SI-CAS-BIA", "Elmetto di protezione bianco EN397", "PZ", "9.60"),
    ("SI-SCA-S3", "Scarpe antinfortunistiche S3 alte", "PA", "54.00"),
]


def d18():
    r = random.Random(2318)
    lines = []
    for rep in range(2):
        for cod, desc, um, price in D18_ART:
            if r.random() < (0.1 if rep == 0 else 0.55):
                continue
            qty = r.choice([2, 4, 5, 6, 10, 12, 20, 24, 25, 30, 50]) if D(price) < 20 else r.randint(1, 4)
            if um == "MT":
                qty = r.choice([100, 200, 250])
            sc = r.choice([0, 0, 10, 15, 20, 25])
            pn = q2(D(price) * (100 - sc) / 100)
            imp = q2(pn * qty)
            lines.append(dict(cod=cod, desc=desc, um=um, qty=qty, price=D(price), sc=sc, imp=imp))
    imponibile = sum(l["imp"] for l in lines)
    trasporto = D("35.00")
    imponibile_tot = imponibile + trasporto
    iva = q2(imponibile_tot * D("0.22"))
    total = imponibile_tot + iva
    return dict(invoice_number="1184/A", invoice_date=date("2025-02-28"), due_date=date("2025-04-30"),
                vat_number="IT01938470687", iban="IT60X0542811101000000123456", lines=lines,
                imponibile_merce=imponibile, trasporto=trasporto, imponibile=imponibile_tot, iva=iva,
                total=total, ddt=[("DDT 412", "2025-02-06"), ("DDT 455", "2025-02-13"), ("DDT 503", "2025-02-21")])


# --------------------------------------------------------------------------- D19
# Polish VAT invoice, building materials wholesaler (fpdf2, DejaVu)
D19_ART = [
    ("Cement portlandzki CEM II/B-S 42,5R, worek 25 kg", "szt.", "24.90", 23),
    ("Zaprawa murarska M10, worek 25 kg", "szt.", "17.40", 23),
    ("Klej do płytek C2TE, worek 25 kg", "szt.", "42.80", 23),
    ("Bloczek betonowy komórkowy 24x24x59, 600", "szt.", "11.65", 23),
    ("Pustak ceramiczny Porotherm 25 P+W", "szt.", "9.85", 23),
    ("Cegła pełna ceramiczna kl. 15", "szt.", "1.92", 23),
    ("Styropian fasadowy EPS 040, 15 cm (paczka 2 m²)", "op.", "58.40", 23),
    ("Wełna mineralna Isover Super-Mata 15 cm (paczka 4,2 m²)", "op.", "96.30", 23),
    ("Płyta g-k Knauf GKB 12,5 mm 1200x2600", "szt.", "27.60", 23),
    ("Płyta g-k impregnowana GKBI 12,5 mm", "szt.", "34.90", 23),
    ("Profil CD 60 3 m ocynkowany", "szt.", "11.20", 23),
    ("Profil UD 27 3 m ocynkowany", "szt.", "8.40", 23),
    ("Gips szpachlowy Uniflott 5 kg", "szt.", "48.50", 23),
    ("Grunt głęboko penetrujący 10 l", "szt.", "54.90", 23),
    ("Folia paroizolacyjna 0,2 mm 4x50 m", "rol.", "189.00", 23),
    ("Membrana dachowa 150 g/m² 1,5x50 m", "rol.", "214.00", 23),
    ("Pręt żebrowany fi 12 B500SP (12 m)", "szt.", "47.80", 23),
    ("Siatka zgrzewana 15x15 fi 6, arkusz 2x3 m", "szt.", "86.40", 23),
    ("Drut wiązałkowy 1,2 mm (kg)", "kg", "8.90", 23),
    ("Rura kanalizacyjna PVC 160x3000 SN8", "szt.", "98.60", 23),
    ("Kształtka kolano PVC 160/45°", "szt.", "16.70", 23),
    ("Bloczek fundamentowy betonowy 38x25x12", "szt.", "6.30", 23),
    ("Dachówka ceramiczna karpiówka (m²)", "m²", "112.00", 8),
    ("Okno PCV 1165x1435 rozwierno-uchylne (montaż w budownictwie mieszkaniowym)", "szt.", "1184.00", 8),
    ("Drzwi wewnętrzne 80 z ościeżnicą (montaż w budownictwie mieszkaniowym)", "kpl.", "692.00", 8),
    ("Panele podłogowe AC4 8 mm (m²)", "m²", "54.90", 23),
    ("Farba lateksowa biała 10 l", "szt.", "129.00", 23),
    ("Silikon sanitarny bezbarwny 280 ml", "szt.", "19.40", 23),
    ("Pianka montażowa pistoletowa 750 ml", "szt.", "29.90", 23),
    ("Transport HDS na budowę (kurs)", "usł.", "350.00", 23),
]


def d19():
    r = random.Random(2319)
    lines = []
    for rep in range(2):
        for name, unit, price, rate in D19_ART:
            if r.random() < (0.05 if rep == 0 else 0.45):
                continue
            if unit == "usł.":
                if rep == 1:
                    continue
                qty = D(3)
            elif D(price) > 500:
                qty = D(r.randint(2, 8))
            elif unit == "m²":
                qty = D(r.randint(40, 220))
            elif unit == "kg":
                qty = D(r.randint(10, 40))
            else:
                qty = D(r.choice([4, 6, 8, 10, 12, 20, 24, 30, 40, 48, 60, 80, 100, 120]))
            netto = q2(qty * D(price))
            vat = q2(netto * rate / 100)
            lines.append(dict(name=name, unit=unit, qty=qty, price=D(price), rate=rate, netto=netto,
                              vat=vat, brutto=netto + vat))
    by = {}
    for l in lines:
        by.setdefault(l["rate"], D(0))
        by[l["rate"]] += l["netto"]
    vats = {k: q2(v * k / 100) for k, v in by.items()}
    netto = sum(by.values())
    vat = sum(vats.values())
    total = netto + vat
    return dict(invoice_number="FV/2025/03/0412", invoice_date=date("2025-03-25"), due_date=date("2025-04-24"),
                vat_number="6792874315", iban="PL61109010140000071219812874", lines=lines, by=by, vats=vats,
                netto=netto, vat=vat, total=total, sale_date=date("2025-03-24"))


# --------------------------------------------------------------------------- D20
# Portuguese electricity bill (Chromium)
def d20():
    days = 30
    ponta, cheia, vazio = 142, 287, 211
    kwh = ponta + cheia + vazio
    p_ponta, p_cheia, p_vazio = D("0.2381"), D("0.1794"), D("0.1126")
    pot = D("0.4621")  # €/day, 6.9 kVA
    e_ponta = q2(ponta * p_ponta)
    e_cheia = q2(cheia * p_cheia)
    e_vazio = q2(vazio * p_vazio)
    potencia = q2(pot * days)
    # IVA: first 100 kWh / 30 days at 6% portion — simplify: potência @ 6% (<=6.9kVA), energia 200 kWh @ 6%, rest 23%
    energia = e_ponta + e_cheia + e_vazio
    energia_6 = q2(energia * D(200) / D(kwh))
    energia_23 = energia - energia_6
    iec = q2(D(kwh) * D("0.001"))
    dgeg = D("0.07")
    cav = D("2.85")  # 6% VAT
    base6 = potencia + energia_6 + cav
    base23 = energia_23 + iec + dgeg
    iva6 = q2(base6 * D("0.06"))
    iva23 = q2(base23 * D("0.23"))
    total = base6 + base23 + iva6 + iva23
    return dict(invoice_number="FT 2025/0847152", invoice_date=date("2025-03-12"), due_date=date("2025-03-31"),
                cpe_code="PT0002000068412735QN", consumption_kwh=kwh, ponta=ponta, cheia=cheia, vazio=vazio,
                p_ponta=p_ponta, p_cheia=p_cheia, p_vazio=p_vazio, e_ponta=e_ponta, e_cheia=e_cheia,
                e_vazio=e_vazio, potencia=potencia, pot=pot, days=days, energia_6=energia_6,
                energia_23=energia_23, iec=iec, dgeg=dgeg, cav=cav, base6=base6, base23=base23,
                iva6=iva6, iva23=iva23, total=total)


# --------------------------------------------------------------------------- D21
# Swedish customer account statement (LibreOffice .fodt)
def d21():
    r = random.Random(2321)
    opening = D("48215.00")
    tx = []
    d = date("2025-01-02")
    fnr = 520114
    while d <= date("2025-03-31"):
        x = r.random()
        if x < 0.55:
            net = D(r.randint(2400, 46000))
            amt = q2(net * D("1.25"))
            tx.append(dict(date=d, text="Faktura", ref=str(fnr), due=addd(d, 30), debit=amt, credit=D(0)))
            fnr += r.randint(4, 60)
        elif x < 0.8:
            amt = D(r.randint(20, 90) * 1000)
            tx.append(dict(date=d, text="Inbetalning bankgiro", ref="BG 5421-0387", due=None, debit=D(0), credit=amt))
        elif x < 0.88:
            amt = q2(D(r.randint(300, 4800)) * D("1.25"))
            tx.append(dict(date=d, text="Kreditfaktura", ref=str(fnr), due=None, debit=D(0), credit=amt))
            fnr += r.randint(2, 30)
        d = addd(d, r.choice([1, 2, 2, 3, 4]))
        while d.weekday() >= 5:
            d = addd(d, 1)
    bal = opening
    for t in tx:
        bal = bal + t["debit"] - t["credit"]
        t["bal"] = bal
    return dict(customer_number="10-4418", statement_date=date("2025-03-31"), opening=opening, closing=bal,
                tx=tx, vat_number="SE556712408301", tot_debit=sum(t["debit"] for t in tx),
                tot_credit=sum(t["credit"] for t in tx), customer="Byggnadsfirma Lindqvist & Söner AB")


# --------------------------------------------------------------------------- D22
# Indian IT services tax invoice from a spreadsheet (LibreOffice .fods)
def d22():
    lines = [
        ("Software development - Fleet tracking module (Sprint 21)", "998314", "Man-month", "3.5", "185000.00"),
        ("Software development - Driver mobile app (Android/iOS)", "998314", "Man-month", "2.0", "172000.00"),
        ("QA & test automation - regression suite", "998314", "Man-month", "1.5", "118000.00"),
        ("UI/UX design - customer portal revamp", "998314", "Man-day", "14", "9500.00"),
        ("Project management & scrum master", "998311", "Man-month", "1.0", "210000.00"),
        ("Business analysis - e-way bill integration", "998311", "Man-day", "9", "11000.00"),
        ("Annual maintenance contract (AMC) - ERP (Q4 FY 2024-25)", "998713", "Quarter", "1", "285000.00"),
        ("Production support L2 - 24x7 (March 2025)", "998316", "Month", "1", "145000.00"),
        ("Cloud hosting - AWS Mumbai region (pass-through, March 2025)", "998315", "Month", "1", "238412.60"),
        ("Managed database - PostgreSQL RDS Multi-AZ", "998315", "Month", "1", "64500.00"),
        ("CDN & WAF - CloudFront/Shield Standard", "998315", "Month", "1", "18240.00"),
        ("Bulk SMS credits - transactional (DLT registered)", "998414", "1000 SMS", "250", "165.00"),
        ("WhatsApp Business API conversations", "998414", "Conversation", "18400", "0.88"),
        ("SSL certificate - wildcard, 1 year", "998315", "Nos", "2", "14500.00"),
        ("Onsite training - dispatcher team, Bhiwandi (2 days)", "999293", "Day", "2", "28000.00"),
        ("Travel & stay - onsite training (at actuals)", "996411", "Lot", "1", "21684.00"),
        ("Change request CR-118 - GST e-invoice IRN generation", "998314", "Fixed", "1", "96000.00"),
        ("Change request CR-121 - POD photo compression", "998314", "Fixed", "1", "42000.00"),
        ("Microsoft 365 Business Standard licences (annual)", "997331", "User", "40", "9840.00"),
        ("Penetration test - mobile app (OWASP MASVS)", "998319", "Fixed", "1", "135000.00"),
    ]
    out = []
    for desc, sac, unit, qty, rate in lines:
        amt = q2(D(qty) * D(rate))
        out.append(dict(desc=desc, sac=sac, unit=unit, qty=D(qty), rate=D(rate), amt=amt))
    taxable = sum(l["amt"] for l in out)
    cgst = q2(taxable * D("0.09"))
    sgst = q2(taxable * D("0.09"))
    total_exact = taxable + cgst + sgst
    total = total_exact.quantize(D("1"), rounding="ROUND_HALF_UP")
    roundoff = total - total_exact
    by_sac = {}
    for l in out:
        by_sac.setdefault(l["sac"], D(0))
        by_sac[l["sac"]] += l["amt"]
    return dict(invoice_number="SSS/2024-25/1127", invoice_date=date("2025-03-31"), due_date=date("2025-04-15"),
                supplier_gstin="27AAHCS7781E1Z4", customer_name="Konkan Logistics Ltd.", lines=out,
                taxable=taxable, cgst=cgst, sgst=sgst, roundoff=roundoff, total=total, by_sac=by_sac)


# --------------------------------------------------------------------------- D23
# UK customs clearance & disbursement invoice (groff)
def d23():
    entries = [
        dict(mrn="25GB8Q1K7TZ4M2RAR6", cont="MSKU 741208-3", vessel="MAERSK EMDEN 512W", port="Felixstowe",
             goods="Ceramic tiles (6907 21 00 00)", duty=D("1184.26"), vat=D("6918.40"),
             charges=[("Customs entry (H1) - full declaration", D("65.00")), ("Additional commodity lines x4", D("30.00")),
                      ("Port handling & THC (disbursement)", D("285.00")), ("Haulage Felixstowe - Rochester", D("545.00")),
                      ("Fuel surcharge 14%", D("76.30")), ("Duty deferment fee (2% of duty+VAT)", D("162.05"))]),
        dict(mrn="25GB8Q1K7TZ7W9PAB1", cont="TGHU 305517-9", vessel="CMA CGM ROSSINI 0FL3", port="London Gateway",
             goods="Porcelain sanitaryware (6910 10 00 00)", duty=D("912.58"), vat=D("5202.36"),
             charges=[("Customs entry (H1) - full declaration", D("65.00")), ("Additional commodity lines x2", D("15.00")),
                      ("Port handling & THC (disbursement)", D("262.50")), ("Haulage London Gateway - Rochester", D("395.00")),
                      ("Fuel surcharge 14%", D("55.30")), ("Duty deferment fee (2% of duty+VAT)", D("122.30")),
                      ("HMRC document check - hold & release", D("48.00"))]),
        dict(mrn="25GB8Q1K7U03C5NAQ2", cont="LCL - 4 pallets (HBL FXT250318)", vessel="ONE HAMBURG 073W", port="Tilbury",
             goods="Stainless steel taps & fittings (8481 80 11 00)", duty=D("226.14"), vat=D("1842.70"),
             charges=[("Customs entry (H1) - full declaration", D("65.00")), ("CFS devanning & handling (4 pallets)", D("148.00")),
                      ("Tail-lift delivery Tilbury - Rochester", D("185.00")), ("Fuel surcharge 14%", D("25.90")),
                      ("Duty deferment fee (2% of duty+VAT)", D("41.38"))]),
    ]
    fees = D(0)
    disb_thc = D(0)
    for e in entries:
        for desc, amt in e["charges"]:
            if "disbursement" in desc:
                disb_thc += amt
            else:
                fees += amt
    duty = sum(e["duty"] for e in entries)
    ivat = sum(e["vat"] for e in entries)
    vat_on_fees = q2((fees + disb_thc) * D("0.20"))
    total = fees + disb_thc + vat_on_fees + duty + ivat
    return dict(invoice_number="MFC/INV/0931184", invoice_date=date("2025-03-20"), due_date=date("2025-04-19"),
                eori_number="GB204718335000", vat_number="GB287641093", entries=entries, fees=fees,
                disb_thc=disb_thc, vat_on_fees=vat_on_fees, duty=duty, ivat=ivat, total=total)


# --------------------------------------------------------------------------- D24
# US ag co-op customer statement, monospaced ERP print (enscript)
def d24():
    r = random.Random(2324)
    opening = D("18406.52")
    tx = []
    d = date("2025-02-01")
    tk = 884120
    while d <= date("2025-02-28"):
        for _ in range(r.choice([0, 1, 1, 2, 2, 3])):
            item = r.choice([
                ("FEED", "CATTLE FEED 14% PELLETS", "TON", "318.00"),
                ("FEED", "CALF STARTER 18% 50LB", "BAG", "21.40"),
                ("FUEL", "DIESEL OFF-ROAD #2 DYED", "GAL", "3.289"),
                ("FUEL", "GASOLINE UNL 87 E10", "GAL", "2.949"),
                ("PROPANE", "LP GAS BULK DELIVERY", "GAL", "1.879"),
                ("AGRON", "UREA 46-0-0 BULK", "TON", "612.00"),
                ("AGRON", "ANHYDROUS AMMONIA 82-0-0", "TON", "745.00"),
                ("HDWE", "FENCE POST STEEL T 6FT", "EA", "6.49"),
                ("HDWE", "BARBED WIRE 4PT 1320FT", "RL", "89.99"),
                ("SEED", "SEED CORN P1185AM 80K", "UN", "318.50"),
            ])
            dept, desc, um, px = item
            if um == "TON":
                qty = D(r.randint(10, 120)) / 10
            elif um == "GAL":
                qty = D(r.randint(80, 600))
            else:
                qty = D(r.randint(1, 30))
            amt = q2(qty * D(px))
            tx.append(dict(date=d, ref=f"{tk}", dept=dept, desc=desc, qty=qty, um=um, debit=amt, credit=D(0)))
            tk += r.randint(2, 70)
        d = addd(d, r.choice([1, 1, 2, 3]))
    tx.append(dict(date=date("2025-02-10"), ref="CK 4471", dept="PMT", desc="PAYMENT RECEIVED - THANK YOU",
                   qty=None, um="", debit=D(0), credit=D("12000.00")))
    tx.append(dict(date=date("2025-02-25"), ref="PATR", dept="PATR", desc="PATRONAGE EQUITY CREDIT 2024",
                   qty=None, um="", debit=D(0), credit=D("1386.20")))
    tx.sort(key=lambda t: t["date"])
    charges = sum(t["debit"] for t in tx)
    credits = sum(t["credit"] for t in tx)
    fin = q2((opening - D("12000.00")) * D("0.015"))  # finance charge on unpaid prior balance
    tx.append(dict(date=date("2025-02-28"), ref="FC", dept="FIN", desc="FINANCE CHARGE 1.5% ON PAST DUE",
                   qty=None, um="", debit=fin, credit=D(0)))
    bal = opening
    for t in tx:
        bal = bal + t["debit"] - t["credit"]
        t["bal"] = bal
    closing = bal
    past_due = opening - D("12000.00") - D("1386.20") + fin
    return dict(customer_number="20417-00", statement_date=date("2025-02-28"), opening=opening, closing=closing,
                tx=tx, charges=charges + fin, credits=credits, fin=fin, past_due=past_due,
                current=closing - past_due, customer="DVORAK BROTHERS FARMS")


ALL = {f"d{i:02d}": globals()[f"d{i:02d}"] for i in range(1, 25)}
