"""Tiny helper used once to write the .fodt sources in src/ (not run by build.sh)."""
from xml.sax.saxutils import escape as E
HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="'{font}'" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:color="#222222"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}" fo:margin-top="{mt}" fo:margin-bottom="0.8cm" fo:margin-left="{ml}" fo:margin-right="{ml}"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
<style:style style:name="P" style:family="paragraph"/>
<style:style style:name="PB" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="PR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="PRB" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="PRBIG" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PH1" style:family="paragraph"><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="{accent}"/></style:style>
<style:style style:name="PH1R" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="{accent}"/></style:style>
<style:style style:name="PH2" style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PS" style:family="paragraph"><style:text-properties fo:font-size="7pt" fo:color="#666666"/></style:style>
<style:style style:name="PC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7pt" fo:color="#666666"/></style:style>
<style:style style:name="PG" style:family="paragraph"><style:text-properties fo:color="#777777" fo:font-size="7.5pt"/></style:style>
<style:style style:name="PW" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="PWR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="SP" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm"/></style:style>
<style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="none"/></style:style>
<style:style style:name="CB" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none" fo:border-bottom="0.5pt solid #cccccc"/></style:style>
<style:style style:name="CT" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none" fo:border-top="1pt solid #222222"/></style:style>
<style:style style:name="CH" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:background-color="{accent}" fo:border="none"/></style:style>
<style:style style:name="CG" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:background-color="#f0f0f0" fo:border="none"/></style:style>
{tables}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>{footer}</style:footer></style:master-page></office:master-styles>
<office:body><office:text>
'''
TAIL = '</office:text></office:body></office:document>\n'
class Doc:
    def __init__(s, title, font='DejaVu Sans', size=8.5, pw='21cm', ph='29.7cm', mt='1.5cm', ml='1.7cm', accent='#333333', width_cm=17.6):
        s.o = dict(title=E(title), font=font, size=size, pw=pw, ph=ph, mt=mt, ml=ml, accent=accent)
        s.body = []; s.tstyles = []; s.n = 0; s.width = width_cm; s.footer = ''
    def p(s, text, st='P'):
        s.body.append(f'<text:p text:style-name="{st}">{text}</text:p>')
    def lines(s, ls, st='P'):
        for l in ls: s.p(E(l) if not l.startswith('<') else l, st)
    def table(s, cols, rows):
        """cols: widths in cm; rows: list of list of cells; cell = (text_or_list, pstyle, cstyle[, span])"""
        s.n += 1; tn = f'T{s.n}'; tot = sum(cols)
        st = [f'<style:style style:name="{tn}" style:family="table"><style:table-properties style:width="{tot}cm" table:align="left"/></style:style>']
        for i, w in enumerate(cols):
            st.append(f'<style:style style:name="{tn}.{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
        s.tstyles += st
        x = [f'<table:table table:name="{tn}" table:style-name="{tn}">']
        for i in range(len(cols)): x.append(f'<table:table-column table:style-name="{tn}.{i}"/>')
        for r in rows:
            x.append('<table:table-row>')
            for c in r:
                txt, ps, cs = c[0], c[1], c[2]; span = c[3] if len(c) > 3 else 1
                if isinstance(txt, str): txt = [txt]
                sp = f' table:number-columns-spanned="{span}"' if span > 1 else ''
                x.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string"{sp}>' + ''.join(f'<text:p text:style-name="{ps}">{E(t)}</text:p>' for t in txt) + '</table:table-cell>')
                for _ in range(span - 1): x.append('<table:covered-table-cell/>')
            x.append('</table:table-row>')
        x.append('</table:table>')
        s.body.append(''.join(x))
    def save(s, path):
        head = HEAD.format(tables='\n'.join(s.tstyles), footer=s.footer, **s.o)
        open(path, 'w', encoding='utf-8').write(head + '\n'.join(s.body) + TAIL)
