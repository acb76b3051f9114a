"""Tiny helper that writes flat ODF text documents (.fodt) for LibreOffice to convert."""
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


class Doc:
    def __init__(self, font="Liberation Sans", size=9.5, page=("21cm", "29.7cm"), margins=("1.6cm", "1.8cm", "1.6cm", "1.8cm"),
                 footer=None, title="Invoice"):
        self.font, self.size, self.page, self.margins, self.footer, self.title = font, size, page, margins, footer, title
        self.pstyles = {}   # name -> xml
        self.auto = []
        self.body = []
        self.ntab = 0
        self.cellstyles = {}

    # ---- paragraph styles, created on demand from a compact spec
    def ps(self, size=None, bold=False, italic=False, align="start", color=None, font=None, before=0, after=0, bg=None, caps=False):
        key = (size, bold, italic, align, color, font, before, after, bg, caps)
        if key in self.pstyles:
            return self.pstyles[key][0]
        name = f"P{len(self.pstyles) + 1}"
        tp = [f'fo:font-size="{size or self.size}pt"']
        if bold: tp.append('fo:font-weight="bold"')
        if italic: tp.append('fo:font-style="italic"')
        if color: tp.append(f'fo:color="{color}"')
        if caps: tp.append('fo:letter-spacing="0.04cm"')
        tp.append(f'style:font-name="{font or self.font}"')
        pp = [f'fo:text-align="{align}"', f'fo:margin-top="{before}cm"', f'fo:margin-bottom="{after}cm"']
        if bg: pp.append(f'fo:background-color="{bg}"')
        xml = (f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="Standard">'
               f'<style:paragraph-properties {" ".join(pp)}/><style:text-properties {" ".join(tp)}/></style:style>')
        self.pstyles[key] = (name, xml)
        return name

    def p(self, text, **kw):
        """text may contain '\n' for line breaks; markup is escaped."""
        name = self.ps(**kw)
        parts = [escape(t) for t in text.split("\n")]
        self.body.append(f'<text:p text:style-name="{name}">' + "<text:line-break/>".join(parts) + '</text:p>')

    def para_xml(self, text, **kw):
        name = self.ps(**kw)
        parts = [escape(t) for t in text.split("\n")]
        return f'<text:p text:style-name="{name}">' + "<text:line-break/>".join(parts) + '</text:p>'

    def cs(self, border="none", bg=None, pad="0.08cm", valign="top"):
        key = (border, bg, pad, valign)
        if key in self.cellstyles:
            return self.cellstyles[key]
        name = f"C{len(self.cellstyles) + 1}"
        props = [f'fo:padding="{pad}"', f'style:vertical-align="{valign}"']
        B = "0.5pt solid #000000"
        if border == "box": props.append(f'fo:border="{B}"')
        elif border == "bottom": props.append(f'fo:border-bottom="{B}"')
        elif border == "top": props.append(f'fo:border-top="{B}"')
        elif border == "topbottom": props += [f'fo:border-top="{B}"', f'fo:border-bottom="{B}"']
        elif border == "dbl": props += [f'fo:border-top="{B}"', 'fo:border-bottom="1.5pt double #000000"']
        elif border == "light": props.append('fo:border-bottom="0.3pt solid #999999"')
        else: props.append('fo:border="none"')
        if bg: props.append(f'fo:background-color="{bg}"')
        self.auto.append(f'<style:style style:name="{name}" style:family="table-cell">'
                         f'<style:table-cell-properties {" ".join(props)}/></style:style>')
        self.cellstyles[key] = name
        return name

    def table(self, widths_cm, rows, header_rows=0, align="left"):
        """rows: list of rows; a row is a list of cells; a cell is (paragraphs_xml or text, dict(style))
        or a plain string. cell dict keys: border, bg, pad, span, and paragraph kw under 'p'."""
        self.ntab += 1
        tn = f"Tbl{self.ntab}"
        total = sum(widths_cm)
        self.auto.append(f'<style:style style:name="{tn}" style:family="table"><style:table-properties '
                         f'style:width="{total:.2f}cm" table:align="{align}" fo:margin-top="0.15cm" fo:margin-bottom="0.15cm"/></style:style>')
        cols = []
        for i, w in enumerate(widths_cm):
            cn = f"{tn}.c{i}"
            self.auto.append(f'<style:style style:name="{cn}" style:family="table-column">'
                             f'<style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>')
            cols.append(f'<table:table-column table:style-name="{cn}"/>')
        out = [f'<table:table table:name="{tn}" table:style-name="{tn}">'] + cols
        def rowxml(row):
            r = ["<table:table-row>"]
            for cell in row:
                if cell is None:
                    r.append("<table:covered-table-cell/>")
                    continue
                if isinstance(cell, str):
                    cell = (cell, {})
                text, opt = cell
                c = self.cs(opt.get("border", "none"), opt.get("bg"), opt.get("pad", "0.08cm"), opt.get("valign", "top"))
                span = opt.get("span", 1)
                sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
                body = text if text.startswith("<text:") else self.para_xml(text, **opt.get("p", {}))
                r.append(f'<table:table-cell table:style-name="{c}" office:value-type="string"{sp}>{body}</table:table-cell>')
            r.append("</table:table-row>")
            return "".join(r)
        if header_rows:
            out.append("<table:table-header-rows>" + "".join(rowxml(r) for r in rows[:header_rows]) + "</table:table-header-rows>")
        out += [rowxml(r) for r in rows[header_rows:]]
        out.append("</table:table>")
        self.body.append("".join(out))

    def xml(self):
        fonts = set([self.font] + [k[5] for k in self.pstyles if k[5]])
        ff = "".join(f'<style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;"/>' for f in sorted(fonts))
        w, h = self.page
        t, r, b, l = self.margins
        footer = ""
        if self.footer:
            fs = self.ps(size=7, align="center", color="#555555")
            footer = ('<style:footer>' + "".join(
                f'<text:p text:style-name="{fs}">{escape(line)}</text:p>' for line in self.footer.split("\n")) + '</style:footer>')
        pstyles = "".join(x for _, x in self.pstyles.values())
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(self.title)}</dc:title></office:meta>
<office:font-face-decls>{ff}</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="{self.font}" fo:font-size="{self.size}pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{w}" fo:page-height="{h}" fo:margin-top="{t}" fo:margin-right="{r}" fo:margin-bottom="{b}" fo:margin-left="{l}"/>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
{pstyles}{"".join(self.auto)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{footer}</style:master-page></office:master-styles>
<office:body><office:text>{"".join(self.body)}</office:text></office:body>
</office:document>
'''

    def save(self, path):
        with open(path, "w", encoding="utf-8") as f:
            f.write(self.xml())
