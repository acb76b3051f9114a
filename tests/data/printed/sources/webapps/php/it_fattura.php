<?php
// Italian small-shop invoice ("Fattura", courtesy copy of the SdI e-invoice), generated with FPDF (Debian php-fpdf), core Helvetica / cp1252
require_once '/usr/share/php/fpdf/fpdf.php';
function c($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
function eu($v) { return number_format($v, 2, ',', '.'); }

class Fattura extends FPDF {
  function Footer() {
    $this->SetY(-18);
    $this->SetDrawColor(150); $this->Line(12, $this->GetY(), 198, $this->GetY());
    $this->SetFont('Helvetica', '', 6.8); $this->SetTextColor(90);
    $this->Cell(0, 3.6, c("Cartoleria Rossi S.n.c. – Via dell'Indipendenza 41 – 40121 Bologna (BO) – P.IVA e C.F. 02345678904 – REA BO-456789"), 0, 1, 'C');
    $this->Cell(0, 3.6, c('Tel. 051 234 5678 – info@cartoleriarossi.it – PEC cartoleriarossi@pec.it – www.cartoleriarossi.it'), 0, 1, 'C');
    $this->Cell(0, 3.6, c('Pag. ' . $this->PageNo() . '/{nb}'), 0, 0, 'R');
  }
}
$pdf = new Fattura('P', 'mm', 'A4');
$pdf->AliasNbPages(); $pdf->SetMargins(12, 12, 12); $pdf->SetAutoPageBreak(true, 22);
$pdf->SetTitle(c('Fattura 87/2024')); $pdf->SetAuthor(c('Cartoleria Rossi S.n.c.'));
$pdf->AddPage();

// shop header
$pdf->SetFont('Helvetica', 'B', 17); $pdf->SetTextColor(160, 20, 40);
$pdf->Cell(100, 8, c('Cartoleria Rossi'), 0, 1);
$pdf->SetFont('Helvetica', '', 8); $pdf->SetTextColor(60);
foreach (['Cancelleria · Articoli per ufficio · Toner e cartucce', 'Cartoleria Rossi S.n.c.', "Via dell'Indipendenza 41 - 40121 Bologna (BO)", 'P.IVA 02345678904', 'Tel. 051 234 5678'] as $l)
  $pdf->Cell(100, 4, c($l), 0, 1);

// customer box
$pdf->SetTextColor(0);
$pdf->SetXY(112, 14); $pdf->SetFont('Helvetica', '', 7); $pdf->Cell(86, 4, c('Spett.le'), 'LTR', 2);
$pdf->SetFont('Helvetica', 'B', 9.5); $pdf->Cell(86, 5, c('Studio Tecnico Verdi Ing. Paolo'), 'LR', 2);
$pdf->SetFont('Helvetica', '', 9);
foreach (['Via Saragozza 118', '40135 Bologna (BO)', 'P.IVA 03987120452', 'Cod. destinatario SDI: M5UXCR1'] as $i => $l)
  $pdf->Cell(86, 4.6, c($l), $i == 3 ? 'LRB' : 'LR', 2);

// document data grid
$pdf->SetXY(12, 46);
$pdf->SetFillColor(230, 230, 230); $pdf->SetFont('Helvetica', 'B', 7);
$grid = [['Tipo documento', 46], ['Numero', 28], ['Data', 28], ['Cod. cliente', 26], ['Pagina', 18], ['Valuta', 40]];
foreach ($grid as $g) $pdf->Cell($g[1], 4.5, c($g[0]), 1, 0, 'L', true);
$pdf->Ln();
$pdf->SetFont('Helvetica', 'B', 9.5);
$vals = ['FATTURA', '87/2024', '15/07/2024', '0042', '1', 'EUR'];
foreach ($grid as $i => $g) $pdf->Cell($g[1], 6, c($vals[$i]), 1, 0, 'L');
$pdf->Ln(8);
$pdf->SetFont('Helvetica', 'B', 7); $pdf->Cell(93, 4.5, c('Pagamento'), 1, 0, 'L', true); $pdf->Cell(93, 4.5, c("Banca d'appoggio"), 1, 1, 'L', true);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->Cell(93, 5.5, c('Bonifico bancario 30 gg data fattura'), 1, 0); $pdf->Cell(93, 5.5, c('BPER Banca – IBAN IT60 X054 2811 1010 0000 0123 456'), 1, 1);
$pdf->Ln(3);

// lines
$w = [20, 78, 10, 12, 20, 14, 22, 10];
$h = ['Codice', 'Descrizione', 'U.M.', 'Q.tà', 'Prezzo', 'Sconto', 'Importo', 'IVA'];
$pdf->SetFont('Helvetica', 'B', 7.5);
foreach ($h as $i => $t) $pdf->Cell($w[$i], 5.5, c($t), 1, 0, $i >= 3 ? 'R' : 'L', true);
$pdf->Ln();
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->Cell($w[0], 5.5, '', 'LR'); $pdf->SetFont('Helvetica', 'I', 8); $pdf->Cell($w[1], 5.5, c('Rif. DDT n. 214 del 12/07/2024'), 'LR'); foreach (array_slice($w, 2) as $x) $pdf->Cell($x, 5.5, '', 'LR'); $pdf->Ln();
$pdf->SetFont('Helvetica', '', 8.5);
$items = [
  ['CA-A4-80', 'Risma carta A4 80 g/m² Navigator, 500 fogli', 'CF', 10, 4.20],
  ['TN-2420', 'Toner Brother TN-2420 nero, originale', 'PZ', 2, 58.00],
  ['RA-D8-BL', 'Raccoglitore ad anelli dorso 8 cm, blu', 'PZ', 12, 3.15],
];
$imp = 0;
foreach ($items as $it) {
  $t = round($it[3] * $it[4], 2); $imp += $t;
  $pdf->Cell($w[0], 5.5, c($it[0]), 'LR'); $pdf->Cell($w[1], 5.5, c($it[1]), 'LR'); $pdf->Cell($w[2], 5.5, $it[2], 'LR');
  $pdf->Cell($w[3], 5.5, eu($it[3]), 'LR', 0, 'R'); $pdf->Cell($w[4], 5.5, eu($it[4]), 'LR', 0, 'R'); $pdf->Cell($w[5], 5.5, '', 'LR', 0, 'R');
  $pdf->Cell($w[6], 5.5, eu($t), 'LR', 0, 'R'); $pdf->Cell($w[7], 5.5, '22', 'LR', 1, 'R');
}
for ($k = 0; $k < 14; $k++) { foreach ($w as $x) $pdf->Cell($x, 5.5, '', 'LR'); $pdf->Ln(); }
foreach ($w as $x) $pdf->Cell($x, 0, '', 'T'); $pdf->Ln(4);

$iva = round($imp * 0.22, 2); $tot = $imp + $iva;
// VAT summary (left) + totals (right)
$y = $pdf->GetY();
$pdf->SetFont('Helvetica', 'B', 7.5);
$pdf->Cell(25, 5, c('Aliquota IVA'), 1, 0, 'L', true); $pdf->Cell(30, 5, c('Imponibile'), 1, 0, 'R', true); $pdf->Cell(25, 5, c('Imposta'), 1, 0, 'R', true); $pdf->Cell(30, 5, c('Descrizione'), 1, 1, 'L', true);
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->Cell(25, 5.5, '22%', 1); $pdf->Cell(30, 5.5, eu($imp), 1, 0, 'R'); $pdf->Cell(25, 5.5, eu($iva), 1, 0, 'R'); $pdf->Cell(30, 5.5, c('Aliquota ordinaria'), 1, 1);
$pdf->Ln(3);
$pdf->SetFont('Helvetica', 'B', 7.5); $pdf->Cell(40, 5, c('Scadenze'), 1, 0, 'L', true); $pdf->Cell(30, 5, c('Importo'), 1, 1, 'R', true);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->Cell(40, 5.5, '14/08/2024', 1); $pdf->Cell(30, 5.5, c('€ ') . eu($tot), 1, 1, 'R');

$pdf->SetXY(132, $y);
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->Cell(36, 6, c('Totale imponibile'), 'LT'); $pdf->Cell(30, 6, eu($imp), 'TR', 2, 'R'); $pdf->SetX(132);
$pdf->Cell(36, 6, c('Totale IVA'), 'L'); $pdf->Cell(30, 6, eu($iva), 'R', 2, 'R'); $pdf->SetX(132);
$pdf->SetFont('Helvetica', 'B', 10.5); $pdf->SetFillColor(250, 230, 232);
$pdf->Cell(36, 8, c('Totale documento'), 'LTB', 0, 'L', true); $pdf->Cell(30, 8, c('€ ') . eu($tot), 'TRB', 1, 'R', true);

$pdf->SetY($pdf->GetY() + 26);
$pdf->SetFont('Helvetica', '', 7.5); $pdf->SetTextColor(70);
$pdf->MultiCell(0, 3.8, c("Copia di cortesia. Documento privo di valenza fiscale ai sensi dell'art. 21 Dpr 633/72. L'originale è disponibile nell'area riservata del Suo cassetto fiscale (fattura elettronica trasmessa tramite SdI, identificativo 10987654321). Contributo CONAI assolto ove dovuto."));
$pdf->Output('F', $argv[1]);
fwrite(STDERR, "IT $imp $iva $tot\n");
