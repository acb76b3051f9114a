#!/bin/bash
# Rebuilds the web-app generators' documents of the seventh held-out set into tests/data/printed/.
# Needs: a Python with weasyprint and xhtml2pdf (PY=...; default python3, its weasyprint beside it),
#        node (npm install runs in node/), php-cli, php-tcpdf, php-fpdf, php-dompdf (Debian).
#        xhtml2pdf wants DejaVu Sans copied to xhtml2pdf/fonts/ (fonts-dejavu).
set -euo pipefail
cd "$(dirname "$0")"
D=$(cd ../.. && pwd)
PY=${PY:-python3}
# dompdf (PHP) - WooCommerce-style
php php/de_woocommerce_rechnung.php "$D/de_woocommerce_rechnung.pdf"
# TCPDF (PHP)
php php/ua_rakhunok.php "$D/ua_rakhunok.pdf"
# FPDF (PHP)
php php/it_fattura.php "$D/it_fattura.pdf"
# WeasyPrint
"$PY" -m weasyprint weasy/be_odoo_facture.html "$D/be_odoo_facture.pdf"
"$PY" -m weasyprint weasy/jp_ryoshusho.html "$D/jp_ryoshusho.pdf"
# xhtml2pdf
$PY xhtml2pdf/render.py xhtml2pdf/kz_schet_na_oplatu.html "$D/kz_schet_na_oplatu.pdf"
$PY xhtml2pdf/render.py xhtml2pdf/is_reikningur.html "$D/is_reikningur.pdf"
# Node: PDFKit, jsPDF(+autotable), pdfmake, pdf-lib
( cd node && [ -d node_modules ] || npm install )
node node/gb_stripe_receipt.js "$D/gb_stripe_receipt.pdf"
node node/za_tax_invoice.js "$D/za_tax_invoice.pdf"
node node/se_faktura.js "$D/se_faktura.pdf"
node node/ng_service_invoice.js "$D/ng_service_invoice.pdf"
node node/us_zoho_invoice.js "$D/us_zoho_invoice.pdf" 2>&1 | grep -v "access policy" >&2 || true
node node/lt_pvm_saskaita.js "$D/lt_pvm_saskaita.pdf" 2>&1 | grep -v "access policy" >&2 || true
node node/hr_racun.js "$D/hr_racun.pdf"
