#!/usr/bin/env python3
"""Hong Kong bilingual invoice 發票 / INVOICE -- ReportLab canvas, Chinese in the built-in CID font STSong-Light
(not embedded), English in Helvetica. HKD, no VAT."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else "s62_19.pdf"
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("INVOICE KBP-INV-26031")
W, H = A4
L, R = 40, W - 40
y = H - 50
c.setFont("STSong-Light", 17); c.drawString(L, y, "九龍灣精工貿易有限公司")
c.setFont("Helvetica-Bold", 13); c.drawString(L, y - 18, "Kowloon Bay Precision Trading Limited")
c.setFont("Helvetica", 8.5)
c.drawString(L, y - 32, "Unit 1208, 12/F, Enterprise Square, 9 Sheung Yuet Road, Kowloon Bay, Kowloon, Hong Kong")
c.drawString(L, y - 43, "Tel: +852 2758 4190   Business Registration No.: 71829364")
c.setFont("STSong-Light", 16); c.drawRightString(R, y, "發票")
c.setFont("Helvetica-Bold", 16); c.drawRightString(R, y - 19, "INVOICE")
c.line(L, y - 52, R, y - 52)
y -= 72
c.setFont("STSong-Light", 9.5); c.drawString(L, y, "客戶 Bill To:")
c.setFont("Helvetica-Bold", 10); c.drawString(L, y - 14, "Nordhavn Asia Pacific Limited")
c.setFont("STSong-Light", 9.5); c.drawString(L, y - 27, "北港亞太有限公司")
c.setFont("Helvetica", 8.5)
c.drawString(L, y - 40, "28/F, Devon House, Taikoo Place, 979 King's Road, Quarry Bay, Hong Kong")
info = [("發票號碼 Invoice No.:", "KBP-INV-26031"), ("發票日期 Invoice Date:", "10/03/2026"),
        ("訂單編號 P.O. No.:", "NAP-PO-88215"), ("付款期限 Due Date:", "09/04/2026"), ("貨幣 Currency:", "HKD")]
for i, (k, v) in enumerate(info):
    c.setFont("STSong-Light", 9); c.drawString(330, y - 13 * i, k)
    c.setFont("Helvetica", 9); c.drawRightString(R, y - 13 * i, v)
y -= 80
cols = [L, 80, 330, 390, 470]
c.setFillGray(0.9); c.rect(L, y - 4, R - L, 16, fill=1, stroke=0); c.setFillGray(0)
c.setFont("STSong-Light", 8.5)
for x, t in zip(cols, ["項目 No.", "貨品說明 Description", "數量 Qty", "單價 Unit Price", ""]):
    c.drawString(x + 2, y, t)
c.drawRightString(R - 2, y, "金額 Amount (HK$)")
rows = [("1", "不銹鋼螺絲套裝 Stainless screw set M6", "40", "385.00", "15,400.00"),
        ("2", "氣動接頭 Pneumatic fitting kit", "12", "1,240.00", "14,880.00"),
        ("3", "CNC 加工服務 CNC machining service", "1", "6,800.00", "6,800.00"),
        ("4", "包裝及送貨 Packing & delivery (per carton)", "20", "46.50", "930.00")]
for r in rows:
    y -= 18
    c.setFont("Helvetica", 9); c.drawString(cols[0] + 2, y, r[0])
    c.setFont("STSong-Light", 9); c.drawString(cols[1] + 2, y, r[1])
    c.setFont("Helvetica", 9)
    c.drawRightString(cols[3] - 10, y, r[2]); c.drawRightString(cols[4] - 6, y, r[3]); c.drawRightString(R - 2, y, r[4])
y -= 10; c.line(L, y, R, y)
tot = [("小計 Subtotal:", "HK$38,010.00"), ("折扣 Discount:", "HK$0.00"), ("總額 TOTAL:", "HK$38,010.00")]
for i, (k, v) in enumerate(tot):
    y -= 16
    c.setFont("STSong-Light", 10 if i == 2 else 9); c.drawString(360, y, k)
    c.setFont("Helvetica-Bold" if i == 2 else "Helvetica", 10 if i == 2 else 9); c.drawRightString(R - 2, y, v)
y -= 24
c.setFont("Helvetica", 8.5)
c.drawString(L, y, "HONG KONG DOLLARS THIRTY-EIGHT THOUSAND AND TEN ONLY")
y -= 22
c.setFont("STSong-Light", 8.5)
for t in ["付款方式 Payment: 請以支票或轉賬付款 Cheque or bank transfer", "銀行 Bank: 香港上海滙豐銀行有限公司 HSBC  Account No.: 004-518-274193-838",
          "戶口名稱 Account name: Kowloon Bay Precision Trading Limited", "上期結欠 Balance b/f from statement 28/02/2026: HK$12,460.00 (not included above)",
          "本公司保留貨品擁有權直至全數付清。Goods remain our property until paid in full."]:
    c.drawString(L, y, t); y -= 13
c.setFont("STSong-Light", 9); c.drawRightString(R, 90, "九龍灣精工貿易有限公司")
c.setFont("Helvetica", 8.5); c.drawRightString(R, 78, "Authorised Signature")
c.showPage(); c.save()
