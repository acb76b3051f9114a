// Lithuanian VAT invoice (PVM sąskaita faktūra), generated with pdfmake (Roboto, its bundled font)
const path = require('path');
const pdfmake = require('pdfmake');
const out = process.argv[2];
const R = path.join(__dirname, 'node_modules/pdfmake/fonts/Roboto/');
pdfmake.setFonts({ Roboto: { normal: R + 'Roboto-Regular.ttf', bold: R + 'Roboto-Medium.ttf', italics: R + 'Roboto-Italic.ttf', bolditalics: R + 'Roboto-MediumItalic.ttf' } });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(p => p.startsWith(R));
const lt = v => v.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const items = [
  ['Gofruoto kartono dėžė 300×200×150 mm, 3 sl.', 'vnt.', 500, 0.62],
  ['Lipni pakavimo juosta 48 mm × 66 m, ruda', 'vnt.', 72, 1.15],
  ['Oro pagalvių plėvelė 1 m × 100 m', 'ritin.', 4, 27.50],
];
const sub = Math.round(items.reduce((a, it) => a + it[2] * it[3], 0) * 100) / 100;
const vat = Math.round(sub * 0.21 * 100 + 1e-6) / 100;
const tot = Math.round((sub + vat) * 100) / 100;
const body = [[
  { text: 'Eil. Nr.', bold: true }, { text: 'Prekės (paslaugos) pavadinimas', bold: true }, { text: 'Mato vnt.', bold: true },
  { text: 'Kiekis', bold: true, alignment: 'right' }, { text: 'Kaina be PVM, EUR', bold: true, alignment: 'right' }, { text: 'Suma be PVM, EUR', bold: true, alignment: 'right' }]];
items.forEach((it, i) => body.push([
  { text: String(i + 1), alignment: 'center' }, it[0], it[1], { text: String(it[2]), alignment: 'right' },
  { text: lt(it[3]), alignment: 'right' }, { text: lt(it[2] * it[3]), alignment: 'right' }]));
const party = (title, lines) => ({ stack: [{ text: title, bold: true, fontSize: 9.5, margin: [0, 0, 0, 3] }, ...lines.map(l => ({ text: l }))] });
const dd = {
  pageSize: 'A4', pageMargins: [45, 40, 45, 55],
  info: { title: 'PVM sąskaita faktūra VLN-004512', author: 'UAB „Baltijos pakuotė“' },
  defaultStyle: { font: 'Roboto', fontSize: 8.5 },
  footer: (cp, pc) => ({ text: `UAB „Baltijos pakuotė“ · Savanorių pr. 178, LT-03154 Vilnius · Tel. +370 5 213 4455 · info@baltijospakuote.lt · Puslapis ${cp} iš ${pc}`, alignment: 'center', fontSize: 7, color: '#777', margin: [45, 22, 45, 0] }),
  content: [
    { text: 'PVM SĄSKAITA FAKTŪRA', alignment: 'center', bold: true, fontSize: 15 },
    { text: 'Serija ir Nr.: VLN-004512', alignment: 'center', fontSize: 10, margin: [0, 4, 0, 0] },
    { text: '2024 m. rugsėjo 9 d.', alignment: 'center', margin: [0, 2, 0, 18] },
    { columns: [
      party('Pardavėjas', ['UAB „Baltijos pakuotė“', 'Įmonės kodas: 304512345', 'PVM mokėtojo kodas: LT100011223344', 'Adresas: Savanorių pr. 178, LT-03154 Vilnius', 'A. s. LT12 7300 0101 2345 6789', 'AB „Swedbank“, banko kodas 73000']),
      party('Pirkėjas', ['UAB „Žalias krepšelis“', 'Įmonės kodas: 305998877', 'PVM mokėtojo kodas: LT100014455667', 'Adresas: Pramonės g. 8A, LT-51329 Kaunas', 'Pristatymo adresas: Taikos pr. 141, Kaunas']),
    ], columnGap: 24 },
    { margin: [0, 14, 0, 8], table: { widths: [110, '*'], body: [
      ['Mokėti iki:', { text: '2024-09-23', bold: true }],
      ['Užsakymo Nr.:', '7712'],
      ['Važtaraštis:', 'BP-VAZ 0387 (2024-09-06)'],
      ['Apmokėjimo būdas:', 'Bankiniu pavedimu'],
    ] }, layout: 'noBorders' },
    { table: { headerRows: 1, widths: [30, '*', 40, 45, 70, 75], body }, layout: { fillColor: r => (r === 0 ? '#e8eef3' : null), hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#999', vLineColor: () => '#999' } },
    { columns: [{ width: '*', text: '' }, { width: 220, margin: [0, 8, 0, 0], table: { widths: ['*', 75], body: [
      ['Suma be PVM:', { text: lt(sub) + ' EUR', alignment: 'right' }],
      ['PVM 21 %:', { text: lt(vat) + ' EUR', alignment: 'right' }],
      [{ text: 'Iš viso mokėti:', bold: true }, { text: lt(tot) + ' EUR', alignment: 'right', bold: true }],
    ] }, layout: 'lightHorizontalLines' }] },
    { text: [{ text: 'Suma žodžiais: ', bold: true }, 'šeši šimtai aštuoni eurai 39 ct'], margin: [0, 14, 0, 0] },
    { text: 'Prekės lieka pardavėjo nuosavybe iki visiško atsiskaitymo. Pavėlavus apmokėti skaičiuojami 0,05 % delspinigiai už kiekvieną pavėluotą dieną.', margin: [0, 10, 0, 0], color: '#444' },
    { columns: [
      { stack: ['Sąskaitą išrašė:', { text: 'Vadybininkė Rūta Jankauskienė', margin: [0, 16, 0, 0] }, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.5 }] }, { text: '(pareigos, vardas, pavardė, parašas)', fontSize: 6.5, color: '#777' }] },
      { stack: ['Sąskaitą priėmė:', { text: ' ', margin: [0, 16, 0, 0] }, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.5 }] }, { text: '(pareigos, vardas, pavardė, parašas)', fontSize: 6.5, color: '#777' }] },
    ], margin: [0, 30, 0, 0] },
  ],
};
pdfmake.createPdf(dd).write(out).then(() => console.error('LT', sub, vat, tot));
