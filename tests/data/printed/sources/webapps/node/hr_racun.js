// Croatian invoice (Račun, fiscalised), drawn with pdf-lib + @pdf-lib/fontkit, DejaVu Sans embedded (subset)
const fs = require('fs');
const { PDFDocument, rgb } = require('pdf-lib');
const fontkit = require('@pdf-lib/fontkit');
(async () => {
  const out = process.argv[2];
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle('Račun 415/1/1'); pdf.setAuthor('Jadran IT usluge d.o.o.'); pdf.setCreator('pdf-lib');
  const F = await pdf.embedFont(fs.readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'), { subset: true });
  const B = await pdf.embedFont(fs.readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'), { subset: true });
  const page = pdf.addPage([595.28, 841.89]);
  const H = 841.89, L = 45, Rr = 550;
  const blue = rgb(0.05, 0.28, 0.5), grey = rgb(0.4, 0.4, 0.4), black = rgb(0, 0, 0);
  const t = (s, x, yTop, size = 9, font = F, color = black) => page.drawText(s, { x, y: H - yTop, size, font, color });
  const tr = (s, xr, yTop, size = 9, font = F, color = black) => t(s, xr - font.widthOfTextAtSize(s, size), yTop, size, font, color);
  const line = (x1, y1, x2, y2, th = 0.5, color = grey) => page.drawLine({ start: { x: x1, y: H - y1 }, end: { x: x2, y: H - y2 }, thickness: th, color });
  const hr = v => v.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.');

  // issuer (left)
  t('JADRAN IT', L, 55, 20, B, blue);
  t('informatičke usluge · mreže · održavanje', L, 70, 8, F, grey);
  ['Jadran IT usluge d.o.o.', 'Ulica Vladimira Nazora 14', '21000 Split, Hrvatska', 'OIB: 84123456785', 'Tel: +385 21 345 678', 'racuni@jadran-it.hr'].forEach((s, i) => t(s, L, 92 + i * 12, 8.5, i === 0 ? B : F));
  // customer box (right)
  page.drawRectangle({ x: 330, y: H - 170, width: 220, height: 88, borderColor: grey, borderWidth: 0.6 });
  t('Kupac', 338, 95, 7.5, F, grey);
  ['Dalmacija Nekretnine d.o.o.', 'Put Firula 22', '21000 Split', 'OIB: 55309612340'].forEach((s, i) => t(s, 338, 110 + i * 13, 9, i === 0 ? B : F));

  t('RAČUN br. 415/1/1', L, 205, 15, B);
  // label-above-value boxes
  const boxes = [['Datum računa', '22.08.2024.'], ['Vrijeme izdavanja', '14:32'], ['Datum isporuke', '21.08.2024.'], ['Rok plaćanja', '06.09.2024.'], ['Način plaćanja', 'Transakcijski račun']];
  let bx = L; const bw = [90, 90, 90, 90, 145];
  boxes.forEach(([l, v], i) => {
    page.drawRectangle({ x: bx, y: H - 250, width: bw[i], height: 32, color: rgb(0.94, 0.96, 0.98), borderColor: rgb(0.8, 0.84, 0.9), borderWidth: 0.5 });
    t(l, bx + 5, 229, 7, F, grey); t(v, bx + 5, 243, 9.5, B);
    bx += bw[i] + 0;
  });

  // items table
  const cols = [L, L + 28, 330, 365, 395, 455, Rr];
  let y = 275;
  page.drawRectangle({ x: L, y: H - y - 11, width: Rr - L, height: 18, color: blue });
  const heads = ['R.br.', 'Naziv proizvoda / usluge', 'Kol.', 'JM', 'Cijena', 'Rabat', 'Iznos'];
  heads.forEach((h, i) => {
    if (i >= 2 && i !== 3) tr(h, i === 6 ? Rr - 4 : (i === 2 ? 355 : (i === 4 ? 445 : 495)), y + 6, 8, B, rgb(1, 1, 1));
    else t(h, cols[i] + 3, y + 6, 8, B, rgb(1, 1, 1));
  });
  const items = [
    ['Održavanje informatičkog sustava – kolovoz 2024.', 'Ugovor br. 12/2023, paušal', 1, 'kom', 950.00],
    ['Instalacija i konfiguracija mrežnog preklopnika', 'Radni nalog RN-0881', 3, 'sat', 45.00],
    ['Ubiquiti UniFi Switch 24 PoE (USW-24-POE)', 'S/N: 7483C2A1F09E', 1, 'kom', 389.00],
  ];
  y += 28; let sub = 0;
  items.forEach((it, i) => {
    const amt = it[2] * it[4]; sub += amt;
    t(String(i + 1) + '.', cols[0] + 3, y, 8.5);
    t(it[0], cols[1] + 3, y, 8.5); t(it[1], cols[1] + 3, y + 11, 7, F, grey);
    tr(it[2].toFixed(2).replace('.', ','), 355, y, 8.5); t(it[3], 368, y, 8.5);
    tr(hr(it[4]), 445, y, 8.5); tr('0,00%', 495, y, 8.5); tr(hr(amt), Rr - 4, y, 8.5);
    line(L, y + 17, Rr, y + 17, 0.4, rgb(0.8, 0.8, 0.8));
    y += 30;
  });
  const vat = Math.round(sub * 0.25 * 100) / 100, tot = sub + vat;
  y += 6;
  const rows = [['Ukupno bez PDV-a', hr(sub)], ['Osnovica PDV 25%', hr(sub)], ['PDV 25%', hr(vat)], ['Ukupno', hr(tot)]];
  rows.forEach(([k, v]) => { t(k, 340, y, 9); tr(v + ' EUR', Rr - 4, y, 9); y += 15; });
  page.drawRectangle({ x: 335, y: H - y - 10, width: Rr - 335, height: 22, color: rgb(0.94, 0.96, 0.98), borderColor: blue, borderWidth: 1 });
  t('Za platiti:', 340, y + 4, 11, B); tr(hr(tot) + ' EUR', Rr - 4, y + 4, 11, B);

  // payment details
  y += 45;
  const pay = [['IBAN:', 'HR12 2484 0081 1350 0123 4 (Raiffeisenbank Austria d.d.)'], ['Model i poziv na broj:', 'HR00 415-2024'], ['Operater:', 'Ivan Perić (oznaka 07)'], ['ZKI:', '4f6a2c9be01d7735a8c1e2f4b9d06a13'], ['JIR:', 'b3c9a7e1-52d4-4f0e-9a61-7c2e8d5f1a40']];
  pay.forEach(([k, v], i) => { t(k, L, y + i * 13, 8.5, F, grey); t(v, L + 110, y + i * 13, 8.5); });
  y += pay.length * 13 + 14;
  t('Obveznik je u sustavu PDV-a. Račun je izdan elektronički i valjan je bez potpisa i pečata.', L, y, 8, F, grey);
  t('Molimo da prilikom plaćanja navedete poziv na broj. Za kašnjenje u plaćanju obračunavamo zakonske zatezne kamate.', L, y + 11, 8, F, grey);

  // footer
  line(L, 780, Rr, 780, 0.6, blue);
  const f1 = 'Jadran IT usluge d.o.o. · Ulica Vladimira Nazora 14, 21000 Split · OIB 84123456785 · MBS 060123456, Trgovački sud u Splitu';
  const f2 = 'Temeljni kapital 2.500,00 EUR uplaćen u cijelosti · Član uprave: Ivan Perić · IBAN HR12 2484 0081 1350 0123 4';
  [f1, f2].forEach((s, i) => t(s, (595.28 - F.widthOfTextAtSize(s, 6.8)) / 2, 792 + i * 10, 6.8, F, grey));
  fs.writeFileSync(out, await pdf.save());
  console.error('HR', sub, vat, tot);
})();
