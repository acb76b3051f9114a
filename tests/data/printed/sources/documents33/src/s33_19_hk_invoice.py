# Hong Kong sourcing agent invoice (fpdf2, core fonts)
import sys, datetime
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 2, 19, 6, 30, tzinfo=datetime.timezone.utc))
pdf.set_title("Invoice VHS/2025/0456")
pdf.set_author("Victoria Harbour Sourcing Limited")
pdf.set_auto_page_break(False)
pdf.add_page()
L, R, W = 18, 192, 174

pdf.set_font("Times", "B", 18); pdf.set_xy(L, 14); pdf.cell(W, 8, "VICTORIA HARBOUR SOURCING LIMITED", align="C")
pdf.set_font("Times", "", 9.5)
for i, t in enumerate(["Unit 1208, 12/F, Nan Fung Centre, 264-298 Castle Peak Road, Tsuen Wan, N.T., Hong Kong",
                       "Tel: (852) 2414 7788     Fax: (852) 2414 7789     E-mail: accounts@vhsourcing.com.hk"]):
    pdf.set_xy(L, 23 + i * 4.6); pdf.cell(W, 4.6, t, align="C")
pdf.set_line_width(0.5); pdf.line(L, 34, R, 34); pdf.set_line_width(0.2); pdf.line(L, 35, R, 35)
pdf.set_font("Times", "B", 15); pdf.set_xy(L, 39); pdf.cell(W, 8, "INVOICE", align="C")
pdf.line(96, 46.5, 114, 46.5)

# to / meta
pdf.set_font("Times", "", 10.5)
pdf.set_xy(L, 53); pdf.cell(12, 5, "To :")
pdf.set_font("Times", "B", 10.5); pdf.cell(0, 5, "Sarangi Trading (HK) Limited")
pdf.set_font("Times", "", 10.5)
for i, t in enumerate(["Room 1903, 19/F, Millennium City 5", "418 Kwun Tong Road, Kwun Tong", "Kowloon, Hong Kong",
                       "Attn: Ms. Karen Leung (Merchandising)"]):
    pdf.set_xy(L + 12, 58 + i * 5); pdf.cell(0, 5, t)
meta = [("Invoice No.", "VHS/2025/0456"), ("Date", "19 Feb 2025"), ("Your P.O. No.", "SAR-HK-7781"),
        ("Terms", "30 days net"), ("Due Date", "21 Mar 2025"), ("Our Ref.", "QC-DG-0210")]
for i, (k, v) in enumerate(meta):
    pdf.set_xy(122, 53 + i * 5); pdf.cell(26, 5, k); pdf.cell(4, 5, ":")
    pdf.set_font("Times", "B" if k in ("Invoice No.",) else "", 10.5); pdf.cell(0, 5, v); pdf.set_font("Times", "", 10.5)

# table
y = 90
cols = [("Item", 12, "C"), ("Particulars", 100, "L"), ("Quantity", 20, "C"), ("Unit Price", 20, "R"), ("Amount", 22, "R")]
pdf.set_line_width(0.3); pdf.line(L, y, R, y); pdf.line(L, y + 7, R, y + 7)
pdf.set_font("Times", "B", 10.5); pdf.set_xy(L, y)
for h, w, a in cols:
    pdf.cell(w, 7, h, align=a)
pdf.set_font("Times", "", 9); pdf.set_xy(L, y + 7.5)
pdf.cell(152, 4, "", align="R"); pdf.cell(22, 4, "HK$", align="R")
rows = [("1", ["Pre-shipment quality inspection at factory, Dongguan",
               "Supplier: Dongguan Everbright Houseware Co., Ltd.  Inspection dates: 10-12 Feb 2025",
               "AQL 2.5 / 4.0, report no. VHS-QC-25-0117 issued 13 Feb 2025"], "3 man-days", "2,800.00", "8,400.00"),
        ("2", ["Courier charges for approved production samples", "SF Express, Dongguan to Hong Kong office, 2 cartons"], "1 lot", "650.00", "650.00"),
        ("3", ["Sourcing commission at 3% on P.O. SAR-HK-7781",
               "FOB Yantian value HK$468,750.00 (stainless steel kitchenware, 12,500 sets)"], "3%", "", "14,062.50")]
yy = y + 13
for n, lines, q, up, amt in rows:
    pdf.set_font("Times", "", 10.5)
    pdf.set_xy(L, yy); pdf.cell(12, 5, n, align="C")
    for j, t in enumerate(lines):
        pdf.set_font("Times", "" if j == 0 else "I", 10.5 if j == 0 else 9.5)
        pdf.set_xy(L + 12, yy + j * 5); pdf.cell(100, 5, t)
    pdf.set_font("Times", "", 10.5)
    pdf.set_xy(L + 112, yy); pdf.cell(20, 5, q, align="C"); pdf.cell(20, 5, up, align="R"); pdf.cell(22, 5, amt, align="R")
    yy += 5 * len(lines) + 4
yy += 10
pdf.line(L, yy, R, yy)
pdf.set_font("Times", "B", 11); pdf.set_xy(L + 90, yy + 1.5); pdf.cell(62, 6, "TOTAL  HK$", align="R"); pdf.cell(22, 6, "23,112.50", align="R")
pdf.line(L + 152, yy + 8, R, yy + 8); pdf.line(L + 152, yy + 8.8, R, yy + 8.8)
pdf.set_font("Times", "B", 9); pdf.set_xy(L, yy + 12)
pdf.cell(0, 5, "SAY HONG KONG DOLLARS TWENTY THREE THOUSAND ONE HUNDRED TWELVE AND CENTS FIFTY ONLY.")

yy += 24
pdf.set_font("Times", "BU", 10.5); pdf.set_xy(L, yy); pdf.cell(0, 5, "Remarks:")
pdf.set_font("Times", "", 10)
rem = ["1. Please settle by crossed cheque payable to \"Victoria Harbour Sourcing Limited\" or by telegraphic transfer to:",
       "    The Hongkong and Shanghai Banking Corporation Ltd., 1 Queen's Road Central, Hong Kong",
       "    A/C No.: 123-456789-838     Bank Code: 004     SWIFT: HSBCHKHHHKH     FPS ID: 1628847",
       "2. All bank charges outside Hong Kong are for the account of the remitter.",
       "3. Inspection fee for the re-inspection on 24 Jan 2025 was billed on invoice VHS/2025/0391 (HK$2,800.00).",
       "4. Any discrepancy should be reported within 7 days from the date of this invoice."]
for i, t in enumerate(rem):
    pdf.set_xy(L, yy + 6 + i * 5); pdf.cell(0, 5, t)

yy += 48
pdf.set_xy(108, yy); pdf.set_font("Times", "", 10.5); pdf.cell(84, 5, "For and on behalf of", align="C")
pdf.set_xy(108, yy + 5); pdf.set_font("Times", "B", 10); pdf.cell(84, 5, "VICTORIA HARBOUR SOURCING LIMITED", align="C")
pdf.line(122, yy + 24, 178, yy + 24)
pdf.set_xy(108, yy + 25); pdf.set_font("Times", "", 9.5); pdf.cell(84, 5, "Authorized Signature(s)", align="C")

pdf.set_xy(L, 280); pdf.set_font("Times", "I", 8.5); pdf.set_text_color(90, 90, 90)
pdf.cell(W, 4, "Business Registration No. 61234567  |  Company No. 2514478", align="C")
pdf.output(out)
