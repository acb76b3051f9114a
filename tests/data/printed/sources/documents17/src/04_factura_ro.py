"""Renders 04_factura_ro.pdf with fpdf2 from 04_factura_ro.json.  usage: python3 04_factura_ro.py OUT.pdf"""
import json, os, sys, datetime
from decimal import Decimal
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
data = json.load(open(os.path.join(HERE, "04_factura_ro.json"), encoding="utf-8"))
FONT = "/usr/share/fonts/truetype/dejavu/"


def ro(x):
    s = f"{Decimal(x):,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def rq(x):
    d = Decimal(x)
    if d == d.to_integral():
        return str(int(d))
    return str(d.normalize()).replace(".", ",")


class Inv(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(95, 5, "TRANSILVANIA DISTRIBUȚIE MATERIALE SRL")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Factura TDM0045812 din 22.04.2025 — pagina {self.page_no()}/{{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(12, self.get_y() + 1, 198, self.get_y() + 1)
        self.ln(3)

    def footer(self):
        self.set_y(-16)
        self.set_font("DejaVu", "", 6.5)
        self.multi_cell(0, 3.2, "Transilvania Distribuție Materiale SRL · CIF RO31457220 · J12/2841/2013 · Str. Fabricii nr. 27, 400632 Cluj-Napoca · "
                        "tel. 0264 455 120 · facturare@tdm-cluj.ro\nFactura circulă fără semnătură și ștampilă conform art. 319 alin. (29) din Legea nr. 227/2015 privind Codul fiscal. "
                        "Factura a fost transmisă în sistemul național RO e-Factura.", align="C")


pdf = Inv(format="A4")
pdf.set_creation_date(datetime.datetime(2025, 4, 22, 9, 14, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Factura TDM0045812")
pdf.set_author("Transilvania Distributie Materiale SRL")
pdf.set_creator("FacturaPro 4.1")
pdf.set_producer("py-pdf/fpdf2 2.8.9")
pdf.add_font("DejaVu", "", FONT + "DejaVuSansCondensed.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSansCondensed-Bold.ttf")
pdf.set_margins(12, 10, 12)
pdf.set_auto_page_break(False)
W = [10, 84, 14, 16, 22, 22, 18]  # 186


def thead():
    pdf.set_font("DejaVu", "B", 7)
    pdf.set_fill_color(230, 230, 230)
    heads = ["Nr. crt.", "Denumirea produselor sau a serviciilor", "U.M.", "Cant.", "Preț unitar (fără TVA) -lei-", "Valoarea -lei-", "Valoarea TVA -lei-"]
    y = pdf.get_y()
    x = 12
    for w, h in zip(W, heads):
        pdf.set_xy(x, y)
        pdf.multi_cell(w, 3.6, h, border=0, align="C", fill=True)
        pdf.rect(x, y, w, 10.8)
        x += w
    pdf.set_xy(12, y + 10.8)
    pdf.set_font("DejaVu", "", 6.5)
    for w, h in zip(W, ["0", "1", "2", "3", "4", "5 (3x4)", "6"]):
        pdf.cell(w, 3.5, h, border=1, align="C")
    pdf.ln()


def carry(label, v, t):
    pdf.set_font("DejaVu", "B", 7.5)
    pdf.cell(sum(W[:5]), 5, label, border=1, align="R")
    pdf.cell(W[5], 5, ro(v), border=1, align="R")
    pdf.cell(W[6], 5, ro(t), border=1, align="R", new_x="LMARGIN", new_y="NEXT")


items = data["items"]
k = 0
run_v = Decimal(0)
run_t = Decimal(0)
npages = len(data["pages"])
for p, n in enumerate(data["pages"], 1):
    pdf.add_page()
    if p == 1:
        pdf.set_font("DejaVu", "", 7.5)
        y0 = pdf.get_y()
        furn = ("Furnizor: TRANSILVANIA DISTRIBUȚIE MATERIALE SRL\nNr. ord. reg. com.: J12/2841/2013\nCIF: RO31457220\n"
                "Sediul: Str. Fabricii nr. 27, 400632 Cluj-Napoca, jud. Cluj\nCapital social: 45.000 lei\n"
                f"Cont: {data['iban_f']}\nBanca: Banca Transilvania, sucursala Cluj")
        pdf.set_xy(12, y0); pdf.multi_cell(70, 3.6, furn)
        pdf.set_xy(84, y0)
        pdf.set_font("DejaVu", "B", 16); pdf.cell(42, 8, "FACTURĂ", align="C", new_x="LEFT", new_y="NEXT")
        pdf.set_font("DejaVu", "", 7.5)
        pdf.multi_cell(42, 3.8, "Nr. factură: TDM0045812\nData emiterii: 22.04.2025\nData scadenței: 22.05.2025\nCota TVA: 19%\nMonedă: RON", border=1, align="L")
        cump = ("Cumpărător: CONSTRUCT SOMEȘ GRUP SRL\nNr. ord. reg. com.: J12/1187/2019\nCIF: RO40218736\n"
                "Sediul: Str. Oașului nr. 112, 400347 Cluj-Napoca, jud. Cluj\n"
                f"Cont: {data['iban_c']}\nBanca: ING Bank N.V. Amsterdam - Sucursala București\nCod client: CL-0872")
        pdf.set_xy(130, y0); pdf.multi_cell(68, 3.6, cump)
        pdf.set_xy(12, y0 + 32)
        pdf.multi_cell(0, 3.8, "Aviz de însoțire a mărfii nr. 8812 din 18.04.2025 · Comanda nr. CMD-2291 din 15.04.2025 · "
                       "Punct de livrare: șantier Ansamblul rezidențial Grădinile Someșului, Str. Bună Ziua nr. 48, Cluj-Napoca\n"
                       "Termen de plată: 30 de zile de la data emiterii. Penalități de întârziere: 0,1% pe zi din suma neachitată.", align="L")
        pdf.ln(2)
    thead()
    if p > 1:
        carry("Report din pagina anterioară", run_v, run_t)
    pdf.set_font("DejaVu", "", 7.5)
    for it in items[k:k + n]:
        k += 1
        name, um, q, pu, val, tva = it
        vals = [str(k), name, um, rq(q), ro(pu), ro(val), ro(tva)]
        for j, (w, v) in enumerate(zip(W, vals)):
            pdf.cell(w, 5.2, v, border="LR", align="L" if j == 1 else ("C" if j in (0, 2) else "R"))
        pdf.ln()
        run_v += Decimal(val); run_t += Decimal(tva)
    pdf.line(12, pdf.get_y(), 198, pdf.get_y())
    if p < npages:
        carry("De reportat", run_v, run_t)
    else:
        pdf.ln(1)
        y = pdf.get_y()
        pdf.set_font("DejaVu", "", 7)
        pdf.rect(12, y, 40, 34)
        pdf.set_xy(13, y + 1); pdf.multi_cell(38, 3.4, "Semnătura și ștampila furnizorului")
        pdf.rect(52, y, 76, 34)
        pdf.set_xy(53, y + 1)
        pdf.multi_cell(74, 3.4, "Date privind expediția:\nNumele delegatului: Pop Ioan-Vasile\nC.I. seria CJ nr. 512233\n"
                       "Mijlocul de transport: auto nr. CJ-08-TDM\nExpedierea s-a efectuat în prezența noastră la data de 18.04.2025 ora 10:30\nSemnăturile:")
        pdf.set_xy(128, y)
        pdf.set_font("DejaVu", "B", 8)
        pdf.cell(30, 8, "Total", border=1, align="C")
        pdf.cell(0, 8, "", border=1, new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(128, y)
        pdf.cell(30, 8, "", border=0)
        pdf.cell(22, 8, ro(data["subtotal"]), border=1, align="R")
        pdf.cell(18, 8, ro(data["vat"]), border=1, align="R")
        pdf.set_xy(128, y + 8)
        pdf.set_font("DejaVu", "", 7)
        pdf.multi_cell(70, 3.6, "Semnătura de primire", border="LR")
        pdf.set_xy(128, y + 20)
        pdf.set_font("DejaVu", "B", 8)
        pdf.multi_cell(70, 4.5, f"Total de plată (col. 5 + col. 6)\n{ro(data['total'])} lei", border=1, align="C")
        pdf.set_xy(12, y + 37)
        pdf.set_font("DejaVu", "", 7.5)
        pdf.multi_cell(0, 3.8, f"Vă rugăm să efectuați plata în contul {data['iban_f']} deschis la Banca Transilvania, menționând numărul facturii. "
                       "Sold clienți la data facturii (exclusiv prezenta factură): 12.406,18 lei, din care restant 0,00 lei. "
                       "Marfa rămâne proprietatea furnizorului până la achitarea integrală a contravalorii.")
pdf.output(sys.argv[1])
