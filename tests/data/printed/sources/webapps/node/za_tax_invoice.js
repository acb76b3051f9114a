// South African tax invoice (Sage/QuickBooks-style), generated with PDFKit (foliojs); two pages
const PDFDocument = require('pdfkit');
const fs = require('fs');
const out = process.argv[2];
const doc = new PDFDocument({ size: 'A4', bufferPages: true, margins: { top: 40, left: 40, right: 40, bottom: 40 },
  info: { Title: 'Tax Invoice INV10482', Author: 'Karoo Solar Solutions (Pty) Ltd' } });
doc.pipe(fs.createWriteStream(out));
const W = doc.page.width, H = doc.page.height, L = 40, R = W - 40;
const accent = '#e07b00';
function zar(v) {
  const [i, d] = v.toFixed(2).split('.');
  return 'R ' + i.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') + ',' + d;
}
function num(v) {
  const [i, d] = v.toFixed(2).split('.');
  return i.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') + ',' + d;
}
const items = [
  ["CS-550M", "Canadian Solar HiKu6 550W Mono PERC panel", 12, 2150.00, "S/N CS6W24A0811-0823"],
  ["DY-8K", "Deye SUN-8K-SG04LP1 8kW Hybrid Inverter", 1, 28500.00, "S/N 2407215531"],
  ["PT-5K", "Pylontech US5000 4.8kWh Lithium Battery", 2, 24950.00, "S/N PPTAH02412045, PPTAH02412046"],
  ["BR-4P", "Battery rack, 4-slot, powder coated", 1, 2890.00],
  ["MK-RT", "Roof mounting rail 4.2 m, anodised aluminium", 8, 495.00],
  ["MK-EC", "End clamp 35 mm", 8, 28.50],
  ["MK-MC", "Mid clamp 35 mm", 20, 28.50],
  ["MK-TH", "Tile roof hook, stainless steel", 24, 89.00],
  ["MK-SP", "Rail splice kit", 4, 65.00],
  ["CB-6S", "PV solar cable 6 mm² red, per metre", 40, 24.90],
  ["CB-6B", "PV solar cable 6 mm² black, per metre", 40, 24.90],
  ["MC4-P", "MC4 connector pair, IP67", 6, 39.00],
  ["DC-ISO", "DC isolator 1000V 32A, 2 string", 1, 1150.00],
  ["DC-SPD", "DC surge protection device 1000V", 1, 845.00],
  ["AC-BRK", "AC breaker 2P 63A", 2, 310.00],
  ["AC-SPD", "AC surge arrestor Type 2", 1, 690.00],
  ["DB-12", "Distribution board 12-way, IP65", 1, 1380.00],
  ["BT-CBL", "Battery cable 35 mm² with lugs, 2 m set", 1, 560.00],
  ["EARTH", "Earthing kit (spike, clamp, 16 mm² cable)", 1, 720.00],
  ["WIFI", "Deye Wi-Fi logger stick", 1, 650.00],
  ["CONS", "Consumables (trunking, glands, cable ties)", 1, 940.00],
  ["LAB-INST", "Installation labour, team of 3 (hours)", 14, 650.00, "Job card JC-2291, 2024/10/29 to 2024/10/31"],
  ["COC", "Electrical Certificate of Compliance (CoC)", 1, 1850.00, "CoC No. WC-0048812, SSEG registration with Stellenbosch Municipality"],
  ["TRANS", "Delivery and travel, Stellenbosch", 1, 980.00],
];

function header(first) {
  doc.font('Helvetica-Bold').fontSize(22).fillColor(accent).text('KAROO SOLAR', L, 40);
  doc.font('Helvetica').fontSize(8).fillColor('#555').text('Clean energy for home & business', L, 66);
  doc.font('Helvetica-Bold').fontSize(9).fillColor('#000').text('Karoo Solar Solutions (Pty) Ltd', L, 84);
  doc.font('Helvetica').fontSize(8.5);
  ['Unit 5, Paarden Eiland Business Park', '14 Marine Drive, Paarden Eiland', 'Cape Town, 7405', 'Tel: 021 510 4477', 'accounts@karoosolar.co.za', 'VAT No. 4123456789'].forEach((s, i) => doc.text(s, L, 96 + i * 11));
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#000').text('TAX INVOICE', R - 230, 40, { width: 230, align: 'right' });
  const kv = [['Invoice No.', 'INV10482'], ['Date', '2024/11/05'], ['Due Date', '2024/12/05'], ['Customer Ref', 'PO-88213'], ['Account', 'KAP003'], ['Sales Rep', 'Thabo Mokoena']];
  let y = 68;
  doc.fontSize(8.5);
  for (const [k, v] of kv) {
    doc.rect(R - 230, y, 95, 14).fill('#f3f3f3');
    doc.fillColor('#000').font('Helvetica-Bold').text(k, R - 226, y + 3);
    doc.font('Helvetica').text(v, R - 130, y + 3, { width: 126, align: 'right' });
    y += 15;
  }
  return first ? 176 : 176;
}
function footer(i, n) {
  doc.page.margins.bottom = 0;
  const fy = H - 62;
  doc.moveTo(L, fy).lineTo(R, fy).lineWidth(0.6).strokeColor(accent).stroke();
  doc.font('Helvetica').fontSize(7.5).fillColor('#444');
  doc.text('Banking details: First National Bank · Branch code 250655 · Account no. 62812345678 · Cheque account · Reference: INV10482', L, fy + 6, { width: R - L, align: 'center', lineBreak: false });
  doc.text('Karoo Solar Solutions (Pty) Ltd · Reg. No. 2015/123456/07 · VAT No. 4123456789 · Directors: J.P. Venter, N. Dlamini', L, fy + 17, { width: R - L, align: 'center', lineBreak: false });
  doc.text(`Page ${i} of ${n}`, L, fy + 30, { width: R - L, align: 'center', lineBreak: false });
}

let y = header(true);
// addresses
doc.font('Helvetica-Bold').fontSize(8.5).fillColor('#000');
doc.text('BILL TO', L, y); doc.text('DELIVER TO', L + 260, y);
doc.font('Helvetica').fontSize(8.5);
const bill = ['Kapteinsklip Wine Estate (Pty) Ltd', 'PO Box 1142', 'Stellenbosch, 7599', 'VAT No. 4870219934', 'Attn: Accounts Payable'];
const ship = ['Kapteinsklip Wine Estate', 'Farm 412, R44 Helshoogte Road', 'Stellenbosch, 7600', 'Contact: Marike Botha 082 555 0193'];
bill.forEach((s, i) => doc.text(s, L, y + 12 + i * 11));
ship.forEach((s, i) => doc.text(s, L + 260, y + 12 + i * 11));
y += 12 + bill.length * 11 + 18;

const cx = [L, L + 62, L + 300, L + 340, L + 420, R - 85];
function tableHead() {
  doc.rect(L, y, R - L, 16).fill(accent);
  doc.font('Helvetica-Bold').fontSize(8).fillColor('#fff');
  doc.text('Code', cx[0] + 3, y + 4); doc.text('Description', cx[1], y + 4);
  doc.text('Qty', cx[2], y + 4, { width: 30, align: 'right' });
  doc.text('Excl. Price', cx[3], y + 4, { width: 70, align: 'right' });
  doc.text('VAT %', cx[4], y + 4, { width: 40, align: 'right' });
  doc.text('Excl. Total', cx[5], y + 4, { width: 82, align: 'right' });
  y += 20;
}
tableHead();
let page = 1, sub = 0;
for (const [code, desc, q, p, extra] of items) {
  if (y > H - 130) {
    doc.font('Helvetica-Oblique').fontSize(8).fillColor('#555').text('Continued on next page ...', L, y + 4, { width: R - L, align: 'right' });
    doc.addPage(); page++;
    y = header(false);
    tableHead();
  }
  const t = Math.round(q * p * 100) / 100; sub += t;
  doc.font('Helvetica').fontSize(8).fillColor('#000');
  doc.text(code, cx[0] + 3, y); doc.text(desc, cx[1], y, { width: 235 });
  doc.text(String(q), cx[2], y, { width: 30, align: 'right' });
  doc.text(num(p), cx[3], y, { width: 70, align: 'right' });
  doc.text('15', cx[4], y, { width: 40, align: 'right' });
  doc.text(num(t), cx[5], y, { width: 82, align: 'right' });
  if (extra) { doc.fontSize(7).fillColor('#666').text(extra, cx[1], y + 10, { width: 235 }); y += 9; }
  y += 19;
  doc.moveTo(L, y - 3).lineTo(R, y - 3).lineWidth(0.3).strokeColor('#ccc').stroke();
}
sub = Math.round(sub * 100) / 100;
const vat = Math.round(sub * 0.15 * 100) / 100;
const total = Math.round((sub + vat) * 100) / 100;
y += 12;
const notes = ['Notes', 'Installation completed 2024/10/31. Warranty: panels 25 yrs (product 12 yrs),', 'inverter 5 yrs, batteries 10 yrs. Goods remain the property of Karoo Solar', 'Solutions (Pty) Ltd until paid in full. E&OE.'];
doc.font('Helvetica-Bold').fontSize(8).text(notes[0], L, y);
doc.font('Helvetica').fontSize(7.5);
notes.slice(1).forEach((s, i) => doc.text(s, L, y + 11 + i * 10));
const tx = R - 220;
const rows = [['Total Discount', zar(0)], ['Total Exclusive', zar(sub)], ['Total VAT (15%)', zar(vat)], ['Sub Total', zar(total)]];
doc.fontSize(8.5);
for (const [k, v] of rows) {
  doc.font('Helvetica-Bold').fillColor('#000').text(k, tx, y);
  doc.font('Helvetica').text(v, R - 110, y, { width: 108, align: 'right' });
  y += 14;
}
doc.rect(tx - 4, y - 2, 224, 20).fill('#000');
doc.font('Helvetica-Bold').fontSize(10).fillColor('#fff').text('Total Due', tx, y + 4);
doc.text(zar(total), R - 110, y + 4, { width: 106, align: 'right' });

const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) { doc.switchToPage(i); footer(i + 1, range.count); }
doc.end();
console.error('ZA totals', sub, vat, total);
