<?php
// WooCommerce "PDF Invoices & Packing Slips"-style invoice, rendered with dompdf (as the plugin does)
require_once '/usr/share/php/dompdf/autoload.php';
use Dompdf\Dompdf;
use Dompdf\Options;

$items = [
  ['Handmühle Comandante C40 MK4 Nitro Blade', 'SKU: CMD-C40-MK4', 1, 249.00],
  ['Milchkännchen Edelstahl 600 ml, matt', 'SKU: MK-600-M', 2, 18.90],
  ['Tamper 58 mm mit Nussbaum-Holzgriff', 'SKU: TMP-58-NB', 1, 39.90],
];
function eur($v) { return number_format($v, 2, ',', '.') . '&nbsp;€'; }
$sub = 0; $rows = '';
foreach ($items as $it) {
  $line = $it[2] * $it[3]; $sub += $line;
  $rows .= "<tr><td class='product'><span class='item-name'>{$it[0]}</span><dl class='meta'><dt>{$it[1]}</dt></dl></td>"
         . "<td class='quantity'>{$it[2]}</td><td class='price'>" . eur($it[3]) . "</td><td class='price'>" . eur($line) . "</td></tr>";
}
$ship = 4.90;
$total = $sub + $ship;
$vat = round($total - $total / 1.19, 2);

$html = <<<HTML
<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { margin: 2cm 1.6cm 3cm 1.6cm; }
@font-face { font-family: "Shop Sans"; src: url("file:///usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"); font-weight: normal; }
@font-face { font-family: "Shop Sans"; src: url("file:///usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"); font-weight: bold; }
body { font-family: "Shop Sans", sans-serif; font-size: 8.5pt; color: #000; }
table.head { width: 100%; margin-bottom: 1.2cm; }
td.header { width: 50%; vertical-align: top; }
.logo { font-size: 18pt; font-weight: bold; letter-spacing: 2px; color: #5a3e2b; }
.shop-info { vertical-align: top; text-align: left; width: 50%; }
.shop-name { font-size: 11pt; font-weight: bold; }
h1.document-type-label { font-size: 16pt; text-transform: uppercase; margin: 0 0 0.6cm 0; font-weight: bold; }
table.order-data-addresses { width: 100%; margin-bottom: 1cm; }
table.order-data-addresses td { vertical-align: top; width: 30%; }
td.order-data { width: 40% !important; }
table.order-data { font-size: 8.5pt; }
table.order-data th { text-align: left; font-weight: normal; padding-right: 8px; white-space: nowrap; }
table.order-data td { white-space: nowrap; }
table.order-details { width: 100%; border-collapse: collapse; margin-bottom: 8mm; }
table.order-details thead th { background: #000; color: #fff; border-color: #000; padding: 4px 6px; text-align: left; }
table.order-details td { border-bottom: 0.5pt solid #ccc; padding: 5px 6px; vertical-align: top; }
td.quantity, td.price, th.quantity, th.price { text-align: right !important; }
.item-name { font-weight: bold; }
dl.meta { margin: 2px 0 0 0; font-size: 7pt; color: #555; }
table.totals { width: 45%; float: right; border-collapse: collapse; }
table.totals th, table.totals td { padding: 4px 6px; border-top: 0.5pt solid #ccc; text-align: right; }
table.totals th { text-align: left; font-weight: normal; }
tr.order_total th, tr.order_total td { border-top: 2pt solid #000; border-bottom: 2pt solid #000; font-weight: bold; }
.includes_tax { font-weight: normal; font-size: 7pt; display: block; }
.notes { clear: both; padding-top: 1cm; font-size: 8pt; }
#footer { position: fixed; bottom: -2.2cm; left: 0; right: 0; height: 1.8cm; border-top: 0.5pt solid #999; font-size: 7pt; color: #444; }
#footer table { width: 100%; }
#footer td { vertical-align: top; width: 33%; }
</style></head><body>
<table class="head"><tr>
  <td class="header"><div class="logo">BARISTA WERKSTATT</div><div style="font-size:7.5pt;color:#5a3e2b">Espresso-Zubehör seit 2011</div></td>
  <td class="shop-info"><div class="shop-name">Barista Werkstatt Hansen GmbH</div>
    <div>Lange Reihe 42<br>20099 Hamburg<br>Deutschland<br>Tel. +49 40 284 193 70<br>shop@barista-werkstatt.de</div></td>
</tr></table>

<h1 class="document-type-label">Rechnung</h1>

<table class="order-data-addresses"><tr>
  <td class="address billing-address">
    <b>Rechnungsadresse</b><br>Katharina Vogt<br>Schillerstraße 17<br>04109 Leipzig<br>Deutschland<br>k.vogt@posteo.de<br>0341 2259 4471
  </td>
  <td class="address shipping-address">
    <b>Lieferadresse</b><br>Katharina Vogt<br>c/o Büro Vogt &amp; Partner<br>Karl-Liebknecht-Str. 63<br>04275 Leipzig<br>Deutschland
  </td>
  <td class="order-data">
    <table class="order-data">
      <tr class="invoice-number"><th>Rechnungsnummer:</th><td>RE-2024-01873</td></tr>
      <tr class="invoice-date"><th>Rechnungsdatum:</th><td>12.03.2024</td></tr>
      <tr class="order-number"><th>Bestellnummer:</th><td>48215</td></tr>
      <tr class="order-date"><th>Bestelldatum:</th><td>10.03.2024</td></tr>
      <tr class="payment-method"><th>Zahlungsart:</th><td>PayPal</td></tr>
    </table>
  </td>
</tr></table>

<table class="order-details">
  <thead><tr><th class="product">Produkt</th><th class="quantity">Anzahl</th><th class="price">Einzelpreis</th><th class="price">Preis</th></tr></thead>
  <tbody>$rows</tbody>
</table>

<table class="totals">
  <tr><th>Zwischensumme</th><td>%SUB%</td></tr>
  <tr><th>Versand</th><td>%SHIP% <small>via DHL Paket</small></td></tr>
  <tr class="order_total"><th>Gesamtsumme</th><td>%TOTAL%<span class="includes_tax">(inkl. %VAT% MwSt. 19 %)</span></td></tr>
</table>

<div class="notes">
  <p>Vielen Dank für Ihre Bestellung! Die Zahlung ist bereits über PayPal bei uns eingegangen (Transaktions-ID 7XK41938FA2250913).</p>
  <p>Lieferdatum entspricht Rechnungsdatum. Bitte bewahren Sie diese Rechnung als Garantienachweis auf.<br>
  Widerrufsbelehrung und AGB finden Sie unter www.barista-werkstatt.de/agb.</p>
</div>

<div id="footer"><table><tr>
  <td>Barista Werkstatt Hansen GmbH<br>Lange Reihe 42 · 20099 Hamburg<br>Geschäftsführer: Jens Hansen</td>
  <td>Amtsgericht Hamburg HRB 154872<br>USt-IdNr.: DE312456789<br>St.-Nr.: 43/725/01988</td>
  <td>Hamburger Sparkasse<br>IBAN: DE44 2005 0550 1234 5678 90<br>BIC: HASPDEHHXXX</td>
</tr></table></div>
</body></html>
HTML;
$html = str_replace(['%SUB%','%SHIP%','%TOTAL%','%VAT%'], [eur($sub), eur($ship), eur($total), eur($vat)], $html);

$cache = __DIR__ . '/dompdf-fontcache'; @mkdir($cache);
$opt = new Options(); $opt->set('isRemoteEnabled', false); $opt->set('defaultFont', 'Helvetica');
$opt->set('fontDir', $cache); $opt->set('fontCache', $cache);
$opt->setChroot(['/usr/share/fonts', __DIR__]);
$d = new Dompdf($opt);
$d->loadHtml($html, 'UTF-8');
$d->setPaper('A4', 'portrait');
$d->render();
file_put_contents($argv[1], $d->output());
