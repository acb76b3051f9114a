# Indian CHA / freight forwarder tax invoice (fpdf2, core fonts)
import sys, datetime
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 3, 8, 11, 20, tzinfo=datetime.timezone.utc))
pdf.set_title("Tax Invoice KSL/JNPT/2425/03412")
pdf.set_author("Konkan Shipping & Logistics LLP")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_margins(12, 10, 12)
navy = (18, 52, 96)

# letterhead
pdf.set_fill_color(*navy); pdf.rect(12, 10, 22, 18, "F")
pdf.set_text_color(255, 255, 255); pdf.set_font("Helvetica", "B", 15)
pdf.set_xy(12, 14); pdf.cell(22, 10, "KSL", align="C")
pdf.set_text_color(*navy); pdf.set_font("Helvetica", "B", 15)
pdf.set_xy(37, 10); pdf.cell(0, 7, "Konkan Shipping & Logistics LLP")
pdf.set_text_color(60, 60, 60); pdf.set_font("Helvetica", "", 8)
pdf.set_xy(37, 17.5)
pdf.multi_cell(104, 3.6, "Customs Broker (CB Lic. 11/2016) | Freight Forwarding | Warehousing\n"
               "Office No. 1204, Sai Infotech, Plot 26, Sector 30A, Vashi, Navi Mumbai - 400703\n"
               "Tel: +91 22 2781 4410 | ops@konkanship.in | www.konkanship.in", align="L")
pdf.set_font("Helvetica", "", 7.5); pdf.set_xy(140, 11)
pdf.multi_cell(58, 3.6, "GSTIN: 27AAQFK2291H1Z8\nPAN: AAQFK2291H\nLLPIN: AAK-4471\nState: Maharashtra (27)", align="R")
pdf.set_draw_color(*navy); pdf.set_line_width(0.6); pdf.line(12, 30.5, 198, 30.5)

pdf.set_text_color(0, 0, 0); pdf.set_font("Helvetica", "B", 12)
pdf.set_xy(12, 33); pdf.cell(186, 7, "TAX INVOICE", align="C")
pdf.set_line_width(0.2); pdf.set_draw_color(0, 0, 0)

# bill-to and invoice block
y = 42
pdf.rect(12, y, 100, 36); pdf.rect(112, y, 86, 36)
pdf.set_font("Helvetica", "B", 7.5); pdf.set_xy(14, y + 1.5); pdf.cell(0, 4, "BILL TO")
pdf.set_font("Helvetica", "B", 9); pdf.set_xy(14, y + 6); pdf.cell(0, 4.5, "Sarangi Trading Company Pvt. Ltd.")
pdf.set_font("Helvetica", "", 8); pdf.set_xy(14, y + 11)
pdf.multi_cell(96, 3.8, "501, Meridian House, Andheri-Kurla Road\nAndheri (East), Mumbai - 400059\n"
               "GSTIN: 27AAKCS7390M1Z5   State Code: 27\nPlace of Supply: Maharashtra\nKind Attn: Mr. Nitin Deshpande (Imports)")
rows = [("Invoice No.", "KSL/JNPT/2425/03412"), ("Invoice Date", "08/03/2025"), ("Job No.", "IMP/JN/25/0719"),
        ("Customer Code", "SAR-0042"), ("Credit Period", "15 days from invoice date"), ("Reverse Charge", "No")]
for i, (k, v) in enumerate(rows):
    pdf.set_xy(114, y + 2 + i * 5.6)
    pdf.set_font("Helvetica", "", 8); pdf.cell(28, 5, k)
    pdf.set_font("Helvetica", "B" if i < 2 else "", 8.5); pdf.cell(0, 5, ": " + v)

# shipment details
y = 80
pdf.set_fill_color(232, 237, 245); pdf.rect(12, y, 186, 5, "DF")
pdf.set_font("Helvetica", "B", 8); pdf.set_xy(14, y); pdf.cell(0, 5, "SHIPMENT DETAILS (IMPORT - FCL)")
det = [("B/L No.", "MEDUJ4417820", "B/L Date", "14/02/2025"),
       ("Vessel / Voyage", "MSC ANYA / FA507E", "IGM No. / Date", "2389114 / 27/02/2025"),
       ("Port of Loading", "Shanghai, CN", "Port of Discharge", "Nhava Sheva (INNSA1)"),
       ("Container", "MEDU 812345-6 (1 x 20' GP)", "Packages / Gross Wt.", "412 CTNS / 9,860.00 KGS"),
       ("Bill of Entry No.", "7781254 dt. 03/03/2025", "Assessable Value", "INR 18,45,230.00"),
       ("Importer IEC", "0316987412", "Shipper", "Ningbo Haitai Hardware Co., Ltd.")]
pdf.rect(12, y + 5, 186, len(det) * 5 + 2)
for i, (a, b, c, d) in enumerate(det):
    yy = y + 6 + i * 5
    pdf.set_font("Helvetica", "", 7.8)
    pdf.set_xy(14, yy); pdf.cell(30, 5, a); pdf.cell(62, 5, ": " + b)
    pdf.cell(32, 5, c); pdf.cell(0, 5, ": " + d)

# services table
y = 120
cols = [("Sr", 8, "C"), ("Description of Service", 56, "L"), ("SAC", 14, "C"), ("Taxable Value", 24, "R"),
        ("CGST %", 11, "C"), ("CGST Amt", 18, "R"), ("SGST %", 11, "C"), ("SGST Amt", 18, "R"), ("Total", 26, "R")]
pdf.set_xy(12, y); pdf.set_font("Helvetica", "B", 7.5); pdf.set_fill_color(*navy); pdf.set_text_color(255, 255, 255)
for h, w, a in cols:
    pdf.cell(w, 6, h, border=1, align="C", fill=True)
pdf.set_text_color(0, 0, 0); pdf.set_font("Helvetica", "", 7.8)
items = [("1", "Customs clearance charges (CHA agency)", "996713", "7,500.00", "9%", "675.00", "9%", "675.00", "8,850.00"),
         ("2", "Documentation & EDI / ICEGATE filing", "996713", "2,500.00", "9%", "225.00", "9%", "225.00", "2,950.00"),
         ("3", "Delivery order handling charges", "996719", "4,250.00", "9%", "382.50", "9%", "382.50", "5,015.00"),
         ("4", "Warehouse handling & storage (6 days)", "996729", "6,800.00", "9%", "612.00", "9%", "612.00", "8,024.00")]
yy = y + 6
for it in items:
    pdf.set_xy(12, yy)
    for (h, w, a), v in zip(cols, it):
        pdf.cell(w, 6, v, border="LR", align=a)
    yy += 6
pdf.set_xy(12, yy); pdf.set_font("Helvetica", "B", 7.8)
tot = ("", "Total (A)", "", "21,050.00", "", "1,894.50", "", "1,894.50", "24,839.00")
for (h, w, a), v in zip(cols, tot):
    pdf.cell(w, 6, v, border=1, align="R" if a == "R" else a)
yy += 9

# reimbursements
pdf.set_xy(12, yy); pdf.set_font("Helvetica", "B", 8)
pdf.cell(0, 5, "REIMBURSEMENT OF EXPENSES INCURRED AS PURE AGENT (Rule 33 of CGST Rules) - Non-taxable")
yy += 6
reimb = [("1", "Shipping line D.O. charges - MSC Agency (India) Pvt Ltd", "Rcpt No. MSC/DO/88412 dt 05/03/2025", "5,900.00"),
         ("2", "CFS charges - Speedy Multimodes CFS, JNPT", "Bill No. SMC/25/11873 dt 06/03/2025", "11,210.00")]
pdf.set_font("Helvetica", "B", 7.5); pdf.set_xy(12, yy)
for h, w in (("Sr", 8), ("Particulars", 92), ("Supporting document", 60), ("Amount", 26)):
    pdf.cell(w, 6, h, border=1, align="C")
yy += 6; pdf.set_font("Helvetica", "", 7.8)
for a, b, c, d in reimb:
    pdf.set_xy(12, yy)
    pdf.cell(8, 6, a, border="LR", align="C"); pdf.cell(92, 6, b, border="LR"); pdf.cell(60, 6, c, border="LR")
    pdf.cell(26, 6, d, border="LR", align="R"); yy += 6
pdf.set_xy(12, yy); pdf.set_font("Helvetica", "B", 7.8)
pdf.cell(160, 6, "Total (B)", border=1, align="R"); pdf.cell(26, 6, "17,110.00", border=1, align="R")
yy += 10

# summary
summ = [("Taxable services incl. GST (A)", "24,839.00"), ("Reimbursements (B)", "17,110.00"),
        ("Round off", "0.00"), ("NET AMOUNT PAYABLE (A + B)   INR", "41,949.00")]
for i, (k, v) in enumerate(summ):
    pdf.set_xy(112, yy + i * 6)
    last = i == len(summ) - 1
    pdf.set_font("Helvetica", "B" if last else "", 8.5)
    if last:
        pdf.set_fill_color(232, 237, 245)
    pdf.cell(60, 6, k, border=1, fill=last); pdf.cell(26, 6, v, border=1, align="R", fill=last)
pdf.set_xy(12, yy); pdf.set_font("Helvetica", "", 7.8)
pdf.multi_cell(96, 4, "Amount in words:\nRupees Forty One Thousand Nine Hundred Forty Nine Only\n\n"
               "Tax payable on reverse charge: Nil")

# bank + terms
yy += 30
pdf.set_line_width(0.2); pdf.rect(12, yy, 186, 38)
pdf.set_xy(14, yy + 2); pdf.set_font("Helvetica", "B", 8); pdf.cell(0, 4, "Bank details for RTGS / NEFT")
pdf.set_font("Helvetica", "", 7.8); pdf.set_xy(14, yy + 7)
pdf.multi_cell(90, 3.8, "Beneficiary: Konkan Shipping & Logistics LLP\nBank: ICICI Bank Ltd, Vashi Branch\n"
               "A/c No.: 002105019874\nIFSC: ICIC0000021\nMSME Udyam Reg. No.: UDYAM-MH-33-0041972")
pdf.set_xy(112, yy + 2); pdf.set_font("Helvetica", "B", 8); pdf.cell(0, 4, "Terms & Conditions")
pdf.set_font("Helvetica", "", 7); pdf.set_xy(112, yy + 7)
pdf.multi_cell(84, 3.3, "1. Payment within 15 days; interest @ 18% p.a. on overdue amounts.\n"
               "2. Reimbursements are supported by original third-party receipts, enclosed.\n"
               "3. Please quote invoice number with remittance. Discrepancies to be reported within 7 days.\n"
               "4. All business is transacted under our Standard Trading Conditions. Subject to Navi Mumbai jurisdiction.", align="L")
pdf.set_xy(130, yy + 40); pdf.set_font("Helvetica", "B", 8)
pdf.cell(68, 4, "For Konkan Shipping & Logistics LLP", align="R")
pdf.set_xy(130, yy + 52); pdf.set_font("Helvetica", "", 7.5); pdf.cell(68, 4, "Designated Partner / Authorised Signatory", align="R")
pdf.set_xy(12, 285); pdf.set_font("Helvetica", "I", 6.8); pdf.set_text_color(90, 90, 90)
pdf.cell(186, 4, "Computer generated invoice. Registered Office: 1204 Sai Infotech, Vashi, Navi Mumbai 400703.", align="C")
pdf.output(out)
