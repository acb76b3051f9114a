#!/usr/bin/env bash
# The fourteenth held-out set (four invoices and ten other documents, ten of them not in
# English): regenerates its PDFs into tests/data/printed (or the folder given). Needs fpdf2,
# LibreOffice, Chromium, wkhtmltopdf, pdflatex, groff and enscript; the PDFs are committed, so
# the tests need none of them.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$HERE/src"
OUT=$(cd "${1:-$HERE/../..}" && pwd)
TMPH="$(mktemp -d)"
trap 'rm -rf "$TMPH"' EXIT
export HOME="$TMPH"
export XDG_CONFIG_HOME="$TMPH/.config" XDG_CACHE_HOME="$TMPH/.cache" XDG_DATA_HOME="$TMPH/.local/share" XDG_RUNTIME_DIR="$TMPH/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
PY="${PYTHON:-python3}"

# 1. fpdf2
for s in inv_de_elektro ins_pt_aviso grn_cz_prijemka; do
  "$PY" "$SRC/$s.py" "$OUT/$s.pdf"
done

# 2. LibreOffice (flat ODT and HTML)
W="$TMPH/lo"; mkdir -p "$W"
cp "$SRC/inv_fr_plomberie.fodt" "$SRC/phone_pl_faktura.html" "$W/"
soffice -env:UserInstallation="file://$TMPH/lo-profile" --headless --convert-to pdf --outdir "$W" \
  "$W/inv_fr_plomberie.fodt" >/dev/null 2>&1
soffice -env:UserInstallation="file://$TMPH/lo-profile" --headless --convert-to pdf:writer_web_pdf_Export --outdir "$W" \
  "$W/phone_pl_faktura.html" >/dev/null 2>&1
cp "$W/inv_fr_plomberie.pdf" "$W/phone_pl_faktura.pdf" "$OUT/"

# 3. Chromium headless
for s in inv_es_imprenta hotel_it_conto; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$TMPH/chrome" --print-to-pdf="$OUT/$s.pdf" "file://$SRC/$s.html" >/dev/null 2>&1
done

# 4. wkhtmltopdf
wkhtmltopdf -q --zoom 1.35 --page-size A4 --margin-top 0 --margin-bottom 0 --margin-left 0 --margin-right 0 \
  "$SRC/inv_uk_design.html" "$OUT/inv_uk_design.pdf"
wkhtmltopdf -q --zoom 1.35 --page-size A4 --margin-top 0 --margin-bottom 0 --margin-left 0 --margin-right 0 \
  "$SRC/po_au_catering.html" "$OUT/po_au_catering.pdf"

# 5. pdflatex
for s in water_us_bill payslip_se; do
  L="$TMPH/tex-$s"; mkdir -p "$L"
  (cd "$L" && pdflatex -interaction=nonstopmode -halt-on-error "$SRC/$s.tex" >/dev/null)
  cp "$L/$s.pdf" "$OUT/$s.pdf"
done

# 6. groff (-ms, tbl, preconv for UTF-8)
groff -k -t -ms -Tpdf -dpaper=a5 -P-pa5 "$SRC/taxi_nl_rit.ms" > "$OUT/taxi_nl_rit.pdf"
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$SRC/pension_dk.ms" > "$OUT/pension_dk.pdf"

# 7. enscript + ps2pdf
enscript -q -B -M Letter -f Courier9 --margins=54:54:40:40 -o "$TMPH/cc.ps" "$SRC/cc_us_statement.txt"
ps2pdf -sPAPERSIZE=letter "$TMPH/cc.ps" "$OUT/cc_us_statement.pdf"

# check: every PDF has a text layer
ok=1
for f in "$OUT"/*.pdf; do
  n=$(pdftotext "$f" - 2>/dev/null | tr -d '[:space:]' | wc -c)
  p=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2}')
  printf '%-28s pages=%s textchars=%s\n' "$(basename "$f")" "$p" "$n"
  [ "$n" -gt 200 ] || ok=0
done
[ "$ok" = 1 ] && echo "all PDFs have a text layer" || { echo "MISSING TEXT LAYER"; exit 1; }
