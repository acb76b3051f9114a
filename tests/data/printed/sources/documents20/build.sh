#!/usr/bin/env bash
# Rebuild every PDF of set 20 from src/ into the folder given (default: tests/data/printed, two folders up).
# Usage: ./build.sh [OUTDIR]
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "${1:-$HERE/../..}"
OUT=$(cd "${1:-$HERE/../..}" && pwd)
SRC="$HERE/src"

# throwaway HOME, no network, fixed dates
H=$(mktemp -d)
trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_DATA_HOME="$H/.local/share"
export XDG_RUNTIME_DIR="$H/run" TEXMFVAR="$H/texmf-var" TMPDIR="$H"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"; chmod 700 "$XDG_RUNTIME_DIR"
export SOURCE_DATE_EPOCH=1743465600 FORCE_SOURCE_DATE=1 TZ=UTC LC_ALL=C.UTF-8
export http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 no_proxy=
W="$H/work"; mkdir -p "$W"
cd "$SRC"

chrome() {  # html -> pdf with headless Chromium (Skia/PDF)
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --disable-background-networking \
    --disable-extensions --no-first-run --user-data-dir="$H/chromium" \
    --print-to-pdf="$OUT/$1.pdf" "file://$SRC/$1.html" >/dev/null 2>&1
}
wk() {      # html -> pdf with wkhtmltopdf (Qt)
  wkhtmltopdf -q --disable-javascript --page-size A4 -T 12mm -B 12mm -L 14mm -R 13mm "$1.html" "$OUT/$1.pdf" >/dev/null 2>&1
}
lo() {      # .fodt / .fods / .html -> pdf with LibreOffice
  soffice -env:UserInstallation="file://$H/lo" --headless --convert-to pdf --outdir "$W" "$1" >/dev/null 2>&1
  mv "$W/${1%.*}.pdf" "$OUT/${1%.*}.pdf"
}
tex() {     # pdflatex, run twice
  pdflatex -interaction=batchmode -halt-on-error -output-directory="$W" "$1.tex" >/dev/null
  pdflatex -interaction=batchmode -halt-on-error -output-directory="$W" "$1.tex" >/dev/null
  mv "$W/$1.pdf" "$OUT/$1.pdf"
}

echo "building into $OUT"
chrome de_elektro_rechnung          # DE  electrician's invoice, 2 pages
tex    at_gutschrift                # AT  wholesaler's credit note
wk     ch_facture_electricite       # CH  electricity bill (French) with QR-bill part
lo     fr_facture_plombier.fodt     # FR  plumber's invoice (Writer)
python3 be_orderbevestiging.py "$OUT/be_orderbevestiging.pdf" >/dev/null   # BE order confirmation (fpdf2)
preconv -e utf-8 nl_servicekosten.ms | groff -ms -t -Tpdf -P-pa4 -dpaper=a4 > "$OUT/nl_servicekosten.pdf"   # NL service-charge statement
chrome es_factura_mayorista         # ES  wholesaler's invoice
lo     it_bolletta_gas.html         # IT  gas bill (LibreOffice from HTML)
tex    pt_extrato_conta             # PT  bank statement
python3 pl_wz.py "$OUT/pl_wz.pdf" >/dev/null   # PL  delivery note (fpdf2)
wk     cz_faktura_truhlarstvi       # CZ  joinery invoice
iconv -f utf-8 -t latin1 se_kontoutdrag.txt \
  | enscript -q -B -X latin1 -f Courier8.5 --margins=48:36:40:40 -M A4 -o - \
  | ps2pdf -sPAPERSIZE=a4 - "$OUT/se_kontoutdrag.pdf"   # SE  bank statement, 2 pages
lo     dk_faktura_engros.fods       # DK  wholesaler's invoice (Calc), 2 pages
tex    fi_hyvityslasku              # FI  credit note

# check: every PDF has a text layer; pages / producer / size
fail=0
printf '%-32s %5s %8s  %s\n' file pages bytes producer
for f in "$OUT"/*.pdf; do
  n=$(pdftotext -layout "$f" - 2>/dev/null | tr -d '[:space:]' | wc -c)
  pages=$(pdfinfo "$f" 2>/dev/null | awk -F': *' '/^Pages/{print $2}')
  prod=$(pdfinfo "$f" 2>/dev/null | awk -F': *' '/^Producer/{print $2}')
  [ -z "$prod" ] && prod="(none; Creator: $(pdfinfo "$f" | awk -F': *' '/^Creator/{print $2}'), fpdf2)"
  printf '%-32s %5s %8s  %s\n' "$(basename "$f")" "$pages" "$(stat -c %s "$f")" "$prod"
  if [ "$n" -lt 200 ]; then echo "NO TEXT LAYER: $f"; fail=1; fi
done
[ "$(ls "$OUT"/*.pdf | wc -l)" -eq 14 ] || { echo "expected 14 PDFs"; fail=1; }
exit $fail
