"""Invoice for payment (счёт на оплату) from a cable wholesaler (Russia, Moscow), Russian: the classic bank-details
grid at the top with each label and its value in separate cells (bank, БИК, корр. счёт, ИНН, КПП, расчётный счёт,
recipient), the title "Счёт на оплату № 1847 от 16 марта 2026 г." with the date in words, supplier and buyer rows,
four lines (three cables and delivery), Итого, "В том числе НДС (22%)" (VAT included in the prices), Всего к оплате,
count of items and the amount in words, validity date, signatures. Russian number format (152 400,00).
The settlement and correspondent accounts carry valid control digits for the БИК. fpdf2, DejaVu Sans / Condensed.
Usage: python3 22_schet_na_oplatu_kabel_ru.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def ru(x):
    return f"{x:,.2f}".replace(",", " ").replace(".", ",")


LINES = [("Кабель ВВГнг(А)-LS 3х2,5 ок(N, PE)-0,66", "м", 500, D("98.40")),
         ("Кабель ВВГнг(А)-LS 5х10 ок(N, PE)-0,66", "м", 120, D("612.50")),
         ("Кабель-канал 40х25 белый, ПВХ", "м", 300, D("84.00")),
         ("Доставка до объекта (Москва, в пределах МКАД)", "усл.", 1, D("4500.00"))]
TOTAL = sum(n * p for *_, n, p in LINES)
VAT = q(TOTAL * 22 / 122)
assert (TOTAL, VAT) == (D("152400.00"), D("27481.97"))

pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1773964800")), timezone.utc))
pdf.set_title("Счёт на оплату № 1847")
pdf.add_font("DV", "", F + "DejaVuSans.ttf")
pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
pdf.add_font("DC", "", F + "DejaVuSansCondensed.ttf")
pdf.add_font("DC", "B", F + "DejaVuSansCondensed-Bold.ttf")
pdf.set_margins(15, 12, 12)
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_font("DV", "B", 12)
pdf.set_text_color(30, 60, 110)
pdf.cell(0, 6, "С Е В К А Б Е Л Ь", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("DC", "", 7)
pdf.cell(0, 3.5, "кабельно-проводниковая продукция оптом · www.sevkabel-opt.example · +7 495 418-37-29",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
# bank details grid: label and value in separate cells
x0, y0 = 15, pdf.get_y()
pdf.set_font("DC", "", 8)
pdf.rect(x0, y0, 105, 10)
pdf.set_xy(x0 + 1, y0 + 1)
pdf.cell(100, 4, "ПАО Банк «Северный» г. Москва")
pdf.set_xy(x0 + 1, y0 + 6)
pdf.set_font("DC", "", 6.5)
pdf.cell(100, 3.5, "Банк получателя")
pdf.set_font("DC", "", 8)
pdf.rect(x0 + 105, y0, 15, 5)
pdf.set_xy(x0 + 106, y0 + 0.5)
pdf.cell(13, 4, "БИК")
pdf.rect(x0 + 120, y0, 63, 5)
pdf.set_xy(x0 + 121, y0 + 0.5)
pdf.cell(60, 4, "044525418")
pdf.rect(x0 + 105, y0 + 5, 15, 5)
pdf.set_xy(x0 + 106, y0 + 5.5)
pdf.cell(13, 4, "Сч. №")
pdf.rect(x0 + 120, y0 + 5, 63, 5)
pdf.set_xy(x0 + 121, y0 + 5.5)
pdf.cell(60, 4, "30101810000000000418")
y1 = y0 + 10
pdf.rect(x0, y1, 52.5, 5)
pdf.set_xy(x0 + 1, y1 + 0.5)
pdf.cell(50, 4, "ИНН 7718472901")
pdf.rect(x0 + 52.5, y1, 52.5, 5)
pdf.set_xy(x0 + 53.5, y1 + 0.5)
pdf.cell(50, 4, "КПП 771801001")
pdf.rect(x0 + 105, y1, 15, 15)
pdf.set_xy(x0 + 106, y1 + 0.5)
pdf.cell(13, 4, "Сч. №")
pdf.rect(x0 + 120, y1, 63, 15)
pdf.set_xy(x0 + 121, y1 + 0.5)
pdf.cell(60, 4, "40702810338000184729")
pdf.rect(x0, y1 + 5, 105, 10)
pdf.set_xy(x0 + 1, y1 + 6)
pdf.cell(100, 4, "ООО «Северная Кабельная Компания»")
pdf.set_xy(x0 + 1, y1 + 11)
pdf.set_font("DC", "", 6.5)
pdf.cell(100, 3.5, "Получатель")
pdf.set_xy(x0, y1 + 22)
pdf.set_font("DV", "B", 13)
pdf.cell(0, 7, "Счёт на оплату № 1847 от 16 марта 2026 г.", new_x="LMARGIN", new_y="NEXT")
pdf.set_line_width(0.6)
pdf.line(15, pdf.get_y() + 1, 198, pdf.get_y() + 1)
pdf.set_line_width(0.2)
pdf.ln(4)
for k, v in [("Поставщик\n(Исполнитель):", "ООО «Северная Кабельная Компания», ИНН 7718472901, КПП 771801001, 125047, г. Москва, "
              "ул. Бутырский Вал, д. 18, стр. 2, тел. +7 495 418-37-29"),
             ("Покупатель\n(Заказчик):", "ООО «Техностарт», ИНН 7704184702, КПП 770401001, 119034, г. Москва, "
              "Пречистенский пер., д. 14, стр. 1"),
             ("Основание:", "Договор поставки № 26/П-118 от 12.01.2026, заявка покупателя от 13.03.2026")]:
    y = pdf.get_y()
    pdf.set_font("DC", "", 8)
    pdf.multi_cell(28, 3.8, k)
    pdf.set_xy(45, y)
    pdf.set_font("DC", "B", 8)
    pdf.multi_cell(153, 3.8, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
pdf.ln(2)
cols = [(8, "№"), (95, "Товары (работы, услуги)"), (18, "Кол-во"), (12, "Ед."), (24, "Цена"), (26, "Сумма")]
pdf.set_font("DC", "B", 8)
for w, h in cols:
    pdf.cell(w, 6, h, border=1, align="C")
pdf.ln()
pdf.set_font("DC", "", 8)
for i, (name, unit, n, p) in enumerate(LINES, 1):
    for (w, _), v, a in zip(cols, [str(i), name, str(n), unit, ru(p), ru(n * p)], "CLRCRR"):
        pdf.cell(w, 5.5, v, border=1, align=a)
    pdf.ln()
pdf.ln(1)
for k, v in [("Итого:", ru(TOTAL)), ("В том числе НДС (22%):", ru(VAT)), ("Всего к оплате:", ru(TOTAL))]:
    pdf.set_x(110)
    pdf.set_font("DC", "B", 8.5)
    pdf.cell(62, 5, k, align="R")
    pdf.cell(26, 5, v, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("DC", "", 8)
pdf.cell(0, 4.5, f"Всего наименований 4, на сумму {ru(TOTAL)} руб.", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DC", "B", 8.5)
pdf.cell(0, 4.5, "Сто пятьдесят две тысячи четыреста рублей 00 копеек", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("DC", "", 7.5)
pdf.multi_cell(183, 3.6, "Внимание! Оплата данного счёта означает согласие с условиями поставки товара. Счёт действителен "
               "до 26.03.2026. Товар отпускается по факту прихода денег на р/с Поставщика, самовывозом или доставкой, "
               "при наличии доверенности и паспорта.", new_x="LMARGIN", new_y="NEXT")
pdf.set_line_width(0.6)
pdf.line(15, pdf.get_y() + 2, 198, pdf.get_y() + 2)
pdf.set_line_width(0.2)
pdf.ln(8)
pdf.set_font("DC", "B", 8.5)
pdf.cell(30, 5, "Руководитель")
pdf.cell(55, 5, "______________ / Громов А. В. /")
pdf.cell(25, 5, "Бухгалтер")
pdf.cell(60, 5, "______________ / Лебедева Н. С. /", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
