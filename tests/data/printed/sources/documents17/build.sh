#!/usr/bin/env bash
# Set 17: rebuild every PDF from src/ into a folder (default: tests/data/printed, two folders up).
#   usage: ./build.sh [OUTDIR]
# Paths are relative to this script, so the folder can be moved. No network is used.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "${1:-$HERE/../..}"
OUT=$(cd "${1:-$HERE/../..}" && pwd)
SRC="$HERE/src"

# throwaway HOME / XDG dirs, removed on exit
H=$(mktemp -d)
trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_DATA_HOME="$H/.local/share"
export XDG_RUNTIME_DIR="$H/run" TEXMFVAR="$H/texmf-var"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export SOURCE_DATE_EPOCH=1743465600 FORCE_SOURCE_DATE=1   # 2025-04-01T00:00:00Z
export TZ=UTC LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
export http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 no_proxy=

chrome() {  # src.html out.pdf
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions \
    --disable-background-networking --disable-sync --no-pdf-header-footer --disable-pdf-tagging \
    --user-data-dir="$H/chrome" --print-to-pdf="$OUT/$2" "file://$SRC/$1" >/dev/null 2>&1
}
lo() {  # src [infilter]
  if [ -n "${2:-}" ]; then
    soffice --headless --norestore "-env:UserInstallation=file://$H/lo" --infilter="$2" \
      --convert-to pdf:writer_pdf_Export --outdir "$OUT" "$SRC/$1" >/dev/null 2>&1
  else
    soffice --headless --norestore "-env:UserInstallation=file://$H/lo" \
      --convert-to pdf --outdir "$OUT" "$SRC/$1" >/dev/null 2>&1
  fi
}
wk() {  # src.html out.pdf title
  wkhtmltopdf -q --encoding utf-8 -s A4 "${@:4}" --title "$3" "$SRC/$1" "$OUT/$2" >/dev/null 2>&1
}
tex() {  # engine src.tex
  local T; T=$(mktemp -d -p "$H")
  (cd "$SRC" && "$1" -interaction=nonstopmode -halt-on-error -output-directory="$T" "$2" >"$T/run.log" 2>&1) \
    || { tail -20 "$T/run.log"; exit 1; }
  cp "$T/${2%.tex}.pdf" "$OUT/"
}

echo "building into $OUT"
chrome 01_lasku_fi.html 01_lasku_fi.pdf
lo 02_kontoutskrift_no.fodt
wk 03_szamla_hu.html 03_szamla_hu.pdf "Számla DI-2025/000871" -T 12mm -B 14mm -L 12mm -R 12mm
python3 "$SRC/04_factura_ro.py" "$OUT/04_factura_ro.pdf"
lo 05_asfalistirio_el.fodt
chrome 06_hesap_ozeti_tr.html 06_hesap_ozeti_tr.pdf
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$SRC/07_faktura_da.ms" > "$OUT/07_faktura_da.pdf"
lo 08_fatura_telecom_br.html "HTML (StarWriter)"
python3 "$SRC/09_proposta_br.py" "$OUT/09_proposta_br.pdf"
enscript -q -B -f Courier8 -M Letter --margins=34:34:28:28 -t "INVOICE 00718842" -p "$H/10.ps" "$SRC/10_invoice_us.txt"
ps2pdf "$H/10.ps" "$OUT/10_invoice_us.pdf"
tex pdflatex 11_statement_uk.tex
tex lualatex 12_annual_report_uk.tex
wk 13_policy_schedule_uk.html 13_policy_schedule_uk.pdf "Policy schedule RCI/CB/2025/004917" -T 14mm -B 14mm -L 16mm -R 16mm
chrome 14_invoice_it_uk.html 14_invoice_it_uk.pdf

# check: every PDF exists and has a text layer; print pages / producer / size
fail=0
printf '%-28s %5s %8s  %s\n' file pages bytes producer
for s in 01_lasku_fi 02_kontoutskrift_no 03_szamla_hu 04_factura_ro 05_asfalistirio_el 06_hesap_ozeti_tr \
         07_faktura_da 08_fatura_telecom_br 09_proposta_br 10_invoice_us 11_statement_uk 12_annual_report_uk \
         13_policy_schedule_uk 14_invoice_it_uk; do
  f="$OUT/$s.pdf"
  if [ ! -s "$f" ]; then echo "MISSING $f"; fail=1; continue; fi
  n=$(pdftotext -layout "$f" - 2>/dev/null | tr -d '[:space:]' | wc -c)
  pages=$(pdfinfo "$f" | awk -F': *' '/^Pages/{print $2}')
  prod=$(pdfinfo "$f" | awk -F': *' '/^Producer/{print $2}')
  [ -n "$prod" ] || prod="(no Producer; Creator: $(pdfinfo "$f" | awk -F': *' '/^Creator/{print $2}'))"
  printf '%-28s %5s %8s  %s\n' "$s.pdf" "$pages" "$(stat -c %s "$f")" "$prod"
  if [ "$n" -lt 500 ]; then echo "  NO TEXT LAYER ($n chars)"; fail=1; fi
done
exit $fail
