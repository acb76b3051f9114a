# UAE freight forwarder tax invoice (fpdf2, core fonts), landscape-free A4 portrait
import sys, datetime
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 3, 6, 8, 15, tzinfo=datetime.timezone.utc))
pdf.set_title("Tax Invoice GCF/DXB/25/02761")
pdf.set_author("Gulf Crescent Freight Forwarding L.L.C.")
pdf.set_auto_page_break(False)
pdf.add_page()
teal = (0, 96, 100)
L, W = 12, 186

pdf.set_fill_color(*teal); pdf.rect(0, 0, 210, 30, "F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Helvetica", "B", 16); pdf.set_xy(L, 7); pdf.cell(0, 8, "GULF CRESCENT FREIGHT FORWARDING L.L.C.")
pdf.set_font("Helvetica", "", 8)
pdf.set_xy(L, 15); pdf.cell(0, 4, "Office 312, Building LOB 16, Jebel Ali Free Zone, P.O. Box 261144, Dubai, U.A.E.")
pdf.set_xy(L, 19); pdf.cell(0, 4, "Tel +971 4 887 3300  |  ops@gulfcrescent.ae  |  FMC/NVOCC Reg. 024871  |  TRN: 100567123400003")
pdf.set_font("Helvetica", "B", 18); pdf.set_xy(140, 9); pdf.cell(58, 10, "TAX INVOICE", align="R")
pdf.set_text_color(0, 0, 0)

# bill to / meta
pdf.set_draw_color(150, 150, 150); pdf.set_line_width(0.25)
pdf.rect(L, 35, 96, 34); pdf.rect(110, 35, 88, 34)
pdf.set_font("Helvetica", "B", 7.5); pdf.set_text_color(*teal); pdf.set_xy(L + 2, 36.5); pdf.cell(0, 4, "BILL TO")
pdf.set_text_color(0, 0, 0); pdf.set_font("Helvetica", "B", 9.5); pdf.set_xy(L + 2, 41); pdf.cell(0, 5, "Sarangi General Trading L.L.C.")
pdf.set_font("Helvetica", "", 8.5)
for i, t in enumerate(["Warehouse 14, Al Quoz Industrial Area 3", "P.O. Box 52119, Dubai, U.A.E.",
                       "Customer TRN: 100398765400003", "Customer Code: SGT-0091"]):
    pdf.set_xy(L + 2, 46.5 + i * 4.6); pdf.cell(0, 4.6, t)
meta = [("Invoice No.", "GCF/DXB/25/02761"), ("Invoice Date", "06-Mar-2025"), ("Due Date", "05-Apr-2025"),
        ("Job No.", "IMP-SEA-25-0488"), ("Credit Terms", "30 days"), ("Sales Person", "R. Pillai")]
for i, (k, v) in enumerate(meta):
    pdf.set_xy(112, 37 + i * 5.2); pdf.set_font("Helvetica", "", 8.5); pdf.cell(30, 5, k)
    pdf.set_font("Helvetica", "B" if i < 3 else "", 8.5); pdf.cell(0, 5, ": " + v)

# shipment
y = 73
pdf.set_fill_color(225, 238, 238); pdf.rect(L, y, W, 6, "DF")
pdf.set_font("Helvetica", "B", 8.5); pdf.set_xy(L + 2, y); pdf.cell(0, 6, "SHIPMENT DETAILS  -  SEA IMPORT FCL")
pdf.rect(L, y + 6, W, 27)
sh = [("B/L No.", "MSCUJA123456", "Vessel / Voyage", "MSC SARA ELENA / IW508W"),
      ("Port of Loading", "Nhava Sheva, India", "Port of Discharge", "Jebel Ali, U.A.E."),
      ("ETA / Arrival", "02-Mar-2025", "Containers", "2 x 40' HC: MSDU 7731186, MSMU 4412095"),
      ("Shipper", "Sarangi Trading Company Pvt. Ltd.", "Commodity", "Stainless steel kitchenware"),
      ("Packages", "2,460 CTNS", "Gross Weight", "38,420.000 KGS")]
for i, (a, b, c, d) in enumerate(sh):
    yy = y + 7 + i * 5
    pdf.set_font("Helvetica", "", 8); pdf.set_xy(L + 2, yy); pdf.cell(28, 5, a)
    pdf.set_font("Helvetica", "B" if i == 0 else "", 8); pdf.cell(62, 5, ": " + b)
    pdf.set_font("Helvetica", "", 8); pdf.cell(28, 5, c); pdf.cell(0, 5, ": " + d)

# charges
y = 110
cols = [("Description", 58, "L"), ("Curr", 11, "C"), ("Amount", 20, "R"), ("Ex. Rate", 15, "R"),
        ("Taxable AED", 22, "R"), ("VAT %", 13, "C"), ("VAT AED", 19, "R"), ("Total AED", 28, "R")]
pdf.set_fill_color(*teal); pdf.set_text_color(255, 255, 255); pdf.set_font("Helvetica", "B", 8)
pdf.set_xy(L, y)
for h, w, a in cols:
    pdf.cell(w, 7, h, border=1, align="C", fill=True)
pdf.set_text_color(0, 0, 0); pdf.set_font("Helvetica", "", 8)
rows = [("Ocean freight INNSA - AEJEA, 2 x 40HC", "USD", "1,700.00", "3.6725", "6,243.25", "0%", "0.00", "6,243.25"),
        ("Delivery order fee", "AED", "1,200.00", "1.0000", "1,200.00", "5%", "60.00", "1,260.00"),
        ("Terminal handling & port charges (DP World)", "AED", "1,850.00", "1.0000", "1,850.00", "5%", "92.50", "1,942.50"),
        ("Customs documentation & clearance", "AED", "450.00", "1.0000", "450.00", "5%", "22.50", "472.50"),
        ("Transportation Jebel Ali - Al Quoz (2 trucks)", "AED", "1,800.00", "1.0000", "1,800.00", "5%", "90.00", "1,890.00")]
yy = y + 7
for r in rows:
    pdf.set_xy(L, yy)
    for (h, w, a), v in zip(cols, r):
        pdf.cell(w, 7, v, border="LR", align=a)
    yy += 7
pdf.set_xy(L, yy); pdf.set_font("Helvetica", "B", 8.5)
tot = ("TOTAL", "", "", "", "11,543.25", "", "265.00", "11,808.25")
for (h, w, a), v in zip(cols, tot):
    pdf.cell(w, 7, v, border=1, align=a if v != "TOTAL" else "R")
yy += 11

# vat summary + totals
pdf.set_font("Helvetica", "B", 8.5); pdf.set_xy(L, yy); pdf.cell(90, 5, "VAT SUMMARY")
pdf.set_font("Helvetica", "", 8)
vs = [("Standard rated supplies (5%)", "5,300.00", "265.00"), ("Zero rated supplies (international transport)", "6,243.25", "0.00")]
pdf.set_xy(L, yy + 5); pdf.set_font("Helvetica", "B", 7.5)
pdf.cell(60, 5, "Category", border=1); pdf.cell(20, 5, "Taxable AED", border=1, align="R"); pdf.cell(16, 5, "VAT AED", border=1, align="R")
pdf.set_font("Helvetica", "", 7.5)
for i, (a, b, c) in enumerate(vs):
    pdf.set_xy(L, yy + 10 + i * 5); pdf.cell(60, 5, a, border=1); pdf.cell(20, 5, b, border=1, align="R"); pdf.cell(16, 5, c, border=1, align="R")
tt = [("Total excluding VAT", "11,543.25"), ("VAT @ 5%", "265.00"), ("Invoice Total (AED)", "11,808.25")]
for i, (k, v) in enumerate(tt):
    last = i == 2
    pdf.set_xy(124, yy + i * 7); pdf.set_font("Helvetica", "B" if last else "", 9.5 if last else 8.5)
    if last:
        pdf.set_fill_color(225, 238, 238)
    pdf.cell(46, 7, k, border=1, fill=last); pdf.cell(28, 7, v, border=1, align="R", fill=last)
pdf.set_font("Helvetica", "", 8); pdf.set_xy(L, yy + 22)
pdf.multi_cell(110, 4, "Amount in words: UAE Dirhams Eleven Thousand Eight Hundred Eight and Fils Twenty Five Only", align="L")
pdf.set_xy(L, yy + 31)
pdf.multi_cell(W, 4, "Note: Customs duty and import VAT paid on your behalf at Dubai Customs (declaration 101-25-00471863) are billed separately "
               "on disbursement invoice GCF/DXB/25/02762. Freight converted at carrier rate of exchange USD 1 = AED 3.6725.", align="L")

# bank + terms
yy += 46
pdf.rect(L, yy, W, 30)
pdf.set_font("Helvetica", "B", 8.5); pdf.set_xy(L + 2, yy + 2); pdf.cell(0, 4, "Bank Details")
pdf.set_font("Helvetica", "", 8)
for i, t in enumerate(["Account Name: Gulf Crescent Freight Forwarding L.L.C.", "Bank: Mashreq Bank PSC, Jebel Ali Branch",
                       "IBAN: AE46 0330 0000 1904 8817 263   (AED)", "SWIFT: BOMLAEAD"]):
    pdf.set_xy(L + 2, yy + 7 + i * 4.5); pdf.cell(0, 4.5, t)
pdf.set_font("Helvetica", "B", 8.5); pdf.set_xy(110, yy + 2); pdf.cell(0, 4, "Terms")
pdf.set_font("Helvetica", "", 7.3); pdf.set_xy(110, yy + 7)
pdf.multi_cell(86, 3.5, "All services are subject to our Standard Trading Conditions, available on request. Payments received after the due "
               "date attract a late fee of 1.5% per month. Cheques to be drawn in favour of Gulf Crescent Freight Forwarding L.L.C. "
               "Queries must be raised within 7 days of the invoice date.", align="L")
pdf.set_xy(L, yy + 40); pdf.set_font("Helvetica", "", 8); pdf.cell(90, 4, "Prepared by: Finance - A. D'Souza")
pdf.set_xy(110, yy + 40); pdf.cell(88, 4, "This is a computer generated invoice and requires no signature.", align="R")
pdf.set_fill_color(*teal); pdf.rect(0, 292, 210, 5, "F")
pdf.output(out)
