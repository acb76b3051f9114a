#!/usr/bin/env bash
# Rebuild every PDF of held-out set 16 from src/ into a folder (default: tests/data/printed, two folders up).
# Usage: ./build.sh [OUTDIR]
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "${1:-$HERE/../..}"
OUT=$(cd "${1:-$HERE/../..}" && pwd)
SRC="$HERE/src"

H=$(mktemp -d)
trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_DATA_HOME="$H/.local/share" XDG_RUNTIME_DIR="$H/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
export SOURCE_DATE_EPOCH=1743465600   # 2025-04-01T00:00:00Z
export TZ=UTC LC_ALL=C.UTF-8
export TEXMFVAR="$H/texmf-var" TEXMFCACHE="$H/texmf-cache"
# no network: proxies point nowhere
export http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 no_proxy=

cd "$SRC"
W="$H/work"; mkdir -p "$W"

chrome() {  # $1 = html, $2 = pdf
  chromium --headless --no-sandbox --disable-gpu --disable-extensions --no-first-run \
    --user-data-dir="$H/chromium" --no-pdf-header-footer \
    --host-resolver-rules="MAP * ~NOTFOUND" \
    --print-to-pdf="$OUT/$2" "file://$SRC/$1" >/dev/null 2>&1
}
office() {  # $1 = source (fodt/fods/html), $2 = pdf
  soffice --headless --norestore -env:UserInstallation="file://$H/lo" \
    --convert-to pdf --outdir "$W" "$1" >/dev/null 2>&1
  mv "$W/${1%.*}.pdf" "$OUT/$2"
}

echo "== chromium"
chrome 01_uk_bank_statement.html 01_uk_bank_statement.pdf
chrome 08_fr_facture_electricite.html 08_fr_facture_electricite.pdf

echo "== pdflatex"
pdflatex -interaction=batchmode -halt-on-error -output-directory "$W" 02_de_kontoauszug.tex >/dev/null
cp "$W/02_de_kontoauszug.pdf" "$OUT/"

pdflatex -interaction=batchmode -halt-on-error -output-directory "$W" 12_de_rechnung.tex >/dev/null
cp "$W/12_de_rechnung.pdf" "$OUT/"

echo "== wkhtmltopdf"
for f in 03_us_credit_card_statement 13_ie_invoice; do
  size=A4; [ "$f" = 03_us_credit_card_statement ] && size=Letter
  wkhtmltopdf --quiet --page-size "$size" -T 12mm -B 12mm -L 12mm -R 12mm \
    --disable-javascript --disable-local-file-access \
    "$f.html" "$OUT/$f.pdf"
done

echo "== fpdf2"
python3 04_au_home_loan_statement.py "$OUT/04_au_home_loan_statement.pdf"
python3 10_it_bolletta_gas.py "$OUT/10_it_bolletta_gas.pdf"

echo "== LibreOffice"
office 05_ie_pension_statement.fodt 05_ie_pension_statement.pdf
office 09_es_factura_telefonia.html 09_es_factura_telefonia.pdf
office 11_nl_factuur.fods 11_nl_factuur.pdf

echo "== enscript + ps2pdf"
enscript -q -B -M Letter -f Courier9 --margins=54:54:40:40 -p "$W/06.ps" 06_us_remittance_advice.txt
ps2pdf -sPAPERSIZE=letter "$W/06.ps" "$OUT/06_us_remittance_advice.pdf"

echo "== groff"
groff -k -t -ms -Tpdf -P-pa4 07_de_sepa_mandat.ms > "$OUT/07_de_sepa_mandat.pdf"
groff -k -t -ms -Tpdf -P-pa4 14_it_estratto_conto.ms > "$OUT/14_it_estratto_conto.pdf"

echo "== check"
fail=0
for p in "$OUT"/*.pdf; do
  n=$(pdftotext -layout "$p" - 2>/dev/null | tr -d '[:space:]' | wc -c)
  pages=$(pdfinfo "$p" | awk -F: '/^Pages/{gsub(/ /,"",$2);print $2}')
  prod=$(pdfinfo "$p" | awk -F: '/^Producer/{sub(/^ +/,"",$2);print $2}'); [ -n "$prod" ] || prod="(no Producer entry: fpdf2)"
  size=$(stat -c %s "$p")
  printf '%-34s pages=%s chars=%-5s bytes=%-7s producer=%s\n' "$(basename "$p")" "$pages" "$n" "$size" "$prod"
  [ "$n" -gt 200 ] || { echo "  NO TEXT LAYER: $p"; fail=1; }
done
exit $fail
