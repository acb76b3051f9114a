#!/bin/bash
# Rebuild every PDF of set 26 from src/ into the folder given as $1.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="${1:-$HERE/../..}"
mkdir -p "$OUT"; OUT="$(cd "$OUT" && pwd)"
SRC="$HERE/src"
H=$(mktemp -d); trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_RUNTIME_DIR="$H/run" TMPDIR="$H"
export SOURCE_DATE_EPOCH=1743465600 TZ=UTC LC_ALL=C.UTF-8 FORCE_SOURCE_DATE=1
mkdir -p "$H/run" "$H/w"; chmod 700 "$H/run"
# narrow till-roll page for enscript (name, width, height, llx, lly, urx, ury in points)
printf 'Media: Receipt80 232 640 12 18 226 626\n' > "$H/.enscriptrc"
W="$H/w"

chrome() {  # chrome <html> <pdf>
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions \
    --disable-background-networking --disable-sync --user-data-dir="$H/chrome" \
    --no-pdf-header-footer --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}
wk() {  # wk <html> <pdf> [extra args]
  local in="$1" out="$2"; shift 2
  wkhtmltopdf -q --disable-javascript --disable-local-file-access --allow "$SRC" "$@" "$in" "$out" >/dev/null 2>&1 || test -s "$out"
}
lo() {  # lo <fodt|fods> <pdf>
  local b; b=$(basename "${1%.*}")
  soffice -env:UserInstallation=file://$H/lo --headless --convert-to pdf --outdir "$W" "$1" >/dev/null 2>&1
  mv "$W/$b.pdf" "$2"
}
tex() {  # tex <tex> <pdf>
  local b; b=$(basename "${1%.tex}")
  (cd "$W" && for i in 1 2; do pdflatex -interaction=nonstopmode -halt-on-error "$1" >/dev/null || { tail -30 "$b.log" >&2; exit 1; }; done)
  mv "$W/$b.pdf" "$2"
}
grf() {  # grf <ms/tbl source> <pdf> <paper> [groff args]
  local in="$1" out="$2" paper="$3"; shift 3
  local dp=(-dpaper="$paper"); case "$paper" in *,*) dp=();; esac
  groff -Tpdf -t -ms "${dp[@]}" -P-p"$paper" "$@" "$in" > "$out"
}
ens() {  # ens <txt> <pdf> [enscript args]
  local in="$1" out="$2"; shift 2
  enscript -q -B "$@" -o "$W/ens.ps" "$in"
  ps2pdf -dPDFSETTINGS=/prepress "$W/ens.ps" "$out"
}
fp() {  # fp <script> <pdf>
  python3 "$1" "$2"
}

# ---- Chromium
chrome "$SRC/s26_01_design_freelancer_us.html" "$OUT/s26_01_design_freelancer_us.pdf"
chrome "$SRC/s26_09_accountant_ie.html"        "$OUT/s26_09_accountant_ie.pdf"
chrome "$SRC/s26_13_saas_us.html"              "$OUT/s26_13_saas_us.pdf"
python3 "$SRC/s26_15_gen.py" "$W/s26_15_wholesale_us.html"
chrome "$W/s26_15_wholesale_us.html"           "$OUT/s26_15_wholesale_us.pdf"
chrome "$SRC/s26_25_past_due_us.html"          "$OUT/s26_25_past_due_us.pdf"

# ---- LibreOffice (fodt written by the generators)
python3 "$SRC/s26_03_gen.py" "$W/s26_03_consulting_ca.fodt"
lo "$W/s26_03_consulting_ca.fodt" "$OUT/s26_03_consulting_ca.pdf"
python3 "$SRC/s26_08_gen.py" "$W/s26_08_law_firm_uk.fodt"
lo "$W/s26_08_law_firm_uk.fodt" "$OUT/s26_08_law_firm_uk.pdf"
python3 "$SRC/s26_19_gen.py" "$W/s26_19_hotel_folio_ie.fodt"
lo "$W/s26_19_hotel_folio_ie.fodt" "$OUT/s26_19_hotel_folio_ie.pdf"
python3 "$SRC/s26_24_gen.py" "$W/s26_24_proforma_in.fodt"
lo "$W/s26_24_proforma_in.fodt" "$OUT/s26_24_proforma_in.pdf"

# ---- pdflatex
cp "$SRC/s26_07_auto_repair_us.tex" "$W/"
tex "s26_07_auto_repair_us.tex" "$OUT/s26_07_auto_repair_us.pdf"
cp "$SRC/s26_10_architect_za.tex" "$W/"
tex "s26_10_architect_za.tex" "$OUT/s26_10_architect_za.pdf"
cp "$SRC/s26_23_credit_note_uk.tex" "$W/"
tex "s26_23_credit_note_uk.tex" "$OUT/s26_23_credit_note_uk.pdf"
python3 "$SRC/s26_17_gen.py" "$W/s26_17_wholesale_in.tex"
tex "s26_17_wholesale_in.tex" "$OUT/s26_17_wholesale_in.pdf"

# ---- wkhtmltopdf
wk "$SRC/s26_05_electrician_nz.html" "$OUT/s26_05_electrician_nz.pdf" -s A4 -T 10mm -B 12mm -L 8mm -R 8mm
wk "$SRC/s26_14_hosting_sg.html" "$OUT/s26_14_hosting_sg.pdf" -s A4 -T 12mm -B 12mm -L 10mm -R 10mm
wk "$SRC/s26_26_recurring_nz.html" "$OUT/s26_26_recurring_nz.pdf" -s A4 -T 12mm -B 12mm -L 12mm -R 12mm
wk "$SRC/s26_20_hotel_folio_ca.html" "$OUT/s26_20_hotel_folio_ca.pdf" -s Letter -T 12mm -B 12mm -L 12mm -R 12mm

# ---- groff
grf "$SRC/s26_04_plumber_au.ms" "$OUT/s26_04_plumber_au.pdf" a4
grf "$SRC/s26_12_vet_ca.ms" "$OUT/s26_12_vet_ca.pdf" letter
grf "$SRC/s26_22_retail_receipt_us.ms" "$OUT/s26_22_retail_receipt_us.pdf" "6.4i,3.2i"
python3 "$SRC/s26_28_gen.py" "$W/s26_28_wholesale_ca.ms"
grf "$W/s26_28_wholesale_ca.ms" "$OUT/s26_28_wholesale_ca.pdf" letter

# ---- enscript + ps2pdf
ens "$SRC/s26_06_landscaper_us.txt"   "$OUT/s26_06_landscaper_us.pdf"   -M Letter -f Courier10 --margins=54:54:40:40
ens "$SRC/s26_30_propane_bill_us.txt" "$OUT/s26_30_propane_bill_us.pdf" -M Letter -f Courier10 --margins=50:50:36:36
ens "$SRC/s26_21_restaurant_au.txt"     "$OUT/s26_21_restaurant_au.pdf"     -M Receipt80 -f Courier8.6
ens "$SRC/s26_27_agri_supplies_za.txt"  "$OUT/s26_27_agri_supplies_za.pdf"  -M A4 -f Courier9.5 --margins=56:40:50:40

# ---- fpdf2
fp "$SRC/s26_02_translator_uk.py" "$OUT/s26_02_translator_uk.pdf"
fp "$SRC/s26_11_clinic_sg.py" "$OUT/s26_11_clinic_sg.pdf"
fp "$SRC/s26_16_gen.py" "$OUT/s26_16_wholesale_au.pdf"
fp "$SRC/s26_18_marketplace_uk.py" "$OUT/s26_18_marketplace_uk.pdf"
fp "$SRC/s26_29_consultant_in.py" "$OUT/s26_29_consultant_in.pdf"
