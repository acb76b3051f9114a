"""Vietnam: hoá đơn giá trị gia tăng (e-invoice printout) (fpdf2, DejaVu Serif/Sans)."""
import sys, datetime
from fpdf import FPDF

FONT = '/usr/share/fonts/truetype/dejavu/'
out = sys.argv[1]
pdf = FPDF(format='A4', unit='mm')
pdf.set_creation_date(datetime.datetime(2025, 2, 24, 8, 30, tzinfo=datetime.timezone.utc))
pdf.set_title('Hoa don GTGT 1C25TAA 00000742')
pdf.add_font('sf', '', FONT + 'DejaVuSerif.ttf'); pdf.add_font('sf', 'B', FONT + 'DejaVuSerif-Bold.ttf')
pdf.add_font('sf', 'I', FONT + 'DejaVuSerif-Italic.ttf'); pdf.add_font('sf', 'BI', FONT + 'DejaVuSerif-BoldItalic.ttf')
pdf.add_font('sc', '', FONT + 'DejaVuSerifCondensed.ttf'); pdf.add_font('sc', 'B', FONT + 'DejaVuSerifCondensed-Bold.ttf')
pdf.add_font('sc', 'I', FONT + 'DejaVuSerifCondensed-Italic.ttf')
pdf.set_auto_page_break(False)
pdf.add_page()
RED = (160, 20, 20)
# decorative frame
pdf.set_draw_color(*RED); pdf.set_line_width(0.8); pdf.rect(8, 8, 194, 281)
pdf.set_line_width(0.2); pdf.rect(9.5, 9.5, 191, 278)

# QR at top left
pdf.image('/dev/null' if False else __import__('os').path.join(__import__('os').path.dirname(__file__), 'img', 'qr_vn.png'), x=14, y=14, w=24, h=24)
pdf.set_text_color(*RED)
pdf.set_font('sf', 'B', 15); pdf.set_xy(40, 15); pdf.cell(120, 8, 'HÓA ĐƠN GIÁ TRỊ GIA TĂNG', align='C')
pdf.set_font('sf', 'B', 9.5); pdf.set_xy(40, 23); pdf.cell(120, 5, '(VAT INVOICE)', align='C')
pdf.set_text_color(0, 0, 0); pdf.set_font('sf', 'I', 9.5); pdf.set_xy(40, 29); pdf.cell(120, 5, 'Ngày (Date) 24 tháng (month) 02 năm (year) 2025', align='C')
pdf.set_font('sc', '', 8.5); pdf.set_xy(40, 35); pdf.cell(120, 4.5, 'Mã của CQT: 00D7A45E1B3C9F2E4A6B8C0D1E2F3A4B5C', align='C')
pdf.set_font('sf', '', 9); pdf.set_xy(160, 17); pdf.cell(40, 5, 'Ký hiệu (Serial): ')
pdf.set_font('sf', 'B', 9); pdf.set_xy(160, 22); pdf.cell(40, 5, '1C25TAA')
pdf.set_font('sf', '', 9); pdf.set_xy(160, 28); pdf.cell(12, 5, 'Số (No.): ')
pdf.set_text_color(*RED); pdf.set_font('sf', 'B', 11); pdf.set_xy(160, 33); pdf.cell(40, 5, '00000742')
pdf.set_text_color(0, 0, 0)

pdf.set_draw_color(120, 120, 120); pdf.line(14, 42, 196, 42)

def kv(y, k, v, bold=False, size=9):
    pdf.set_xy(14, y); pdf.set_font('sf', '', size); pdf.cell(pdf.get_string_width(k) + 1, 5, k)
    pdf.set_font('sf', 'B' if bold else '', size); pdf.cell(0, 5, v)

y = 44
kv(y, 'Đơn vị bán hàng (Seller): ', 'CÔNG TY TNHH THƯƠNG MẠI DỊCH VỤ HOÀNG PHÁT', True, 9.5); y += 6
kv(y, 'Mã số thuế (Tax code): ', '0312345678', True); y += 5.5
kv(y, 'Địa chỉ (Address): ', '125 Đường Nguyễn Văn Linh, Phường Tân Phong, Quận 7, Thành phố Hồ Chí Minh'); y += 5.5
kv(y, 'Điện thoại (Tel): ', '(028) 3775 2468      Email: ketoan@hoangphat.com.vn'); y += 5.5
kv(y, 'Số tài khoản (Account No.): ', '0071001234567 tại Ngân hàng TMCP Ngoại thương Việt Nam - CN Nam Sài Gòn'); y += 6
pdf.line(14, y, 196, y); y += 2
kv(y, 'Họ tên người mua hàng (Buyer): ', 'Nguyễn Văn Tùng'); y += 5.5
kv(y, 'Tên đơn vị (Company name): ', 'CÔNG TY CỔ PHẦN XÂY DỰNG AN KHANG', True); y += 5.5
kv(y, 'Mã số thuế (Tax code): ', '0109876543'); y += 5.5
kv(y, 'Địa chỉ (Address): ', 'Số 18 Phố Duy Tân, Phường Dịch Vọng Hậu, Quận Cầu Giấy, Thành phố Hà Nội'); y += 5.5
kv(y, 'Hình thức thanh toán (Payment method): ', 'TM/CK'); pdf.set_xy(110, y); pdf.set_font('sf', '', 9)
pdf.cell(0, 5, 'Số tài khoản: 19034567891011 - Techcombank'); y += 5.5
kv(y, 'Đồng tiền thanh toán (Currency): ', 'VND'); pdf.set_xy(110, y); pdf.set_font('sf', '', 9)
pdf.cell(0, 5, 'Hợp đồng số: 27/2025/HĐKT-HP-AK ngày 10/02/2025'); y += 8

cols = [(12, 'STT\n(No.)'), (72, 'Tên hàng hóa, dịch vụ\n(Description)'), (20, 'Đơn vị tính\n(Unit)'), (24, 'Số lượng\n(Quantity)'), (24, 'Đơn giá\n(Unit price)'), (30, 'Thành tiền\n(Amount)')]
x = 14
pdf.set_font('sc', 'B', 8.5); pdf.set_line_width(0.2); pdf.set_draw_color(0, 0, 0)
for w, t in cols:
    pdf.rect(x, y, w, 11)
    for j, ln in enumerate(t.split('\n')):
        pdf.set_xy(x, y + 1 + j * 4.5); pdf.cell(w, 4.5, ln, align='C')
    x += w
y += 11
x = 14; pdf.set_font('sc', 'I', 8)
for (w, _), t in zip(cols, ['1', '2', '3', '4', '5', '6 = 4 x 5']):
    pdf.rect(x, y, w, 5); pdf.set_xy(x, y); pdf.cell(w, 5, t, align='C'); x += w
y += 5
rows = [('1', 'Gạch ống 8x8x18 Tuynel loại A1', 'Viên', '40.000', '1.200', '48.000.000'),
        ('2', 'Xi măng Hà Tiên PCB40, bao 50kg', 'Bao', '1.600', '24.000', '38.400.000')] + [('', '', '', '', '', '')] * 5
pdf.set_font('sc', '', 9)
for r in rows:
    x = 14
    for (w, _), t, a in zip(cols, r, 'CLCRRR'):
        pdf.rect(x, y, w, 7); pdf.set_xy(x + 1, y + 1); pdf.cell(w - 2, 5, t, align=a); x += w
    y += 7
def sumrow(y, label, value, bold=False):
    pdf.rect(14, y, 182, 7)
    pdf.set_xy(16, y + 1); pdf.set_font('sf', 'B' if bold else '', 9); pdf.cell(140, 5, label)
    pdf.set_xy(156, y + 1); pdf.cell(38, 5, value, align='R')
sumrow(y, 'Cộng tiền hàng (Total amount excl. VAT):', '86.400.000'); y += 7
pdf.rect(14, y, 182, 7); pdf.set_xy(16, y + 1); pdf.set_font('sf', '', 9)
pdf.cell(60, 5, 'Thuế suất GTGT (VAT rate):  8%'); pdf.set_xy(80, y + 1); pdf.cell(60, 5, 'Tiền thuế GTGT (VAT amount):')
pdf.set_xy(156, y + 1); pdf.cell(38, 5, '6.912.000', align='R'); y += 7
sumrow(y, 'Tổng cộng tiền thanh toán (Total payment):', '93.312.000', True); y += 7
pdf.rect(14, y, 182, 8); pdf.set_xy(16, y + 1.5); pdf.set_font('sf', '', 9)
pdf.cell(pdf.get_string_width('Số tiền viết bằng chữ (Amount in words): ') + 1, 5, 'Số tiền viết bằng chữ (Amount in words): ')
pdf.set_font('sf', 'BI', 9); pdf.cell(0, 5, 'Chín mươi ba triệu ba trăm mười hai nghìn đồng chẵn.'); y += 10
pdf.set_font('sc', 'I', 8); pdf.set_xy(14, y); pdf.cell(0, 4.5, 'Thuế suất 8% áp dụng theo Nghị định số 180/2024/NĐ-CP ngày 31/12/2024 của Chính phủ.'); y += 9

pdf.set_font('sf', 'B', 9.5)
pdf.set_xy(20, y); pdf.cell(70, 5, 'Người mua hàng (Buyer)', align='C')
pdf.set_xy(115, y); pdf.cell(75, 5, 'Người bán hàng (Seller)', align='C'); y += 5
pdf.set_font('sf', 'I', 8.5)
pdf.set_xy(20, y); pdf.cell(70, 5, '(Chữ ký số (nếu có))', align='C')
pdf.set_xy(115, y); pdf.cell(75, 5, '(Chữ ký điện tử, chữ ký số)', align='C'); y += 8
pdf.set_draw_color(20, 130, 60); pdf.set_line_width(0.5); pdf.rect(117, y, 72, 22)
pdf.set_text_color(20, 130, 60); pdf.set_font('sc', 'B', 9); pdf.set_xy(119, y + 2); pdf.cell(68, 5, 'Signature Valid')
pdf.set_font('sc', '', 8); pdf.set_xy(119, y + 8); pdf.cell(68, 4.5, 'Ký bởi: CÔNG TY TNHH THƯƠNG MẠI DỊCH VỤ')
pdf.set_xy(119, y + 12.5); pdf.cell(68, 4.5, 'HOÀNG PHÁT')
pdf.set_xy(119, y + 17); pdf.cell(68, 4.5, 'Ký ngày: 24/02/2025')
pdf.set_text_color(0, 0, 0)

pdf.set_draw_color(120, 120, 120); pdf.set_line_width(0.2); pdf.line(14, 268, 196, 268)
pdf.set_font('sc', '', 8)
pdf.set_xy(14, 269); pdf.cell(182, 4.5, 'Tra cứu hóa đơn tại (Invoice lookup): https://tracuu.hoadonhp.vn   Mã tra cứu: HP7K2M9Q4X', align='C')
pdf.set_xy(14, 273.5); pdf.cell(182, 4.5, '(Cần kiểm tra, đối chiếu khi lập, giao, nhận hóa đơn)', align='C')
pdf.set_font('sc', 'I', 7); pdf.set_xy(14, 278); pdf.cell(182, 4, 'Đơn vị cung cấp giải pháp hóa đơn điện tử: Công ty Cổ phần Giải pháp Số Việt - MST 0106123456', align='C')
pdf.output(out)
