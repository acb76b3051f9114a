#!/bin/bash
# Rebuild every PDF of set 34 from src/ into $1 (default: two levels up from this script).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/../..}"
mkdir -p "$OUT"; OUT="$(cd "$OUT" && pwd)"
SRC="$HERE/src"
H=$(mktemp -d); trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_RUNTIME_DIR="$H/run" TMPDIR="$H"
export SOURCE_DATE_EPOCH=1743465600 TZ=UTC LC_ALL=C.UTF-8
export FORCE_SOURCE_DATE=1
mkdir -p "$H/run" && chmod 700 "$H/run"
W="$H/work"; mkdir -p "$W"

chrome() {  # html -> pdf
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --disable-extensions \
    --user-data-dir="$H/chrome" --print-to-pdf="$OUT/$2" "file://$SRC/$1" >/dev/null 2>&1
}
lo() {  # fodt/fods/html -> pdf (form fields exported as a PDF form)
  local base="${1%.*}"
  soffice -env:UserInstallation=file://$H/lo --headless \
    --convert-to 'pdf:writer_pdf_Export:{"ExportFormFields":{"type":"boolean","value":"true"}}' \
    --outdir "$W" "$SRC/$1" >/dev/null 2>&1
  mv "$W/$(basename "$base").pdf" "$OUT/$2"
}
lo_html() {  # html opened as a Writer document -> pdf
  local base="${1%.*}"
  soffice -env:UserInstallation=file://$H/lo --headless --infilter="HTML (StarWriter)" \
    --convert-to 'pdf:writer_pdf_Export' --outdir "$W" "$SRC/$1" >/dev/null 2>&1
  mv "$W/$(basename "$base").pdf" "$OUT/$2"
}
lo_calc() {  # fods -> pdf
  local base="${1%.*}"
  soffice -env:UserInstallation=file://$H/lo --headless --convert-to 'pdf:calc_pdf_Export' \
    --outdir "$W" "$SRC/$1" >/dev/null 2>&1
  mv "$W/$(basename "$base").pdf" "$OUT/$2"
}
latex() {  # tex -> pdf (pdflatex, twice)
  local base; base="$(basename "${1%.tex}")"
  (cd "$W" && for i in 1 2; do pdflatex -interaction=nonstopmode -halt-on-error "$SRC/$1" >/dev/null || { tail -30 "$base.log"; exit 1; }; done)
  mv "$W/$base.pdf" "$OUT/$2"
}
wk() {  # html -> pdf (wkhtmltopdf)
  wkhtmltopdf -q --enable-local-file-access "${@:3}" "$SRC/$1" "$OUT/$2" >/dev/null 2>&1 || test -s "$OUT/$2"
}
grf() {  # groff ms/plain -> pdf
  groff -Tpdf -P-pletter "${@:3}" "$SRC/$1" > "$OUT/$2"
}
ens() {  # text -> enscript -> ps2pdf
  enscript -q -B -f Courier8 --margins=40:40:36:36 -p "$W/e.ps" "$SRC/$1"
  ps2pdf -dPDFSETTINGS=/prepress "$W/e.ps" "$OUT/$2"
}
py() {  # fpdf2 generator: script writes the pdf path given
  python3 "$SRC/$1" "$OUT/$2"
}

chrome w2_2024.html                s34_w2_2024_copyB.pdf
latex f1099nec_2024.tex          s34_1099nec_2024_fillable.pdf
grf f1099int_2024.ms              s34_1099int_2024_statement.pdf -t -ms
py  f1099misc_2024.py             s34_1099misc_2024.pdf
wk  f1098_2024.html               s34_1098_mortgage_interest_2024.pdf -s Letter -T 14mm -B 14mm -L 14mm -R 14mm
lo  w9_castellanos.fodt           s34_w9_castellanos_fillable.pdf
grf f1040es_2025.ms               s34_1040es_2025_voucher1.pdf -t -ms
ens ga_withholding_2024.txt        s34_ga_withholding_annual_summary_2024.pdf
chrome t4_2024.html              s34_t4_2024_bhullar.pdf
py  t5_2024.py                    s34_t5_2024_investment_income.pdf
lo  p60_2024-25.fodt              s34_p60_2024-25_pritchard.pdf
latex p45_part1a.tex             s34_p45_part1a_marlowe.pdf
grf p11d_2024-25.ms               s34_p11d_2024-25_kingsley-ward.pdf -t -ms
wk  ie_eds_2024.html              s34_ie_employment_detail_summary_2024.pdf -s A4 -T 15mm -B 15mm -L 15mm -R 15mm
chrome au_payg_2024.html          s34_au_payg_payment_summary_2024.pdf
lo_html nz_summary_2025.html      s34_nz_summary_of_earnings_2025.pdf
latex form16_partB.tex           s34_in_form16_partB_ay2025-26.pdf
py  lstb_2024.py                  s34_de_lohnsteuerbescheinigung_2024.pdf
chrome fr_avis_2025.html          s34_fr_avis_impot_2025.pdf
lo  insurance_claim_form.fodt     s34_insurance_claim_form_fillable.pdf
lo_calc expense_claim_feb2025.fods s34_expense_claim_feb2025.pdf
py  mileage_jan2025.py            s34_mileage_claim_jan2025.pdf
latex vendor_registration.tex    s34_vendor_registration_fillable.pdf
lo  rental_application.fodt       s34_rental_application_fillable.pdf
wk  purchase_requisition.html     s34_purchase_requisition_PR-25-0193.pdf -s Letter -T 12mm -B 12mm -L 12mm -R 12mm
latex leave_request.tex          s34_leave_request_fillable.pdf
py  cn23_customs.py               s34_cn23_customs_declaration.pdf
lo  change_of_address.fodt        s34_change_of_address_form.pdf
chrome account_opening.html       s34_account_opening_confirmation.pdf
