# authoring helper: tiny builder for LibreOffice .fodt documents with tables and form controls
from xml.sax.saxutils import escape as E

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:ooo="http://openoffice.org/2004/office" xmlns:xforms="http://www.w3.org/2002/xforms" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


class Doc:
    def __init__(self, title, font="Liberation Sans", page=("21.59cm", "27.94cm"), margin="1.4cm"):
        self.title, self.font, self.page, self.margin = title, font, page, margin
        self.body = []
        self.controls = []
        self.tables = 0
        self.tstyles = []
        self.n = 0

    # ---- controls -------------------------------------------------------
    def field(self, name, value, width_cm, height_cm=0.55, align="left", size=9.5):
        self.n += 1
        cid = f"control{self.n}"
        al = {"left": "0", "center": "1", "right": "2"}[align]
        self.controls.append(
            f'<form:text form:name="{E(name)}" form:control-implementation="ooo:com.sun.star.form.component.TextField" '
            f'xml:id="{cid}" form:id="{cid}" form:current-value="{E(value)}" form:value="{E(value)}">'
            f'<form:properties><form:property form:property-name="Align" office:value-type="float" office:value="{al}"/>'
            f'<form:property form:property-name="Border" office:value-type="float" office:value="0"/>'
            f'<form:property form:property-name="FontHeight" office:value-type="float" office:value="{size}"/>'
            f'<form:property form:property-name="FontName" office:value-type="string" office:string-value="Liberation Mono"/>'
            f'</form:properties></form:text>')
        return (f'<draw:control draw:style-name="grF" text:anchor-type="as-char" svg:y="-0.4cm" '
                f'svg:width="{width_cm}cm" svg:height="{height_cm}cm" draw:control="{cid}"/>')

    def check(self, name, checked, size_cm=0.38):
        self.n += 1
        cid = f"control{self.n}"
        st = ' form:current-state="checked" form:state="checked"' if checked else ''
        self.controls.append(
            f'<form:checkbox form:name="{E(name)}" form:control-implementation="ooo:com.sun.star.form.component.CheckBox" '
            f'xml:id="{cid}" form:id="{cid}" form:value="Yes"{st} form:label=""/>')
        return (f'<draw:control draw:style-name="grF" text:anchor-type="as-char" svg:y="-0.3cm" '
                f'svg:width="{size_cm}cm" svg:height="{size_cm}cm" draw:control="{cid}"/>')

    # ---- text -----------------------------------------------------------
    def p(self, content, style="P"):
        self.body.append(f'<text:p text:style-name="{style}">{content}</text:p>')

    def table(self, widths_cm, rows, border=True):
        """rows: list of rows; each row list of cells; cell = (content_paragraphs_xml, colspan) or str.
        content is a list of (style, xml) paragraphs."""
        self.tables += 1
        tn = f"T{self.tables}"
        total = sum(widths_cm)
        st = [f'<style:style style:name="{tn}" style:family="table"><style:table-properties style:width="{total}cm" table:align="left" fo:margin-top="0cm" fo:margin-bottom="0cm"/></style:style>']
        for i, w in enumerate(widths_cm):
            st.append(f'<style:style style:name="{tn}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
        bd = "0.5pt solid #000000" if border else "none"
        st.append(f'<style:style style:name="{tn}.cell" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.08cm" fo:padding-right="0.08cm" fo:padding-top="0.03cm" fo:padding-bottom="0.05cm" fo:border="{bd}"/></style:style>')
        st.append(f'<style:style style:name="{tn}.shade" style:family="table-cell"><style:table-cell-properties fo:background-color="#e0e0e0" fo:padding-left="0.08cm" fo:padding-right="0.08cm" fo:padding-top="0.03cm" fo:padding-bottom="0.05cm" fo:border="{bd}"/></style:style>')
        self.tstyles += st
        x = [f'<table:table table:name="{tn}" table:style-name="{tn}">']
        for i in range(len(widths_cm)):
            x.append(f'<table:table-column table:style-name="{tn}.C{i}"/>')
        for row in rows:
            x.append('<table:table-row>')
            for cell in row:
                if cell is None:
                    x.append('<table:covered-table-cell/>'); continue
                if isinstance(cell, str):
                    cell = ([("P", cell)], 1)
                paras, span = cell[0], cell[1]
                sty = f"{tn}.shade" if len(cell) > 2 and cell[2] == "shade" else f"{tn}.cell"
                sp = f' table:number-columns-spanned="{span}"' if span > 1 else ''
                x.append(f'<table:table-cell table:style-name="{sty}" office:value-type="string"{sp}>')
                for s, c in paras:
                    x.append(f'<text:p text:style-name="{s}">{c}</text:p>')
                x.append('</table:table-cell>')
                for _ in range(span - 1):
                    x.append('<table:covered-table-cell/>')
            x.append('</table:table-row>')
        x.append('</table:table>')
        self.body.append("".join(x))

    def pagebreak(self):
        self.body.append('<text:p text:style-name="PB"/>')

    def render(self, extra_styles=""):
        f = self.font
        pw, ph = self.page
        m = self.margin
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{E(self.title)}</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;" style:font-family-generic="swiss"/>
 <style:font-face style:name="Liberation Mono" svg:font-family="&apos;Liberation Mono&apos;" style:font-family-generic="modern" style:font-pitch="fixed"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="{f}" fo:font-size="9pt" fo:language="en" fo:country="US"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="P" style:family="paragraph"><style:text-properties style:font-name="{f}" fo:font-size="9pt"/></style:style>
 <style:style style:name="L" style:family="paragraph"><style:paragraph-properties fo:line-height="105%"/><style:text-properties style:font-name="{f}" fo:font-size="6.5pt"/></style:style>
 <style:style style:name="V" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.05cm"/><style:text-properties style:font-name="Liberation Mono" fo:font-size="9.5pt"/></style:style>
 <style:style style:name="S" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="{f}" fo:font-size="8pt"/></style:style>
 <style:style style:name="H1" style:family="paragraph"><style:text-properties style:font-name="{f}" fo:font-size="16pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.08cm"/><style:text-properties style:font-name="{f}" fo:font-size="10.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H3" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.12cm" fo:margin-bottom="0.04cm"/><style:text-properties style:font-name="{f}" fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="{f}" fo:font-size="9pt"/></style:style>
 <style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="{f}" fo:font-size="9pt"/></style:style>
 <style:style style:name="Sp" style:family="paragraph"><style:text-properties fo:font-size="5pt"/></style:style>
 {extra_styles}
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}" style:print-orientation="portrait" fo:margin-top="{m}" fo:margin-bottom="{m}" fo:margin-left="{m}" fo:margin-right="{m}"/></style:page-layout>
 <style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Big" style:family="text"><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Med" style:family="text"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="grF" style:family="graphic"><style:graphic-properties style:vertical-pos="from-top" style:vertical-rel="baseline" fo:border="none"/></style:style>
 {"".join(self.tstyles)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
<office:forms form:automatic-focus="false" form:apply-design-mode="false"><form:form form:name="Standard" form:apply-filter="true" form:command-type="table">
{"".join(self.controls)}
</form:form></office:forms>
{"".join(self.body)}
</office:text></office:body></office:document>
'''

def B(t): return f'<text:span text:style-name="B">{t}</text:span>'
def I(t): return f'<text:span text:style-name="I">{t}</text:span>'
