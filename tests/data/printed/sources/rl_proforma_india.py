# Indian exporter's proforma invoice in USD, reportlab platypus (ruled rows, no full grid)
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rl_proforma_india.pdf")
n = ParagraphStyle("n", fontName="DV", fontSize=8, leading=10)
b = ParagraphStyle("b", parent=n, fontName="DVB")
def P(t, st=n): return Paragraph(t, st)

items = [
    ("1", "5702.42", "Hand-tufted wool rug 160 x 230 cm, design KH-218 'Indigo Lattice'", 120, "PCS", 68.50),
    ("2", "5702.42", "Hand-tufted wool rug 200 x 300 cm, design KH-218 'Indigo Lattice'", 60, "PCS", 112.75),
    ("3", "5705.00", "Cotton flat-weave dhurrie 120 x 180 cm, stonewashed, assorted 4 colours", 300, "PCS", 14.35),
    ("4", "6304.92", "Cotton cushion cover 45 x 45 cm, block print, w/o filler", 1150, "PCS", 2.38),
    ("5", "5705.00", "Jute/cotton braided round rug dia 150 cm", 150, "PCS", 21.85),
]
rows = [["S.No.", "HS Code", "Description of Goods", "Qty", "Unit", "Rate (USD)", "Amount (USD)"]]
total = 0.0
for sn, hs, d, q, u, r in items:
    a = round(q * r, 2); total += a
    rows.append([sn, hs, P(d), f"{q:,}", u, f"{r:,.2f}", f"{a:,.2f}"])
total = round(total, 2)
adv = round(total * 0.30, 2)
print("total", total, "advance", adv)

def words(n):
    ones = "Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen".split()
    tens = "_ _ Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety".split()
    def w(n):
        if n < 20: return ones[n]
        if n < 100: return tens[n // 10] + ("" if n % 10 == 0 else " " + ones[n % 10])
        if n < 1000: return ones[n // 100] + " Hundred" + ("" if n % 100 == 0 else " and " + w(n % 100))
        return w(n // 1000) + " Thousand" + ("" if n % 1000 == 0 else " " + w(n % 1000))
    d, c = int(n), round((n - int(n)) * 100)
    return "US Dollars " + w(d) + (f" and Cents {w(c)}" if c else "") + " Only"

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=14*mm, rightMargin=14*mm, topMargin=12*mm, bottomMargin=12*mm,
                        title="Proforma Invoice KHE/PI/24-25/093")
S = []
S.append(P("<para align=center><font name=DVB size=15>PROFORMA INVOICE</font></para>"))
S.append(Spacer(1, 4*mm))
box = [[P("<b>Exporter</b><br/><font name=DVB size=10>Kavya Handloom Exports Pvt. Ltd.</font><br/>Plot 41, Sector 29, Part-II, HUDA Industrial Area<br/>"
          "Panipat - 132103, Haryana, India<br/>Tel: +91 180 266 4172 | exports@kavyahandloom.in<br/>"
          "IEC: 0512004417 | GSTIN: 06AAECK4417M1Z8<br/>CIN: U17299HR2012PTC047118", n),
        P("<b>Proforma Invoice No.:</b> KHE/PI/24-25/093<br/><b>Date:</b> 21.08.2024<br/><br/>"
          "<b>Buyer's Order No.:</b> OH-PO-77415 dt. 12.08.2024<br/><b>Exporter's Ref.:</b> ENQ/2024/0417<br/>"
          "<b>Validity of offer:</b> 20.09.2024", n)],
       [P("<b>Consignee / Buyer</b><br/>Oak &amp; Hearth Interiors LLC<br/>2150 W Carroll Ave, Unit 3<br/>Chicago, IL 60612, USA<br/>"
          "Contact: Ms. Renee Castillo, +1 312 555 0176", n),
        P("<b>Country of Origin:</b> India<br/><b>Country of Final Destination:</b> USA<br/><b>Port of Loading:</b> Nhava Sheva (JNPT), India<br/>"
          "<b>Port of Discharge:</b> Chicago via New York<br/><b>Incoterms 2020:</b> FOB Nhava Sheva<br/>"
          "<b>Mode of shipment:</b> Sea, 1 x 20' FCL<br/><b>Estimated shipment date:</b> 15.10.2024", n)]]
t = Table(box, colWidths=[95*mm, 87*mm])
t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
S += [t, Spacer(1, 4*mm)]
rows.append(["", "", P("<b>Total FOB Value</b>", n), f"{sum(q for *_, q, u, r in items):,}", "PCS", "", f"{total:,.2f}"])
it = Table(rows, colWidths=[11*mm, 17*mm, 80*mm, 16*mm, 11*mm, 20*mm, 27*mm], repeatRows=1)
it.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "DVB", 8), ("FONT", (0, 1), (-1, -1), "DV", 8),
                        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                        ("FONT", (0, -1), (-1, -1), "DVB", 8.5),
                        ("ALIGN", (3, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f1e7d0"))]))
S += [it, Spacer(1, 3*mm)]
S.append(P(f"<b>Amount chargeable (in words):</b> {words(total)}"))
S.append(Spacer(1, 4*mm))
terms = ("<b>Payment terms:</b> 30% advance (USD {adv:,.2f}) by T/T on confirmation of this proforma; balance 70% against scanned copy of "
         "Bill of Lading, before release of original documents.<br/>"
         "<b>Packing:</b> Each rug rolled in polybag, 4 pcs per HDPE bale; cushion covers 50 pcs per carton.<br/>"
         "<b>Shipment:</b> within 45 days from receipt of advance. Partial shipment: not allowed. Transhipment: allowed.<br/>"
         "<b>Insurance:</b> to be covered by the buyer. Export under LUT (ARN AD0607240011183), without payment of IGST.<br/>"
         "<b>Quantity tolerance:</b> +/- 5%. Colour variation within approved strike-off is not a defect for handmade goods.").format(adv=adv)
S.append(P(terms))
S.append(Spacer(1, 4*mm))
bank = Table([[P("<b>Beneficiary bank details (for T/T remittance)</b><br/>Beneficiary: Kavya Handloom Exports Pvt. Ltd.<br/>"
                 "Bank: State Bank of India, Overseas Branch, Panipat<br/>Current A/c No.: 38871245530<br/>SWIFT: SBININBB412 | IFSC: SBIN0004412<br/>"
                 "Intermediary: Citibank N.A., New York, SWIFT CITIUS33", n),
               P("For <b>Kavya Handloom Exports Pvt. Ltd.</b><br/><br/><br/><br/>Authorised Signatory<br/>(Anil Mehta, Director)", n)]],
             colWidths=[110*mm, 72*mm])
bank.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black),
                          ("VALIGN", (0, 0), (-1, -1), "TOP")]))
S += [bank, Spacer(1, 3*mm)]
S.append(P("<i>This is a proforma invoice issued for the purpose of opening the advance remittance and is not a demand for "
           "payment of tax. Final commercial invoice will follow with the shipment. Subject to Panipat jurisdiction.</i>",
           ParagraphStyle("i", parent=n, fontSize=7)))
doc.build(S)
