#!/usr/bin/env bash
# Rebuild every PDF of set 19 from src/ into a folder (default: tests/data/printed, two folders up).
# Usage: ./build.sh [OUTDIR]
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "${1:-$HERE/../..}"
OUT=$(cd "${1:-$HERE/../..}" && pwd)
SRC="$HERE/src"

# throwaway HOME so no tool writes into the real one; fixed dates; no network needed
H=$(mktemp -d)
trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_DATA_HOME="$H/.local/share" XDG_RUNTIME_DIR="$H/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
export SOURCE_DATE_EPOCH=1735689600 FORCE_SOURCE_DATE=1 TZ=UTC LC_ALL=C.UTF-8
export no_proxy='*' NO_PROXY='*'

chrome() {  # chrome name.html -> name.pdf
  local b="${1%.html}"
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions \
    --disable-background-networking --disable-sync --user-data-dir="$H/chrome" \
    --no-pdf-header-footer --print-to-pdf="$OUT/$b.pdf" "file://$SRC/$1" >/dev/null 2>&1
}
wk() {  # wk name.html -> name.pdf (A4)
  local b="${1%.html}"
  wkhtmltopdf -q --disable-javascript --page-size "$2" -T 14mm -B 14mm -L 14mm -R 14mm "$SRC/$1" "$OUT/$b.pdf" >/dev/null 2>&1 || [ -s "$OUT/$b.pdf" ]
}
lo() {  # lo name.ext [infilter] -> name.pdf
  local args=(--headless --norestore "-env:UserInstallation=file://$H/lo" --convert-to pdf --outdir "$OUT")
  [ $# -ge 2 ] && args=(--headless --norestore "-env:UserInstallation=file://$H/lo" --infilter="$2" --convert-to pdf:writer_pdf_Export --outdir "$OUT")
  soffice "${args[@]}" "$SRC/$1" >/dev/null 2>&1
}
tex() {  # tex engine name.tex -> name.pdf
  local b="${2%.tex}"; local T="$H/tex-$b"
  mkdir -p "$T"
  (cd "$T" && "$1" -interaction=nonstopmode -halt-on-error "$SRC/$2" >/dev/null 2>&1)
  cp "$T/$b.pdf" "$OUT/$b.pdf"
}

echo "building into $OUT"
# Chromium (HTML)
chrome us_electric_bill.html
chrome ie_saas_invoice.html
chrome ca_credit_card_statement.html
# wkhtmltopdf
wk uk_mobile_bill.html A4
wk us_purchase_order.html Letter
# enscript + ps2pdf (plain-text till receipt)
enscript -q -B -M A4 -f Courier9 --margins=150:150:60:60 -o "$H/receipt.ps" "$SRC/au_restaurant_receipt.txt"
ps2pdf -sPAPERSIZE=a4 "$H/receipt.ps" "$OUT/au_restaurant_receipt.pdf"
# LibreOffice: Writer (.fodt), Calc (.fods), Writer from HTML
lo in_payslip.fodt
lo au_electrician_invoice.fods
lo ca_fee_statement.html "HTML (StarWriter)"
# LaTeX
tex pdflatex us_dental_statement.tex
tex lualatex in_courier_invoice.tex
# groff -ms with tbl
groff -t -ms -Tpdf -dpaper=a4 -P-pa4 "$SRC/za_insurance_renewal.ms" > "$OUT/za_insurance_renewal.pdf"
# fpdf2
python3 "$SRC/uk_council_tax_bill.py" "$OUT/uk_council_tax_bill.pdf"
python3 "$SRC/za_marketplace_invoice.py" "$OUT/za_marketplace_invoice.pdf"

# check: every PDF has a text layer; print pages / producer / size
fail=0
printf '%-32s %5s %8s  %s\n' file pages bytes producer
for src in "$SRC"/*; do
  b=$(basename "$src"); b="${b%.*}"
  f="$OUT/$b.pdf"
  if [ ! -s "$f" ]; then echo "MISSING $b.pdf"; fail=1; continue; fi
  n=$(pdftotext -layout "$f" - 2>/dev/null | tr -d '[:space:]' | wc -c)
  pages=$(pdfinfo "$f" 2>/dev/null | awk -F': *' '/^Pages/{print $2}')
  prod=$(pdfinfo "$f" 2>/dev/null | awk -F': *' '/^Producer/{print $2}')
  creator=$(pdfinfo "$f" 2>/dev/null | awk -F': *' '/^Creator/{print $2}')
  printf '%-32s %5s %8s  %s | %s\n' "$b.pdf" "$pages" "$(stat -c %s "$f")" "$prod" "$creator"
  if [ "$n" -lt 200 ]; then echo "  NO TEXT LAYER in $b.pdf ($n chars)"; fail=1; fi
done
exit $fail
