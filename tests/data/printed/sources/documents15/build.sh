#!/usr/bin/env bash
# The fifteenth held-out set (five invoices and nine other documents, eleven not in English):
# regenerates its PDFs into tests/data/printed (or the folder given). Needs Chromium,
# LibreOffice, fpdf2, pdflatex, wkhtmltopdf, groff and enscript; the PDFs are committed, so
# the tests need none of them.
# (src/gen/gen_wholesale_at.py was run once to write src/inv_wholesale_at.html; it is not re-run here.)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$HERE/src"
OUT=$(cd "${1:-$HERE/../..}" && pwd)
H="$(mktemp -d)"
WORK="$(mktemp -d)"
trap 'rm -rf "$H" "$WORK"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_DATA_HOME="$H/.local/share" XDG_RUNTIME_DIR="$H/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export SOURCE_DATE_EPOCH=1743465600 FORCE_SOURCE_DATE=1 TZ=UTC LC_ALL=C.UTF-8
PY="${PYTHON:-python3}"

echo "== Chromium headless"
for f in inv_saas_ie car_rental_mx; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$H/chromium" --print-to-pdf="$OUT/$f.pdf" "file://$SRC/$f.html" >/dev/null 2>&1
done

echo "== LibreOffice"
for f in inv_wholesale_at courier_receipt_sk; do
  soffice -env:UserInstallation="file://$H/lo" --headless --infilter="HTML (StarWriter)" \
    --convert-to pdf:writer_pdf_Export --outdir "$OUT" "$SRC/$f.html" >/dev/null 2>&1
done
soffice -env:UserInstallation="file://$H/lo" --headless --convert-to pdf --outdir "$OUT" "$SRC/property_tax_cz.fodt" >/dev/null 2>&1

echo "== fpdf2"
for f in inv_consultant_no quote_ar internet_bill_pl; do
  "$PY" "$SRC/$f.py" "$OUT/$f.pdf"
done

echo "== pdflatex"
for f in inv_utility_fi dividend_us; do
  cp "$SRC/$f.tex" "$WORK/"
  (cd "$WORK" && pdflatex -interaction=nonstopmode -halt-on-error "$f.tex" >/dev/null)
  cp "$WORK/$f.pdf" "$OUT/$f.pdf"
done

echo "== wkhtmltopdf"
for f in credit_note_be flight_receipt_uk; do
  wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm --zoom 1.3 "$SRC/$f.html" "$OUT/$f.pdf" >/dev/null 2>&1
done

echo "== groff"
groff -k -t -ms -Tpdf -P-pa4 "$SRC/gym_ch.ms" > "$OUT/gym_ch.pdf"

echo "== enscript + ps2pdf"
iconv -f UTF-8 -t ISO-8859-1 "$SRC/ev_charging_be.txt" > "$WORK/ev_charging_be.txt"
enscript -q -B -X latin1 -f Courier10 --margins=60:60:50:50 -M A4 -p "$WORK/ev_charging_be.ps" "$WORK/ev_charging_be.txt"
ps2pdf -sPAPERSIZE=a4 "$WORK/ev_charging_be.ps" "$OUT/ev_charging_be.pdf"

echo "== check text layers"
n=0
for p in "$OUT"/*.pdf; do
  chars=$(pdftotext -layout "$p" - | tr -d '[:space:]' | wc -m)
  pages=$(pdfinfo "$p" | awk '/^Pages:/{print $2}')
  prod=$(pdfinfo "$p" | awk -F': *' '/^Producer:/{print $2}')
  printf '%-26s pages=%s chars=%-5s producer=%s\n' "$(basename "$p")" "$pages" "$chars" "$prod"
  [ "$chars" -gt 200 ] || { echo "NO TEXT LAYER: $p"; exit 1; }
  n=$((n+1))
done
echo "$n PDFs built"
