#!/bin/bash
# Rebuild every PDF of set 29 from src/ into the folder given as $1.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEST="${1:-$HERE/../..}"
mkdir -p "$DEST"
OUT="$(cd "$DEST" && pwd)"
SRC="$HERE/src"
PY="$(python3 -c 'import sys; print(sys.executable)')"   # resolve before HOME changes (pyenv shims)

H=$(mktemp -d); trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_RUNTIME_DIR="$H/run" TMPDIR="$H"
export SOURCE_DATE_EPOCH=1743465600 TZ=UTC LC_ALL=C.UTF-8
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
# no network: proxies point nowhere
export http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 no_proxy=""

chrome() {  # name
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$H/chrome" \
    --print-to-pdf="$OUT/$1.pdf" "file://$SRC/$1.html" >/dev/null 2>&1
}
wk() {  # name paper
  wkhtmltopdf -q --page-size "$2" -T 12mm -B 12mm -L 12mm -R 12mm --disable-javascript \
    "$SRC/$1.html" "$OUT/$1.pdf" >/dev/null 2>&1 || test -s "$OUT/$1.pdf"
}
office() {  # file-to-convert name [import filter]
  mkdir -p "$H/lo_out"
  soffice --headless --norestore "-env:UserInstallation=file://$H/lo" ${3:+--infilter="$3"} --convert-to pdf --outdir "$H/lo_out" "$1" >/dev/null 2>&1
  cp "$H/lo_out/$2.pdf" "$OUT/$2.pdf"
}
fodt() {  # name (python generator writes the .fodt)
  "$PY" "$SRC/$1.py" "$H/$1.fodt"
  office "$H/$1.fodt" "$1"
}
latex() {  # name
  mkdir -p "$H/tex"; cp "$SRC"/*.tex "$H/tex/"
  (cd "$H/tex" && for i in 1 2; do pdflatex -interaction=nonstopmode -halt-on-error "$1.tex" >/dev/null; done)
  cp "$H/tex/$1.pdf" "$OUT/$1.pdf"
}
roff() {  # name paper
  groff -k -t -ms -Tpdf -dpaper="$2" -P-p"$2" "$SRC/$1.ms" > "$OUT/$1.pdf"
}
fpdf() {  # name
  "$PY" "$SRC/$1.py" "$OUT/$1.pdf"
}
enscr() {  # name
  iconv -f UTF-8 -t ISO-8859-1 "$SRC/$1.txt" \
    | enscript -q -B -X 88591 -f Courier9.5 -M A4 --margins=150:150:40:40 -p - \
    | ps2pdf -sPAPERSIZE=a4 - "$OUT/$1.pdf"
}

chrome s29_01_uk_energy_bill
latex  s29_02_de_water_bill
wk     s29_03_ca_broadband_bill Letter
fodt   s29_04_fr_mobile_bill
fpdf   s29_05_nl_bank_statement
chrome s29_06_us_credit_card_statement
latex  s29_07_uk_mortgage_statement
wk     s29_08_ca_car_insurance_renewal Letter
office "$SRC/s29_09_au_home_insurance_schedule.html" s29_09_au_home_insurance_schedule "HTML (StarWriter)"
roff   s29_10_uk_council_tax_bill a4
fpdf   s29_11_uk_tv_licence
latex  s29_12_at_dentist_invoice
chrome s29_13_se_vet_invoice
fodt   s29_14_ch_hospital_bill
enscr  s29_15_es_pharmacy_receipt
wk     s29_16_be_nursery_invoice A4
fpdf   s29_17_dk_gym_invoice
roff   s29_18_us_car_service_invoice letter
fodt   s29_19_uk_plumber_invoice
latex  s29_20_it_furniture_delivery
chrome s29_21_fr_parking_fine
office "$SRC/s29_22_de_payslip.html" s29_22_de_payslip "HTML (StarWriter)"
chrome s29_23_au_final_electricity_bill
roff   s29_24_ie_rent_invoice a4
wk     s29_25_us_charity_receipt Letter
latex  s29_26_au_tax_notice
fpdf   s29_27_de_online_shop_invoice
chrome s29_28_it_gas_bill
fodt   s29_29_se_pension_statement
roff   s29_30_es_water_bill a4
ls "$OUT"/s29_*.pdf | wc -l
