#!/bin/bash
# Rebuild every PDF of set 35 from src/ into $1 (default: two levels above this script),
# named s35_<name>.pdf as tests/test_printed.py reads them.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FINAL="${1:-$HERE/../..}"
mkdir -p "$FINAL"; FINAL="$(cd "$FINAL" && pwd)"
SRC="$HERE/src"
H=$(mktemp -d); trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_RUNTIME_DIR="$H/run" TMPDIR="$H"
export SOURCE_DATE_EPOCH=1743465600 TZ=UTC LC_ALL=C.UTF-8
export no_proxy='*' http_proxy= https_proxy=
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
W="$H/work"; mkdir -p "$W"
OUT="$H/out"; mkdir -p "$OUT"  # built here, then copied to $FINAL with the set's prefix

chrome() {  # chrome name.html -> name.pdf
  local n="${1%.html}"
  chromium --headless --no-sandbox --disable-gpu --disable-extensions --no-first-run \
    --no-pdf-header-footer --print-to-pdf-no-header --user-data-dir="$H/chr" \
    --print-to-pdf="$OUT/$n.pdf" "file://$SRC/$1" >/dev/null 2>&1
}
wk() {  # wk name.html pagesize margin_mm
  local n="${1%.html}"
  wkhtmltopdf -q --page-size "$2" --margin-top "$3" --margin-bottom "$3" --margin-left "$3" --margin-right "$3" \
    --disable-external-links --title "$n" "$SRC/$1" "$OUT/$n.pdf" >/dev/null 2>&1 || test -s "$OUT/$n.pdf"
}
lo_html() {  # LibreOffice Writer from HTML
  soffice --headless -env:UserInstallation=file://$H/lo --infilter="HTML (StarWriter)" \
    --convert-to pdf:writer_pdf_Export --outdir "$OUT" "$SRC/$1" >/dev/null 2>&1
}
lo_fodt() {
  soffice --headless -env:UserInstallation=file://$H/lo --convert-to pdf --outdir "$OUT" "$SRC/$1" >/dev/null 2>&1
}
latex() {
  local n="${1%.tex}"
  ( cd "$W" && for i in 1 2; do pdflatex -interaction=nonstopmode -halt-on-error "$SRC/$1" >/dev/null; done && cp "$n.pdf" "$OUT/$n.pdf" )
}
fp() { python3 "$SRC/$1" "$OUT/${1%.py}.pdf"; }
gr() { groff -k -t -ms -Tpdf -dpaper="$2" -P-p"$2" "$SRC/$1" > "$OUT/${1%.ms}.pdf"; }

# Headless Chromium
chrome d01_qbo_invoice.html
chrome d03_freshbooks_late_fee.html
chrome d07_stripe_invoice.html
chrome d10_shopify_order_invoice.html
chrome d14_invoice_ninja_partial.html
chrome d22_ride_receipt.html
chrome d27_facture_fr.html
# wkhtmltopdf
wk d02_xero_tax_invoice_au.html A4 15
wk d08_stripe_receipt.html Letter 18
wk d11_marketplace_business_invoice.html Letter 12
wk d17_saas_proration_invoice.html Letter 14
wk d24_hosting_renewal_invoice.html A4 14
# LibreOffice
lo_html d04_zoho_gst_tds_india.html
lo_fodt d09_paypal_invoice.fodt
lo_html d12_odoo_factuur_nl.html
lo_html d19_utility_bill_business.html
lo_fodt d26_factura_es.fodt
# pdflatex
latex d13_sage_uk_invoice.tex
latex d18_telecom_business_bill.tex
latex d25_rechnung_de.tex
latex d28_multipage_distributor_invoice.tex
# fpdf2
fp d05_wave_invoice_from_estimate.py
fp d06_square_receipt.py
fp d15_harvest_time_invoice.py
fp d20_marketplace_payout.py
fp d30_proforma_invoice.py
# groff
gr d16_cloud_monthly_bill.ms letter
gr d23_app_store_receipt.ms letter
gr d29_credit_note.ms a4
# enscript + ps2pdf (narrow POS slip)
enscript -B -q -M Letter --margins=14:10:24:24 -f Courier8 -p "$W/d21.ps" "$SRC/d21_restaurant_pos_receipt.txt"
ps2pdf -dDEVICEWIDTHPOINTS=236 -dDEVICEHEIGHTPOINTS=792 -dFIXEDMEDIA "$W/d21.ps" "$OUT/d21_restaurant_pos_receipt.pdf"

for f in "$OUT"/*.pdf; do cp "$f" "$FINAL/s35_$(basename "$f")"; done
ls "$OUT"/*.pdf | wc -l
