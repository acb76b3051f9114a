"""Tiny helper to write flat ODF text documents (.fodt) for LibreOffice to convert to PDF."""
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')


class Doc:
    def __init__(self, font="Liberation Sans", size="9.5pt", page=("21cm", "29.7cm"),
                 margins=("1.5cm", "2cm", "1.6cm", "2cm"), footer=None, header=None, title=""):
        self.font, self.size, self.page, self.margins = font, size, page, margins
        self.footer, self.header, self.title = footer, header, title
        self.pstyles, self.tstyles, self.body = {}, {}, []
        self.n = 0

    # ---- styles -------------------------------------------------------
    def pstyle(self, size=None, bold=False, italic=False, align=None, color=None, before="0cm",
               after="0.08cm", font=None, bg=None, brk=False):
        key = (size, bold, italic, align, color, before, after, font, bg, brk)
        if key in self.pstyles:
            return self.pstyles[key][0]
        name = f"P{len(self.pstyles) + 1}"
        pp = f'fo:margin-top="{before}" fo:margin-bottom="{after}"'
        if align:
            pp += f' fo:text-align="{align}"'
        if bg:
            pp += f' fo:background-color="{bg}"'
        if brk:
            pp += ' fo:break-before="page"'
        tp = ''
        if size:
            tp += f' fo:font-size="{size}"'
        if bold:
            tp += ' fo:font-weight="bold"'
        if italic:
            tp += ' fo:font-style="italic"'
        if color:
            tp += f' fo:color="{color}"'
        if font:
            tp += f' style:font-name="{font}"'
        xml = (f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="Standard">'
               f'<style:paragraph-properties {pp}/><style:text-properties{tp}/></style:style>')
        self.pstyles[key] = (name, xml)
        return name

    def cstyle(self, border=None, bg=None, pad="0.08cm", bottom=None, top=None, valign="top"):
        key = ("c", border, bg, pad, bottom, top, valign)
        if key in self.tstyles:
            return self.tstyles[key][0]
        name = f"C{len(self.tstyles) + 1}"
        p = f'fo:padding="{pad}" style:vertical-align="{valign}"'
        if border:
            p += f' fo:border="{border}"'
        else:
            p += ' fo:border="none"'
            if bottom:
                p += f' fo:border-bottom="{bottom}"'
            if top:
                p += f' fo:border-top="{top}"'
        if bg:
            p += f' fo:background-color="{bg}"'
        xml = f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties {p}/></style:style>'
        self.tstyles[key] = (name, xml)
        return name

    # ---- content ------------------------------------------------------
    def p(self, text="", **kw):
        st = self.pstyle(**kw)
        self.body.append(f'<text:p text:style-name="{st}">{self._runs(text)}</text:p>')

    @staticmethod
    def _runs(text):
        # "\n" = line break, "**x**" = bold span
        out = []
        parts = str(text).split("**")
        for i, part in enumerate(parts):
            s = escape(part).replace("\n", "<text:line-break/>")
            s = s.replace("\t", "<text:tab/>")
            s = s.replace("{PAGE}", '<text:page-number text:select-page="current">1</text:page-number>')
            s = s.replace("{PAGES}", '<text:page-count>1</text:page-count>')
            out.append(f'<text:span text:style-name="TB">{s}</text:span>' if i % 2 else s)
        return "".join(out)

    def table(self, widths, rows, total_width=None):
        """rows: list of lists of cells; a cell is text or dict(text=, p=dict(...), c=dict(...), span=n)."""
        self.n += 1
        tname = f"Tab{self.n}"
        tw = total_width or f"{sum(widths):.2f}cm"
        xml = [f'<style:style style:name="{tname}" style:family="table"><style:table-properties style:width="{tw}" table:align="left"/></style:style>']
        for i, w in enumerate(widths):
            xml.append(f'<style:style style:name="{tname}.c{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
        self.tstyles[("t", tname)] = (tname, "".join(xml))
        b = [f'<table:table table:name="{tname}" table:style-name="{tname}">']
        for i in range(len(widths)):
            b.append(f'<table:table-column table:style-name="{tname}.c{i}"/>')
        for row in rows:
            b.append('<table:table-row>')
            for cell in row:
                if not isinstance(cell, dict):
                    cell = {"text": cell}
                cs = self.cstyle(**cell.get("c", {}))
                span = cell.get("span", 1)
                ps = self.pstyle(**cell.get("p", {}))
                attrs = f' table:number-columns-spanned="{span}"' if span > 1 else ''
                b.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string"{attrs}>'
                         f'<text:p text:style-name="{ps}">{self._runs(cell.get("text", ""))}</text:p></table:table-cell>')
                for _ in range(span - 1):
                    b.append('<table:covered-table-cell/>')
            b.append('</table:table-row>')
        b.append('</table:table>')
        self.body.append("".join(b))

    def pagebreak(self):
        st = self.pstyle(brk=True, after="0cm")
        self.body.append(f'<text:p text:style-name="{st}"/>')

    # ---- output -------------------------------------------------------
    def xml(self):
        w, h = self.page
        t, r, b, l = self.margins
        hf = ""
        if self.header:
            st = self.pstyle(size="7.5pt", color="#555555")
            hf += f'<style:header><text:p text:style-name="{st}">{self._runs(self.header)}</text:p></style:header>'
        if self.footer:
            st = self.pstyle(size="7pt", color="#555555", align="center")
            hf += f'<style:footer><text:p text:style-name="{st}">{self._runs(self.footer)}</text:p></style:footer>'
        auto = "".join(x for _, x in self.pstyles.values()) + "".join(x for _, x in self.tstyles.values())
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(self.title)}</dc:title></office:meta>
<office:font-face-decls>
<style:font-face style:name="{self.font}" svg:font-family="&apos;{self.font}&apos;"/>
<style:font-face style:name="Liberation Mono" svg:font-family="&apos;Liberation Mono&apos;"/>
<style:font-face style:name="DejaVu Sans" svg:font-family="&apos;DejaVu Sans&apos;"/>
<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="{self.font}" fo:font-size="{self.size}" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="{self.font}" fo:font-size="{self.size}"/></style:style>
<style:style style:name="TB" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="{w}" fo:page-height="{h}" fo:margin-top="{t}" fo:margin-right="{r}" fo:margin-bottom="{b}" fo:margin-left="{l}"/>
<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.3cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
{auto}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">{hf}</style:master-page></office:master-styles>
<office:body><office:text>
{"".join(self.body)}
</office:text></office:body></office:document>
'''

    def save(self, path):
        with open(path, "w", encoding="utf-8") as f:
            f.write(self.xml())
