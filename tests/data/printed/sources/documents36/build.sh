#!/bin/bash
# Rebuild every PDF of set 36 from src/ into $1 (default: two levels up from this script),
# named s36_<name>.pdf as tests/test_printed.py reads them.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
FINAL="${1:-$HERE/../..}"
mkdir -p "$FINAL"; FINAL="$(cd "$FINAL" && pwd)"
SRC="$HERE/src"
H=$(mktemp -d); trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" TMPDIR="$H"
export SOURCE_DATE_EPOCH=1743465600 TZ=UTC LC_ALL=C.UTF-8
export no_proxy='*' http_proxy= https_proxy=
OUT="$H/out"; mkdir -p "$OUT"  # built here, then copied to $FINAL with the set's prefix

# 1. headless Chromium
for n in 01_gc_progress_invoice 09_owner_statement 15_elevator_maintenance_invoice 21_situation_de_travaux 24_au_progress_claim; do
  chromium --headless --no-sandbox --disable-gpu --disable-extensions --no-first-run \
    --user-data-dir="$H/chr" --no-pdf-header-footer --print-to-pdf="$OUT/$n.pdf" "file://$SRC/$n.html" >/dev/null 2>&1
done

# 2. wkhtmltopdf
wk() { wkhtmltopdf -q --page-size "$2" --margin-top 14mm --margin-bottom 14mm --margin-left 14mm --margin-right 14mm \
       --disable-javascript "$SRC/$1.html" "$OUT/$1.pdf"; }
wk 04_change_order Letter
wk 11_property_tax_bill Letter
wk 16_cleaning_contract_invoice A4
wk 22_termijnfactuur A4
wk 25_ca_holdback_invoice Letter

# 3. LibreOffice (HTML via Writer)
mkdir -p "$H/lo"
for n in 05_contractor_estimate 12_commercial_rent_cam_invoice 17_skip_hire_invoice 20_abschlagsrechnung; do
  soffice -env:UserInstallation=file://$H/lo --headless --convert-to pdf:writer_web_pdf_Export --outdir "$OUT" "$SRC/$n.html" >/dev/null 2>&1
done

# 4. pdflatex
mkdir -p "$H/tex"
for n in 02_aia_g702_application 07_service_charge_demand 13_utility_recharge_invoice 18_scaffolding_hire_invoice 23_certificacion_obra; do
  cp "$SRC/$n.tex" "$H/tex/"
  (cd "$H/tex" && pdflatex -interaction=nonstopmode -halt-on-error "$n.tex" >/dev/null && cp "$n.pdf" "$OUT/")
done

# 5. fpdf2 (Python)
python3 "$SRC/gen_fpdf.py" "$OUT"

# 6. groff
groff -ms -Tpdf -P-pletter "$SRC/06_conditional_lien_waiver.ms" > "$OUT/06_conditional_lien_waiver.pdf"

# 7. enscript + ps2pdf
enscript -q -B -M A4 -f Courier10 --margins=56:56:48:48 -p "$H/08.ps" "$SRC/08_ground_rent_demand.txt"
ps2pdf -sPAPERSIZE=a4 "$H/08.ps" "$OUT/08_ground_rent_demand.pdf"

for f in "$OUT"/*.pdf; do cp "$f" "$FINAL/s36_$(basename "$f")"; done
ls "$OUT"/*.pdf | wc -l
