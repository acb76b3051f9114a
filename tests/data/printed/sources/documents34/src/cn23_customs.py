# CN 23 customs declaration for a parcel to Japan, completed by the sender (fpdf2)
import sys, datetime
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation2/"
pdf = FPDF(unit="mm", format="A4")
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf"); pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.add_font("LM", "", F + "LiberationMono-Regular.ttf")
pdf.set_title("CN23 CP418093275GB"); pdf.set_creator("Click & Drop customs print")
pdf.set_creation_date(datetime.datetime(2025, 3, 11, 10, 4, tzinfo=datetime.timezone.utc))
pdf.set_auto_page_break(False); pdf.add_page()

def box(x, y, w, h, label, value="", vsize=9, align="L", lsize=6):
    pdf.rect(x, y, w, h)
    pdf.set_font("LS", "", lsize); pdf.set_xy(x + 0.8, y + 0.6); pdf.multi_cell(w - 1.6, 2.6, label, align="L")
    if value:
        lines = value.split("\n")
        yy = y + h - 1.2 - 4 * len(lines)
        pdf.set_font("LM", "", vsize)
        for ln in lines:
            pdf.set_xy(x + 1.2, yy); pdf.cell(w - 2.4, 4, ln, align=align); yy += 4
def chk(x, y, on):
    pdf.rect(x, y, 3, 3)
    if on:
        pdf.set_font("LS", "B", 8); pdf.set_xy(x - 0.2, y - 0.5); pdf.cell(3.4, 4, "X", align="C")

X, W = 12, 186
# header
pdf.set_font("LS", "B", 13); pdf.set_xy(X + 2, 14); pdf.cell(90, 6, "CUSTOMS DECLARATION")
pdf.set_font("LS", "", 7); pdf.set_xy(X + 2, 20); pdf.multi_cell(88, 3, "DÉCLARATION EN DOUANE\nMay be opened officially / Peut être ouvert d'office", align="L")
pdf.set_font("LS", "B", 16); pdf.set_xy(X + 92, 13.5); pdf.cell(22, 8, "CN 23")
pdf.set_font("LS", "", 6.5); pdf.set_xy(X + 92, 21); pdf.cell(22, 3, "Designated operator")
pdf.set_font("LS", "B", 8); pdf.set_xy(X + 92, 24); pdf.cell(30, 3, "ROYAL MAIL")
# fake barcode
import random
random.seed(418093275)
bx = X + 128
for i in range(52):
    w = random.choice([0.25, 0.25, 0.5, 0.75])
    pdf.set_fill_color(0); pdf.rect(bx, 14, w, 10, "F"); bx += w + random.choice([0.25, 0.5])
pdf.set_font("LM", "", 9); pdf.set_xy(X + 128, 25); pdf.cell(56, 4, "CP418093275GB", align="C")
y = 30
# From / To blocks
box(X, y, 93, 40, "From / De\nName, business, street, postcode, city, country",
    "Beatrix Colquhoun\n14 Marchmont Crescent\nEDINBURGH EH9 1HN\nUNITED KINGDOM", vsize=9)
box(X + 93, y, 93, 20, "Sender's customs reference (if any)\nRéférence en douane de l'expéditeur (si elle existe)", "")
box(X + 93, y + 20, 93, 20, "Importer's reference (if any) (tax code/VAT no./importer code)\nRéférence de l'importateur (si elle existe)", "")
y += 40
box(X, y, 93, 40, "To / À\nName, business, street, postcode, city, country",
    "Kenji Watanabe\n3-12-7 Kichijoji-Honcho\nMusashino-shi, TOKYO 180-0004\nJAPAN", vsize=9)
box(X + 93, y, 93, 20, "Importer's telephone/fax/e-mail (if known)", "+81 422 55 0187\nk.watanabe.musashino@mail.jp", vsize=8.5)
box(X + 93, y + 20, 93, 20, "Sender's telephone / e-mail", "+44 131 555 0166", vsize=8.5)
y += 40
# contents table
cols = [("Detailed description of contents (1)\nDescription détaillée du contenu", 70), ("Quantity (2)\nQuantité", 18), ("Net weight (in kg) (3)\nPoids net", 22),
        ("Value (5)\nValeur (GBP)", 22), ("HS tariff number (7)\nN° tarifaire du SH", 28), ("Country of origin of goods (8)\nPays d'origine", 26)]
x = X
for lab, w in cols:
    box(x, y, w, 10, lab, lsize=5.6); x += w
y += 10
items = [("Hand-knitted wool scarves", "2", "0.52", "96.00", "6117.10", "GB"),
         ("Shortbread biscuits in tin", "3", "1.10", "27.00", "1905.31", "GB"),
         ("Paperback books (novels)", "2", "0.48", "63.50", "4901.99", "GB"),
         ("", "", "", "", "", "")]
for it in items:
    x = X
    for (lab, w), v in zip(cols, it):
        pdf.rect(x, y, w, 7)
        pdf.set_font("LM", "", 8.5); pdf.set_xy(x + 1, y + 1.5)
        pdf.cell(w - 2, 4, v, align="R" if lab.startswith(("Quantity", "Net", "Value")) else "L"); x += w
    y += 7
# totals
box(X, y, 70, 11, "For commercial items only - If known, HS tariff number and country of origin of goods", "", lsize=5.6)
box(X + 70, y, 40, 11, "Total gross weight (4)\nPoids brut total", "2.35 kg", align="R")
box(X + 110, y, 22, 11, "Total value (6)\nValeur totale", "186.50", align="R")
box(X + 132, y, 54, 11, "Postal charges/Fees (9)\nFrais de port/Frais", "GBP 41.85", align="R")
y += 11
# category
pdf.rect(X, y, W, 17)
pdf.set_font("LS", "", 6); pdf.set_xy(X + 1, y + 0.8); pdf.cell(100, 3, "Category of item (10) / Catégorie de l'envoi")
cats = [("Commercial sample", False), ("Gift", True), ("Returned goods", False), ("Documents", False), ("Sale of goods", False), ("Other", False)]
cx = X + 3
for nm, on in cats:
    chk(cx, y + 5, on); pdf.set_font("LS", "", 7.5); pdf.set_xy(cx + 4, y + 4.6); pdf.cell(26, 4, nm); cx += 30
pdf.set_font("LS", "", 6); pdf.set_xy(X + 1, y + 10); pdf.cell(40, 3, "Explanation / Explication:")
pdf.set_font("LM", "", 8.5); pdf.set_xy(X + 30, y + 10.5); pdf.cell(150, 4, "Birthday gift from a private person to a private person - not for resale")
y += 17
box(X, y, 62, 16, "Comments (11): (e.g.: goods subject to quarantine, sanitary/phytosanitary inspection or other restrictions)", "Food item: sealed\nshop-bought biscuits", vsize=8)
box(X + 62, y, 31, 16, "Licence (12)\nNo(s). of licence(s)", "-")
box(X + 93, y, 31, 16, "Certificate (13)\nNo(s). of certificate(s)", "-")
box(X + 124, y, 62, 16, "Invoice (14)\nNo. of invoice", "-")
y += 16
pdf.rect(X, y, W, 22)
pdf.set_font("LS", "", 6.2); pdf.set_xy(X + 1, y + 0.8)
pdf.multi_cell(112, 2.8, "I certify that the particulars given in this customs declaration are correct and that this item does not contain any dangerous article or articles prohibited by legislation or by postal or customs regulations. I have met all applicable export filing requirements under the applicable export regulations.\nJe certifie que les renseignements donnés dans la présente déclaration sont exacts et que cet envoi ne contient aucun objet dangereux ou interdit par la réglementation postale ou douanière.", align="L")
pdf.set_font("LS", "", 6); pdf.set_xy(X + 120, y + 1); pdf.cell(60, 3, "Date and sender's signature (15)")
pdf.set_font("LM", "", 9.5); pdf.set_xy(X + 120, y + 6); pdf.cell(60, 4, "11/03/2025")
pdf.set_font("LS", "", 11); pdf.set_xy(X + 120, y + 12); pdf.cell(60, 5, "B. Colquhoun")
y += 22
pdf.set_line_width(0.4); pdf.rect(X, 12, W, y - 12); pdf.set_line_width(0.2)
pdf.set_font("LS", "", 6.5); pdf.set_xy(X, y + 2.5); pdf.cell(W, 3, "CN 23 (Old C 2/CP 3) - Universal Postal Union   ·   Service: International Tracked & Signed   ·   Posted at Edinburgh Bruntsfield PO, 11/03/2025 15:42")
# sender copy / receipt strip
y += 10
pdf.set_dash_pattern(1.5, 1.5); pdf.line(X, y, X + W, y); pdf.set_dash_pattern()
pdf.set_font("LS", "B", 9); pdf.set_xy(X, y + 3); pdf.cell(W, 4, "Certificate of posting - keep this part (sender's copy)")
pdf.set_font("LS", "", 8); pdf.set_xy(X, y + 9)
pdf.multi_cell(W, 4.2, "Item CP418093275GB   ·   International Tracked & Signed   ·   Destination: JAPAN   ·   Weight 2.35 kg   ·   Postage paid GBP 41.85\n"
               "Compensation cover up to GBP 250.00 included. Track at royalmail.com/track-your-item. Claims must be made within 80 days of the posting date. "
               "The addressee may have to pay Japanese consumption tax and handling fees on arrival; gifts valued at JPY 10,000 or less are exempt.", align="L")
pdf.output(sys.argv[1])
