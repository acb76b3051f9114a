"""Norwegian professional association: annual membership subscription invoice (Norwegian) - ReportLab platypus, 1 page."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

out = sys.argv[1]
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
BLUE = colors.HexColor("#0b5a6b")
st = ParagraphStyle("n", fontName="DV", fontSize=9, leading=12)
sm = ParagraphStyle("s", parent=st, fontSize=7.5, leading=10, textColor=colors.HexColor("#444444"))
hd = ParagraphStyle("h", parent=st, fontName="DVB", fontSize=17, leading=21, textColor=BLUE)
h2 = ParagraphStyle("h2", parent=st, fontName="DVB", fontSize=12, leading=16)

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                        title="Faktura medlemskontingent 2025", author="Norsk Geoteknikerforbund", invariant=1)
story = []
head = Table([[Paragraph("Norsk Geoteknikerforbund", hd),
               Paragraph("Norsk Geoteknikerforbund (NGTF)<br/>Pilestredet 46, 0167 Oslo<br/>Org.nr. 971 482 737<br/>"
                         "medlem@ngtf.example · 22 55 40 18", sm)]], colWidths=[100 * mm, 70 * mm])
head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 1.5, BLUE),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
story += [head, Spacer(1, 12)]

addr = Paragraph("Ingrid Haugland Berg<br/>Tordenskiolds gate 7B<br/>7011 Trondheim", ParagraphStyle("a", parent=st, fontSize=10, leading=13.5))
meta = Table([["Fakturanr.", "2025-10482"], ["Fakturadato", "05.01.2025"], ["Forfallsdato", "05.02.2025"],
              ["Medlemsnr.", "30418"], ["Medlemskategori", "Ordinært medlem"]], colWidths=[32 * mm, 36 * mm])
meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9), ("FONT", (1, 0), (1, -1), "DVB", 9),
                          ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey), ("TOPPADDING", (0, 0), (-1, -1), 2),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
top = Table([[addr, meta]], colWidths=[100 * mm, 70 * mm])
top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [top, Spacer(1, 16), Paragraph("FAKTURA – medlemskontingent 2025", h2), Spacer(1, 4),
          Paragraph("Kontingenten gjelder kalenderåret 2025 og er vedtatt av landsmøtet 2024. Medlemskapet omfatter "
                    "tidsskriftet <i>Geoteknisk Forum</i>, rabatt på kurs og konferanser og tilgang til forbundets juridiske rådgivning.", st),
          Spacer(1, 10)]

rows = [["Beskrivelse", "Periode", "Beløp (kr)"],
        ["Kontingent ordinært medlem", "01.01.2025–31.12.2025", "4 250,00"],
        ["Kollektiv reise- og yrkesskadeforsikring (frivillig)", "01.01.2025–31.12.2025", "640,00"],
        ["Faggruppe geoteknikk og fundamentering", "01.01.2025–31.12.2025", "350,00"],
        ["Tidsskriftet Geoteknisk Forum (inkludert)", "", "0,00"],
        ["", "Totalt å betale", "kr 5 240,00"]]
t = Table(rows, colWidths=[90 * mm, 48 * mm, 32 * mm])
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "DV", 9), ("FONT", (0, 0), (-1, 0), "DVB", 9),
    ("BACKGROUND", (0, 0), (-1, 0), BLUE), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
    ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.grey),
    ("FONT", (1, -1), (-1, -1), "DVB", 10), ("LINEABOVE", (1, -1), (-1, -1), 1.2, colors.black),
    ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
story += [t, Spacer(1, 8),
          Paragraph("Kontingent til arbeidstakerorganisasjoner er fradragsberettiget (inntil kr 8 250 for inntektsåret 2025) "
                    "og innrapporteres til Skatteetaten av forbundet. Forsikringspremien er ikke fradragsberettiget. "
                    "Medlemskontingent er ikke merverdiavgiftspliktig.", sm), Spacer(1, 14)]

pay = Table([["Betalingsinformasjon", ""],
             ["Kontonummer", "1503.38.29172"],
             ["KID", "2510482736"],
             ["Beløp", "kr 5 240,00"],
             ["Forfallsdato", "05.02.2025"]], colWidths=[45 * mm, 70 * mm])
pay.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9.5), ("FONT", (1, 1), (1, -1), "DVB", 10),
                         ("SPAN", (0, 0), (1, 0)), ("FONT", (0, 0), (0, 0), "DVB", 10),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dceff2")),
                         ("BOX", (0, 0), (-1, -1), 1, BLUE), ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
story += [pay, Spacer(1, 10),
          Paragraph("Husk å oppgi KID ved betaling. Du kan også betale med AvtaleGiro eller eFaktura – aktiver i nettbanken. "
                    "Ved betaling etter forfall beregnes forsinkelsesrente etter forsinkelsesrenteloven og purregebyr kr 35,00. "
                    "Medlemmer som ikke har betalt kontingent innen 1. mai, mister forsikringsdekningen.", sm),
          Spacer(1, 6),
          Paragraph("Endringer i arbeidsforhold eller inntekt (redusert kontingent for studenter, pensjonister og "
                    "medlemmer i foreldrepermisjon) meldes via Min side på ngtf.example.", sm)]
doc.build(story)
