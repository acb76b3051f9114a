<?php
// Ukrainian "Рахунок на оплату" (BAS/1C-style layout), generated with TCPDF (Debian php-tcpdf), DejaVu Sans
require_once '/usr/share/php/tcpdf/tcpdf.php';

$pdf = new TCPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('TCPDF'); $pdf->SetAuthor('ТОВ «Світлотех Україна»'); $pdf->SetTitle('Рахунок на оплату № 147');
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(15, 12, 12); $pdf->SetAutoPageBreak(true, 15);
$pdf->AddPage();
$pdf->SetFont('dejavusans', '', 8);

function uah($v) { return number_format($v, 2, ',', ' '); }

$pdf->SetFont('dejavusans', 'B', 13);
$pdf->Cell(0, 8, 'Рахунок на оплату № 147 від 18 квітня 2024 р.', 0, 1, 'L');
$pdf->SetLineWidth(0.6); $pdf->Line(15, $pdf->GetY(), 198, $pdf->GetY()); $pdf->Ln(3);
$pdf->SetLineWidth(0.2);

$rows = [
  ['Постачальник:', "ТОВ «Світлотех Україна»\nКод за ЄДРПОУ 41234567, ІПН 412345626543\nIBAN UA213223130000026007233566001 в АТ КБ «ПриватБанк», МФО 305299\nАдреса: 03150, м. Київ, вул. Велика Васильківська, буд. 100, тел. +380 44 123 45 67\nЄ платником податку на прибуток на загальних умовах", true],
  ['Покупець:', "ФОП Коваленко Олена Петрівна\nРНОКПП 3012345678, тел. +380 67 555 12 34\nАдреса: 79000, м. Львів, вул. Городоцька, 45", true],
  ['Договір:', "Договір поставки № 12/03 від 01.03.2024", false],
  ['Замовлення:', "№ 5589 від 15.04.2024", false],
];
foreach ($rows as $r) {
  $pdf->SetFont('dejavusans', '', 8.5);
  $y = $pdf->GetY();
  $pdf->Cell(28, 4.5, $r[0], 0, 0, 'L');
  $lines = explode("\n", $r[1]);
  $pdf->SetFont('dejavusans', 'B', 8.5);
  $pdf->MultiCell(0, 4.5, $lines[0], 0, 'L', false, 1, 43);
  $pdf->SetFont('dejavusans', '', 8.5);
  for ($i = 1; $i < count($lines); $i++) $pdf->MultiCell(0, 4.5, $lines[$i], 0, 'L', false, 1, 43);
  $pdf->Ln(2);
}
$pdf->Ln(2);

$items = [
  ['Світильник LED панель 600×600 40 Вт 4000K, вбудований', 24, 'шт', 625.00],
  ['Лампа LED E27 A60 12 Вт 4000K', 100, 'шт', 48.50],
  ['Прожектор LED 50 Вт 6500K IP65, чорний', 6, 'шт', 712.50],
];
$w = [8, 98, 16, 12, 24, 25];
$pdf->SetFont('dejavusans', 'B', 8);
$pdf->SetFillColor(235, 235, 235);
$h = ['№', 'Товари (роботи, послуги)', 'Кіл-сть', 'Од.', 'Ціна без ПДВ', 'Сума без ПДВ'];
foreach ($h as $i => $t) $pdf->Cell($w[$i], 7, $t, 1, 0, 'C', true);
$pdf->Ln();
$pdf->SetFont('dejavusans', '', 8);
$sub = 0;
foreach ($items as $n => $it) {
  $s = $it[1] * $it[3]; $sub += $s;
  $pdf->Cell($w[0], 6, $n + 1, 1, 0, 'C');
  $pdf->Cell($w[1], 6, $it[0], 1, 0, 'L');
  $pdf->Cell($w[2], 6, $it[1], 1, 0, 'R');
  $pdf->Cell($w[3], 6, $it[2], 1, 0, 'C');
  $pdf->Cell($w[4], 6, uah($it[3]), 1, 0, 'R');
  $pdf->Cell($w[5], 6, uah($s), 1, 1, 'R');
}
$vat = round($sub * 0.2, 2); $tot = $sub + $vat;
$pdf->Ln(1);
$pdf->SetFont('dejavusans', 'B', 8.5);
foreach ([['Разом без ПДВ:', $sub], ['ПДВ:', $vat], ['Всього з ПДВ:', $tot]] as $t) {
  $pdf->Cell(158, 5, $t[0], 0, 0, 'R'); $pdf->Cell(25, 5, uah($t[1]), 0, 1, 'R');
}
$pdf->Ln(3);
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->Cell(0, 5, 'Всього найменувань 3, на суму ' . uah($tot) . ' грн.', 0, 1);
$pdf->SetFont('dejavusans', 'B', 8.5);
$pdf->Cell(0, 5, "Двадцять вісім тисяч дев'ятсот п'ятдесят гривень 00 копійок", 0, 1);
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->Cell(0, 5, 'У т.ч. ПДВ: Чотири тисячі вісімсот двадцять п\'ять гривень 00 копійок', 0, 1);
$pdf->Ln(3);
$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(0, 6, 'Всього до сплати: ' . uah($tot) . ' грн', 0, 1);
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->Cell(0, 5, 'Оплатити до: 25.04.2024', 0, 1);
$pdf->Ln(1);
$pdf->SetLineWidth(0.6); $pdf->Line(15, $pdf->GetY(), 198, $pdf->GetY()); $pdf->Ln(3);
$pdf->SetFont('dejavusans', '', 7.5);
$pdf->MultiCell(0, 4, "Рахунок дійсний протягом 5 банківських днів. Оплата цього рахунку означає погодження з умовами поставки товарів. Повідомлення про оплату обов'язкове. Товар відпускається за наявності довіреності та паспорта. Доставка по м. Львів — Нова пошта, за рахунок покупця.", 0, 'L');
$pdf->Ln(8);
$pdf->SetFont('dejavusans', 'B', 8.5);
$pdf->Cell(30, 5, 'Виписав(ла):', 0, 0); $pdf->Cell(60, 5, '', 'B', 0); $pdf->SetFont('dejavusans', '', 8.5); $pdf->Cell(0, 5, '  Бухгалтер Мельник І. В.', 0, 1);
$pdf->Ln(5);
$pdf->SetFont('dejavusans', 'B', 8.5);
$pdf->Cell(30, 5, 'Директор:', 0, 0); $pdf->Cell(60, 5, '', 'B', 0); $pdf->SetFont('dejavusans', '', 8.5); $pdf->Cell(0, 5, '  Шевчук О. М.', 0, 1);
$pdf->Output($argv[1], 'F');
fwrite(STDERR, "UA $sub $vat $tot\n");
