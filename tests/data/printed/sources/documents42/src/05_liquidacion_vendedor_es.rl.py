#!/usr/bin/env python3
"""Mercadillo - informe de liquidación de vendedor (ReportLab platypus, 3 páginas)."""
import sys, datetime as dt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle,
                                Spacer, PageBreak)

ROWS = [
    ["2025-04-16", "402-6023347-5706031", "Venta", "Fuente ovalada x4", 146.0, -17.52, -3.68, 124.8],
    ["2025-04-16", "402-9954763-9950941", "Venta", "Aceitera de barro", 12.5, -1.5, -0.32, 10.68],
    ["2025-04-16", "402-7785023-9986133", "Venta", "Plato llano Moncloa x2", 37.0, -4.44, -0.93, 31.63],
    ["2025-04-16", "402-6593387-8660883", "Venta", "Cuenco azul cobalto x3", 44.7, -5.36, -1.13, 38.21],
    ["2025-04-16", "402-5704469-3411125", "Venta", "Plato llano Moncloa", 18.5, -2.22, -0.47, 15.81],
    ["2025-04-17", "402-5545315-1892480", "Venta", "Botijo tradicional x4", 84.0, -10.08, -2.12, 71.8],
    ["2025-04-17", "402-6232873-5137490", "Venta", "Fuente ovalada x4", 146.0, -17.52, -3.68, 124.8],
    ["2025-04-17", "402-7318653-8182831", "Venta", "Botijo tradicional", 21.0, -2.52, -0.53, 17.95],
    ["2025-04-17", "402-1131727-3636561", "Venta", "Azulejo decorativo 15x15", 7.8, -0.94, -0.2, 6.66],
    ["2025-04-17", "402-1172882-9764575", "Venta", "Azulejo decorativo 15x15 x2", 15.6, -1.87, -0.39, 13.34],
    ["2025-04-17", "402-6665835-5745087", "Venta", "Vajilla 18 piezas", 129.0, -15.48, -3.25, 110.27],
    ["2025-04-17", "402-7592505-9483914", "Venta", "Cuenco azul cobalto", 14.9, -1.79, -0.38, 12.73],
    ["2025-04-18", "402-7548970-6689837", "Venta", "Aceitera de barro", 12.5, -1.5, -0.32, 10.68],
    ["2025-04-18", "402-9942248-3357233", "Venta", "Aceitera de barro", 12.5, -1.5, -0.32, 10.68],
    ["2025-04-18", "402-2992981-5390179", "Venta", "Botijo tradicional x4", 84.0, -10.08, -2.12, 71.8],
    ["2025-04-18", "402-4031548-6624452", "Venta", "Plato llano Moncloa x4", 74.0, -8.88, -1.86, 63.26],
    ["2025-04-18", "402-2579575-9342744", "Venta", "Plato llano Moncloa", 18.5, -2.22, -0.47, 15.81],
    ["2025-04-18", "402-3039731-7582119", "Venta", "Aceitera de barro", 12.5, -1.5, -0.32, 10.68],
    ["2025-04-18", "402-9675624-5395037", "Venta", "Cuenco azul cobalto", 14.9, -1.79, -0.38, 12.73],
    ["2025-04-18", "402-1008247-9371580", "Venta", "Aceitera de barro", 12.5, -1.5, -0.32, 10.68],
    ["2025-04-19", "402-1183167-8991802", "Venta", "Aceitera de barro x4", 50.0, -6.0, -1.26, 42.74],
    ["2025-04-19", "402-2077365-8386908", "Venta", "Botijo tradicional x2", 42.0, -5.04, -1.06, 35.9],
    ["2025-04-19", "402-4123573-3200333", "Venta", "Cuenco azul cobalto x3", 44.7, -5.36, -1.13, 38.21],
    ["2025-04-19", "402-6543649-3469048", "Venta", "Botijo tradicional x4", 84.0, -10.08, -2.12, 71.8],
    ["2025-04-20", "402-7668867-8832367", "Venta", "Plato llano Moncloa", 18.5, -2.22, -0.47, 15.81],
    ["2025-04-20", "402-8782697-1179417", "Venta", "Plato llano Moncloa x4", 74.0, -8.88, -1.86, 63.26],
    ["2025-04-20", "402-7591149-6219804", "Venta", "Botijo tradicional x2", 42.0, -5.04, -1.06, 35.9],
    ["2025-04-20", "402-9950697-2222173", "Venta", "Azulejo decorativo 15x15 x2", 15.6, -1.87, -0.39, 13.34],
    ["2025-04-20", "402-6737036-5054801", "Venta", "Cuenco azul cobalto", 14.9, -1.79, -0.38, 12.73],
    ["2025-04-21", "402-7817535-2710165", "Venta", "Jarra de agua 1 l", 29.0, -3.48, -0.73, 24.79],
    ["2025-04-21", "402-3118928-1518129", "Venta", "Plato llano Moncloa x3", 55.5, -6.66, -1.4, 47.44],
    ["2025-04-21", "402-4167737-4854413", "Venta", "Cuenco azul cobalto x4", 59.6, -7.15, -1.5, 50.95],
    ["2025-04-21", "402-5123635-4954744", "Venta", "Juego 6 tazas café", 42.0, -5.04, -1.06, 35.9],
    ["2025-04-21", "402-2679070-6284881", "Venta", "Fuente ovalada", 36.5, -4.38, -0.92, 31.2],
    ["2025-04-21", "402-2193090-2161218", "Venta", "Fuente ovalada x2", 73.0, -8.76, -1.84, 62.4],
    ["2025-04-22", "402-8268053-9216778", "Venta", "Macetero esmaltado x2", 49.8, -5.98, -1.26, 42.56],
    ["2025-04-22", "402-9394985-9967024", "Venta", "Botijo tradicional x4", 84.0, -10.08, -2.12, 71.8],
    ["2025-04-22", "402-5218595-6758616", "Venta", "Azulejo decorativo 15x15 x3", 23.4, -2.81, -0.59, 20.0],
    ["2025-04-22", "402-8844905-5353548", "Venta", "Plato llano Moncloa x4", 74.0, -8.88, -1.86, 63.26],
    ["2025-04-22", "402-4886648-8807845", "Venta", "Fuente ovalada", 36.5, -4.38, -0.92, 31.2],
    ["2025-04-23", "402-5324959-6943231", "Venta", "Juego 6 tazas café", 42.0, -5.04, -1.06, 35.9],
    ["2025-04-23", "402-2567617-6664416", "Venta", "Fuente ovalada", 36.5, -4.38, -0.92, 31.2],
    ["2025-04-23", "402-4609708-4908121", "Venta", "Azulejo decorativo 15x15 x3", 23.4, -2.81, -0.59, 20.0],
    ["2025-04-23", "402-3472015-3902719", "Venta", "Aceitera de barro x2", 25.0, -3.0, -0.63, 21.37],
    ["2025-04-23", "402-1079775-9118603", "Venta", "Azulejo decorativo 15x15", 7.8, -0.94, -0.2, 6.66],
    ["2025-04-23", "402-8979925-6475016", "Venta", "Juego 6 tazas café", 42.0, -5.04, -1.06, 35.9],
    ["2025-04-23", "402-8233465-2810727", "Venta", "Macetero esmaltado x2", 49.8, -5.98, -1.26, 42.56],
    ["2025-04-24", "402-9383536-3916391", "Venta", "Fuente ovalada x2", 73.0, -8.76, -1.84, 62.4],
    ["2025-04-24", "402-7740974-3033820", "Venta", "Azulejo decorativo 15x15 x3", 23.4, -2.81, -0.59, 20.0],
    ["2025-04-24", "402-6167428-2856180", "Venta", "Aceitera de barro x4", 50.0, -6.0, -1.26, 42.74],
    ["2025-04-24", "402-3316934-7245990", "Venta", "Aceitera de barro", 12.5, -1.5, -0.32, 10.68],
    ["2025-04-25", "402-6167428-2856180", "Reembolso", "Aceitera de barro x4", -50.0, 6.0, 1.26, -42.74],
    ["2025-04-25", "402-4345752-3014466", "Venta", "Juego 6 tazas café", 42.0, -5.04, -1.06, 35.9],
    ["2025-04-25", "402-5904289-8767809", "Venta", "Cuenco azul cobalto", 14.9, -1.79, -0.38, 12.73],
    ["2025-04-25", "402-4870704-5891919", "Venta", "Aceitera de barro x2", 25.0, -3.0, -0.63, 21.37],
    ["2025-04-25", "402-7052599-2505360", "Venta", "Jarra de agua 1 l x2", 58.0, -6.96, -1.46, 49.58],
    ["2025-04-25", "402-8727030-8606274", "Venta", "Azulejo decorativo 15x15", 7.8, -0.94, -0.2, 6.66],
    ["2025-04-25", "402-3017022-2555913", "Venta", "Jarra de agua 1 l", 29.0, -3.48, -0.73, 24.79],
    ["2025-04-26", "402-8810735-9040610", "Venta", "Vajilla 18 piezas", 129.0, -15.48, -3.25, 110.27],
    ["2025-04-26", "402-7763052-6102788", "Venta", "Botijo tradicional", 21.0, -2.52, -0.53, 17.95],
    ["2025-04-26", "402-8723719-7086304", "Venta", "Macetero esmaltado x2", 49.8, -5.98, -1.26, 42.56],
    ["2025-04-26", "402-4519981-4745862", "Venta", "Azulejo decorativo 15x15", 7.8, -0.94, -0.2, 6.66],
    ["2025-04-26", "402-6771415-1346887", "Venta", "Vajilla 18 piezas", 129.0, -15.48, -3.25, 110.27],
    ["2025-04-26", "402-6848437-8425874", "Venta", "Vajilla 18 piezas", 129.0, -15.48, -3.25, 110.27],
    ["2025-04-26", "402-2229747-5654597", "Venta", "Jarra de agua 1 l", 29.0, -3.48, -0.73, 24.79],
    ["2025-04-27", "402-3935638-9298729", "Venta", "Plato llano Moncloa x4", 74.0, -8.88, -1.86, 63.26],
    ["2025-04-27", "402-4012382-5273230", "Venta", "Vajilla 18 piezas", 129.0, -15.48, -3.25, 110.27],
    ["2025-04-27", "402-1306736-6474589", "Venta", "Fuente ovalada x4", 146.0, -17.52, -3.68, 124.8],
    ["2025-04-27", "402-1291093-1700557", "Venta", "Azulejo decorativo 15x15", 7.8, -0.94, -0.2, 6.66],
    ["2025-04-27", "402-9733058-4424806", "Venta", "Aceitera de barro", 12.5, -1.5, -0.32, 10.68],
    ["2025-04-27", "402-9401945-3898393", "Venta", "Botijo tradicional x3", 63.0, -7.56, -1.59, 53.85],
    ["2025-04-27", "402-2414506-2964466", "Venta", "Botijo tradicional", 21.0, -2.52, -0.53, 17.95],
    ["2025-04-27", "402-6021020-4171443", "Venta", "Botijo tradicional", 21.0, -2.52, -0.53, 17.95],
    ["2025-04-28", "402-4483571-8577753", "Venta", "Juego 6 tazas café", 42.0, -5.04, -1.06, 35.9],
    ["2025-04-28", "402-6178381-3018751", "Venta", "Azulejo decorativo 15x15 x2", 15.6, -1.87, -0.39, 13.34],
    ["2025-04-28", "402-1446536-3733251", "Venta", "Cuenco azul cobalto x2", 29.8, -3.58, -0.75, 25.47],
    ["2025-04-28", "402-4287136-3289513", "Venta", "Cuenco azul cobalto", 14.9, -1.79, -0.38, 12.73],
    ["2025-04-28", "402-6836694-6529096", "Venta", "Plato llano Moncloa x2", 37.0, -4.44, -0.93, 31.63],
    ["2025-04-28", "402-5647356-3194537", "Venta", "Botijo tradicional x2", 42.0, -5.04, -1.06, 35.9],
    ["2025-04-28", "402-5916008-3405485", "Venta", "Azulejo decorativo 15x15", 7.8, -0.94, -0.2, 6.66],
    ["2025-04-28", "402-6624130-4484766", "Venta", "Cuenco azul cobalto x2", 29.8, -3.58, -0.75, 25.47],
    ["2025-04-29", "402-4540737-9771022", "Venta", "Vajilla 18 piezas", 129.0, -15.48, -3.25, 110.27],
    ["2025-04-29", "402-1889226-8300525", "Venta", "Fuente ovalada x2", 73.0, -8.76, -1.84, 62.4],
    ["2025-04-29", "402-3860544-9644109", "Venta", "Cuenco azul cobalto", 14.9, -1.79, -0.38, 12.73],
    ["2025-04-29", "402-3036126-2332018", "Venta", "Botijo tradicional", 21.0, -2.52, -0.53, 17.95],
    ["2025-04-29", "402-5439436-9194009", "Venta", "Plato llano Moncloa", 18.5, -2.22, -0.47, 15.81],
    ["2025-04-29", "402-1459324-4447880", "Venta", "Macetero esmaltado x3", 74.7, -8.96, -1.88, 63.86],
    ["2025-04-29", "402-1096417-8209413", "Venta", "Macetero esmaltado x3", 74.7, -8.96, -1.88, 63.86],
    ["2025-04-30", "402-4540737-9771022", "Reembolso", "Vajilla 18 piezas", -129.0, 15.48, 3.25, -110.27],
    ["2025-04-30", "402-1459324-4447880", "Reembolso", "Macetero esmaltado x3", -74.7, 8.96, 1.88, -63.86],
    ["2025-04-30", "402-7298825-9978151", "Venta", "Plato llano Moncloa x4", 74.0, -8.88, -1.86, 63.26],
    ["2025-04-30", "402-6883495-4622542", "Venta", "Azulejo decorativo 15x15", 7.8, -0.94, -0.2, 6.66],
    ["2025-04-30", "402-5984214-1282622", "Venta", "Aceitera de barro x2", 25.0, -3.0, -0.63, 21.37],
    ["2025-04-30", "402-2581827-9006931", "Venta", "Juego 6 tazas café", 42.0, -5.04, -1.06, 35.9],
    ["2025-04-30", "402-1163024-9576185", "Venta", "Jarra de agua 1 l", 29.0, -3.48, -0.73, 24.79],
]

SHIPPING = -312.00
TEAL = colors.HexColor("#0f766e")

def eur(x, sym=True):
    s = f"{abs(x):,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s + (" €" if sym else "")

def fecha(iso):
    y, m, d = iso.split("-"); return f"{d}/{m}/{y}"

sales = round(sum(r[4] for r in ROWS if r[4] > 0), 2)
refunds = round(sum(r[4] for r in ROWS if r[4] < 0), 2)
com = round(sum(r[5] for r in ROWS), 2)
iva = round(sum(r[6] for r in ROWS), 2)
net_tx = round(sum(r[7] for r in ROWS), 2)
payout = round(net_tx + SHIPPING, 2)

st = dict(
    n=ParagraphStyle("n", fontName="Helvetica", fontSize=8.5, leading=11),
    s=ParagraphStyle("s", fontName="Helvetica", fontSize=7, leading=9, textColor=colors.HexColor("#555555")),
    h=ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=TEAL, spaceBefore=8, spaceAfter=4),
    t=ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=18, alignment=2),
    r=ParagraphStyle("r", fontName="Helvetica", fontSize=8.5, leading=11, alignment=2),
    brand=ParagraphStyle("b", fontName="Helvetica-Bold", fontSize=24, leading=26, textColor=TEAL),
)

def on_page(c, doc):
    c.saveState()
    w, h = A4
    c.setStrokeColor(TEAL); c.setLineWidth(0.6)
    c.line(18*mm, h-14*mm, w-18*mm, h-14*mm)
    c.setFont("Helvetica-Bold", 8); c.setFillColor(TEAL); c.drawString(18*mm, h-12*mm, "mercadillo")
    c.setFont("Helvetica", 7.5); c.setFillColor(colors.black)
    c.drawRightString(w-18*mm, h-12*mm, "Informe de liquidación LQ-2025-00412 · Vendedor VND-ES-204817")
    c.setFont("Helvetica", 6.5); c.setFillColor(colors.HexColor("#666666"))
    c.line(18*mm, 16*mm, w-18*mm, 16*mm)
    c.drawString(18*mm, 12*mm, "Mercadillo Online Marketplace, S.L. · CIF B86471927 · C/ de Orense 34, 28020 Madrid · "
                 "Inscrita en el Registro Mercantil de Madrid, tomo 35.412, folio 88, hoja M-636.905")
    c.drawRightString(w-18*mm, 8.5*mm, f"Página {doc.page} de 3")
    c.restoreState()

HDR = ["Fecha", "Nº de pedido", "Concepto", "Importe", "Comisión 12 %", "IVA comisión", "Neto"]
CW = [17*mm, 33*mm, 50*mm, 19*mm, 20*mm, 18*mm, 17*mm]

def block(rows, carried, last):
    data = [HDR]
    if carried is not None:
        data.append(["", "", "Suma anterior", eur(carried[0], False), eur(carried[1], False), eur(carried[2], False), eur(carried[3], False)])
    tot = list(carried) if carried else [0, 0, 0, 0]
    for r in rows:
        concepto = r[3] if r[2] == "Venta" else "Reembolso · " + r[3]
        data.append([fecha(r[0]), r[1], concepto, eur(r[4], False), eur(r[5], False), eur(r[6], False), eur(r[7], False)])
        for i in range(4):
            tot[i] = round(tot[i] + r[4 + i], 2)
    label = "Total movimientos" if last else "Suma y sigue"
    data.append(["", "", label, eur(tot[0], False), eur(tot[1], False), eur(tot[2], False), eur(tot[3], False)])
    t = Table(data, colWidths=CW, repeatRows=1)
    sty = [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.2),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 7.2),
        ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#dddddd")),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 7.2), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#e6f2f1")),
    ]
    if carried is not None:
        sty += [("FONT", (0, 1), (-1, 1), "Helvetica-Oblique", 7.2), ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#f3f3f3"))]
    for i, r in enumerate(rows):
        if r[2] == "Reembolso":
            sty.append(("TEXTCOLOR", (0, i + 1 + (carried is not None)), (-1, i + 1 + (carried is not None)), colors.HexColor("#b91c1c")))
    t.setStyle(TableStyle(sty))
    return t, tot

def build(path):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=20*mm, bottomMargin=20*mm,
                          title="Informe de liquidación LQ-2025-00412", author="Mercadillo Online Marketplace, S.L.")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    s = []
    head = Table([[Paragraph("mercadillo", st["brand"]), Paragraph("Informe de liquidación", st["t"])],
                  [Paragraph("Portal de vendedores · Liquidaciones quincenales", st["s"]),
                   Paragraph("Fecha de liquidación: 2 de mayo de 2025", st["r"])]],
                 colWidths=[90*mm, 84*mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s += [head, Spacer(1, 6*mm)]
    left = [Paragraph("<font size=7 color='#777777'>EMISOR</font>", st["n"]),
            Paragraph("<b>Mercadillo Online Marketplace, S.L.</b>", st["n"]),
            Paragraph("C/ de Orense 34, 28020 Madrid", st["n"]), Paragraph("CIF B86471927", st["n"])]
    right = [Paragraph("<font size=7 color='#777777'>VENDEDOR</font>", st["n"]),
             Paragraph("<b>Alfarería Moncloa, S.A.</b>", st["n"]),
             Paragraph("CIF A28391746 · ID de vendedor VND-ES-204817", st["n"]),
             Paragraph("Avda. de Portugal 61, 28011 Madrid", st["n"])]
    parties = Table([[left, right]], colWidths=[87*mm, 87*mm])
    parties.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 0.5, colors.HexColor("#bbbbbb")),
                                 ("BOX", (1, 0), (1, 0), 0.5, colors.HexColor("#bbbbbb")),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5)]))
    s += [parties, Spacer(1, 4*mm)]
    meta = Table([["Nº de liquidación", "Periodo liquidado", "Fecha de pago", "Cuenta de abono (IBAN)"],
                  ["LQ-2025-00412", "16/04/2025 – 30/04/2025", "06/05/2025", "ES97 0182 5716 8002 0159 3847"]],
                 colWidths=[33*mm, 42*mm, 27*mm, 72*mm])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica", 6.8), ("TEXTCOLOR", (0, 0), (-1, 0), colors.HexColor("#777777")),
                              ("FONT", (0, 1), (-1, 1), "Helvetica-Bold", 9), ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.HexColor("#bbbbbb")),
                              ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    s += [meta, Paragraph("Resumen de la liquidación", st["h"])]
    summ = [["Ventas brutas (IVA incluido)", eur(sales)],
            ["Reembolsos a compradores", eur(refunds)],
            ["Comisiones de venta (12 %)", eur(com)],
            ["IVA sobre comisiones (21 %)", eur(iva)],
            ["Tarifas de envío Mercadillo Envíos (IVA incl.)", eur(SHIPPING)],
            ["Importe liquidado", eur(payout)]]
    t = Table(summ, colWidths=[110*mm, 40*mm], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#cccccc")),
                           ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 10.5), ("LINEABOVE", (0, -1), (-1, -1), 1, TEAL),
                           ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#e6f2f1"))]))
    s += [t, Paragraph("Detalle de movimientos", st["h"])]
    chunks = [ROWS[:27], ROWS[27:77], ROWS[77:]]
    carried = None
    for i, ch in enumerate(chunks):
        tb, carried = block(ch, carried, i == len(chunks) - 1)
        s.append(tb)
        if i < len(chunks) - 1:
            s.append(PageBreak())
    s += [Spacer(1, 5*mm), Paragraph(
        "Los importes de venta incluyen el IVA repercutido por el vendedor al comprador final. Mercadillo factura sus comisiones "
        "con IVA al 21 % (factura de comisiones FC-2025-0412-ES disponible en el Portal de vendedores). Los reembolsos "
        "incluyen la devolución proporcional de la comisión y de su IVA. El importe liquidado se abonará mediante transferencia "
        "SEPA en la cuenta indicada en un plazo de 2 a 4 días hábiles desde la fecha de liquidación.", st["s"])]
    doc.build(s)

if __name__ == "__main__":
    build(sys.argv[1])
