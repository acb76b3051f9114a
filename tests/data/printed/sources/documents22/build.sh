#!/bin/bash
# Rebuild every PDF of set 22 from src/ into the folder given as $1.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="${1:-$HERE/../..}"
mkdir -p "$OUT"; OUT="$(cd "$OUT" && pwd)"
SRC="$HERE/src"
H=$(mktemp -d); trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_RUNTIME_DIR="$H/run" TMPDIR="$H"
export SOURCE_DATE_EPOCH=1743465600 TZ=UTC LC_ALL=C.UTF-8
export FORCE_SOURCE_DATE=1
mkdir -p "$H/run" && chmod 700 "$H/run"
W="$H/work"; mkdir -p "$W"

# 1. headless Chromium (HTML)
for n in s22_po_us_industrial s22_paystub_us s22_phone_bill_au s22_school_fees_za s22_offerte_nl; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$H/chr" \
    --print-to-pdf="$OUT/$n.pdf" "file://$SRC/$n.html" >/dev/null 2>&1
done

# 2. LibreOffice (Writer .fodt, Writer from HTML, Calc .fods)
soffice --headless --convert-to pdf --outdir "$W" "$SRC/s22_quote_uk_builder.fodt" "$SRC/s22_membership_nz.fodt" "$SRC/s22_commercial_invoice_in.fods" >/dev/null 2>&1
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$W" "$SRC/s22_folio_hotel_fr.html" >/dev/null 2>&1
for n in s22_quote_uk_builder s22_membership_nz s22_commercial_invoice_in s22_folio_hotel_fr; do mv "$W/$n.pdf" "$OUT/$n.pdf"; done

# 3. pdflatex
for n in s22_lieferschein_de s22_gehalt_de s22_insurance_ie; do
  (cd "$W" && for i in 1 2; do pdflatex -interaction=nonstopmode -halt-on-error "$SRC/$n.tex" >/dev/null; done)
  mv "$W/$n.pdf" "$OUT/$n.pdf"
done

# 4. wkhtmltopdf
wkhtmltopdf -q --page-size Letter -T 12mm -B 12mm -L 14mm -R 14mm "$SRC/s22_electric_us.html" "$OUT/s22_electric_us.pdf" 2>/dev/null
wkhtmltopdf -q --page-size Letter -T 12mm -B 12mm -L 13mm -R 13mm "$SRC/s22_eob_us.html" "$OUT/s22_eob_us.pdf" 2>/dev/null
wkhtmltopdf -q --page-size A4 -T 12mm -B 12mm -L 14mm -R 14mm "$SRC/s22_verbale_it.html" "$OUT/s22_verbale_it.pdf" 2>/dev/null

# 5. groff
for n in s22_council_tax_uk s22_rent_receipt_in; do
  groff -t -ms -k -Tpdf -dpaper=a4 -P-pa4 "$SRC/$n.ms" > "$OUT/$n.pdf" 2>/dev/null
done

# 6. enscript + ps2pdf
enscript -q -B -M Letter -f Courier8.5 --margins=40:40:40:40 -o "$W/bol.ps" "$SRC/s22_bol_ca.txt"
ps2pdf -sPAPERSIZE=letter "$W/bol.ps" "$OUT/s22_bol_ca.pdf"

# 7. fpdf2 (Python)
python3 "$SRC/s22_payslip_uk.py" "$OUT/s22_payslip_uk.pdf"
python3 "$SRC/s22_alquiler_es.py" "$OUT/s22_alquiler_es.pdf"

ls "$OUT"/s22_*.pdf | wc -l
