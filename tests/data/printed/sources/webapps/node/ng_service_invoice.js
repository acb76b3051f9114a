// Nigerian service invoice, jsPDF + jspdf-autotable, DejaVu Sans embedded for the Naira sign
const fs = require('fs');
const { jsPDF } = require('jspdf');
const { autoTable } = require('jspdf-autotable');
const out = process.argv[2];
const doc = new jsPDF({ unit: 'pt', format: 'a4' });
doc.setProperties({ title: 'Invoice LGS/2024/0318', author: 'Lagoon Digital Services Limited' });
for (const [file, style] of [['DejaVuSans.ttf', 'normal'], ['DejaVuSans-Bold.ttf', 'bold']]) {
  doc.addFileToVFS(file, fs.readFileSync('/usr/share/fonts/truetype/dejavu/' + file).toString('base64'));
  doc.addFont(file, 'DejaVu', style);
}
doc.setFont('DejaVu', 'normal');
const ngn = v => '₦' + v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plain = v => v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const W = 595.28;

doc.setFillColor(0, 92, 75); doc.rect(0, 0, W, 92, 'F');
doc.setTextColor(255); doc.setFont('DejaVu', 'bold'); doc.setFontSize(17);
doc.text('Lagoon Digital', 40, 42);
doc.setFont('DejaVu', 'normal'); doc.setFontSize(8.5);
doc.text('Lagoon Digital Services Limited', 40, 58);
doc.text('12 Admiralty Way, Lekki Phase 1, Lagos  ·  +234 803 555 0142  ·  billing@lagoondigital.ng', 40, 70);
doc.setFont('DejaVu', 'bold'); doc.setFontSize(26);
doc.text('INVOICE', W - 40, 52, { align: 'right' });

doc.setTextColor(0);
let y = 128;
doc.setFont('DejaVu', 'bold'); doc.setFontSize(9); doc.setTextColor(0, 92, 75);
doc.text('BILLED TO', 40, y);
doc.setTextColor(0); doc.setFont('DejaVu', 'normal');
['Adebayo Foods Nigeria Ltd', 'Attn: Mrs. Funke Adeyemi, Head of IT', 'Plot 7, Oba Akran Avenue', 'Ikeja Industrial Estate, Lagos', 'TIN: 10293847-0001'].forEach((s, i) => doc.text(s, 40, y + 15 + i * 13));

const det = [['Invoice No:', 'LGS/2024/0318'], ['Invoice Date:', '18/12/2024'], ['Due Date:', '02/01/2025'], ['Client ID:', 'CL-0094'], ['PO Number:', 'AFN/IT/PO/2024/227'], ['Service Period:', '01/12/2024 – 31/12/2024']];
det.forEach(([k, v], i) => {
  doc.setFont('DejaVu', 'bold'); doc.text(k, 335, y + i * 14);
  doc.setFont('DejaVu', 'normal'); doc.text(v, W - 40, y + i * 14, { align: 'right' });
});

autoTable(doc, {
  startY: 232,
  head: [['S/N', 'Description', 'Qty', 'Rate (₦)', 'Amount (₦)']],
  body: [
    ['1', 'Mobile app maintenance & support retainer (December 2024)\nAndroid/iOS apps "Adebayo Fresh", SLA 99.5%', '1', plain(850000), plain(850000)],
    ['2', 'Managed cloud hosting (AWS af-south-1), incl. backups & monitoring', '1', plain(312500), plain(312500)],
    ['3', 'Bulk SMS gateway credits (25,000 units @ ₦4.20)', '25,000', plain(4.2), plain(105000)],
  ],
  theme: 'striped',
  styles: { font: 'DejaVu', fontSize: 8.5, cellPadding: 5 },
  headStyles: { font: 'DejaVu', fontStyle: 'bold', fillColor: [0, 92, 75], textColor: 255 },
  columnStyles: { 0: { cellWidth: 30 }, 2: { halign: 'right', cellWidth: 50 }, 3: { halign: 'right', cellWidth: 80 }, 4: { halign: 'right', cellWidth: 90 } },
  margin: { left: 40, right: 40 },
});
const sub = 850000 + 312500 + 105000;
const vat = Math.round(sub * 0.075 * 100) / 100;
const tot = sub + vat;
y = doc.lastAutoTable.finalY + 20;
const tx = 330;
const trs = [['Subtotal', ngn(sub)], ['VAT (7.5%)', ngn(vat)], ['Total', ngn(tot)]];
doc.setFontSize(9);
for (const [k, v] of trs) {
  doc.setFont('DejaVu', 'normal'); doc.text(k, tx, y); doc.text(v, W - 40, y, { align: 'right' });
  y += 16;
}
doc.setFillColor(0, 92, 75); doc.rect(tx - 6, y - 8, W - 40 - tx + 12, 24, 'F');
doc.setTextColor(255); doc.setFont('DejaVu', 'bold'); doc.setFontSize(10.5);
doc.text('Amount Payable', tx, y + 8); doc.text(ngn(tot), W - 46, y + 8, { align: 'right' });
doc.setTextColor(0);
y += 44;
doc.setFontSize(8.5); doc.setFont('DejaVu', 'bold'); doc.text('Amount in words:', 40, y);
doc.setFont('DejaVu', 'normal');
doc.text('One Million, Three Hundred and Sixty-Two Thousand, Five Hundred and Sixty-Two Naira, Fifty Kobo only.', 40, y + 13);
y += 40;
doc.setFont('DejaVu', 'bold'); doc.setTextColor(0, 92, 75); doc.text('PAYMENT DETAILS', 40, y);
doc.setTextColor(0); doc.setFont('DejaVu', 'normal');
['Bank: Guaranty Trust Bank (GTBank)', 'Account Name: Lagoon Digital Services Limited', 'Account Number: 0123456789', 'Please quote LGS/2024/0318 as the transfer narration.'].forEach((s, i) => doc.text(s, 40, y + 14 + i * 13));
doc.text('Payment terms: 15 days from invoice date.', 330, y + 14);
doc.text('Withholding tax (WHT), where deducted, must be', 330, y + 27);
doc.text('remitted to FIRS and the WHT credit note sent', 330, y + 40);
doc.text('to billing@lagoondigital.ng.', 330, y + 53);

doc.setDrawColor(200); doc.line(40, 790, W - 40, 790);
doc.setFontSize(7.5); doc.setTextColor(90);
doc.text('Lagoon Digital Services Limited  ·  RC 1456789  ·  TIN 23456789-0001  ·  VAT Reg. No. VAT-LAG-0098812', W / 2, 802, { align: 'center' });
doc.text('Thank you for your business!', W / 2, 813, { align: 'center' });
fs.writeFileSync(out, Buffer.from(doc.output('arraybuffer')));
console.error('NG', sub, vat, tot);
