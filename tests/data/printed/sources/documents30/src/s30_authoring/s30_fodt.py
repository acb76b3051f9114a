"""Tiny writer of flat ODT (.fodt) documents for the LibreOffice-produced sources."""
import re
from xml.sax.saxutils import escape
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

def inline(s):
    s = escape(s)
    s = re.sub(r'\*\*(.+?)\*\*', r'<text:span text:style-name="B">\1</text:span>', s)
    s = re.sub(r'__(.+?)__', r'<text:span text:style-name="I">\1</text:span>', s)
    s = s.replace('\t', '<text:tab/>').replace('\n', '<text:line-break/>')
    return s

class Doc:
    def __init__(self, font="Liberation Sans", size=9, accent="#1f4e79", margins=(15,15,15,15), footer=None, title=""):
        self.font, self.size, self.accent, self.margins, self.footer, self.title = font, size, accent, margins, footer, title
        self.body = []; self.auto = []; self.ntab = 0
    def p(self, text, style="Std"):
        self.body.append(f'<text:p text:style-name="{style}">{inline(text)}</text:p>')
    def space(self, mm=3):
        name = f"Sp{int(mm*10)}"
        if name not in "".join(self.auto):
            self.auto.append(f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="Std"><style:paragraph-properties fo:margin-top="0mm" fo:margin-bottom="0mm" fo:line-height="{mm}mm"/><style:text-properties fo:font-size="2pt"/></style:style>')
        self.body.append(f'<text:p text:style-name="{name}"/>')
    def table(self, widths, rows, align="left", repeat_header=False):
        self.ntab += 1; t = f"T{self.ntab}"; total = sum(widths)
        self.auto.append(f'<style:style style:name="{t}" style:family="table"><style:table-properties style:width="{total}mm" table:align="{align}" fo:margin-top="1mm" fo:margin-bottom="1mm"/></style:style>')
        cols = []
        for i, w in enumerate(widths):
            self.auto.append(f'<style:style style:name="{t}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}mm"/></style:style>')
            cols.append(f'<table:table-column table:style-name="{t}.C{i}"/>')
        out = [f'<table:table table:name="{t}" table:style-name="{t}">'] + cols
        for ri, row in enumerate(rows):
            rowxml = []
            for cell in row:
                if cell is None:
                    rowxml.append('<table:covered-table-cell/>'); continue
                if isinstance(cell, str): cell = {"t": cell}
                cs = cell.get("c", "cn"); ps = cell.get("p", "Std"); span = cell.get("span", 1)
                sp = f' table:number-columns-spanned="{span}"' if span > 1 else ''
                paras = "".join(f'<text:p text:style-name="{ps}">{inline(x)}</text:p>' for x in cell["t"].split("\n\n"))
                rowxml.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string"{sp}>{paras}</table:table-cell>')
            r = "<table:table-row>" + "".join(rowxml) + "</table:table-row>"
            if ri == 0 and repeat_header:
                r = "<table:table-header-rows>" + r + "</table:table-header-rows>"
            out.append(r)
        out.append('</table:table>')
        self.body.append("".join(out))
    def pagebreak(self):
        self.body.append('<text:p text:style-name="PB"/>')
    def write(self, path):
        f, s, a = self.font, self.size, self.accent
        t, r, b, l = self.margins
        cell = lambda name, border='fo:border="none"', bg="transparent", extra="": f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties fo:padding="0.9mm" {border} fo:background-color="{bg}" {extra}/></style:style>'
        bd = 'fo:border="0.5pt solid #555555"'
        cells = [cell("cn"), cell("cb", bd), cell("ch", bd, "#e3e8ef"), cell("cA", bd, a),
                 cell("ct", 'fo:border-top="0.8pt solid #000000" fo:border-bottom="none" fo:border-left="none" fo:border-right="none"'),
                 cell("cbb", 'fo:border-bottom="0.5pt solid #999999" fo:border-top="none" fo:border-left="none" fo:border-right="none"'),
                 cell("cg", 'fo:border="none"', "#eef1f5"),
                 cell("cT", 'fo:border-top="1.5pt solid #000000" fo:border-bottom="1.5pt solid #000000" fo:border-left="none" fo:border-right="none"', "#f4f4f4"),
                 cell("cL", f'fo:border-left="2.5pt solid {a}" fo:border-top="none" fo:border-bottom="none" fo:border-right="none"')]
        def ps(name, size=None, bold=False, align="start", color="#000000", italic=False, before=0, after=0.6, keep=False):
            tp = f'fo:font-size="{size or s}pt" fo:color="{color}"' + (' fo:font-weight="bold"' if bold else '') + (' fo:font-style="italic"' if italic else '')
            return (f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="{align}" fo:margin-top="{before}mm" fo:margin-bottom="{after}mm"' + (' fo:keep-with-next="always"' if keep else '') + f'/><style:text-properties {tp}/></style:style>')
        pstyles = [ps("Std"), ps("R", align="end"), ps("C", align="center"), ps("RB", bold=True, align="end"), ps("Bo", bold=True),
                   ps("Sm", size=s-1.5, color="#444444"), ps("SmR", size=s-1.5, align="end", color="#444444"), ps("SmC", size=s-1.5, align="center", color="#444444"),
                   ps("Title", size=s+8, bold=True, color=a), ps("TitleR", size=s+8, bold=True, align="end", color=a), ps("TitleC", size=s+7, bold=True, align="center", color=a),
                   ps("H2", size=s+2, bold=True, before=1), ps("H2R", size=s+2, bold=True, align="end"), ps("Big", size=s+3, bold=True, align="end"),
                   ps("BigL", size=s+3, bold=True), ps("W", color="#ffffff", bold=True), ps("WR", color="#ffffff", bold=True, align="end"),
                   ps("Logo", size=s+9, bold=True, color=a), ps("It", italic=True)]
        pstyles.append('<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Std"><style:paragraph-properties fo:break-before="page"/></style:style>')
        footer = ""
        if self.footer:
            footer = ('<style:footer><text:p text:style-name="Foot">' + inline(self.footer).replace("@PAGE@", '<text:page-number text:select-page="current">1</text:page-number>').replace("@PAGES@", '<text:page-count>1</text:page-count>') + '</text:p></style:footer>')
        doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(self.title)}</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="{f}" svg:font-family="'{f}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="{f}" fo:font-size="{s}pt" fo:language="en"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="{f}" fo:font-size="{s}pt"/></style:style>
<style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.5pt solid #999999" fo:padding-top="1mm"/><style:text-properties style:font-name="{f}" fo:font-size="{s-2}pt" fo:color="#555555"/></style:style>
{"".join(pstyles)}
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="{t}mm" fo:margin-bottom="{b}mm" fo:margin-left="{l}mm" fo:margin-right="{r}mm"/><style:footer-style><style:header-footer-properties fo:min-height="6mm" fo:margin-top="3mm"/></style:footer-style></style:page-layout>
{"".join(cells)}
{"".join(self.auto)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{footer}</style:master-page></office:master-styles>
<office:body><office:text>
{"".join(self.body)}
</office:text></office:body></office:document>
'''
        open(path, "w", encoding="utf-8").write(doc)
