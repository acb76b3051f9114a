#!/bin/bash
# Rebuild every PDF of set 21 from src/ into the folder given as $1.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="${1:-$HERE/../..}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
SRC="$HERE/src"
H=$(mktemp -d); trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_RUNTIME_DIR="$H/run" TMPDIR="$H"
export SOURCE_DATE_EPOCH=1743465600 TZ=UTC LC_ALL=C.UTF-8
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# no network: nothing below fetches anything; chromium is also told not to
export no_proxy='*' http_proxy=http://0.0.0.0:9 https_proxy=http://0.0.0.0:9

# groff (ms + tbl)
for n in s21_uk_credit_note_cr s21_two_column_statement; do
  groff -ms -t -Tpdf -k -dpaper=a4 -P-pa4 "$SRC/$n.ms" > "$OUT/$n.pdf"
done

# enscript + ps2pdf
enscript -q -B -f Courier9 --margins=36:36:40:40 -M A4 -o "$H/adj.ps" "$SRC/s21_au_adjustment_note.txt"
ps2pdf -sPAPERSIZE=a4 "$H/adj.ps" "$OUT/s21_au_adjustment_note.pdf"

# fpdf2
for n in s21_in_gst_tax_invoice s21_it_nota_credito s21_ng_invoice_words; do
  python3 "$SRC/$n.py" "$OUT/$n.pdf"
done

# pdflatex
for n in s21_fr_facture s21_uk_topright_totals s21_ch_note_de_credit; do
  mkdir -p "$H/tex"
  pdflatex -interaction=nonstopmode -halt-on-error -no-shell-escape -output-directory="$H/tex" "$SRC/$n.tex" > "$H/tex/$n.out" 2>&1 \
    || { cat "$H/tex/$n.out"; exit 1; }
  cp "$H/tex/$n.pdf" "$OUT/$n.pdf"
done

# headless Chromium
for n in s21_us_saas_refund s21_es_factura_rectificativa s21_multicurrency_invoice; do
  chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$H/chrome" \
    --no-pdf-header-footer --proxy-server="http://0.0.0.0:9" \
    --print-to-pdf="$OUT/$n.pdf" "file://$SRC/$n.html" > /dev/null 2>&1
  test -s "$OUT/$n.pdf"
done

# wkhtmltopdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 18mm -B 16mm -L 18mm -R 18mm "$SRC/s21_nl_factuur.html" "$OUT/s21_nl_factuur.pdf" 2>/dev/null
wkhtmltopdf -q --encoding utf-8 -s A4 -O Landscape -T 12mm -B 12mm -L 12mm -R 12mm "$SRC/s21_landscape_freight.html" "$OUT/s21_landscape_freight.pdf" 2>/dev/null
wkhtmltopdf -q --encoding utf-8 -s Letter -T 14mm -B 14mm -L 15mm -R 15mm "$SRC/s21_us_print_invoice.html" "$OUT/s21_us_print_invoice.pdf" 2>/dev/null

# LibreOffice (Writer): flat ODT and HTML
mkdir -p "$H/lo"
soffice --headless --convert-to pdf --outdir "$H/lo" "$SRC/s21_ch_rechnung.fodt" "$SRC/s21_cn_receipt.fodt" > /dev/null 2>&1
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$H/lo" \
  "$SRC/s21_de_gutschrift.html" "$SRC/s21_ca_invoice_code_after.html" "$SRC/s21_jp_seikyusho.html" > /dev/null 2>&1
for n in s21_ch_rechnung s21_cn_receipt s21_de_gutschrift s21_ca_invoice_code_after s21_jp_seikyusho; do
  cp "$H/lo/$n.pdf" "$OUT/$n.pdf"
done

ls "$OUT"/s21_*.pdf | wc -l
