// Swedish invoice (Fortnox-style layout), jsPDF + jspdf-autotable
const fs = require('fs');
const { jsPDF } = require('jspdf');
const { autoTable } = require('jspdf-autotable');
const out = process.argv[2];
const doc = new jsPDF({ unit: 'mm', format: 'a4' });
doc.setProperties({ title: 'Faktura 10234', author: 'Nordljus Webbyrå AB', creator: 'jsPDF' });
const sek = v => v.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

doc.setFont('helvetica', 'bold'); doc.setFontSize(18); doc.setTextColor(20, 60, 110);
doc.text('nordljus', 15, 22);
doc.setFont('helvetica', 'normal'); doc.setFontSize(8); doc.setTextColor(90);
doc.text('webbyrå · e-handel · drift', 15, 27);

doc.setTextColor(0); doc.setFont('helvetica', 'bold'); doc.setFontSize(16);
doc.text('Faktura', 110, 20);
doc.setFontSize(7); doc.setFont('helvetica', 'normal'); doc.setTextColor(80);
const box = (x, y, w, lab, val) => {
  doc.setDrawColor(170); doc.rect(x, y, w, 10);
  doc.setFontSize(6.5); doc.setTextColor(90); doc.text(lab, x + 1.5, y + 3.2);
  doc.setFontSize(9); doc.setTextColor(0); doc.text(val, x + 1.5, y + 8);
};
box(110, 24, 28, 'Fakturadatum', '2024-06-03');
box(138, 24, 24, 'Fakturanr', '10234');
box(162, 24, 33, 'Kundnr', '1187');
box(110, 34, 52, 'OCR', '10234118718');
box(162, 34, 33, 'Sida', '1 (1)');

// customer address
doc.setFontSize(10); doc.setTextColor(0);
['Bageri Solrosen AB', 'Att: Anna Lind', 'Drottninggatan 88', '411 07 Göteborg'].forEach((s, i) => doc.text(s, 112, 54 + i * 5));

// terms block left
doc.setFontSize(8);
const terms = [['Er referens', 'Anna Lind'], ['Vår referens', 'Johan Berg'], ['Ert ordernr', 'SOL-2024-117'], ['Betalningsvillkor', '30 dagar netto'], ['Förfallodatum', '2024-07-03'], ['Dröjsmålsränta', '8,00 % över referensräntan']];
terms.forEach(([k, v], i) => {
  doc.setTextColor(90); doc.text(k, 15, 54 + i * 4.6);
  doc.setTextColor(0); doc.text(v, 45, 54 + i * 4.6);
});

const rows = [
  ['WEB-H', 'Webbutveckling, ny webbshop (maj 2024)', '32', 'tim', sek(950), sek(32 * 950)],
  ['HOST-P', 'Hosting Pro, juni 2024', '1', 'st', sek(1490), sek(1490)],
  ['DOM-SE', 'Domänförnyelse solrosenbageri.se, 12 mån', '1', 'st', sek(189), sek(189)],
];
autoTable(doc, {
  startY: 86,
  head: [['Art.nr', 'Benämning', 'Lev. antal', 'Enhet', 'À-pris', 'Summa']],
  body: rows,
  theme: 'plain',
  styles: { font: 'helvetica', fontSize: 8.5, cellPadding: 1.6 },
  headStyles: { fontStyle: 'bold', lineWidth: { bottom: 0.3 }, lineColor: 0 },
  columnStyles: { 2: { halign: 'right' }, 4: { halign: 'right' }, 5: { halign: 'right' } },
  margin: { left: 15, right: 15 },
});
let y = doc.lastAutoTable.finalY + 4;
doc.setFontSize(8); doc.setTextColor(60);
doc.text('Timrapport för maj 2024 bifogas separat. Tack för förtroendet!', 15, y + 4);

// totals row (label above value), bottom of page
const net = 32 * 950 + 1490 + 189;
const vat = Math.round(net * 0.25 * 100) / 100;
const raw = net + vat; const tot = Math.round(raw); const rnd = Math.round((tot - raw) * 100) / 100;
const ty = 236;
doc.setDrawColor(0); doc.setLineWidth(0.3); doc.line(15, ty - 2, 195, ty - 2);
const tcols = [[15, 'Exkl. moms', sek(net)], [50, 'Moms %', '25,00'], [75, 'Moms', sek(vat)], [105, 'Öresavrundning', sek(rnd)]];
for (const [x, l, v] of tcols) {
  doc.setFontSize(7); doc.setTextColor(90); doc.text(l, x, ty + 2);
  doc.setFontSize(9.5); doc.setTextColor(0); doc.text(v, x, ty + 8);
}
doc.setFillColor(235, 240, 247); doc.rect(145, ty - 1, 50, 12, 'F');
doc.setFontSize(7.5); doc.setTextColor(60); doc.text('Att betala', 147, ty + 2.5);
doc.setFont('helvetica', 'bold'); doc.setFontSize(12); doc.setTextColor(0);
doc.text('SEK ' + sek(tot), 193, ty + 9, { align: 'right' });
doc.setFont('helvetica', 'normal');

// footer in four columns
const fy = 262;
doc.line(15, fy, 195, fy);
const fcols = [
  [15, 'Adress', ['Nordljus Webbyrå AB', 'Kungsgatan 12', '411 19 Göteborg']],
  [62, 'Telefon / E-post', ['031-711 42 90', 'faktura@nordljus.se', 'www.nordljus.se']],
  [108, 'Bankgiro', ['5050-1055', 'IBAN SE45 5000 0000 0583 9825 7466', 'BIC ESSESESS']],
  [158, 'Org.nr', ['559123-4561', 'Momsreg.nr SE559123456101', 'Godkänd för F-skatt']],
];
for (const [x, h, ls] of fcols) {
  doc.setFontSize(6.5); doc.setTextColor(90); doc.text(h, x, fy + 4);
  doc.setFontSize(7.5); doc.setTextColor(0); ls.forEach((s, i) => doc.text(s, x, fy + 8 + i * 3.6));
}
fs.writeFileSync(out, Buffer.from(doc.output('arraybuffer')));
console.error('SE', net, vat, rnd, tot);
