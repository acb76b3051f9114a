#!/usr/bin/env python3
"""Эсеп-фактура / Счет-фактура (Kyrgyzstan) -- Kyrgyz and Russian labels, ИНН (14 digits), КНС / НДС 12 %,
som with tyiyn. ReportLab canvas with embedded TTF fonts (DejaVu Sans)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else "s63_19.pdf"
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("Эсеп-фактура № КТ-00291")
W, H = A4
L, R = 18 * mm, W - 16 * mm

def txt(x, y, s, f="DV", size=9, align="l"):
    c.setFont(f, size)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, s)

y = H - 20 * mm
txt(L, y, "«Кыргыз Тоо-Кен Техника» ЖЧК", "DVB", 13)
txt(R, y, "Тел.: +996 312 418 273", size=8, align="r")
y -= 5 * mm
txt(L, y, "720040, Бишкек ш., Чүй проспекти, 219 / г. Бишкек, пр. Чуй, 219", size=8.5)
y -= 4.5 * mm
txt(L, y, "ИНН (СТН): 01204201810273   ОКПО: 30418273   Мамлекеттик каттоо / Госрегистрация: 14.05.2018", size=8.5)
y -= 4.5 * mm
txt(L, y, "Эсептешүү эсеби / Расчётный счёт: 1280016041827301, «Оптима Банк» ААК, БИК 109018", size=8.5)
c.setLineWidth(1.2)
c.line(L, y - 3 * mm, R, y - 3 * mm)
y -= 13 * mm
txt(W / 2, y, "ЭСЕП-ФАКТУРА / СЧЕТ-ФАКТУРА № КТ-00291", "DVB", 13, "c")
y -= 6 * mm
txt(W / 2, y, "2026-жылдын 16-марты / от 16 марта 2026 г.", size=10, align="c")
y -= 11 * mm
rows = [("Сатуучу / Поставщик:", "«Кыргыз Тоо-Кен Техника» ЖЧК", True),
        ("Сатып алуучу / Покупатель:", "«Нордхавн Кыргызстан» ЖЧК", True),
        ("Сатып алуучунун ИНН / ИНН покупателя:", "02911201610384", False),
        ("Дареги / Адрес:", "720005, Бишкек ш., Ахунбаев көч., 118", False),
        ("Келишим / Договор:", "№ 57-КТ от 21.01.2026; заказ NKG-PO-0309", False),
        ("Төлөө мөөнөтү / Срок оплаты:", "30.03.2026", False)]
for k, v, b in rows:
    txt(L, y, k, size=9)
    txt(L + 74 * mm, y, v, "DVB" if b else "DV", 9)
    y -= 5.5 * mm
y -= 3 * mm
cols = [("№", 9), ("Аталышы / Наименование", 76), ("Саны / Кол-во", 25), ("Баасы / Цена", 27), ("Суммасы / Сумма", 0)]
xs = [L]
for _, w in cols[:-1]:
    xs.append(xs[-1] + w * mm)
xs.append(R)
lines = [("1", "Бургулоо таажысы Ø76 мм / Коронка буровая Ø76 мм", "40", "650,00", "26 000,00"),
         ("2", "Гидравликалык шланг / Рукав гидравлический 2SN", "8", "4 200,00", "33 600,00"),
         ("3", "Компрессорду тейлөө / Обслуживание компрессора", "1", "7 500,00", "7 500,00")]
rh = 7 * mm
c.setLineWidth(0.6)
c.setFillColorRGB(0.9, 0.92, 0.95)
c.rect(L, y - rh + 2 * mm, R - L, rh, fill=1, stroke=0)
c.setFillColorRGB(0, 0, 0)
for i, (name, _) in enumerate(cols):
    txt(xs[i] + 1.5 * mm, y - 2.5 * mm, name, "DVB", 7.8)
for ln in lines:
    y -= rh
    for i, v in enumerate(ln):
        if i in (0, 1):
            txt(xs[i] + 1.5 * mm, y - 2.5 * mm, v, size=8.3)
        else:
            txt(xs[i + 1] - 1.5 * mm, y - 2.5 * mm, v, size=8.3, align="r")
top = y + 3 * rh + 2 * mm
bot = y - rh + 2 * mm
for x in xs:
    c.line(x, top, x, bot)
for k in range(5):
    c.line(L, top - k * rh, R, top - k * rh)
y = bot - 7 * mm
for k, v, f in [("Бардыгы КНСсыз / Итого без НДС:", "67 100,00", "DV"),
                ("КНС / НДС 12%:", "8 052,00", "DV"),
                ("Бардыгы төлөөгө / Всего к оплате (сом):", "75 152,00", "DVB")]:
    txt(R - 35 * mm, y, k, f, 9.5, "r")
    txt(R - 1.5 * mm, y, v, f, 9.5, "r")
    y -= 6 * mm
y -= 3 * mm
txt(L, y, "Жазуу менен / Прописью: жетимиш беш миң бир жүз элүү эки сом 00 тыйын", size=9)
y -= 6 * mm
txt(L, y, "Мурунку карыз / Задолженность на 01.03.2026: 21 480,00 сом (эсеп-фактура № КТ-00244 от 13.02.2026)", size=8.3)
y -= 5 * mm
txt(L, y, "Сатуудан алынуучу салык (НсП) эсеп-фактурага кошулган эмес / НсП в счёт-фактуру не включён.", size=8.3)
y -= 22 * mm
txt(L, y, "Жетекчи / Руководитель ____________ Т. А. Осмонов", size=9)
txt(R, y, "Башкы эсепчи / Гл. бухгалтер ____________ Г. К. Абдыкадырова", size=9, align="r")
c.showPage()
c.save()
