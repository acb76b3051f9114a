"""Tiny helpers to write LibreOffice flat ODT (.fodt) documents."""
from xml.sax.saxutils import escape as X

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def P(text, st=None, raw=False):
    s = f' text:style-name="{st}"' if st else ""
    return f"<text:p{s}>{text if raw else X(text)}</text:p>"


def cell(text, pst=None, cst="Cell", span=1, raw=False):
    sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    out = f'<table:table-cell table:style-name="{cst}" office:value-type="string"{sp}>{P(text, pst, raw)}</table:table-cell>'
    out += "<table:covered-table-cell/>" * (span - 1)
    return out


def row(cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def table(name, style, widths, rows, header=None):
    t = [f'<table:table table:name="{name}" table:style-name="{style}">']
    t += [f'<table:table-column table:style-name="{name}.c{k}"/>' for k in range(len(widths))]
    if header:
        t.append(f"<table:table-header-rows>{header}</table:table-header-rows>")
    t += rows
    t.append("</table:table>")
    colst = "".join(f'<style:style style:name="{name}.c{k}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for k, w in enumerate(widths))
    return "".join(t), colst


def document(title, lang, country, font, size, auto_styles, header_xml, footer_xml, body, margins=("1.2cm", "1.0cm", "1.8cm", "1.6cm")):
    top, bottom, left, right = margins
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{X(title)}</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}" fo:language="{lang}" fo:country="{country}" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="{top}" fo:margin-bottom="{bottom}" fo:margin-left="{left}" fo:margin-right="{right}"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm" fo:border-bottom="0.8pt solid #123b6d" fo:padding-bottom="0.1cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm" fo:border-top="0.5pt solid #123b6d" fo:padding-top="0.1cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="RB" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="B" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="I" style:family="paragraph"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="J" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.15cm"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="6.8pt"/></style:style>
 <style:style style:name="Gap" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm"/></style:style>
 <style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.1cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#123b6d"/></style:style>
 <style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.12cm"/><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold" fo:color="#123b6d"/></style:style>
 <style:style style:name="H2PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.12cm"/><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold" fo:color="#123b6d"/></style:style>
 <style:style style:name="Logo" style:family="paragraph"><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#123b6d"/></style:style>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17.6cm" table:align="left" fo:margin-top="0.1cm"/></style:style>
 <style:style style:name="TblPB" style:family="table"><style:table-properties style:width="17.6cm" table:align="left" fo:break-before="page"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.4pt solid #8899aa"/></style:style>
 <style:style style:name="LCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:background-color="#e8eef6" fo:border="0.4pt solid #8899aa"/></style:style>
 <style:style style:name="HCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:background-color="#d3deec" fo:border="0.6pt solid #123b6d"/></style:style>
 <style:style style:name="LineCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border-bottom="0.3pt solid #bbbbbb" fo:border-top="none" fo:border-left="none" fo:border-right="none"/></style:style>
 <style:style style:name="NCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.04cm" fo:border="none"/></style:style>
 {auto_styles}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header>{header_xml}</style:header>
  <style:footer>{footer_xml}</style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
"""
