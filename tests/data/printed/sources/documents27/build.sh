#!/bin/bash
# Rebuilds every PDF of set 27 from src/ into the folder given as $1.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUTARG=${1:-$HERE/../..}
mkdir -p "$OUTARG"; OUT=$(cd "$OUTARG" && pwd)
SRC=$HERE/src
H=$(mktemp -d); trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_RUNTIME_DIR="$H/run" TMPDIR="$H"
export SOURCE_DATE_EPOCH=1743465600 TZ=UTC LC_ALL=C.UTF-8
mkdir -p "$H/run" "$H/w"; chmod 700 "$H/run"
W=$H/w

chrome() {  # chrome <html> <name>
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
    --no-pdf-header-footer --user-data-dir="$H/chr" --print-to-pdf="$OUT/$2.pdf" "file://$1" >/dev/null 2>&1
  test -s "$OUT/$2.pdf"
}
wk() {  # wk <html> <name> [extra opts]
  local src=$1 name=$2; shift 2
  wkhtmltopdf -q --enable-local-file-access "$@" "$src" "$OUT/$name.pdf" >/dev/null 2>&1
}
lo() {  # lo <file> <name>
  local d="$W/lo_$2"; mkdir -p "$d"
  cp "$1" "$d/$2.${1##*.}"
  soffice --headless --norestore -env:UserInstallation="file://$H/lo" --convert-to pdf --outdir "$d" "$d/$2.${1##*.}" >/dev/null 2>&1
  mv "$d/$2.pdf" "$OUT/$2.pdf"
}
tex() {  # tex <name>
  local d="$W/tex_$1"; mkdir -p "$d"; cp "$SRC/$1.tex" "$d/"
  (cd "$d" && for i in 1 2; do pdflatex -interaction=nonstopmode -halt-on-error "$1.tex" >/dev/null; done)
  mv "$d/$1.pdf" "$OUT/$1.pdf"
}
roff() {  # roff <name> <papersize>
  groff -ms -t -Tpdf -P-p"$2" -Kutf8 "$SRC/$1.ms" > "$OUT/$1.pdf" 2>/dev/null
}
ens() {  # ens <name> <media> <papersize> <font>
  iconv -f utf-8 -t latin1 "$SRC/$1.txt" | enscript -q -B -f "$4" -M "$2" --margins=60:40:30:30 -p - \
    | ps2pdf -sPAPERSIZE="$3" - "$OUT/$1.pdf"
}

chrome "$SRC/s27_01_uk_mobile_bill.html" s27_01_uk_mobile_bill
wk "$SRC/s27_02_us_saas_subscription.html" s27_02_us_saas_subscription -s Letter -T 14mm -B 14mm -L 14mm -R 14mm
python3 "$SRC/s27_03_gen.py" "$OUT/s27_03_us_office_supplies.pdf"
lo "$SRC/s27_04_ie_electricity_bill.fodt" s27_04_ie_electricity_bill
roff s27_05_ca_freight_forwarder letter
tex s27_06_au_staffing_timesheet
python3 "$SRC/s27_07_gen.py" "$W/s27_07.html"; chrome "$W/s27_07.html" s27_07_us_courier_invoice
lo "$SRC/s27_08_uk_cleaning_services.html" s27_08_uk_cleaning_services
roff s27_09_us_equipment_lease letter
tex s27_10_uk_solicitors_fee_note
python3 "$SRC/s27_11_gen.py" "$W/s27_11.html"; wk "$W/s27_11.html" s27_11_au_it_hardware --disable-smart-shrinking -s A4 -T 12mm -B 14mm -L 12mm -R 12mm
python3 "$SRC/s27_12_gen.py" "$OUT/s27_12_ie_marketing_retainer.pdf"
lo "$SRC/s27_13_us_credit_memo.fods" s27_13_us_credit_memo
ens s27_14_uk_final_reminder A4 a4 Courier9
chrome "$SRC/s27_15_ca_hotel_folio.html" s27_15_ca_hotel_folio
tex s27_16_us_statement_of_account
roff s27_17_uk_business_water a4
ens s27_18_us_travel_agency Letter letter Courier9
chrome "$SRC/s27_19_de_telekom_rechnung.html" s27_19_de_telekom_rechnung
tex s27_20_de_zeitarbeit_rechnung
lo "$SRC/s27_21_fr_facture_electricite.fodt" s27_21_fr_facture_electricite
wk "$SRC/s27_22_fr_facture_nettoyage.html" s27_22_fr_facture_nettoyage -s A4 -T 15mm -B 15mm -L 15mm -R 15mm
python3 "$SRC/s27_23_gen.py" "$OUT/s27_23_es_factura_mensajeria.pdf"
lo "$SRC/s27_24_it_fattura_vigilanza.html" s27_24_it_fattura_vigilanza
roff s27_25_nl_factuur_lease a4
chrome "$SRC/s27_26_pt_fatura_agua.html" s27_26_pt_fatura_agua
python3 "$SRC/s27_27_gen.py" "$W/s27_27.html"; chrome "$W/s27_27.html" s27_27_pl_faktura_sprzet_it
tex s27_28_de_steuerberater_rechnung
wk "$SRC/s27_29_nl_factuur_saas.html" s27_29_nl_factuur_saas -s A4 -T 16mm -B 16mm -L 16mm -R 16mm
python3 "$SRC/s27_30_gen.py" "$OUT/s27_30_es_factura_hotel.pdf"
echo "built $(ls "$OUT"/s27_*.pdf | wc -l) PDFs into $OUT"
