#!/bin/bash
# Rebuild every PDF of set 23 from src/ into the folder given as $1.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(mkdir -p "${1:-$HERE/../..}" && cd "${1:-$HERE/../..}" && pwd)"
H=$(mktemp -d); trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_RUNTIME_DIR="$H/run" TMPDIR="$H"
export SOURCE_DATE_EPOCH=1743465600 TZ=UTC LC_ALL=C.UTF-8
export no_proxy='*' http_proxy= https_proxy=
mkdir -p "$H/run" "$H/w"; chmod 700 "$H/run"
W="$H/w"
SRC="$HERE/src"
export PYTHONPATH="$SRC" PYTHONDONTWRITEBYTECODE=1
ONLY="${ONLY:-}"   # optional: build just the documents whose name contains this

want() { [ -z "$ONLY" ] || [[ "$1" == *"$ONLY"* ]]; }

chrome() {  # html-basename
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions \
    --disable-background-networking --no-pdf-header-footer --user-data-dir="$H/chr" \
    --print-to-pdf="$OUT/$1.pdf" "file://$W/$1.html" >/dev/null 2>&1
}
wk() {  # html-basename [extra options]
  local b="$1"; shift
  wkhtmltopdf -q --disable-local-file-access --allow "$W" --enable-local-file-access "$@" "$W/$b.html" "$OUT/$b.pdf" >/dev/null 2>&1 || [ -s "$OUT/$b.pdf" ]
}
lo() {  # source file name (fodt/fods)
  soffice -env:UserInstallation="file://$H/lo" --headless --norestore --convert-to pdf --outdir "$W/lo" "$W/$1" >/dev/null 2>&1
  mv "$W/lo/${1%.*}.pdf" "$OUT/${1%.*}.pdf"
}
tex() {  # tex basename
  (cd "$W" && for i in 1 2 3; do pdflatex -interaction=nonstopmode -halt-on-error "$1.tex" >/dev/null; done)
  cp "$W/$1.pdf" "$OUT/$1.pdf"
}
grf() {  # groff basename, macro package (file extension), paper (a4|letter)
  (cd "$W" && preconv -e utf-8 "$1.$2" | groff -t -$2 -Tpdf -P-p$3 -dpaper=$3 > "$OUT/$1.pdf")
}

# --- documents -------------------------------------------------------------------------
if want s23_wholesale_invoice_us; then python3 "$SRC/g01_wholesale_invoice_us.py" "$W"; chrome s23_wholesale_invoice_us; fi
if want s23_brokerage_statement_us; then python3 "$SRC/g06_brokerage_statement_us.py" "$W"; chrome s23_brokerage_statement_us; fi
if want s23_freight_invoice_us; then python3 "$SRC/g12_freight_invoice_us.py" "$W"; chrome s23_freight_invoice_us; fi
if want s23_facture_conseil_fr; then python3 "$SRC/g15_facture_conseil_fr.py" "$W"; chrome s23_facture_conseil_fr; fi
if want s23_fatura_eletricidade_pt; then python3 "$SRC/g20_fatura_eletricidade_pt.py" "$W"; chrome s23_fatura_eletricidade_pt; fi
if want s23_it_services_invoice_uk; then python3 "$SRC/g02_it_services_invoice_uk.py" "$OUT"; fi
if want s23_purchase_order_us; then python3 "$SRC/g08_purchase_order_us.py" "$OUT"; fi
if want s23_rechnung_elektro_de; then python3 "$SRC/g14_rechnung_elektro_de.py" "$OUT"; fi
if want s23_faktura_vat_pl; then python3 "$SRC/g19_faktura_vat_pl.py" "$OUT"; fi
if want s23_water_bill_au; then python3 "$SRC/g07_water_bill_au.py" "$W"; wk s23_water_bill_au -s A4 -T 10mm -B 10mm -L 10mm -R 10mm --title "Water account 2094 5571 038"; fi
if want s23_patent_annuity_notice_us; then python3 "$SRC/g11_patent_annuity_notice_us.py" "$W"; wk s23_patent_annuity_notice_us -s Letter -T 12mm -B 10mm -L 12mm -R 12mm --title "Annuity Fee Notice MIR-AN-2025-0318"; fi
if want s23_factuur_transport_nl; then python3 "$SRC/g17_factuur_transport_nl.py" "$W"; wk s23_factuur_transport_nl -s A4 -T 10mm -B 10mm -L 10mm -R 10mm --title "Factuur 2025-10472"; fi
if want s23_legal_fees_uk; then python3 "$SRC/g04_legal_fees_uk.py" "$W"; lo s23_legal_fees_uk.fodt; fi
if want s23_merchant_statement_uk; then python3 "$SRC/g13_merchant_statement_uk.py" "$W"; lo s23_merchant_statement_uk.fodt; fi
if want s23_fattura_ingrosso_it; then python3 "$SRC/g18_fattura_ingrosso_it.py" "$W"; lo s23_fattura_ingrosso_it.fodt; fi
if want s23_kontoutdrag_se; then python3 "$SRC/g21_kontoutdrag_se.py" "$W"; lo s23_kontoutdrag_se.fodt; fi
if want s23_tax_invoice_in; then python3 "$SRC/g22_tax_invoice_in.py" "$W"; lo s23_tax_invoice_in.fods; fi
if want s23_progress_claim_au; then python3 "$SRC/g03_progress_claim_au.py" "$W"; tex s23_progress_claim_au; fi
if want s23_commercial_invoice_in; then python3 "$SRC/g09_commercial_invoice_in.py" "$W"; tex s23_commercial_invoice_in; fi
if want s23_certificacion_obra_es; then python3 "$SRC/g16_certificacion_obra_es.py" "$W"; tex s23_certificacion_obra_es; fi
if want s23_supplier_statement_in; then python3 "$SRC/g05_supplier_statement_in.py" "$W"; grf s23_supplier_statement_in ms a4; fi
if want s23_policy_schedule_uk; then python3 "$SRC/g10_policy_schedule_uk.py" "$W"; grf s23_policy_schedule_uk ms a4; fi
if want s23_customs_invoice_uk; then python3 "$SRC/g23_customs_invoice_uk.py" "$W"; grf s23_customs_invoice_uk ms a4; fi
if want s23_coop_statement_us; then python3 "$SRC/g24_coop_statement_us.py" "$W"
  enscript -B -q -M Letter -f Courier8 --margins=46:40:40:40 -o "$W/s23_coop_statement_us.ps" "$W/s23_coop_statement_us.txt"
  ps2pdf -dPDFSETTINGS=/prepress "$W/s23_coop_statement_us.ps" "$OUT/s23_coop_statement_us.pdf"; fi
