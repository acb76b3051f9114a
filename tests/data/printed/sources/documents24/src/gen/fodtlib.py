from xml.sax.saxutils import escape as esc
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
 'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
 'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
 'xmlns:dc="http://purl.org/dc/elements/1.1/" '
 'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" ')
class Doc:
    def __init__(self, font="Liberation Sans", size="9pt", page=("21cm","29.7cm"), margins=("1.5cm","1.8cm","1.2cm","1.8cm"), title=""):
        self.font, self.size, self.page, self.margins, self.title = font, size, page, margins, title
        self.pstyles = {}; self.tstyles = []; self.cstyles = {}; self.body = []; self.header = ""; self.footer = ""; self.ntab = 0
    def ps(self, name, size=None, bold=False, align=None, color=None, before="0cm", after="0cm", font=None, italic=False, bg=None, breakb=False, keep=False):
        a = [f'fo:margin-top="{before}" fo:margin-bottom="{after}"']
        if align: a.append(f'fo:text-align="{align}"')
        if bg: a.append(f'fo:background-color="{bg}"')
        if breakb: a.append('fo:break-before="page"')
        if keep: a.append('fo:keep-with-next="always"')
        t = []
        if size: t.append(f'fo:font-size="{size}"')
        if bold: t.append('fo:font-weight="bold"')
        if italic: t.append('fo:font-style="italic"')
        if color: t.append(f'fo:color="{color}"')
        if font: t.append(f'style:font-name="{font}"')
        self.pstyles[name] = f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties {" ".join(a)}/><style:text-properties {" ".join(t)}/></style:style>'
    def cs(self, name, bg=None, border=None, bt=None, bb=None, bl=None, br=None, pad="0.08cm", valign="top"):
        a = [f'fo:padding="{pad}"', f'style:vertical-align="{valign}"']
        if bg: a.append(f'fo:background-color="{bg}"')
        if border: a.append(f'fo:border="{border}"')
        else:
            for k, v in (("top", bt), ("bottom", bb), ("left", bl), ("right", br)):
                a.append(f'fo:border-{k}="{v or "none"}"')
        self.cstyles[name] = f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties {" ".join(a)}/></style:style>'
    def p(self, text, style="Standard", raw=False):
        t = text if raw else esc(text)
        self.body.append(f'<text:p text:style-name="{style}">{t}</text:p>')
    def para(self, text, style="Standard", raw=False):
        t = text if raw else esc(text)
        return f'<text:p text:style-name="{style}">{t}</text:p>'
    def table(self, widths, rows, header_rows=0, align="left", width=None, target=None, nobreak=False):
        self.ntab += 1; tn = f"T{self.ntab}"
        tw = width or f"{sum(widths):.2f}cm"
        nb = ' style:may-break-between-rows="false"' if nobreak else ''
        self.tstyles.append(f'<style:style style:name="{tn}" style:family="table"><style:table-properties style:width="{tw}" table:align="{align}" fo:margin-top="0cm" fo:margin-bottom="0cm"{nb}/></style:style>')
        for i, w in enumerate(widths):
            self.tstyles.append(f'<style:style style:name="{tn}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
        out = [f'<table:table table:name="{tn}" table:style-name="{tn}">']
        for i in range(len(widths)): out.append(f'<table:table-column table:style-name="{tn}.C{i}"/>')
        def row(r):
            s = ['<table:table-row>']
            for c in r:
                if c is None: s.append('<table:covered-table-cell/>'); continue
                if isinstance(c, str): c = {"t": c}
                sty = c.get("cs", "CellPlain"); span = c.get("span", 1)
                pst = c.get("ps", "Standard")
                lines = c["t"] if isinstance(c["t"], list) else [c["t"]]
                sp = f' table:number-columns-spanned="{span}"' if span > 1 else ''
                s.append(f'<table:table-cell table:style-name="{sty}" office:value-type="string"{sp}>' + "".join(
                    (l if l.startswith("<") else f'<text:p text:style-name="{pst}">{esc(l)}</text:p>') for l in lines) + '</table:table-cell>')
                for _ in range(span - 1): s.append('<table:covered-table-cell/>')
            s.append('</table:table-row>'); return "".join(s)
        if header_rows:
            out.append('<table:table-header-rows>' + "".join(row(r) for r in rows[:header_rows]) + '</table:table-header-rows>')
        out += [row(r) for r in rows[header_rows:]]
        out.append('</table:table>')
        x = "".join(out)
        if target is None: self.body.append(x)
        return x
    def render(self):
        pw, ph = self.page; mt, mr, mb, ml = self.margins
        hdr = f'<style:header>{self.header}</style:header>' if self.header else ''
        ftr = f'<style:footer>{self.footer}</style:footer>' if self.footer else ''
        hs = '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.3cm"/></style:header-style>' if self.header else '<style:header-style/>'
        fs = '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.3cm"/></style:footer-style>' if self.footer else '<style:footer-style/>'
        self.cs("CellPlain")
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{esc(self.title)}</dc:title></office:meta>
<office:font-face-decls>
<style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
<style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
<style:font-face style:name="DejaVu Sans Condensed" svg:font-family="'DejaVu Sans Condensed'" style:font-family-generic="swiss"/>
<style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
<style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="{self.font}" fo:font-size="{self.size}" fo:language="en" fo:country="GB" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="118%"/><style:text-properties style:font-name="{self.font}" fo:font-size="{self.size}"/></style:style>
</office:styles>
<office:automatic-styles>
{"".join(self.pstyles.values())}
{"".join(self.tstyles)}
{"".join(self.cstyles.values())}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}" fo:margin-top="{mt}" fo:margin-right="{mr}" fo:margin-bottom="{mb}" fo:margin-left="{ml}" style:print-orientation="portrait"/>{hs}{fs}</style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{hdr}{ftr}</style:master-page></office:master-styles>
<office:body><office:text>
{"".join(self.body)}
</office:text></office:body></office:document>'''
    def save(self, path):
        open(path, "w", encoding="utf-8").write(self.render())

def image_para(b64, w_cm, h_cm, style="Standard", name="img1"):
    return (f'<text:p text:style-name="{style}"><draw:frame draw:name="{name}" text:anchor-type="as-char" svg:width="{w_cm}cm" svg:height="{h_cm}cm">'
            f'<draw:image><office:binary-data>{b64}</office:binary-data></draw:image></draw:frame></text:p>')
