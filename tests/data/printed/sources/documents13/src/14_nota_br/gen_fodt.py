"""Authoring aid: writes nota_corretagem.fodt (committed). Not run by build.sh."""
from xml.sax.saxutils import escape as e

def p(text, style="P"):
    return f'<text:p text:style-name="{style}">{e(text)}</text:p>'

def cell(content, style="C", span=1):
    sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    inner = content if content.startswith("<text:p") else p(content, "R" if style == "CR" else "P")
    s = f'<table:table-cell table:style-name="{style}" office:value-type="string"{sp}>{inner}</table:table-cell>'
    s += "<table:covered-table-cell/>" * (span - 1)
    return s

def row(*cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"

def table(name, widths, rows):
    cols = "".join(f'<table:table-column table:style-name="{name}.c{i}"/>' for i in range(len(widths)))
    return f'<table:table table:name="{name}" table:style-name="{name}">{cols}{"".join(rows)}</table:table>'

def colstyles(name, widths):
    s = f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{sum(widths):.2f}cm" table:align="left"/></style:style>'
    for i, w in enumerate(widths):
        s += f'<style:style style:name="{name}.c{i}" style:family="table-column"><style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>'
    return s

T = {}
T["hdr"] = [11.0, 3.2, 1.8, 2.6]
T["cli"] = [12.6, 6.0]
T["neg"] = [2.2, 0.8, 1.4, 5.6, 1.1, 2.1, 1.9, 2.6, 0.9]
T["res"] = [5.8, 3.3, 5.8, 3.7]

body = []
body.append(table("hdr", T["hdr"], [
    row(cell(p("NOTA DE CORRETAGEM", "Title"), "C"), cell("Nr. nota", "CH"), cell("Folha", "CH"), cell("Data pregão", "CH")),
    row(cell(p("CERRADO INVESTIMENTOS CTVM S.A.", "Bold"), "C"), cell("1184203", "CV"), cell("1", "CV"), cell("19/03/2025", "CV")),
]))
body.append(p("Av. Dom Pedro II, 1250 - 9º andar - Funcionários - Belo Horizonte - MG - CEP 30130-148", "Small"))
body.append(p("Tel. (31) 3555-0190  ·  www.cerradoinvest.example  ·  CNPJ 14.882.301/0001-57  ·  Carta Patente 1.044", "Small"))
body.append(p("Ouvidoria: 0800 555 0191  ·  atendimento@cerradoinvest.example", "Small"))
body.append(p(" "))
body.append(table("cli", T["cli"], [
    row(cell("Cliente", "CH"), cell("Código cliente", "CH")),
    row(cell(p("RENATA FIGUEIREDO ALBUQUERQUE", "Bold"), "C"), cell("554821-7", "CV")),
    row(cell("Rua Ceará, 482 - apto 1102 - Savassi - Belo Horizonte - MG - CEP 30150-311", "C"), cell("C.P.F.: 052.***.***-18", "C")),
    row(cell("Participante destino do repasse: -     Assessor: 211 - L. Gontijo", "C"), cell("Custodiante: 3701", "C")),
]))
body.append(p(" "))
body.append(p("Negócios realizados", "Bold"))
hd = ["Q Negociação", "C/V", "Tipo mercado", "Especificação do título", "Obs. (*)", "Quantidade", "Preço / Ajuste", "Valor Operação / Ajuste", "D/C"]
negrows = [row(*[cell(h, "CH") for h in hd])]
for r in [
    ("1-BOVESPA", "C", "VISTA", "MANTIQUEIRA ENERG PN N1", "", "300", "28,45", "8.535,00", "D"),
    ("1-BOVESPA", "C", "VISTA", "BRASILIS LOG ON NM", "", "500", "12,18", "6.090,00", "D"),
    ("1-BOVESPA", "V", "VISTA", "ITAPUA VAREJO UNT N2", "#", "200", "17,34", "3.468,00", "C"),
]:
    negrows.append(row(*[cell(v, "CR" if i in (5, 6, 7) else "C") for i, v in enumerate(r)]))
body.append(table("neg", T["neg"], negrows))
body.append(p("(*) Observações: # - Negócio direto; 2 - Corretora ou pessoa vinculada atuou na contraparte; D - Day trade.", "Small"))
body.append(p(" "))
res = [
    ("Resumo dos Negócios", "", "Resumo Financeiro", ""),
    ("Debêntures", "0,00", "Clearing", ""),
    ("Vendas à vista", "3.468,00", "Valor líquido das operações", "11.157,00 D"),
    ("Compras à vista", "14.625,00", "Taxa de liquidação", "4,52 D"),
    ("Opções - compras", "0,00", "Taxa de Registro", "0,00 D"),
    ("Opções - vendas", "0,00", "Total CBLC", "11.161,52 D"),
    ("Operações a termo", "0,00", "Bolsa", ""),
    ("Valor das oper. c/ títulos públ. (v. nom.)", "0,00", "Taxa de termo/opções", "0,00 D"),
    ("Valor das operações", "18.093,00", "Emolumentos", "0,90 D"),
    ("", "", "Total Bovespa / Soma", "0,90 D"),
    ("Especificações diversas", "", "Custos Operacionais", ""),
    ("A coluna Q indica liquidação no Agente do Qualificado.", "", "Corretagem", "29,70 D"),
    ("", "", "ISS (Belo Horizonte)", "1,49 D"),
    ("I.R.R.F. s/ operações, base R$ 3.468,00", "0,17", "Outras", "0,00 D"),
    ("", "", "Total Custos / Despesas", "31,19 D"),
    ("", "", "", ""),
    ("", "", p("Líquido para 21/03/2025", "Bold"), p("11.193,78 D", "BoldR")),
]
resrows = []
for i, (a, b, c, d) in enumerate(res):
    st = "CH" if (i == 0 or (c in ("Clearing", "Bolsa", "Custos Operacionais") and d == "")) else None
    resrows.append(row(cell(a, "CH" if i == 0 or a == "Especificações diversas" else "C"), cell(b, "CR"),
                       cell(c, st or "C"), cell(d, "CR")))
body.append(table("res", T["res"], resrows))
body.append(p(" "))
body.append(p("Declaramos que os negócios acima foram realizados em conformidade com as normas vigentes. O cliente terá o prazo de 3 dias "
              "para reclamar. Ao cliente é facultado requerer o demonstrativo de custos. Operações realizadas em mercado de bolsa administrado "
              "pela B3 S.A. - Brasil, Bolsa, Balcão. Valores em reais (R$).", "Small"))
body.append(p("CERRADO INVESTIMENTOS CTVM S.A. - documento emitido eletronicamente, dispensa assinatura.", "SmallC"))

styles = "".join(colstyles(k, v) for k, v in T.items())
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:language="pt" fo:country="BR"/></style:default-style>
 <style:style style:name="P" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Bold" style:family="paragraph"><style:text-properties fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="BoldR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="6.5pt"/></style:style>
 <style:style style:name="SmallC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="6.5pt"/></style:style>
 <style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
</office:styles>
<office:automatic-styles>
 {styles}
 <style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #777777"/></style:style>
 <style:style style:name="CR" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #777777"/><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="CH" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #777777" fo:background-color="#d9e2d0"/><style:text-properties fo:font-weight="bold" fo:font-size="7pt"/></style:style>
 <style:style style:name="CV" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #777777"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.2cm" fo:margin-right="1.2cm"/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="SmallC">Nota de corretagem nº 1184203 - Folha <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{"".join(body)}
</office:text></office:body></office:document>
'''
open("nota_corretagem.fodt", "w", encoding="utf-8").write(doc)
