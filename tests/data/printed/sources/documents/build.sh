#!/bin/bash
# The ninth held-out set (statements, purchase orders, bills, receipts, a credit note, an
# insurance renewal, a payslip, a quotation): regenerates its PDFs into tests/data/printed
# (or the folder given). Needs reportlab, fpdf2, enscript, ps2pdf, wkhtmltopdf, pdflatex,
# LibreOffice, Chromium and groff; the PDFs are committed, so the tests need none of them.
set -euo pipefail
S=$(cd "$(dirname "$0")" && pwd)
O=$(cd "${1:-$S/../..}" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir -p "$T/.runtime"; chmod 700 "$T/.runtime"
export XDG_RUNTIME_DIR=$T/.runtime
RL="env"

# reportlab
$RL python3 $S/r1/make.py  $O/receipt_restaurant_uk.pdf
$RL python3 $S/cn1/make.py $O/credit_note_ie.pdf
# enscript + ps2pdf
bash $S/r2/build.sh $O/kassenbon_lebensmittel_de.pdf
# fpdf2
python3 $S/r3/make.py $O/receipt_fuel_au.pdf
python3 $S/u3/make.py $O/bill_internet_au.pdf
# wkhtmltopdf
(cd $S/s1 && python3 gen.py >/dev/null)
wkhtmltopdf -q -s A4 -T 12mm -B 12mm -L 14mm -R 14mm --title "Statement 48172036" $S/s1/statement.html $O/statement_bank_uk.pdf
wkhtmltopdf -q -s A4 -T 10mm -B 12mm -L 12mm -R 12mm --title "Home Insurance Renewal HLH-7730415-02" $S/ins1/renewal.html $O/insurance_renewal_uk.pdf
# pdflatex (run twice)
(cd $S/s2 && python3 gen.py >/dev/null)
for n in s2/kontoauszug q1/offerte; do
  (cd "$T" && pdflatex -interaction=nonstopmode -halt-on-error "$S/$n.tex" >/dev/null && pdflatex -interaction=nonstopmode -halt-on-error "$S/$n.tex" >/dev/null)
done
cp "$T/kontoauszug.pdf" $O/kontoauszug_de.pdf
cp "$T/offerte.pdf" $O/offerte_nl.pdf
# LibreOffice
HOME=$T/lohome soffice --headless --convert-to pdf --outdir "$T" $S/po1/purchase_order.fodt >/dev/null 2>&1
HOME=$T/lohome soffice --headless --convert-to pdf:writer_pdf_Export --outdir "$T" $S/u1/bill.html >/dev/null 2>&1
cp "$T/purchase_order.pdf" $O/purchase_order_us.pdf
cp "$T/bill.pdf" $O/bill_mobile_in.pdf
# Chromium headless
for p in "po2/pedido.html pedido_compra_es.pdf" "u2/facture.html facture_electricite_fr.pdf"; do
  set -- $p
  timeout 180 chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chrome" --no-pdf-header-footer \
     --print-to-pdf="$O/$2" "file://$S/$1" >/dev/null 2>&1
done
# groff
groff -t -ms -Tpdf -P-pa4 $S/pay1/payslip.ms > $O/payslip_in.pdf 2>/dev/null
