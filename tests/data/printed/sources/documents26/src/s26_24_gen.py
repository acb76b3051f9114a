"""s26_24: Indian spice exporter's proforma invoice in USD (LibreOffice, from .fodt)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s26_fodt import Doc
d = Doc(font="Liberation Sans", size=8.5, margins=("1.2cm", "1.4cm", "1.2cm", "1.4cm"), title="Proforma Invoice MSE/PI/2025/041")
d.p("PROFORMA INVOICE", size=14, bold=True, align="center", after=0.15)
B = {"border": "box", "p": {"size": 8.5}}
BL = {"border": "box", "bg": "#eeeeee", "p": {"size": 7.5, "bold": True}}
def cell(label, text, span=1):
    lab = d.para_xml(label, size=7.5, bold=True)
    body = d.para_xml(text, size=8.5)
    return (lab + body, {"border": "box", "span": span})
d.table([9.2, 4.5, 4.5], [
    [("<text:p/>", {}) if False else cell("Exporter", "MALABAR SPICE EXPORTS PVT. LTD.\n41/2280 Kaloor-Kadavanthra Road\nKochi, Kerala 682017, India\nTel +91 484 255 0932 · exports@malabarspice.in\nGSTIN 32AAHCM7721Q1Z3 · IEC 1014008823"),
     cell("Proforma Invoice No. & Date", "MSE/PI/2025/041\ndt. 05-Mar-2025", 1), cell("Buyer's Reference", "Enquiry TBT/Q/0218\ndt. 24-Feb-2025", 1)],
    [cell("Consignee", "TAN BROTHERS TRADING PTE. LTD.\n18 Pandan Loop, #03-11\nSingapore 128237\nUEN 199804417N"),
     cell("Validity of offer", "30 days from the date of this proforma, i.e. until 04-Apr-2025", 2), None],
    [cell("Buyer (if other than consignee)", "Same as consignee"),
     cell("Country of Origin of Goods", "India", 1), cell("Country of Final Destination", "Singapore", 1)],
    [cell("Pre-carriage by / Place of receipt", "Road / Kochi (factory)"),
     cell("Terms of Delivery and Payment", "FOB Cochin Port, India\n30% advance by T/T on confirmation, balance 70% against scanned copies of shipping documents", 2), None],
    [cell("Vessel / Port of Loading / Port of Discharge", "By sea – 1 x 20' FCL · Cochin Port · Singapore"),
     cell("Shipment", "Within 21 days of receipt of advance", 2), None]])
TH = {"border": "box", "bg": "#eeeeee", "p": {"size": 7.5, "bold": True, "align": "center"}}
C = {"border": "box", "p": {"size": 8.5}}
CR = {"border": "box", "p": {"size": 8.5, "align": "end"}}
d.table([2.6, 6.0, 1.6, 2.6, 2.2, 3.2], [
    [("Marks & Nos. / Packing", TH), ("Description of Goods", TH), ("HS Code", TH), ("Quantity", TH), ("Rate USD/kg", TH), ("Amount USD", TH)],
    [("TBT/MSE/1-80\n80 PP bags x 25 kg", C), ("Black Pepper, Malabar Garbled 500 GA, ASTA cleaned, machine-dried, moisture max 12%", C), ("0904 11", C), ("2,000 kg", CR), ("7.85", CR), ("15,700.00", CR)],
    [("TBT/MSE/81-105\n25 cartons x 10 kg", C), ("Green Cardamom, 7 mm bold, Kerala origin, colour-sorted", C), ("0908 31", C), ("250 kg", CR), ("28.40", CR), ("7,100.00", CR)],
    [("TBT/MSE/106-165\n60 PP bags x 25 kg", C), ("Turmeric Fingers, Alleppey, polished, curcumin min 3.5%", C), ("0910 30", C), ("1,500 kg", CR), ("2.35", CR), ("3,525.00", CR)],
    [("", C), ("Total net weight 3,750 kg · Gross weight approx. 3,890 kg", C), ("", C), ("3,750 kg", CR), ("", C), ("", C)],
    [("TOTAL FOB VALUE (USD)", {"border": "box", "span": 5, "p": {"size": 9, "bold": True, "align": "end"}}), None, None, None, None,
     ("26,325.00", {"border": "box", "p": {"size": 9, "bold": True, "align": "end"}})],
    [("Amount chargeable (in words): US Dollars Twenty-Six Thousand Three Hundred Twenty-Five Only", {"border": "box", "span": 6, "p": {"size": 8.5, "italic": True}}),
     None, None, None, None, None],
    [("Advance payable on confirmation (30%): USD 7,897.50 · Balance against documents (70%): USD 18,427.50", {"border": "box", "span": 6, "p": {"size": 8.5}}),
     None, None, None, None, None]])
d.table([9.1, 9.1], [[
    cell("Bank details for T/T remittance", "Beneficiary: Malabar Spice Exports Pvt. Ltd.\nBank: State Bank of India, Overseas Branch, Ernakulam\nA/c No. 38810427765 · SWIFT SBININBB238\nIFSC SBIN0006541 · Intermediary: Citibank N.A., New York (CITIUS33)"),
    cell("Notes", "1. Prices are FOB Cochin and exclusive of freight and insurance.\n2. Quality certificate and phytosanitary certificate will be provided; Spices Board registration RCMC/SB/KOC/2219.\n3. This is a proforma invoice and not a demand for payment of GST. Export under LUT ARN AD320325001844W.")]])
d.p("Declaration: We declare that this proforma invoice shows the actual price of the goods described and that all particulars are true and correct.",
    size=8, before=0.3)
d.p("for MALABAR SPICE EXPORTS PVT. LTD.\n\n\nAuthorised Signatory", size=8.5, bold=True, align="end", before=0.4)
d.save(sys.argv[1])
