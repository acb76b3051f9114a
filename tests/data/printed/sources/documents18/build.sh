#!/usr/bin/env bash
# Regenerate every PDF of set 18 from src/ into a folder (default: tests/data/printed, two folders up).
# Usage: ./build.sh [OUTDIR]
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "${1:-$HERE/../..}"
OUT=$(cd "${1:-$HERE/../..}" && pwd)
SRC="$HERE/src"

# throwaway HOME so no tool reads or writes the user's profile
H=$(mktemp -d)
W=$(mktemp -d)
trap 'rm -rf "$H" "$W"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_DATA_HOME="$H/.local/share" XDG_RUNTIME_DIR="$H/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export SOURCE_DATE_EPOCH=1744000000 FORCE_SOURCE_DATE=1 TZ=UTC LC_ALL=C.UTF-8
# no network: proxies that go nowhere
export http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 no_proxy=
PY=${PYTHON:-python3}

chrome() { # html pdf
  chromium --headless --no-sandbox --disable-gpu --disable-extensions --no-first-run \
    --disable-background-networking --disable-sync --disable-component-update \
    --no-pdf-header-footer --user-data-dir="$H/chrome" \
    --print-to-pdf="$2" "file://$SRC/$1" >/dev/null 2>&1
}
soff() { # filter src [import filter]
  soffice -env:UserInstallation="file://$H/lo" --headless --norestore ${3:+--infilter="$3"} \
    --convert-to "pdf:$1" --outdir "$W" "$SRC/$2" >/dev/null 2>&1
}
latex() { # engine tex pdf
  (cd "$W" && "$1" -interaction=nonstopmode -halt-on-error -output-directory="$W" "$SRC/$2" >/dev/null)
  mv "$W/${2%.tex}.pdf" "$3"
}

echo "building into $OUT"
# 1 Chromium
chrome inv_wrapped_headers_en.html "$OUT/inv_wrapped_headers_en.pdf"
chrome albaran_entrega_es.html "$OUT/albaran_entrega_es.pdf"
# 2 LibreOffice Writer (HTML) and Calc (.fods)
soff writer_pdf_Export rechnung_labelboxes_de.html "HTML (StarWriter)"
mv "$W/rechnung_labelboxes_de.pdf" "$OUT/"
soff calc_pdf_Export lista_pakunkowa_pl.fods
mv "$W/lista_pakunkowa_pl.pdf" "$OUT/"
# 3 pdfLaTeX
latex pdflatex avis_echeance_fr.tex "$OUT/avis_echeance_fr.pdf"
latex pdflatex faktura_vat_pl.tex "$OUT/faktura_vat_pl_18.pdf"
# 4 LuaLaTeX
latex lualatex patient_statement_us.tex "$OUT/patient_statement_us.pdf"
# 5 wkhtmltopdf
wkhtmltopdf -q --page-size Letter -O Landscape -T 10mm -B 10mm -L 10mm -R 10mm \
  "$SRC/timesheet_landscape_us.html" "$OUT/timesheet_landscape_us.pdf"
wkhtmltopdf -q --page-width 102mm --page-height 152mm -T 3mm -B 3mm -L 3mm -R 3mm \
  "$SRC/waybill_label_se.html" "$OUT/waybill_label_se.pdf"
# 6 groff
groff -t -ms -Tpdf -P-pa4 "$SRC/vet_invoice_uk.ms" > "$OUT/vet_invoice_uk.pdf"
# 7 enscript + ps2pdf (latin-1 text)
iconv -f utf-8 -t latin1 "$SRC/avis_contravention_fr.txt" \
  | enscript -q -B -X latin1 -f Courier9.5 --margins=56:40:40:40 -M A4 -t "Avis de contravention" -o - \
  | ps2pdf - "$OUT/avis_contravention_fr.pdf"
# 8 fpdf2
$PY "$SRC/kvitto_80mm_se.py" "$OUT/kvitto_80mm_se.pdf"
$PY "$SRC/vat_return_uk.py" "$OUT/vat_return_uk.pdf"
$PY "$SRC/arbetsgivardeklaration_se.py" "$OUT/arbetsgivardeklaration_se.pdf"

# check: every PDF has a text layer; pages / producer / size per file
fail=0
printf '%-34s %5s %8s  %s\n' file pages bytes producer
for f in "$OUT"/*.pdf; do
  n=$(pdftotext -layout "$f" - 2>/dev/null | tr -d '[:space:]' | wc -c)
  pages=$(pdfinfo "$f" | awk -F': *' '/^Pages/{print $2}')
  prod=$(pdfinfo "$f" | awk -F': *' '/^Producer/{print $2}')
  size=$(stat -c %s "$f")
  printf '%-34s %5s %8s  %s\n' "$(basename "$f")" "$pages" "$size" "$prod"
  if [ "$n" -lt 200 ]; then echo "  !! no text layer in $f"; fail=1; fi
done
exit $fail
