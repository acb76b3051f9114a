"""Tiny writer for flat OpenDocument text (.fodt) files, converted to PDF by LibreOffice."""
from xml.sax.saxutils import escape as _x

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


def x(s):
    return _x(str(s))


class ODT:
    def __init__(self, font="Liberation Sans", size="9pt", lang=("en", "GB")):
        self.font = font
        self.size = size
        self.lang = lang
        self.auto = []
        self.names = set()
        self.fonts = {font, "Liberation Sans", "Liberation Serif", "DejaVu Sans", "DejaVu Sans Condensed", "Liberation Mono"}

    # ---- styles
    def pstyle(self, name, size=None, bold=False, italic=False, align=None, color=None, before="0cm", after="0cm",
               break_before=None, master=None, font=None, bg=None, border=None, padding=None, keep=False, line=None,
               indent=None, tabs=None):
        if name in self.names:
            return name
        self.names.add(name)
        pp = [f'fo:margin-top="{before}"', f'fo:margin-bottom="{after}"']
        if align:
            pp.append(f'fo:text-align="{align}"')
        if break_before:
            pp.append(f'fo:break-before="{break_before}"')
        if bg:
            pp.append(f'fo:background-color="{bg}"')
        if border:
            pp.append(f'fo:border="{border}"' if not isinstance(border, dict) else " ".join(f'fo:border-{k}="{v}"' for k, v in border.items()))
        if padding:
            pp.append(f'fo:padding="{padding}"')
        if keep:
            pp.append('fo:keep-with-next="always"')
        if line:
            pp.append(f'fo:line-height="{line}"')
        if indent:
            pp.append(f'fo:margin-left="{indent}"')
        tp = []
        if size:
            tp.append(f'fo:font-size="{size}"')
        if bold:
            tp.append('fo:font-weight="bold"')
        if italic:
            tp.append('fo:font-style="italic"')
        if color:
            tp.append(f'fo:color="{color}"')
        if font:
            tp.append(f'style:font-name="{font}"')
            self.fonts.add(font)
        m = f' style:master-page-name="{master}"' if master else ""
        tabxml = ""
        if tabs:
            tabxml = "<style:tab-stops>" + "".join(
                f'<style:tab-stop style:position="{pos}" style:type="{typ}"/>' for pos, typ in tabs) + "</style:tab-stops>"
        self.auto.append(f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="Standard"{m}>'
                         f'<style:paragraph-properties {" ".join(pp)}>{tabxml}</style:paragraph-properties>'
                         f'<style:text-properties {" ".join(tp)}/></style:style>')
        return name

    def tstyle(self, name, size=None, bold=False, color=None, italic=False, font=None):
        if name in self.names:
            return name
        self.names.add(name)
        tp = []
        if size:
            tp.append(f'fo:font-size="{size}"')
        if bold:
            tp.append('fo:font-weight="bold"')
        if italic:
            tp.append('fo:font-style="italic"')
        if color:
            tp.append(f'fo:color="{color}"')
        if font:
            tp.append(f'style:font-name="{font}"')
            self.fonts.add(font)
        self.auto.append(f'<style:style style:name="{name}" style:family="text"><style:text-properties {" ".join(tp)}/></style:style>')
        return name

    def table_style(self, name, width, align="left", break_before=None, master=None, margin_top="0cm", margin_bottom="0cm"):
        self.names.add(name)
        bb = f' fo:break-before="{break_before}"' if break_before else ""
        m = f' style:master-page-name="{master}"' if master else ""
        self.auto.append(f'<style:style style:name="{name}" style:family="table"{m}><style:table-properties style:width="{width}" '
                         f'table:align="{align}" fo:margin-top="{margin_top}" fo:margin-bottom="{margin_bottom}"{bb}/></style:style>')
        return name

    def col_style(self, name, width):
        self.names.add(name)
        self.auto.append(f'<style:style style:name="{name}" style:family="table-column"><style:table-column-properties style:column-width="{width}"/></style:style>')
        return name

    def cell_style(self, name, border=None, bg=None, padding="0.06cm", valign="top", borders=None):
        if name in self.names:
            return name
        self.names.add(name)
        pp = [f'fo:padding="{padding}"', f'style:vertical-align="{valign}"']
        if border:
            pp.append(f'fo:border="{border}"')
        if borders:
            for k, v in borders.items():
                pp.append(f'fo:border-{k}="{v}"')
        if not border and not borders:
            pp.append('fo:border="none"')
        if bg:
            pp.append(f'fo:background-color="{bg}"')
        self.auto.append(f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties {" ".join(pp)}/></style:style>')
        return name

    # ---- content helpers
    @staticmethod
    def p(text, style="Standard", raw=False):
        body = text if raw else x(text).replace("\n", "<text:line-break/>").replace("\t", "<text:tab/>")
        return f'<text:p text:style-name="{style}">{body}</text:p>'

    @staticmethod
    def span(text, style):
        return f'<text:span text:style-name="{style}">{x(text)}</text:span>'

    @staticmethod
    def table(name, tstyle, cols, rows, header_rows=()):
        """cols: list of column style names; rows: list of lists of (cell_style, content_xml, span) tuples"""
        out = [f'<table:table table:name="{name}" table:style-name="{tstyle}">']
        for c in cols:
            out.append(f'<table:table-column table:style-name="{c}"/>')

        def row(r):
            s = ["<table:table-row>"]
            for cell in r:
                cs, content = cell[0], cell[1]
                spanc = cell[2] if len(cell) > 2 else 1
                a = f' table:number-columns-spanned="{spanc}"' if spanc > 1 else ""
                s.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string"{a}>{content}</table:table-cell>')
                for _ in range(spanc - 1):
                    s.append("<table:covered-table-cell/>")
            s.append("</table:table-row>")
            return "".join(s)
        if header_rows:
            out.append("<table:table-header-rows>" + "".join(row(r) for r in header_rows) + "</table:table-header-rows>")
        for r in rows:
            out.append(row(r))
        out.append("</table:table>")
        return "".join(out)

    def write(self, path, body, page=None, header=None, footer=None, first_header=None, first_footer=None,
              title="", meta_date="2025-04-01T09:00:00"):
        page = page or {}
        w = page.get("width", "21cm")
        hgt = page.get("height", "29.7cm")
        mt, mb, ml, mr = page.get("margins", ("1.2cm", "1.0cm", "1.8cm", "1.5cm"))
        orient = "landscape" if float(w[:-2]) > float(hgt[:-2]) else "portrait"
        fonts = "".join(f'<style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;" style:font-pitch="variable"/>' for f in sorted(self.fonts))
        hf = ('<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.35cm"/></style:header-style>'
              '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.3cm"/></style:footer-style>')
        pl = (f'<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{w}" fo:page-height="{hgt}" '
              f'style:print-orientation="{orient}" fo:margin-top="{mt}" fo:margin-bottom="{mb}" fo:margin-left="{ml}" fo:margin-right="{mr}"/>{hf}</style:page-layout>')
        masters = []
        if first_header is not None or first_footer is not None:
            masters.append(f'<style:master-page style:name="First" style:page-layout-name="pm1" style:next-style-name="Standard">'
                           + (f"<style:header>{first_header}</style:header>" if first_header else "")
                           + (f"<style:footer>{first_footer}</style:footer>" if first_footer else "")
                           + "</style:master-page>")
        masters.append('<style:master-page style:name="Standard" style:page-layout-name="pm1">'
                       + (f"<style:header>{header}</style:header>" if header else "")
                       + (f"<style:footer>{footer}</style:footer>" if footer else "")
                       + "</style:master-page>")
        lang, country = self.lang
        doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{x(title)}</dc:title><meta:creation-date>{meta_date}</meta:creation-date><dc:date>{meta_date}</dc:date></office:meta>
<office:font-face-decls>{fonts}</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/>
<style:text-properties style:font-name="{self.font}" fo:font-size="{self.size}" fo:language="{lang}" fo:country="{country}" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Table" style:family="paragraph" style:parent-style-name="Standard"/>
</office:styles>
<office:automatic-styles>{pl}{"".join(self.auto)}</office:automatic-styles>
<office:master-styles>{"".join(masters)}</office:master-styles>
<office:body><office:text>{body}</office:text></office:body>
</office:document>'''
        with open(path, "w", encoding="utf-8") as f:
            f.write(doc)


PAGE = '<text:page-number text:select-page="current">1</text:page-number>'
PAGES = '<text:page-count>1</text:page-count>'
