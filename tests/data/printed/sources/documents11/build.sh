#!/bin/bash
# The eleventh held-out set (eight invoices and eight other documents): regenerates its PDFs
# into tests/data/printed (or the folder given). Needs LibreOffice, wkhtmltopdf, Chromium,
# pdflatex, groff and fpdf2; the PDFs are committed, so the tests need none of them.
set -euo pipefail
S=$(cd "$(dirname "$0")" && pwd)
O=$(cd "${1:-$S/../..}" && pwd)
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
mkdir -p "$W/home" "$W/tmp" "$W/texbuild" "$W/texmfvar"
chmod 700 "$W/tmp"
export HOME=$W/home XDG_CONFIG_HOME=$W/home/.config XDG_CACHE_HOME=$W/home/.cache XDG_RUNTIME_DIR=$W/tmp
export TEXMFVAR=$W/texmfvar
LO="soffice -env:UserInstallation=file://$W/lo_profile --headless"
CHROME="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir=$W/chrome_profile"

# LibreOffice
$LO --convert-to pdf --outdir "$O" "$S/inv_construction_de.fodt" "$S/bill_hotel_cz.fodt" >/dev/null 2>&1
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$O" "$S/inv_printing_es.html" >/dev/null 2>&1

# wkhtmltopdf
wkhtmltopdf -q --page-size A4 -B 0 -T 0 -L 0 -R 0 "$S/inv_translation_fr.html" "$O/inv_translation_fr.pdf" 2>/dev/null
wkhtmltopdf -q --page-size Letter -B 0 -T 0 -L 0 -R 0 "$S/bill_broadband_ca.html" "$O/bill_broadband_ca.pdf" 2>/dev/null

# Chromium headless
for f in inv_freight_nl inv_cloud_ie certificate_insurance_dk; do
  $CHROME --print-to-pdf="$O/$f.pdf" "$S/$f.html" >/dev/null 2>&1
done

# pdflatex
for f in inv_photographer_nz statement_bank_se payslip_in; do
  pdflatex -interaction=nonstopmode -halt-on-error -output-directory "$W/texbuild" "$S/$f.tex" >/dev/null
done
cp "$W/texbuild/inv_photographer_nz.pdf" "$W/texbuild/statement_bank_se.pdf" "$O/"
cp "$W/texbuild/payslip_in.pdf" "$O/payslip_in_2025.pdf"  # the ninth set has a payslip_in.pdf

# groff
groff -Kutf8 -t -Tpdf -P-pa4 "$S/inv_veterinary_uk.groff" > "$O/inv_veterinary_uk.pdf" 2>/dev/null
groff -Kutf8 -t -Tpdf -P-pa4 "$S/delivery_note_uk.groff" > "$O/delivery_note_uk.pdf" 2>/dev/null
groff -Kutf8 -Tpdf -P-p17.5c,8c "$S/receipt_cafe_pt.groff" > "$O/receipt_cafe_pt.pdf" 2>/dev/null

# fpdf2
python3 "$S/inv_florist_it.py" "$O/inv_florist_it.pdf"
python3 "$S/po_outdoor_us.py" "$O/po_outdoor_us.pdf"

