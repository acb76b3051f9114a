#!/usr/bin/env python3
"""Fatura (Portugal) -- NIF of supplier and customer, IVA 23 %, 2 % desconto comercial, amounts with the currency code
after the number ("6.089,68 EUR"), ATCUD and the AT QR code, ISO dates as printed by certified software, totals in a
shaded box at the bottom right. ReportLab canvas with the built-in Helvetica (not embedded)."""
import sys
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else "s66_19.pdf"
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("Fatura FT 2026A/812")
W, H = A4
L, R = 17 * mm, W - 17 * mm


def t(x, y, s, f="Helvetica", size=9, align="l"):
    c.setFont(f, size)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, s)


# letterhead
c.setFillColorRGB(0.42, 0.16, 0.33)
t(L, H - 20 * mm, "Têxteis Douro Norte, Lda.", "Helvetica-Bold", 17)
c.setFillColorRGB(0.25, 0.25, 0.25)
t(L, H - 25 * mm, "Têxteis-lar para hotelaria · Bordados · Confeção por medida", size=8.4)
t(L, H - 29.5 * mm, "Rua da Indústria, 418 · Zona Industrial de Ponte · 4805-482 Guimarães", size=8.2)
t(L, H - 33.5 * mm, "Tel. 253 418 273 · faturacao@texteisdouronorte.pt · NIF 514182733", size=8.2)
c.setFillColorRGB(0, 0, 0)

# client box
bx = W / 2 + 12 * mm
c.setLineWidth(0.6)
c.rect(bx, H - 55 * mm, R - bx, 34 * mm)
t(bx + 3 * mm, H - 26 * mm, "Exmo.(s) Sr.(s)", size=7.6)
for i, s in enumerate(["Hotel Ribeira Invicta, S.A.", "Departamento Financeiro", "Cais da Ribeira, 27",
                       "4050-510 Porto", "NIF: 503928178"]):
    t(bx + 3 * mm, H - (31.5 + 4.8 * i) * mm, s, "Helvetica-Bold" if i == 0 else "Helvetica", 9.4 if i == 0 else 8.6)

# title + document data
y = H - 66 * mm
t(L, y, "FATURA FT 2026A/812", "Helvetica-Bold", 15)
t(R, y, "Original", size=8.4, align="r")
y -= 8 * mm
meta = [("Data", "2026-03-12"), ("Vencimento", "2026-04-11"), ("V/ Encomenda", "HRI-ENC-2026-044"),
        ("Guia de remessa", "GR 2026A/377 de 2026-03-10"), ("Cliente n.º", "C00871"), ("ATCUD", "JJ7M3KQP-812")]
for i, (k, v) in enumerate(meta):
    col, row = i % 3, i // 3
    x = L + col * 60 * mm
    yy = y - row * 10 * mm
    t(x, yy, k, size=7.2)
    t(x, yy - 4.2 * mm, v, "Helvetica-Bold" if i < 2 else "Helvetica", 9)

# items
y -= 25 * mm
cols = [("Ref.", 20), ("Descrição", 78), ("Qtd.", 16), ("Preço unit.", 24), ("IVA", 12), ("Total", 0)]
xs = [L]
for _, w in cols[:-1]:
    xs.append(xs[-1] + w * mm)
xs.append(R)
c.setFillColorRGB(0.42, 0.16, 0.33)
c.rect(L, y - 2.2 * mm, R - L, 7 * mm, fill=1, stroke=0)
c.setFillColorRGB(1, 1, 1)
for i, (n, _) in enumerate(cols):
    if i < 2:
        t(xs[i] + 1.5 * mm, y, n, "Helvetica-Bold", 8)
    else:
        t(xs[i + 1] - 1.5 * mm, y, n, "Helvetica-Bold", 8, "r")
c.setFillColorRGB(0, 0, 0)
rows = [("LC-240", "Lençol 100% algodão percal 240 × 290 cm", "120", "18,40", "23%", "2.208,00 EUR"),
        ("TB-500", "Toalha de banho 500 g/m², branca", "200", "7,85", "23%", "1.570,00 EUR"),
        ("TR-500", "Toalha de rosto 500 g/m², branca", "200", "3,90", "23%", "780,00 EUR"),
        ("BD-LOGO", "Bordado do logótipo do hotel (por peça)", "520", "0,95", "23%", "494,00 EUR")]
c.setStrokeColorRGB(0.8, 0.8, 0.8)
for r in rows:
    y -= 7 * mm
    t(xs[0] + 1.5 * mm, y, r[0], size=8.6)
    t(xs[1] + 1.5 * mm, y, r[1], size=8.6)
    for i in (2, 3, 4, 5):
        t(xs[i + 1] - 1.5 * mm, y, r[i], size=8.6, align="r")
    c.line(L, y - 2.5 * mm, R, y - 2.5 * mm)
c.setStrokeColorRGB(0, 0, 0)

# VAT summary (left) and shaded totals box (right, bottom)
y -= 14 * mm
t(L, y, "Quadro resumo do IVA", "Helvetica-Bold", 8.4)
for i, (a, b, cc) in enumerate([("Taxa", "Incidência", "Valor IVA"), ("23%", "4.950,96", "1.138,72"), ("13%", "0,00", "0,00"),
                                 ("6%", "0,00", "0,00")]):
    yy = y - (5 + 4.6 * i) * mm
    f = "Helvetica-Bold" if i == 0 else "Helvetica"
    t(L, yy, a, f, 8)
    t(L + 40 * mm, yy, b, f, 8, "r")
    t(L + 66 * mm, yy, cc, f, 8, "r")

# QR code (AT specification string)
qr = QrCodeWidget("A:514182733*B:503928178*C:PT*D:FT*E:N*F:20260312*G:FT 2026A/812*H:JJ7M3KQP-812*I1:PT*I7:4950.96*I8:1138.72"
                  "*N:1138.72*O:6089.68*Q:kH2c*R:2931")
b = qr.getBounds()
d = Drawing(30 * mm, 30 * mm, transform=[30 * mm / (b[2] - b[0]), 0, 0, 30 * mm / (b[3] - b[1]), 0, 0])
d.add(qr)
renderPDF.draw(d, c, L, 62 * mm)
t(L + 33 * mm, 88 * mm, "kH2c - Programa certificado n.º 2931/AT", size=7.2)
t(L + 33 * mm, 84 * mm, "Bens colocados à disposição do", size=7.2)
t(L + 33 * mm, 80 * mm, "adquirente em 2026-03-10.", size=7.2)

bx = W / 2 + 8 * mm
by = 60 * mm
c.setFillColorRGB(0.93, 0.88, 0.91)
c.rect(bx, by, R - bx, 46 * mm, fill=1, stroke=0)
c.setFillColorRGB(0, 0, 0)
tot = [("Total ilíquido", "5.052,00 EUR"), ("Desconto comercial 2%", "-101,04 EUR"), ("Total sem IVA", "4.950,96 EUR"),
       ("IVA 23%", "1.138,72 EUR")]
for i, (k, v) in enumerate(tot):
    yy = by + (39 - 6.3 * i) * mm
    t(bx + 3 * mm, yy, k, size=9)
    t(R - 3 * mm, yy, v, size=9, align="r")
c.setLineWidth(1)
c.line(bx + 3 * mm, by + 12.5 * mm, R - 3 * mm, by + 12.5 * mm)
t(bx + 3 * mm, by + 6 * mm, "TOTAL A PAGAR", "Helvetica-Bold", 11.5)
t(R - 3 * mm, by + 6 * mm, "6.089,68 EUR", "Helvetica-Bold", 11.5, "r")

# footer notes
y = 48 * mm
for s in ["Pagamento por transferência bancária a 30 dias: Caixa Geral de Depósitos, IBAN PT53 0033 0000 4182 7364 1000 0, BIC CGDIPTPL.",
          "Em dívida: fatura FT 2026A/655 de 2026-02-09, 4.117,35 EUR, vencida em 2026-03-11 - agradecemos a regularização.",
          "Os artigos não conformes devem ser reclamados no prazo de 8 dias após a receção."]:
    t(L, y, s, size=7.6)
    y -= 4.4 * mm
c.setLineWidth(0.4)
c.line(L, 20 * mm, R, 20 * mm)
t(W / 2, 15.5 * mm, "Têxteis Douro Norte, Lda. · Capital social 50.000,00 EUR · Matrícula na C.R.C. de Guimarães e NIPC 514182733", size=6.8,
  align="c")
c.showPage()
c.save()
