#!/bin/bash
# The tenth held-out set (statements, a delivery docket, an air-freight invoice, a hotel
# folio, an EOB, a P60, a rent statement, a donation receipt, a train ticket, a gas bill, a
# car rental, a tuition invoice, a renewal notice): regenerates its PDFs into
# tests/data/printed (or the folder given). Needs Chromium, LibreOffice, groff, fpdf2,
# wkhtmltopdf and pdflatex; the PDFs are committed, so the tests need none of them.
set -euo pipefail
S=$(cd "$(dirname "$0")" && pwd)
W=$(cd "${1:-$S/../..}" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir -p "$T/home" "$T/texbuild" "$T/texmfvar"
export HOME=$T/home XDG_CACHE_HOME=$T/home/.cache XDG_CONFIG_HOME=$T/home/.config TEXMFVAR=$T/texmfvar
LO="soffice -env:UserInstallation=file://$T/lo_profile --headless"
CHROME="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir=$T/chrome_profile"

# Chromium headless
$CHROME --print-to-pdf=$W/01_cc_statement_us.pdf $S/01_cc_statement_us.html 2>/dev/null
$CHROME --print-to-pdf=$W/10_biglietto_treno_it.pdf $S/10_biglietto_treno_it.html 2>/dev/null
# LibreOffice
$LO --convert-to pdf --outdir $W $S/02_mortgage_statement_ca.fodt >/dev/null 2>&1
$LO --convert-to pdf --outdir $W $S/09_recu_don_fr.fodt >/dev/null 2>&1
$LO --convert-to pdf:writer_pdf_Export --outdir $W $S/13_tuition_invoice_uk.html >/dev/null 2>&1
# groff (ms + tbl)
groff -ms -t -Tpdf -P-pa4 $S/03_packing_slip_au.ms > $W/03_packing_slip_au.pdf
groff -ms -t -Tpdf -P-pa4 $S/08_rent_statement_za.ms > $W/08_rent_statement_za.pdf
# fpdf2
python3 $S/04_awb_invoice_sg.py $W/04_awb_invoice_sg.pdf
python3 $S/12_wynajem_auta_pl.py $W/12_wynajem_auta_pl.pdf
# wkhtmltopdf
wkhtmltopdf -q --page-size A4 -T 15mm -B 15mm -L 18mm -R 18mm $S/05_hotel_folio_de.html $W/05_hotel_folio_de.pdf 2>/dev/null
wkhtmltopdf -q --page-size A4 -T 12mm -B 12mm -L 14mm -R 14mm $S/11_fatura_gas_pt.html $W/11_fatura_gas_pt.pdf 2>/dev/null
wkhtmltopdf -q --page-size Letter -T 14mm -B 14mm -L 16mm -R 16mm $S/14_saas_renewal_notice.html $W/14_saas_renewal_notice.pdf 2>/dev/null
# pdflatex
for t in 06_eob_us 07_p60_uk; do
  pdflatex -interaction=nonstopmode -halt-on-error -output-directory=$T/texbuild $S/$t.tex >/dev/null
  cp $T/texbuild/$t.pdf $W/$t.pdf
done
