"""Dra. Lucía Ferrándiz Oliver - factura de honorarios médicos a aseguradora (IVA exento, retención IRPF), reportlab platypus."""
import sys
from decimal import Decimal as D, ROUND_HALF_UP
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

out = sys.argv[1] if len(sys.argv) > 1 else "12_honorarios_medicos_es.pdf"
F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DVS", F + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", F + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVSI", F + "DejaVuSansCondensed-Oblique.ttf"))
ACC = colors.HexColor("#0f6e8c")


def es(x):
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


st = lambda **k: ParagraphStyle("x", fontName=k.pop("font", "DVS"), fontSize=k.pop("size", 8.6), leading=k.pop("lead", 11), **k)
S, SB, SS, SR = st(), st(font="DVSB"), st(size=7.2, lead=9, textColor=colors.HexColor("#444444")), st(alignment=2)

items = [
    ("03/03/2025", "0418-2217", "M.G.R.", "DER-01", "Consulta primera visita dermatología", D("42.00")),
    ("03/03/2025", "0418-2217", "M.G.R.", "DER-12", "Dermatoscopia digital (mapeo de lesiones)", D("35.00")),
    ("05/03/2025", "0733-9051", "J.P.S.", "DER-02", "Consulta sucesiva", D("28.00")),
    ("05/03/2025", "0733-9051", "J.P.S.", "DER-31", "Crioterapia, hasta 5 lesiones", D("45.00")),
    ("10/03/2025", "1102-4486", "A.C.M.", "DER-01", "Consulta primera visita dermatología", D("42.00")),
    ("10/03/2025", "1102-4486", "A.C.M.", "DER-21", "Biopsia cutánea con punch, incl. sutura", D("68.00")),
    ("12/03/2025", "0290-7713", "E.V.L.", "DER-02", "Consulta sucesiva", D("28.00")),
    ("17/03/2025", "0418-2217", "M.G.R.", "DER-41", "Extirpación lesión cutánea < 2 cm con cierre directo", D("120.00")),
    ("19/03/2025", "0861-3320", "R.T.B.", "DER-01", "Consulta primera visita dermatología", D("42.00")),
    ("19/03/2025", "0861-3320", "R.T.B.", "DER-33", "Electrocoagulación de lesiones benignas", D("55.00")),
    ("24/03/2025", "1102-4486", "A.C.M.", "DER-02", "Consulta sucesiva (resultado anatomía patológica)", D("28.00")),
    ("26/03/2025", "0512-6648", "L.F.D.", "DER-01", "Consulta primera visita dermatología", D("42.00")),
    ("26/03/2025", "0512-6648", "L.F.D.", "DER-12", "Dermatoscopia digital (mapeo de lesiones)", D("35.00")),
    ("28/03/2025", "0733-9051", "J.P.S.", "DER-02", "Consulta sucesiva", D("28.00")),
]
base = sum(i[5] for i in items)
irpf = (base * D("0.15")).quantize(D("0.01"), ROUND_HALF_UP)
liquido = base - irpf

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm, bottomMargin=16 * mm,
                        title="Factura 2025/047", author="Lucía Ferrándiz Oliver", invariant=1)
E = []
hdr = Table([[Paragraph("<font name='DVSB' size='15' color='#0f6e8c'>Dra. Lucía Ferrándiz Oliver</font><br/>"
                        "<font size='8.5'>Médico especialista en Dermatología Médico-Quirúrgica y Venereología</font><br/>"
                        "<font size='8'>Col. nº 07/08214 · Colegio Oficial de Médicos de las Illes Balears</font>", st(lead=14)),
              Paragraph("Consulta: Carrer de Jaume III, 17, 2º 1ª<br/>07012 Palma (Illes Balears)<br/>Tel. 971 555 318<br/>NIF 43187226B", st(size=8, lead=10.5, alignment=2))]],
            colWidths=[110 * mm, 64 * mm])
hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACC), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
E += [hdr, Spacer(1, 7 * mm)]
cli = Table([[Paragraph("<font name='DVSB' color='#0f6e8c'>FACTURA</font><br/>Nº <b>2025/047</b><br/>Palma, 31 de marzo de 2025<br/>Periodo: marzo de 2025", st(size=9.5, lead=13)),
              Paragraph("<font color='#0f6e8c' size='7.5'>CLIENTE</font><br/><b>Aseguradora Mediterránea de Salud, S.A.</b><br/>CIF A07318842<br/>"
                        "Departamento de Prestaciones – Cuadro médico<br/>Avinguda d'Alexandre Rosselló, 40<br/>07002 Palma", st(size=9, lead=12))]],
            colWidths=[70 * mm, 104 * mm])
cli.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (1, 0), (1, 0), 0.8, ACC), ("LEFTPADDING", (1, 0), (1, 0), 8), ("TOPPADDING", (1, 0), (1, 0), 5), ("BOTTOMPADDING", (1, 0), (1, 0), 6)]))
E += [cli, Spacer(1, 6 * mm)]
E.append(Paragraph("Honorarios por asistencia médica a asegurados de la entidad según concierto nº CM-2019-0872 y baremo vigente (Anexo II).", S))
E.append(Spacer(1, 3 * mm))
data = [["Fecha", "Nº póliza", "Asegurado", "Código", "Acto médico", "Importe €"]]
for f, pol, pac, cod, acto, imp in items:
    data.append([f, pol, pac, cod, Paragraph(acto, st(size=8.2, lead=10)), es(imp)])
data.append(["", "", "", "", Paragraph("<b>Base imponible</b>", st(size=8.6)), es(base)])
t = Table(data, colWidths=[20 * mm, 21 * mm, 19 * mm, 17 * mm, 77 * mm, 20 * mm], repeatRows=1)
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "DVS", 8.2), ("FONT", (0, 0), (-1, 0), "DVSB", 8),
    ("BACKGROUND", (0, 0), (-1, 0), ACC), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
    ("ALIGN", (5, 0), (5, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.HexColor("#b9d3dc")),
    ("LINEABOVE", (0, -1), (-1, -1), 1, ACC), ("FONT", (5, -1), (5, -1), "DVSB", 8.6),
    ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f1f7f9")]),
]))
E += [t, Spacer(1, 5 * mm)]
tot = Table([["Base imponible", es(base) + " €"],
              ["IVA: operación exenta (art. 20.Uno.3º Ley 37/1992)", "0,00 €"],
              ["Total factura", es(base) + " €"],
              ["Retención IRPF (15 %)", "-" + es(irpf) + " €"],
              ["LÍQUIDO A PERCIBIR", es(liquido) + " €"]], colWidths=[82 * mm, 30 * mm])
tot.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVS", 9), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                         ("FONT", (0, 2), (-1, 2), "DVSB", 9), ("LINEABOVE", (0, 2), (-1, 2), 0.6, ACC),
                         ("FONT", (0, -1), (-1, -1), "DVSB", 10.5), ("BACKGROUND", (0, -1), (-1, -1), ACC), ("TEXTCOLOR", (0, -1), (-1, -1), colors.white)]))
tw = Table([["", tot]], colWidths=[62 * mm, 112 * mm])
tw.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
E += [tw, Spacer(1, 7 * mm)]
E.append(Paragraph("<b>Forma de pago:</b> transferencia bancaria a 30 días de la fecha de factura a la cuenta "
                   "IBAN ES91 2100 0418 4502 0005 1332 (CaixaBank), titular Lucía Ferrándiz Oliver.", S))
E.append(Spacer(1, 3 * mm))
E.append(Paragraph("Asistencia sanitaria prestada por profesional médico colegiado, exenta del Impuesto sobre el Valor Añadido conforme al "
                   "artículo 20.Uno.3º de la Ley 37/1992. Retención a cuenta del IRPF por rendimientos de actividades profesionales "
                   "(art. 101.5 Ley 35/2006). Los datos de los pacientes se identifican únicamente por sus iniciales y número de póliza "
                   "conforme al Reglamento (UE) 2016/679 y la Ley Orgánica 3/2018.", SS))
doc.build(E)
print("base", base, "irpf", irpf, "liquido", liquido)
