#!/bin/sh
# The twelfth held-out set (twelve invoices of small businesses in twelve countries):
# regenerates its PDFs into tests/data/printed (or the folder given). Needs fpdf2, LibreOffice,
# Chromium, wkhtmltopdf, pdflatex and groff; the PDFs are committed, so the tests need none.
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(cd "${1:-$S/../..}" && pwd)
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
export HOME=$W/home TEXMFVAR=$W/tex/var TEXMFCONFIG=$W/tex/config XDG_RUNTIME_DIR=$W/home/run XDG_CONFIG_HOME=$W/home/.config XDG_CACHE_HOME=$W/home/.cache
mkdir -p "$W/home/run" "$W/tex"
chmod 700 "$W/home/run"
cd "$S"
# fpdf2
python3 src/us_plumber.py "$O/us_plumber.pdf"
python3 src/ch_sprachschule.py "$O/ch_sprachschule.pdf"
# LibreOffice (HTML and flat ODT)
for f in uk_accountant.html fr_architecte.fodt; do
  soffice -env:UserInstallation=file://$W/home/lo --headless --convert-to pdf:writer_pdf_Export --outdir "$O" src/$f
done
# Chromium headless (es_material_electrico.html was generated once with random.seed(12); the file is the source)
for f in ca_agence_web es_material_electrico; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir=$W/home/chromium --print-to-pdf="$O/$f.pdf" src/$f.html
done
# wkhtmltopdf
wkhtmltopdf -q -s A4 src/au_wine.html "$O/au_wine.pdf"
wkhtmltopdf -q -s A4 src/nl_saas.html "$O/nl_saas.pdf"
# pdflatex
for f in in_garage it_catering; do
  (cd "$W/tex" && pdflatex -interaction=nonstopmode -halt-on-error "$S/src/$f.tex" >/dev/null) && cp "$W/tex/$f.pdf" "$O/"
done
# groff
for f in de_zahnarzt se_snickeri; do
  groff -k -t -ms -Tpdf -P-pa4 src/$f.ms > "$O/$f.pdf"
done
