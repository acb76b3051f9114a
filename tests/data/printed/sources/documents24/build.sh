#!/bin/bash
# Rebuild every PDF of set 24 from src/ into the folder given as $1.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="${1:-$HERE/../..}"
mkdir -p "$OUT"; OUT="$(cd "$OUT" && pwd)"
SRC="$HERE/src"
H=$(mktemp -d); trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_RUNTIME_DIR="$H/run" TMPDIR="$H"
export SOURCE_DATE_EPOCH=1743465600 FORCE_SOURCE_DATE=1 TZ=UTC LC_ALL=C.UTF-8
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"

# 1. headless Chromium (HTML/CSS with @page sizes)
for n in qbo_invoice xero_invoice zoho_invoice stripe_invoice stripe_receipt shopify_order holded_factura \
         zoho_books_gst_invoice moneybird_invoice pennylane_facture; do
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions --no-pdf-header-footer \
    --user-data-dir="$H/chrome" --print-to-pdf="$OUT/s24_$n.pdf" "file://$SRC/s24_$n.html" >/dev/null 2>&1
  test -s "$OUT/s24_$n.pdf"
done

# 2. wkhtmltopdf (page size per product)
wk() { local n="$1" ps="$2" tb="$3" lr="$4" ti="$5"; shift 5
      wkhtmltopdf -q --encoding utf-8 --page-size "$ps" -T "$tb" -B "$tb" -L "$lr" -R "$lr" --title "$ti" "$@" \
        "$SRC/s24_$n.html" "$OUT/s24_$n.pdf"; }
wk freshbooks_invoice Letter 8mm 8mm "Invoice 0000214"
wk wave_invoice Letter 10mm 10mm "Invoice 58"
wk odoo_invoice A4 8mm 6mm "Invoice - INV/2025/00123"
wk paypal_invoice Letter 8mm 8mm "Invoice 0042"
wk amazon_business_invoice A4 8mm 8mm "Invoice GB5A7KQ2XD4E"
wk fattura_cortesia A4 10mm 8mm "Fattura 145/2025"

# 3. LibreOffice from flat ODT
mkdir -p "$H/lo"
for n in sage_invoice sap_b1_rechnung sevdesk_schlussrechnung exact_factuur; do
  soffice --headless --norestore -env:UserInstallation="file://$H/lo-profile" --convert-to pdf \
    --outdir "$H/lo" "$SRC/s24_$n.fodt" >/dev/null 2>&1
  mv "$H/lo/s24_$n.pdf" "$OUT/s24_$n.pdf"
done

# 4. pdflatex
mkdir -p "$H/tex"
for n in lexoffice_rechnung fakturoid_faktura economic_faktura; do
  cp "$SRC/s24_$n.tex" "$H/tex/"
  (cd "$H/tex" && pdflatex -interaction=nonstopmode -halt-on-error "s24_$n.tex" >/dev/null \
               && pdflatex -interaction=nonstopmode -halt-on-error "s24_$n.tex" >/dev/null)
  mv "$H/tex/s24_$n.pdf" "$OUT/s24_$n.pdf"
done

# 5. fpdf2 generator scripts
python3 "$SRC/s24_infakt_faktura.py" "$OUT/s24_infakt_faktura.pdf"
python3 "$SRC/s24_tally_tax_invoice.py" "$OUT/s24_tally_tax_invoice.pdf"

# 6. groff (gropdf)
groff -Tpdf -P-p7.2i,3.5i "$SRC/s24_square_receipt.tr" > "$OUT/s24_square_receipt.pdf"
groff -t -Tpdf -P-pa4 "$SRC/s24_myob_tax_invoice.tr" > "$OUT/s24_myob_tax_invoice.pdf"

ls "$OUT"/s24_*.pdf | wc -l
