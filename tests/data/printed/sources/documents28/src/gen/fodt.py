# tiny helper that writes flat ODF text documents (.fodt) for LibreOffice
import re
from xml.sax.saxutils import escape
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')

def inline(s):
    """**bold**, __grey small__, ^^big^^, newline -> line break"""
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="Tb">\1</text:span>', s)
    s = re.sub(r"__(.+?)__", r'<text:span text:style-name="Tg">\1</text:span>', s)
    s = re.sub(r"\^\^(.+?)\^\^", r'<text:span text:style-name="Tbig">\1</text:span>', s)
    s = s.replace("\t", "<text:tab/>").replace("\n", "<text:line-break/>")
    return s

class Doc:
    def __init__(self, font="Liberation Sans", size="9.5pt", margins=("1.6cm","2cm","1.6cm","2.2cm"),
                 accent="#000000", footer_h="2.2cm", header_lines=None):
        self.font, self.size, self.m, self.accent = font, size, margins, accent
        self.body, self.auto, self.footer = [], [], ""
        self.ncell = 0; self.ntab = 0
        self.footer_h = footer_h
        self.header_lines = header_lines
    def p(self, text, style="P"):
        self.body.append(f'<text:p text:style-name="{style}">{inline(text)}</text:p>')
    def pagebreak(self):
        self.body.append('<text:p text:style-name="PB"/>')
    def _table(self, widths, rows, cell=None, align=None, pstyle="P"):
        """rows: list of lists of str; cell(r,c)-> dict(border_bottom, border_top, bg, bold) ; align list of 'L','R','C'"""
        self.ntab += 1; tn = f"Tab{self.ntab}"
        tot = sum(widths)
        self.auto.append(f'<style:style style:name="{tn}" style:family="table"><style:table-properties style:width="{tot}cm" table:align="left" fo:margin-top="0.15cm" fo:margin-bottom="0.15cm"/></style:style>')
        cols = ""
        for i, w in enumerate(widths):
            self.auto.append(f'<style:style style:name="{tn}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
            cols += f'<table:table-column table:style-name="{tn}.C{i}"/>'
        out = [f'<table:table table:name="{tn}" table:style-name="{tn}">{cols}']
        for r, row in enumerate(rows):
            out.append("<table:table-row>")
            c = 0
            for text in row:
                span = 1
                if isinstance(text, tuple): text, span = text
                props = (cell(r, c) if cell else {}) or {}
                self.ncell += 1; cn = f"Ce{self.ncell}"
                b = ""
                for side in ("top", "bottom", "left", "right"):
                    v = props.get(side)
                    if v: b += f' fo:border-{side}="{v}"'
                bg = f' fo:background-color="{props["bg"]}"' if props.get("bg") else ""
                pad = props.get("pad", "0.08cm")
                self.auto.append(f'<style:style style:name="{cn}" style:family="table-cell"><style:table-cell-properties fo:padding="{pad}"{b}{bg} style:vertical-align="{props.get("valign","top")}"/></style:style>')
                a = props.get("align") or (align[c] if align else "L")
                ps = {"L": pstyle, "R": pstyle + "R", "C": pstyle + "C"}[a]
                if props.get("pstyle"): ps = props["pstyle"]
                paras = "".join(f'<text:p text:style-name="{ps}">{inline(t)}</text:p>' for t in text.split("\n\n"))
                sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
                out.append(f'<table:table-cell table:style-name="{cn}"{sp} office:value-type="string">{paras}</table:table-cell>')
                for _ in range(span - 1): out.append("<table:covered-table-cell/>")
                c += span
            out.append("</table:table-row>")
        out.append("</table:table>")
        return "".join(out)
    def table(self, *a, **k):
        self.body.append(self._table(*a, **k))
    def set_footer(self, widths, rows, align=None):
        self.footer = self._table(widths, rows, align=align, pstyle="F")
    def save(self, path, title=""):
        t, r, b, l = self.m
        para = lambda name, extra="", size=None, bold=False, color=None: (
            f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties {extra}/>'
            f'<style:text-properties style:font-name="{self.font}" fo:font-size="{size or self.size}"'
            + (' fo:font-weight="bold"' if bold else "") + (f' fo:color="{color}"' if color else "") + '/></style:style>')
        styles = [
            para("P", 'fo:margin-top="0cm" fo:margin-bottom="0.06cm"'),
            para("PR", 'fo:text-align="end" fo:margin-bottom="0.06cm"'),
            para("PC", 'fo:text-align="center" fo:margin-bottom="0.06cm"'),
            para("S", 'fo:margin-bottom="0.04cm"', size="7.5pt"),
            para("SR", 'fo:text-align="end"', size="7.5pt"),
            para("SC", 'fo:text-align="center"', size="7.5pt"),
            para("F", 'fo:margin-bottom="0cm"', size="7pt", color="#444444"),
            para("FR", 'fo:text-align="end"', size="7pt", color="#444444"),
            para("FC", 'fo:text-align="center"', size="7pt", color="#444444"),
            para("H1", 'fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"', size="16pt", bold=True, color=self.accent),
            para("H2", 'fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"', size="11pt", bold=True),
            para("Sp", 'fo:margin-bottom="0cm"', size="4pt"),
            para("Sp2", 'fo:margin-bottom="0cm"', size="14pt"),
            para("Logo", 'fo:text-align="end" fo:margin-bottom="0.05cm"', size="18pt", bold=True, color=self.accent),
            para("LogoL", 'fo:margin-bottom="0.05cm"', size="18pt", bold=True, color=self.accent),
            '<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>',
            f'<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>',
            f'<style:style style:name="Tg" style:family="text"><style:text-properties fo:font-size="7.5pt" fo:color="#555555"/></style:style>',
            f'<style:style style:name="Tbig" style:family="text"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>',
        ]
        footer = f'<style:footer>{self.footer}</style:footer>' if self.footer else ""
        doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(title)}</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="{self.font}" svg:font-family="&apos;{self.font}&apos;"/></office:font-face-decls>
<office:styles>{"".join(styles)}</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="{t}" fo:margin-right="{r}" fo:margin-bottom="{b}" fo:margin-left="{l}"/>
<style:footer-style><style:header-footer-properties fo:min-height="{self.footer_h}" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
{"".join(self.auto)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{footer}</style:master-page></office:master-styles>
<office:body><office:text>
{"".join(self.body)}
</office:text></office:body></office:document>
'''
        open(path, "w", encoding="utf-8").write(doc)
