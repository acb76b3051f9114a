#!/bin/bash
# Rebuilds every PDF of set 28 from src/ into $1 (default: two levels up).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SRC="$HERE/src"
OUT="${1:-$HERE/../..}"
mkdir -p "$OUT"; OUT="$(cd "$OUT" && pwd)"
H=$(mktemp -d); trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" TMPDIR="$H"
export SOURCE_DATE_EPOCH=1743465600 TZ=UTC LC_ALL=C.UTF-8
ONLY="${ONLY:-}"   # optional: build only names containing this string

want() { [ -z "$ONLY" ] || [[ "$1" == *"$ONLY"* ]]; }

chrome() {  # src.html out.pdf
  want "$2" || return 0
  chromium --headless --no-sandbox --disable-gpu --disable-extensions --no-first-run \
    --no-pdf-header-footer --user-data-dir="$H/chrome" \
    --print-to-pdf="$OUT/$2" "file://$SRC/$1" >/dev/null 2>&1
}
wk() {  # src.html out.pdf [extra args]
  want "$2" || return 0
  local s="$1" o="$2"; shift 2
  wkhtmltopdf -q --enable-local-file-access "$@" "$SRC/$s" "$OUT/$o" >/dev/null 2>&1 || [ -s "$OUT/$o" ]
}
lo() {  # src.(fodt|fods|html) out.pdf
  want "$2" || return 0
  local d="$H/lo.$$"; mkdir -p "$d"
  local inf=(); [[ "$1" == *.html ]] && inf=(--infilter="HTML (StarWriter)")
  soffice --headless -env:UserInstallation=file://$H/lo_profile "${inf[@]}" --convert-to pdf --outdir "$d" "$SRC/$1" >/dev/null 2>&1
  mv "$d/${1%.*}.pdf" "$OUT/$2"
}
tex() {  # src.tex out.pdf
  want "$2" || return 0
  local d="$H/tex.$$.$1"; mkdir -p "$d"; cp "$SRC/$1" "$d/"
  (cd "$d" && for i in 1 2; do pdflatex -interaction=nonstopmode -halt-on-error "$1" >/dev/null || { tail -20 "${1%.tex}.log" >&2; exit 1; }; done)
  mv "$d/${1%.tex}.pdf" "$OUT/$2"
}
grf() {  # src.ms out.pdf [groff args]
  want "$2" || return 0
  local s="$1" o="$2"; shift 2
  groff -k -Tpdf "$@" "$SRC/$s" > "$OUT/$o"
}
ens() {  # src.txt(latin1) out.pdf [enscript args]
  want "$2" || return 0
  local s="$1" o="$2"; shift 2
  enscript -q -B -X latin1 "$@" -o - "$SRC/$s" | ps2pdf - "$OUT/$o"
}
fpdf() {  # src.py out.pdf
  want "$2" || return 0
  python3 "$SRC/$1" "$OUT/$2"
}

chrome s28_01_us_cloud_subscription.html s28_01_us_cloud_subscription.pdf
wk s28_02_ca_domain_registrar.html s28_02_ca_domain_registrar.pdf --page-size Letter -T 10mm -B 10mm -L 10mm -R 10mm
lo s28_03_de_coworking.fodt s28_03_de_coworking.pdf
tex s28_04_uk_phone_internet.tex s28_04_uk_phone_internet.pdf
grf s28_05_ie_office_rent.ms s28_05_ie_office_rent.pdf -ms -t -P-pa4
fpdf s28_06_ch_courier_duties.py s28_06_ch_courier_duties.pdf
ens s28_07_sg_airline_eticket.txt s28_07_sg_airline_eticket.pdf -M A4 -f Courier9 --margins=48:40:40:40
chrome s28_08_it_train_ticket.html s28_08_it_train_ticket.pdf
fpdf s28_09_au_taxi_receipt.py s28_09_au_taxi_receipt.pdf
wk s28_10_nz_hotel_folio.html s28_10_nz_hotel_folio.pdf --page-size A4 -T 15mm -B 15mm -L 15mm -R 15mm
fpdf s28_11_us_restaurant_tip.py s28_11_us_restaurant_tip.pdf
lo s28_12_fr_print_shop.html s28_12_fr_print_shop.pdf
tex s28_13_at_it_repair.tex s28_13_at_it_repair.pdf
wk s28_14_uk_accountant.html s28_14_uk_accountant.pdf --page-size A4 -T 18mm -B 18mm -L 20mm -R 20mm --disable-smart-shrinking
lo s28_15_ie_solicitor_fee_note.fodt s28_15_ie_solicitor_fee_note.pdf
grf s28_16_ca_freelance_designer.ms s28_16_ca_freelance_designer.pdf -ms -t -P-pletter
tex s28_17_pt_translator.tex s28_17_pt_translator.pdf
chrome s28_18_ie_insurance_premium.html s28_18_ie_insurance_premium.pdf
wk s28_19_sg_conference.html s28_19_sg_conference.pdf --page-size A4 -T 14mm -B 14mm -L 14mm -R 14mm
chrome s28_20_uk_marketplace_order.html s28_20_uk_marketplace_order.pdf
lo s28_21_dk_furniture_store.fods s28_21_dk_furniture_store.pdf
wk s28_22_nl_car_lease.html s28_22_nl_car_lease.pdf --page-size A4 -T 16mm -B 16mm -L 18mm -R 16mm
tex s28_23_be_fuel_card.tex s28_23_be_fuel_card.pdf
lo s28_24_ie_electricity.fodt s28_24_ie_electricity.pdf
grf s28_25_es_training_course.ms s28_25_es_training_course.pdf -ms -t -P-pa4
tex s28_26_de_recruitment_fee.tex s28_26_de_recruitment_fee.pdf
ens s28_27_nl_office_cleaning.txt s28_27_nl_office_cleaning.pdf -M A4 -f Courier9.5 --margins=50:36:50:40
chrome s28_28_se_saas_credit_note.html s28_28_se_saas_credit_note.pdf
lo s28_29_it_proforma.html s28_29_it_proforma.pdf
fpdf s28_30_at_deposit_invoice.py s28_30_at_deposit_invoice.pdf
