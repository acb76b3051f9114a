#!/usr/bin/env python3
"""Meseta Capital Partners II, FCR - solicitud de desembolso n.º 7 (capital call). ReportLab platypus, 2 pages."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak)

out = sys.argv[1]
ocre = colors.HexColor("#9c5b12")
arena = colors.HexColor("#f6efe4")

N = ParagraphStyle("n", fontName="Helvetica", fontSize=9.5, leading=13, alignment=TA_JUSTIFY)
S = ParagraphStyle("s", fontName="Helvetica", fontSize=7.5, leading=9.5, textColor=colors.HexColor("#555555"))
SR = ParagraphStyle("sr", parent=S, alignment=TA_RIGHT)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=ocre, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=ocre, spaceBefore=8, spaceAfter=4)
B = ParagraphStyle("b", parent=N, fontName="Helvetica-Bold")


def footer(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 7)
    canv.setFillColor(colors.HexColor("#666666"))
    canv.drawString(20*mm, 12*mm, "Meseta Capital SGEIC, S.A. · CIF A87619425 · Registro CNMV n.º 241 · "
                    "Calle de Serrano Anguita 14, 28004 Madrid")
    canv.drawRightString(190*mm, 12*mm, "Página %d de 2" % doc.page)
    canv.restoreState()


doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=16*mm, bottomMargin=22*mm,
                        title="Solicitud de desembolso n.º 7 - Meseta Capital Partners II, FCR",
                        author="Meseta Capital SGEIC, S.A.", creator="MCP Investor Services")
st = []
head = Table([[Paragraph("<font size=18 color='#9c5b12'><b>MESETA</b></font><br/><font size=8>CAPITAL PARTNERS</font>", N),
               Paragraph("Meseta Capital SGEIC, S.A.<br/>Calle de Serrano Anguita 14<br/>28004 Madrid<br/>"
                         "relacion.inversores@mesetacapital.example", SR)]], colWidths=[85*mm, 85*mm])
head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
st += [head, Spacer(1, 10*mm)]

addr = Table([[Paragraph("<b>Inversiones Garrigós Albiñana, S.L.</b><br/>A/A: D. Joaquín Garrigós Albiñana<br/>"
                         "Avenida del Puerto 212, 4.º<br/>46023 Valencia", N),
               Paragraph("Madrid, 3 de marzo de 2025", ParagraphStyle("d", parent=N, alignment=TA_RIGHT))]],
             colWidths=[100*mm, 70*mm])
addr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
st += [addr, Spacer(1, 9*mm)]

st += [Paragraph("Solicitud de desembolso n.º 7", H1),
       Paragraph("<b>Meseta Capital Partners II, FCR</b> (el «Fondo») · LEI 5493007RQWCKD8T4UJ47", N),
       Spacer(1, 4*mm),
       Paragraph("Muy señores nuestros:", N), Spacer(1, 2*mm),
       Paragraph("De conformidad con el artículo 16 del Reglamento de Gestión del Fondo y con su Acuerdo de Suscripción, "
                 "Meseta Capital SGEIC, S.A., en su condición de sociedad gestora, les requiere el desembolso del importe "
                 "indicado a continuación, correspondiente a su compromiso de inversión en el Fondo. El importe se destinará "
                 "a la inversión en Cerámicas Vega Baja, S.L. y al pago de la comisión de gestión del primer semestre de 2025.", N),
       Spacer(1, 5*mm)]

box = Table([
    ["Compromiso total del partícipe", "Porcentaje solicitado", "Importe a desembolsar", "Fecha límite de pago"],
    ["2.000.000,00 €", "6,50 %", "130.000,00 €", "17 de marzo de 2025"],
], colWidths=[44*mm, 36*mm, 44*mm, 46*mm])
box.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Helvetica", 7.5), ("TEXTCOLOR", (0, 0), (-1, 0), colors.HexColor("#6b4a1c")),
    ("FONT", (0, 1), (-1, 1), "Helvetica-Bold", 11),
    ("BACKGROUND", (0, 0), (-1, -1), arena), ("BOX", (0, 0), (-1, -1), 1, ocre),
    ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#d9c3a0")),
    ("TOPPADDING", (0, 1), (-1, 1), 6), ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
]))
st += [box, Spacer(1, 6*mm)]

st += [Paragraph("El importe deberá recibirse en la cuenta del Fondo, libre de gastos, no más tarde de la fecha límite "
                 "indicada, haciendo constar la referencia <b>MCP2-D07-0412</b>. Los datos bancarios y el detalle del "
                 "desembolso figuran en el Anexo (página 2).", N), Spacer(1, 3*mm),
       Paragraph("Les recordamos que, conforme al Reglamento de Gestión, el retraso en el desembolso devengará un interés de "
                 "demora del 8 % anual y podrá dar lugar a la consideración del partícipe como partícipe en mora.", N),
       Spacer(1, 8*mm),
       Paragraph("Atentamente,", N), Spacer(1, 10*mm),
       Paragraph("<b>Meseta Capital SGEIC, S.A.</b><br/>Beatriz Olmedo Sanz · Directora de Relación con Inversores", N),
       PageBreak()]

# ---- page 2: annex
st += [Paragraph("Anexo · Detalle de la solicitud de desembolso n.º 7", H1),
       Paragraph("Partícipe: Inversiones Garrigós Albiñana, S.L. (CIF B45073186) · Clase de participaciones: A · "
                 "N.º de partícipe: MCP2-0412", S), Spacer(1, 4*mm),
       Paragraph("1. Destino del desembolso", H2)]
t1 = Table([
    ["Concepto", "Base", "Importe (€)"],
    ["Inversión en Cerámicas Vega Baja, S.L.", "5,625 % s/ compromiso", "112.500,00"],
    ["Comisión de gestión 1.er semestre 2025", "1,75 % anual s/ compromiso", "17.500,00"],
    ["Total desembolso solicitado", "6,50 %", "130.000,00"],
], colWidths=[80*mm, 50*mm, 40*mm])
t1.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5), ("BACKGROUND", (0, 0), (-1, 0), arena),
    ("FONT", (0, 1), (-1, -1), "Helvetica", 9), ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
    ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ocre),
    ("LINEABOVE", (0, -1), (-1, -1), 0.8, ocre), ("LINEBELOW", (0, -1), (-1, -1), 0.8, ocre),
]))
st += [t1, Paragraph("2. Situación del compromiso", H2)]
t2 = Table([
    ["", "%", "Importe (€)"],
    ["Compromiso total", "100,00 %", "2.000.000,00"],
    ["Desembolsado antes de esta solicitud (n.º 1 a 6)", "52,00 %", "1.040.000,00"],
    ["Presente solicitud (n.º 7)", "6,50 %", "130.000,00"],
    ["Desembolsado tras esta solicitud", "58,50 %", "1.170.000,00"],
    ["Compromiso pendiente de desembolso", "41,50 %", "830.000,00"],
], colWidths=[100*mm, 30*mm, 40*mm])
t2.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
    ("BACKGROUND", (0, 0), (-1, 0), arena), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d9c3a0")),
    ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9), ("BACKGROUND", (0, -1), (-1, -1), arena),
]))
st += [t2, Paragraph("3. Instrucciones de pago", H2)]
t3 = Table([
    ["Beneficiario", "Meseta Capital Partners II, FCR"],
    ["Entidad depositaria", "Banco Depositario Ibérico, S.A."],
    ["IBAN", "ES51 0182 7314 8702 0158 3496"],
    ["BIC", "BDIBESMMXXX"],
    ["Referencia", "MCP2-D07-0412"],
    ["Fecha valor límite", "17/03/2025"],
], colWidths=[45*mm, 125*mm])
t3.setStyle(TableStyle([
    ("FONT", (0, 0), (0, -1), "Helvetica", 8.5), ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor("#6b4a1c")),
    ("FONT", (1, 0), (1, -1), "Helvetica-Bold", 9.5), ("BOX", (0, 0), (-1, -1), 0.8, ocre),
    ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#d9c3a0")),
]))
st += [t3, Spacer(1, 6*mm),
       Paragraph("Los importes se expresan en euros. La comisión de gestión está exenta de IVA conforme al artículo 20.Uno.18.º.n) "
                 "de la Ley 37/1992. Esta comunicación tiene carácter confidencial y se dirige exclusivamente al partícipe indicado.", S)]

doc.build(st, onFirstPage=footer, onLaterPages=footer)
