// Zoho Invoice-style SaaS invoice (USD, Payment Made + Balance Due), generated with pdfmake (server side)
const path = require('path');
const pdfmake = require('pdfmake');
const out = process.argv[2];
const R = path.join(__dirname, 'node_modules/pdfmake/fonts/Roboto/');
pdfmake.setFonts({ Roboto: { normal: R + 'Roboto-Regular.ttf', bold: R + 'Roboto-Medium.ttf', italics: R + 'Roboto-Italic.ttf', bolditalics: R + 'Roboto-MediumItalic.ttf' } });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(p => p.startsWith(R));
const usd = v => '$' + v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const n2 = v => v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const items = [
  ['Analytics Pro – Annual subscription', 'Plan period: Feb 14, 2024 – Feb 13, 2025 (5 seats)', 1, 2388.00],
  ['Onboarding workshop (remote)', 'Dashboard design & data-source setup, 2 sessions', 4, 150.00],
  ['Additional storage', '500 GB block, billed monthly in advance', 12, 10.00],
];
const sub = items.reduce((a, it) => a + it[2] * it[3], 0);
const tax = Math.round(sub * 0.08875 * 100 + 1e-6) / 100; // round half up
const total = Math.round((sub + tax) * 100) / 100;
const paid = 1000.00;
const bal = Math.round((total - paid) * 100) / 100;
const body = [[
  { text: '#', style: 'th' }, { text: 'Item & Description', style: 'th' }, { text: 'Qty', style: 'th', alignment: 'right' },
  { text: 'Rate', style: 'th', alignment: 'right' }, { text: 'Amount', style: 'th', alignment: 'right' }]];
items.forEach((it, i) => body.push([
  String(i + 1), { stack: [it[0], { text: it[1], color: '#666', fontSize: 8 }] },
  { text: n2(it[2]), alignment: 'right' }, { text: n2(it[3]), alignment: 'right' }, { text: n2(it[2] * it[3]), alignment: 'right' }]));

const dd = {
  pageSize: 'LETTER', pageMargins: [40, 40, 40, 60],
  info: { title: 'INV-000412', author: 'Northwind Analytics, Inc.' },
  defaultStyle: { font: 'Roboto', fontSize: 9, color: '#333' },
  footer: (cp, pc) => ({ columns: [
    { text: 'Northwind Analytics, Inc. · 245 Fifth Avenue, Suite 1102, New York, NY 10016 · EIN 84-3310927', fontSize: 7, color: '#888' },
    { text: `${cp}`, alignment: 'right', fontSize: 7, color: '#888', width: 30 }], margin: [40, 20, 40, 0] }),
  content: [
    { columns: [
      { width: '*', stack: [
        { text: 'Northwind Analytics, Inc.', bold: true, fontSize: 12, margin: [0, 0, 0, 3] },
        '245 Fifth Avenue, Suite 1102', 'New York, NY 10016', 'U.S.A', '+1 (212) 555-0187', 'billing@northwind-analytics.io'] },
      { width: 200, stack: [
        { text: 'INVOICE', fontSize: 26, alignment: 'right', color: '#222' },
        { text: '# INV-000412', alignment: 'right', bold: true, margin: [0, 0, 0, 14] },
        { text: 'Balance Due', alignment: 'right', fontSize: 8 },
        { text: usd(bal), alignment: 'right', bold: true, fontSize: 13 }] }] },
    { columns: [
      { width: '*', margin: [0, 28, 0, 0], stack: [
        { text: 'Bill To', color: '#777' },
        { text: 'Harbor & Pine Architects LLP', bold: true, margin: [0, 2, 0, 0] },
        '88 Pearl Street, 4th Floor', 'Boston, MA 02110', 'U.S.A'] },
      { width: 230, margin: [0, 28, 0, 0], table: { widths: ['*', 90], body: [
        [{ text: 'Invoice Date :', alignment: 'right', color: '#777' }, { text: '14 Feb 2024', alignment: 'right' }],
        [{ text: 'Terms :', alignment: 'right', color: '#777' }, { text: 'Net 30', alignment: 'right' }],
        [{ text: 'Due Date :', alignment: 'right', color: '#777' }, { text: '15 Mar 2024', alignment: 'right' }],
        [{ text: 'P.O.# :', alignment: 'right', color: '#777' }, { text: '4471', alignment: 'right' }],
        [{ text: 'Customer ID :', alignment: 'right', color: '#777' }, { text: 'CUS-00187', alignment: 'right' }]] },
        layout: 'noBorders' }] },
    { margin: [0, 22, 0, 0], table: { headerRows: 1, widths: [18, '*', 45, 70, 80], body },
      layout: { fillColor: r => (r === 0 ? '#3c3d3a' : null), hLineWidth: (i) => (i === 0 ? 0 : 0.5), vLineWidth: () => 0,
        hLineColor: () => '#ddd', paddingTop: () => 6, paddingBottom: () => 6 } },
    { columns: [{ width: '*', text: '' }, { width: 250, margin: [0, 10, 0, 0], table: { widths: ['*', 90], body: [
      [{ text: 'Sub Total', alignment: 'right' }, { text: n2(sub), alignment: 'right' }],
      [{ text: 'Sales Tax (8.875%)', alignment: 'right' }, { text: n2(tax), alignment: 'right' }],
      [{ text: 'Total', alignment: 'right', bold: true }, { text: usd(total), alignment: 'right', bold: true }],
      [{ text: 'Payment Made', alignment: 'right' }, { text: '(-) ' + n2(paid), alignment: 'right', color: '#d00' }],
      [{ text: 'Balance Due', alignment: 'right', bold: true, fillColor: '#f2f2f2' }, { text: usd(bal), alignment: 'right', bold: true, fillColor: '#f2f2f2' }]] },
      layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingTop: () => 4, paddingBottom: () => 4 } }] },
    { text: 'Total In Words: United States Dollar Three Thousand Three Hundred Eighty-Three and Eighty-Four Cents', italics: true, fontSize: 8, margin: [0, 14, 0, 0] },
    { text: 'Notes', color: '#777', margin: [0, 18, 0, 2] },
    'Thanks for your business. Payment of $1,000.00 received on 20 Feb 2024 via ACH (ref. 7731). Pay the balance online at https://pay.northwind-analytics.io/inv/000412.',
    { text: 'Terms & Conditions', color: '#777', margin: [0, 12, 0, 2] },
    'Subscription fees are non-refundable. Late payments are subject to a 1.5% monthly finance charge. Wire: JPMorgan Chase Bank, N.A., ABA 021000021, Acct 483920175.',
  ],
  styles: { th: { color: '#fff', bold: true } },
};
pdfmake.createPdf(dd).write(out).then(() => console.error('US', sub, tax, total, bal));
