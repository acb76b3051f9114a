// Stripe-style receipt (paid), generated with PDFKit (foliojs)
const PDFDocument = require('pdfkit');
const fs = require('fs');
const out = process.argv[2];
const doc = new PDFDocument({ size: 'LETTER', margins: { top: 48, left: 48, right: 48, bottom: 48 },
  info: { Title: 'Receipt 2417-6630', Author: 'Loomcraft Studio Ltd' } });
doc.pipe(fs.createWriteStream(out));
const W = doc.page.width, L = 48, R = W - 48;
const grey = '#687385', dark = '#1a1f36';

doc.font('Helvetica-Bold').fontSize(20).fillColor(dark).text('Receipt', L, 52);
// logo block right
doc.roundedRect(R - 44, 48, 44, 44, 8).fill('#2d6a4f');
doc.font('Helvetica-Bold').fontSize(16).fillColor('#fff').text('LC', R - 44, 62, { width: 44, align: 'center' });

let y = 92;
const kv = [['Invoice number', '5C1A9E2B-0007'], ['Receipt number', '2417-6630'], ['Date paid', 'February 3, 2024'], ['Payment method', 'Visa - 4242']];
doc.fontSize(9.5);
for (const [k, v] of kv) {
  doc.font('Helvetica').fillColor(dark).text(k, L, y);
  doc.text(v, L + 110, y);
  y += 15;
}

y += 18;
const col2 = L + 200;
doc.font('Helvetica-Bold').fontSize(9.5).fillColor(dark).text('Loomcraft Studio Ltd', L, y);
doc.text('Bill to', col2, y);
doc.font('Helvetica').fillColor(dark);
const from = ['71 Shoreditch High Street', 'London E1 6JJ', 'United Kingdom', '+44 20 7946 0321', 'billing@loomcraft.co.uk', 'GB VAT GB293441027'];
const to = ['Priya Raman', 'Flat 4, 22 Clarendon Road', 'Bristol BS6 7ET', 'United Kingdom', 'priya.raman@fastmail.co.uk'];
from.forEach((s, i) => doc.text(s, L, y + 14 + i * 13));
to.forEach((s, i) => doc.text(s, col2, y + 14 + i * 13));

y += 14 + from.length * 13 + 26;
doc.font('Helvetica-Bold').fontSize(17).fillColor(dark).text('£57.60 paid on February 3, 2024', L, y);
y += 34;
doc.font('Helvetica').fontSize(9.5).fillColor(dark).text('Thanks for being a Loomcraft Team customer. Your seats renew automatically every month until cancelled.', L, y, { width: R - L });
y += 30;

// table
const cols = [L, L + 270, L + 320, L + 395, R - 70];
const heads = ['Description', 'Qty', 'Unit price', 'Tax', 'Amount'];
doc.fontSize(8.5).fillColor(grey);
heads.forEach((h, i) => doc.text(h, cols[i], y, i === 4 ? { width: 70, align: 'right' } : (i > 0 ? { width: 60 } : {})));
y += 14;
doc.moveTo(L, y).lineTo(R, y).lineWidth(0.7).strokeColor('#1a1f36').stroke();
y += 8;
doc.fontSize(9.5).fillColor(dark);
doc.text('Loomcraft Team (per seat)', cols[0], y);
doc.fillColor(grey).fontSize(8.5).text('Feb 3 – Mar 3, 2024', cols[0], y + 13);
doc.fillColor(dark).fontSize(9.5);
doc.text('3', cols[1], y); doc.text('£16.00', cols[2], y); doc.text('20%', cols[3], y);
doc.text('£48.00', cols[4], y, { width: 70, align: 'right' });
y += 34;
doc.moveTo(L + 270, y).lineTo(R, y).lineWidth(0.5).strokeColor('#e3e8ee').stroke();
y += 8;
const tot = [['Subtotal', '£48.00'], ['Total excluding tax', '£48.00'], ['VAT - United Kingdom (20% on £48.00)', '£9.60'], ['Total', '£57.60'], ['Amount paid', '£57.60']];
for (const [k, v] of tot) {
  const b = (k === 'Amount paid');
  doc.font(b ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5).fillColor(dark);
  doc.text(k, L + 270, y); doc.text(v, cols[4], y, { width: 70, align: 'right' });
  y += 8 + 9.5;
  doc.moveTo(L + 270, y - 4).lineTo(R, y - 4).lineWidth(0.5).strokeColor('#e3e8ee').stroke();
  y += 2;
}

y += 26;
doc.font('Helvetica-Bold').fontSize(12).fillColor(dark).text('Payment history', L, y);
y += 22;
const ph = [L, L + 150, L + 280, L + 380];
doc.font('Helvetica').fontSize(8.5).fillColor(grey);
['Payment method', 'Date', 'Amount paid', 'Receipt number'].forEach((h, i) => doc.text(h, ph[i], y));
y += 13;
doc.moveTo(L, y).lineTo(R, y).lineWidth(0.7).strokeColor('#1a1f36').stroke();
y += 7;
doc.fontSize(9.5).fillColor(dark);
['Visa - 4242', 'February 3, 2024', '£57.60', '2417-6630'].forEach((h, i) => doc.text(h, ph[i], y));

// footer (drawn inside the bottom margin)
doc.page.margins.bottom = 0;
const fy = doc.page.height - 70;
doc.moveTo(L, fy).lineTo(R, fy).lineWidth(0.5).strokeColor('#e3e8ee').stroke();
doc.fontSize(8).fillColor(grey).text('2417-6630 · £57.60 paid on February 3, 2024', L, fy + 8, { lineBreak: false });
doc.text('Page 1 of 1', R - 80, fy + 8, { width: 80, align: 'right', lineBreak: false });
doc.text('Loomcraft Studio Ltd · Registered in England and Wales No. 11873204 · Registered office: 71 Shoreditch High Street, London E1 6JJ', L, fy + 22, { width: R - L, lineBreak: false });
doc.end();
