"""Generate the three Writer (.docx) documents with python-docx.

Run with a Python that has python-docx: python gen_docx.py OUTDIR (build.sh does)
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
OUT.mkdir(parents=True, exist_ok=True)

RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
CENTER = WD_ALIGN_PARAGRAPH.CENTER


def base_doc(font="Calibri", size=10.5, margins=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    for s in doc.sections:
        s.page_height = Cm(29.7) if font != "Georgia" else Cm(27.94)
        s.page_width = Cm(21.0) if font != "Georgia" else Cm(21.59)
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return doc


def para(cell_or_doc, text="", bold=False, size=None, align=None, color=None,
         italic=False, space_after=None, first=False):
    if first and hasattr(cell_or_doc, "paragraphs") and cell_or_doc.paragraphs \
            and not cell_or_doc.paragraphs[0].text:
        p = cell_or_doc.paragraphs[0]
    else:
        p = cell_or_doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, parts):
    """parts: list of (text, bold)"""
    for t, b in parts:
        r = p.add_run(t)
        r.bold = b
    return p


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def set_col_widths(table, widths_cm):
    table.autofit = False
    for idx, w in enumerate(widths_cm):
        table.columns[idx].width = Cm(w)
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            row.cells[idx].width = Cm(w)


def cell_text(cell, text, bold=False, align=None, size=None, color=None):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(1)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    return p


def footer(doc, text, size=8):
    f = doc.sections[0].footer
    p = f.paragraphs[0]
    p.text = text
    p.alignment = CENTER
    for r in p.runs:
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor.from_string("666666")


# ---------------------------------------------------------------- 1. UK sole trader
def uk_sole_trader():
    doc = base_doc("Calibri", 10.5)
    hdr = doc.add_table(rows=1, cols=2)
    no_borders(hdr)
    set_col_widths(hdr, [9.5, 7.5])
    left, right = hdr.rows[0].cells
    para(left, "WHITFIELD JOINERY", bold=True, size=20, color="2E4A3B", first=True)
    para(left, "Bespoke doors, stairs & fitted furniture", italic=True, size=9, color="555555")
    para(left, "Unit 4, Mill Lane Workshops")
    para(left, "Hebden Bridge")
    para(left, "West Yorkshire HX7 8AD")
    para(left, "Tel: 01422 845 119  ·  Mob: 07781 402 336")
    para(left, "sam@whitfieldjoinery.co.uk")
    para(right, "INVOICE", bold=True, size=24, align=RIGHT, color="2E4A3B", first=True)
    p = para(right, align=RIGHT)
    runs(p, [("Invoice No.: ", True), ("WJ-0231", False)])
    p = para(right, align=RIGHT)
    runs(p, [("Date: ", True), ("7 March 2025", False)])
    p = para(right, align=RIGHT)
    runs(p, [("Job ref: ", True), ("Crossley – 2 Moor View", False)])
    p = para(right, align=RIGHT)
    runs(p, [("Quote No.: ", True), ("Q-0198 (12/01/2025)", False)])

    para(doc, "")
    bill = doc.add_table(rows=1, cols=2)
    no_borders(bill)
    set_col_widths(bill, [9.5, 7.5])
    l, r = bill.rows[0].cells
    para(l, "Bill to:", bold=True, first=True)
    for line in ("Mrs Helen Crossley", "2 Moor View", "Heptonstall", "Hebden Bridge HX7 7LU"):
        para(l, line)
    para(r, "Work carried out:", bold=True, first=True)
    para(r, "17 – 28 February 2025")
    para(r, "at the address opposite")

    para(doc, "")
    items = [
        ("Supply and fit solid oak internal doors (762 x 1981 mm), incl. hanging", "4", "285.00", "1,140.00"),
        ("Door furniture sets – lever handles, 3 x hinges, latch (satin brass)", "4", "32.50", "130.00"),
        ("Replace skirting board, hallway & landing (torus, primed MDF), per metre", "14", "18.75", "262.50"),
        ("Labour – architraves, filling and making good (hours)", "6", "45.00", "270.00"),
        ("Removal and disposal of old doors and offcuts", "1", "40.00", "40.00"),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ("Description", "Qty", "Unit Price (£)", "Amount (£)")
    for c, h in zip(t.rows[0].cells, heads):
        shade(c, "2E4A3B")
        cell_text(c, h, bold=True, color="FFFFFF", align=None if h == "Description" else RIGHT)
    for d, q, u, a in items:
        cells = t.add_row().cells
        cell_text(cells[0], d)
        cell_text(cells[1], q, align=RIGHT)
        cell_text(cells[2], u, align=RIGHT)
        cell_text(cells[3], a, align=RIGHT)
    for label, val, b in (("Subtotal", "1,842.50", False), ("VAT", "0.00", False),
                          ("TOTAL DUE", "£1,842.50", True)):
        cells = t.add_row().cells
        m = cells[0].merge(cells[2])
        cell_text(m, label, bold=b, align=RIGHT)
        cell_text(cells[3], val, bold=b, align=RIGHT)
    set_col_widths(t, [10.0, 1.4, 2.8, 2.8])

    para(doc, "")
    para(doc, "Not VAT registered.", italic=True, size=9)
    para(doc, "Payment due within 14 days of the invoice date. Thank you for your business!", bold=True)
    para(doc, "")
    para(doc, "Payment details", bold=True, size=11, color="2E4A3B")
    bank = doc.add_table(rows=5, cols=2)
    no_borders(bank)
    for row, (k, v) in zip(bank.rows, (("Account name:", "S J Whitfield"),
                                         ("Bank:", "Starling Bank"),
                                         ("Sort code:", "60-83-71"),
                                         ("Account no.:", "21538807"),
                                         ("Reference:", "WJ-0231"))):
        cell_text(row.cells[0], k, bold=True)
        cell_text(row.cells[1], v)
    set_col_widths(bank, [3.5, 8.0])
    para(doc, "")
    para(doc, "Cheques payable to S J Whitfield. All timber is FSC certified. "
              "Goods remain the property of Whitfield Joinery until paid in full.", size=8.5,
         color="555555")
    footer(doc, "Sam Whitfield t/a Whitfield Joinery  ·  Unit 4, Mill Lane Workshops, Hebden Bridge HX7 8AD  ·  "
                "UTR 48213 07756")
    doc.save(OUT / "lo_docx_uk_sole_trader.docx")


# ---------------------------------------------------------------- 2. US nonprofit receipt
def us_nonprofit():
    doc = base_doc("Georgia", 10.5, margins=2.3)
    p = para(doc, "Cedar Valley Audubon Society, Inc.", bold=True, size=18, align=CENTER, color="1F4E79")
    para(doc, "Protecting birds and their habitats in eastern Iowa since 1962", italic=True, size=9,
         align=CENTER, color="555555")
    para(doc, "P.O. Box 1187  •  Cedar Rapids, IA 52406  •  (319) 555-0142  •  www.cedarvalleyaudubon.org",
         size=8.5, align=CENTER)
    para(doc, "")
    para(doc, "February 21, 2025")
    para(doc, "")
    for line in ("Ms. Anjali Patel and Mr. David Kern", "2218 Linden Drive SE", "Cedar Rapids, IA 52403"):
        para(doc, line, space_after=0)
    para(doc, "")
    para(doc, "Dear Anjali and David,")
    para(doc, "Thank you for renewing your Family Membership and for your generous additional gift "
              "to our Habitat Restoration Fund. Your support helped us plant 1,400 native trees and "
              "shrubs along Indian Creek last season and keeps our 3 sanctuaries open to the public "
              "free of charge.", space_after=6)
    para(doc, "Please keep this letter as your official receipt for tax purposes.", space_after=8)

    box = doc.add_table(rows=1, cols=1)
    box.style = doc.styles["Table Grid"]
    c = box.rows[0].cells[0]
    shade(c, "EAF1F8")
    para(c, "OFFICIAL RECEIPT", bold=True, size=12, color="1F4E79", first=True)
    inner = c.add_table(rows=0, cols=2)
    for k, v in (("Receipt No.:", "2025-0419"),
                 ("Receipt Date:", "February 21, 2025"),
                 ("Member ID:", "CVA-10388"),
                 ("Date Received:", "February 18, 2025"),
                 ("Payment Method:", "Check #5521"),
                 ("Campaign:", "Spring Appeal 2025 (SA25)")):
        row = inner.add_row().cells
        cell_text(row[0], k, bold=True)
        cell_text(row[1], v)
    set_col_widths(inner, [4.5, 9.0])
    para(c, "")
    lines = c.add_table(rows=1, cols=2)
    lines.style = doc.styles["Table Grid"]
    cell_text(lines.rows[0].cells[0], "Description", bold=True)
    cell_text(lines.rows[0].cells[1], "Amount", bold=True, align=RIGHT)
    for d, a, b in (("Family Membership, annual (Mar 2025 – Feb 2026)", "$75.00", False),
                    ("Additional gift – Habitat Restoration Fund", "$150.00", False),
                    ("Total Received", "$225.00", True)):
        row = lines.add_row().cells
        cell_text(row[0], d, bold=b)
        cell_text(row[1], a, bold=b, align=RIGHT)
    set_col_widths(lines, [11.0, 3.0])
    para(c, "")
    para(c, "Value of goods or services provided in exchange: $20.00 (member subscription to "
            "“The Meadowlark” quarterly and 10% shop discount).", size=9.5)
    para(c, "Estimated tax-deductible portion of your contribution: $205.00", size=9.5, bold=True)
    para(c, "")

    para(doc, "")
    para(doc, "Cedar Valley Audubon Society, Inc. is a tax-exempt organization under Section 501(c)(3) "
              "of the Internal Revenue Code. Federal EIN 42-1387654. Contributions are deductible "
              "to the extent allowed by law.", size=9.5)
    para(doc, "")
    para(doc, "With gratitude,", space_after=14)
    para(doc, "Margaret L. Sorensen", bold=True, space_after=0)
    para(doc, "Executive Director")
    footer(doc, "Cedar Valley Audubon Society, Inc. is a chapter of the National Audubon Society. "
                "Membership dues renew on the anniversary of your join date (member since 2011).")
    doc.save(OUT / "lo_docx_us_nonprofit_receipt.docx")


# ---------------------------------------------------------------- 3. Spanish autónomo factura
def es_factura():
    doc = base_doc("Arial", 10)
    hdr = doc.add_table(rows=1, cols=2)
    no_borders(hdr)
    set_col_widths(hdr, [9.0, 8.0])
    l, r = hdr.rows[0].cells
    para(l, "Lucía Ferrer Domínguez", bold=True, size=15, first=True)
    para(l, "Diseño gráfico e identidad visual", italic=True, color="777777")
    para(l, "NIF: 48392017K")
    para(l, "C/ de Colón, 14, 3º B")
    para(l, "46004 Valencia")
    para(l, "Tel. 622 418 930 · hola@luciaferrer.es")
    para(r, "FACTURA", bold=True, size=22, align=RIGHT, color="C0392B", first=True)
    info = r.add_table(rows=0, cols=2)
    for k, v in (("Nº factura:", "2025/037"),
                 ("Fecha de factura:", "31/03/2025"),
                 ("Fecha de vencimiento:", "30/04/2025"),
                 ("Nº presupuesto:", "P-2025/011"),
                 ("Su pedido:", "ENA-0412")):
        row = info.add_row().cells
        cell_text(row[0], k, bold=True, align=RIGHT)
        cell_text(row[1], v, align=RIGHT)
    set_col_widths(info, [4.5, 3.0])

    para(doc, "")
    para(doc, "DATOS DEL CLIENTE", bold=True, color="C0392B", size=9)
    for line in ("Estudio Nómada Arquitectura, S.L.", "CIF: B98765432",
                 "Av. del Reino de Valencia, 62, entlo.", "46005 Valencia"):
        para(doc, line, space_after=0)
    para(doc, "")

    t = doc.add_table(rows=1, cols=4)
    t.style = doc.styles["Table Grid"]
    for c, h in zip(t.rows[0].cells, ("Concepto", "Cantidad", "Precio unitario", "Importe")):
        shade(c, "F2D7D5")
        cell_text(c, h, bold=True, align=None if h == "Concepto" else RIGHT)
    for d, q, u, a in (
            ("Diseño de identidad corporativa: logotipo, paleta y manual de marca", "1", "1.200,00 €", "1.200,00 €"),
            ("Adaptación a papelería (tarjetas, sobres, hoja de carta)", "1", "350,00 €", "350,00 €"),
            ("Maquetación de folleto corporativo (horas)", "12", "40,00 €", "480,00 €")):
        cells = t.add_row().cells
        cell_text(cells[0], d)
        cell_text(cells[1], q, align=RIGHT)
        cell_text(cells[2], u, align=RIGHT)
        cell_text(cells[3], a, align=RIGHT)
    set_col_widths(t, [9.5, 2.0, 2.8, 2.7])

    para(doc, "")
    tot = doc.add_table(rows=0, cols=2)
    tot.alignment = WD_TABLE_ALIGNMENT.RIGHT
    for k, v, b in (("Base imponible", "2.030,00 €", False),
                    ("IVA 21 %", "426,30 €", False),
                    ("Retención IRPF -15 %", "-304,50 €", False),
                    ("TOTAL FACTURA", "2.151,80 €", True)):
        row = tot.add_row().cells
        cell_text(row[0], k, bold=b, align=RIGHT)
        cell_text(row[1], v, bold=b, align=RIGHT)
        if b:
            shade(row[0], "F2D7D5")
            shade(row[1], "F2D7D5")
    set_col_widths(tot, [5.0, 3.0])

    para(doc, "")
    para(doc, "Forma de pago: transferencia bancaria", bold=True)
    para(doc, "IBAN: ES91 2100 0418 4502 0005 1332 (CaixaBank) · BIC: CAIXESBBXXX")
    para(doc, "Indique en el concepto el número de factura.")
    para(doc, "")
    para(doc, "Operación sujeta a retención del IRPF según el art. 101 de la Ley 35/2006.", size=8, color="777777")
    para(doc, "De conformidad con el RGPD (UE) 2016/679, sus datos se tratarán con la única finalidad de "
              "gestionar la relación comercial. Puede ejercer sus derechos en hola@luciaferrer.es.",
         size=7.5, color="777777")
    footer(doc, "Lucía Ferrer Domínguez · NIF 48392017K · C/ de Colón, 14, 3º B · 46004 Valencia · Página 1 de 1")
    doc.save(OUT / "lo_docx_es_factura_autonomo.docx")


if __name__ == "__main__":
    uk_sole_trader()
    us_nonprofit()
    es_factura()
