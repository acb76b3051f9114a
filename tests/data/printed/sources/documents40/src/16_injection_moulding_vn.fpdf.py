"""Nam Phong - hóa đơn GTGT điện tử (contract injection moulding + mould), multi-rate 8%/10%, retention, fpdf2."""
import sys
from datetime import datetime, timezone
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "16_injection_moulding_vn.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/"


def vnd(n):
    return f"{n:,}".replace(",", ".")


ITEMS = [
    ("Vỏ trên hộp điều khiển ABS V0 - mã MK-HS-101", "Cái", 12000, 18500, 8),
    ("Vỏ dưới hộp điều khiển ABS V0 - mã MK-HS-102", "Cái", 12000, 9200, 8),
    ("Nút bấm PC trong suốt - mã MK-BT-205", "Cái", 24000, 3650, 8),
    ("Khung đỡ PA66+GF30 - mã MK-FR-310", "Cái", 6000, 27400, 8),
    ("Khuôn ép 2 lòng khuôn MK-FR-310, thép NAK80", "Bộ", 1, 186000000, 10),
    ("Sửa đổi khuôn MK-HS-101 theo ECN-0219", "Lần", 1, 12500000, 10),
]
RET_PCT = 5

pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2025, 3, 5, 8, 15, tzinfo=timezone.utc))
pdf.set_title("Hoa don GTGT 1C25TNP 00000418")
pdf.set_author("CONG TY TNHH NHUA KY THUAT NAM PHONG")
pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.add_font("DVC", "", FONT + "DejaVuSansCondensed.ttf")
pdf.set_margins(10, 8, 10)
pdf.set_auto_page_break(False)
pdf.add_page()
BLUE = (18, 60, 130)

# frame
pdf.set_draw_color(*BLUE)
pdf.set_line_width(0.6)
pdf.rect(7, 7, 196, 283)
pdf.set_line_width(0.2)

# seller block with logo box
pdf.set_fill_color(*BLUE)
pdf.rect(12, 12, 20, 20, "F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("DV", "B", 13)
pdf.set_xy(12, 17)
pdf.cell(20, 10, "NP", align="C")
pdf.set_text_color(*BLUE)
pdf.set_xy(36, 11)
pdf.set_font("DV", "B", 10.5)
pdf.cell(0, 5.5, "CÔNG TY TNHH NHỰA KỸ THUẬT NAM PHONG", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(20, 20, 20)
pdf.set_font("DV", "", 7.8)
for line in ["Mã số thuế (Tax code): 3702148637",
             "Địa chỉ (Address): Lô C-12, KCN Việt Nam - Singapore II, P. Hòa Phú, TP. Thủ Dầu Một, Bình Dương",
             "Điện thoại (Tel): 0274 3628 415     Email: ketoan@namphongplastic.vn",
             "Số tài khoản (A/C No.): 0281 0047 1873 tại Vietcombank - CN Bình Dương"]:
    pdf.set_x(36)
    pdf.cell(0, 4.2, line, new_x="LMARGIN", new_y="NEXT")

pdf.set_draw_color(*BLUE)
pdf.line(10, 34, 200, 34)

# title
pdf.set_y(37)
pdf.set_font("DV", "B", 15)
pdf.set_text_color(190, 30, 30)
pdf.cell(0, 7, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "I", 9)
pdf.set_text_color(20, 20, 20)
pdf.cell(0, 4.5, "(VAT INVOICE)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "I", 8.5)
pdf.cell(0, 5.5, "Ngày (Date) 05 tháng (month) 03 năm (year) 2025", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 7.5)
pdf.cell(0, 4, "Mã của CQT: 00A7F3C94B1E2D4C8B9A6E05F1D2C3B4A5", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(150, 38)
pdf.set_font("DV", "", 8.5)
pdf.cell(50, 5, "Ký hiệu (Serial): 1C25TNP", new_x="LEFT", new_y="NEXT")
pdf.cell(50, 5, "Số (No.): ", new_x="END")
pdf.set_font("DV", "B", 10)
pdf.set_text_color(190, 30, 30)
pdf.cell(25, 5, "00000418")
pdf.set_text_color(20, 20, 20)

# buyer
pdf.set_y(62)
pdf.set_font("DV", "", 8.3)
buyer = [
    ("Họ tên người mua hàng (Buyer):", "Nguyễn Thị Thu Hà - Phòng Mua hàng"),
    ("Tên đơn vị (Company):", "CÔNG TY TNHH ĐIỆN TỬ MINH KHANG VIỆT NAM"),
    ("Mã số thuế (Tax code):", "0315842761"),
    ("Địa chỉ (Address):", "Đường số 9, KCN Tân Tạo, P. Tân Tạo A, Q. Bình Tân, TP. Hồ Chí Minh"),
    ("Hình thức thanh toán (Payment method):", "TM/CK     Đơn đặt hàng (PO): MK-PO-2502-118     Số tài khoản: 1120 2688 4410"),
]
for k, v in buyer:
    pdf.set_font("DV", "", 8.1)
    w = pdf.get_string_width(k) + 2
    pdf.cell(w, 5.2, k)
    pdf.set_font("DV", "B" if "Company" in k else "", 8.3)
    pdf.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")

# items table
W = [9, 68, 12, 17, 22, 28, 14, 20]
H1 = ["STT", "Tên hàng hóa, dịch vụ", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền chưa thuế", "Thuế suất", "Tiền thuế GTGT"]
H2 = ["(No.)", "(Description)", "(Unit)", "(Qty)", "(Unit price)", "(Amount excl. VAT)", "(Rate)", "(VAT amount)"]
pdf.ln(2)
pdf.set_fill_color(226, 233, 245)
pdf.set_draw_color(*BLUE)
y = pdf.get_y()
for h1, h2, w in zip(H1, H2, W):
    x = pdf.get_x()
    pdf.set_font("DVC", "", 7)
    pdf.multi_cell(w, 3.6, h1 + "\n" + h2, border=1, align="C", fill=True, max_line_height=3.6, new_x="RIGHT", new_y="TOP", )
    pdf.set_xy(x + w, y)
pdf.set_y(y + 10.8)
pdf.set_font("DVC", "", 6.8)
for i, w in enumerate(W):
    pdf.cell(w, 4, ["1", "2", "3", "4", "5", "6 = 4 x 5", "7", "8 = 6 x 7"][i], border=1, align="C")
pdf.ln(4)
base = {8: 0, 10: 0}
tax = {8: 0, 10: 0}
for i, (name, unit, q, price, rate) in enumerate(ITEMS, 1):
    amt = q * price
    t = round(amt * rate / 100)
    base[rate] += amt
    tax[rate] += t
    pdf.set_font("DVC", "", 7.6)
    vals = [str(i), name, unit, vnd(q), vnd(price), vnd(amt), f"{rate}%", vnd(t)]
    for j, (v, w) in enumerate(zip(vals, W)):
        pdf.cell(w, 6.4, v, border=1, align="C" if j in (0, 2, 6) else ("L" if j == 1 else "R"))
    pdf.ln(6.4)
for _ in range(3):
    for w in W:
        pdf.cell(w, 6.4, "", border=1)
    pdf.ln(6.4)

sub = base[8] + base[10]
vat = tax[8] + tax[10]
tot = sub + vat
retention = round(ITEMS[4][3] * ITEMS[4][2] * 1.10 * RET_PCT / 100)
due = tot - retention

# summary by rate
pdf.ln(2)
pdf.set_font("DV", "B", 7.6)
SW = [40, 50, 50, 50]
for h, w in zip(["Thuế suất (VAT rate)", "Cộng tiền hàng (Amount)", "Tiền thuế GTGT (VAT)", "Cộng tiền thanh toán (Total)"], SW):
    pdf.cell(w, 5.6, h, border=1, align="C", fill=True)
pdf.ln(5.6)
pdf.set_font("DV", "", 7.8)
for r in (8, 10):
    for v, w in zip([f"Thuế suất {r}%", vnd(base[r]), vnd(tax[r]), vnd(base[r] + tax[r])], SW):
        pdf.cell(w, 5.6, v, border=1, align="L" if w == 40 else "R")
    pdf.ln(5.6)
pdf.set_font("DV", "B", 8)
for v, w in zip(["Tổng cộng (Total)", vnd(sub), vnd(vat), vnd(tot)], SW):
    pdf.cell(w, 6.2, v, border=1, align="L" if w == 40 else "R")
pdf.ln(8)

pdf.set_font("DV", "", 8.2)
pdf.cell(62, 5, "Cộng tiền hàng (Total amount excl. VAT):")
pdf.cell(0, 5, vnd(sub), align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(62, 5, "Tiền thuế GTGT (VAT amount):")
pdf.cell(0, 5, vnd(vat), align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "B", 9)
pdf.cell(62, 6, "Tổng tiền thanh toán (Total payment):")
pdf.cell(0, 6, vnd(tot), align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "I", 8.2)
pdf.multi_cell(0, 4.6, "Số tiền viết bằng chữ (In words): Tám trăm bốn mươi chín triệu năm trăm linh hai nghìn đồng chẵn.")
pdf.ln(1.5)
pdf.set_font("DV", "", 7.8)
pdf.set_fill_color(255, 247, 224)
pdf.multi_cell(0, 4.4,
               f"Ghi chú thanh toán: Theo hợp đồng gia công số 07/2024/HĐGC-NP-MK, bên mua giữ lại {RET_PCT}% giá trị khuôn (bao gồm VAT) "
               f"để bảo hành: {vnd(retention)} đồng, thanh toán sau nghiệm thu T1 và 50.000 shot.\n"
               f"Số tiền đề nghị thanh toán đợt này: {vnd(due)} đồng. Hạn thanh toán: 04/04/2025.",
               border=1, fill=True)

# signatures
pdf.ln(4)
y = pdf.get_y()
pdf.set_font("DV", "B", 8.2)
pdf.cell(95, 5, "Người mua hàng (Buyer)", align="C")
pdf.cell(95, 5, "Người bán hàng (Seller)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "I", 7.2)
pdf.cell(95, 4, "(Chữ ký số (nếu có))", align="C")
pdf.cell(95, 4, "(Chữ ký điện tử, chữ ký số)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(40, 150, 60)
pdf.set_text_color(40, 130, 60)
pdf.rect(122, y + 11, 62, 17)
pdf.set_xy(124, y + 12)
pdf.set_font("DV", "", 6.9)
pdf.multi_cell(58, 3.5, "Signature Valid ✓\nKý bởi: CÔNG TY TNHH NHỰA KỸ THUẬT NAM PHONG\nKý ngày: 05/03/2025")
pdf.set_text_color(60, 60, 60)
pdf.set_xy(10, 277)
pdf.set_font("DV", "", 6.6)
pdf.multi_cell(0, 3.3, "Tra cứu hóa đơn tại: https://einvoice.namphongplastic.vn - Mã tra cứu: NP25A418KQ7\n"
               "(Cần kiểm tra, đối chiếu khi lập, giao, nhận hóa đơn)", align="C")
pdf.output(out)
print(sub, vat, tot, retention, due)
