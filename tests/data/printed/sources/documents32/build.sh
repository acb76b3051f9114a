#!/usr/bin/env bash
# Rebuild every PDF of set 32 from src/ into the folder given as $1 (default: two levels up).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/../..}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
SRC="$HERE/src"

H=$(mktemp -d); trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_RUNTIME_DIR="$H/run" TMPDIR="$H"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
export SOURCE_DATE_EPOCH=1743465600 FORCE_SOURCE_DATE=1 TZ=UTC LC_ALL=C.UTF-8
# no network: every source is local (file:// only), and the browsers are told not to fetch
NONET="--disable-background-networking --no-first-run --disable-sync --disable-component-update"

cd "$SRC"

# 1. headless Chromium
for n in s32_us_distributor_invoice s32_packing_slip s32_utility_bill_business \
         s32_saas_subscription_invoice s32_alberta_multipage_invoice; do
  chromium --headless --no-sandbox --disable-gpu $NONET --no-pdf-header-footer \
    --user-data-dir="$H/chrome" --print-to-pdf="$OUT/$n.pdf" "file://$SRC/$n.html" >/dev/null 2>&1
done

# 2. wkhtmltopdf
for n in s32_ca_supplier_invoice_hst s32_purchase_order s32_mx_us_crossborder_invoice s32_nb_hst_invoice; do
  wkhtmltopdf -q --disable-javascript --page-size Letter -T 12mm -B 12mm -L 12mm -R 12mm \
    "$SRC/$n.html" "$OUT/$n.pdf" >/dev/null 2>&1
done

# 3. pdflatex (twice, for page references)
for n in s32_multipage_electrical_invoice s32_professional_services_invoice s32_quebec_facture \
         s32_progress_billing_application; do
  W="$H/tex_$n"; mkdir -p "$W"
  cp "$SRC/$n.tex" "$W/"; cp "$SRC"/s32_tricounty_items.tex "$SRC"/s32_g703_rows.tex "$W/"
  (cd "$W" && pdflatex -interaction=nonstopmode -halt-on-error "$n.tex" >/dev/null \
            && pdflatex -interaction=nonstopmode -halt-on-error "$n.tex" >/dev/null)
  cp "$W/$n.pdf" "$OUT/$n.pdf"
done

# 4. fpdf2 (Python)
for n in s32_credit_memo s32_bill_of_lading s32_bc_invoice_gst_pst s32_factored_chemical_invoice; do
  python3 "$SRC/$n.py" "$OUT/$n.pdf"
done

# 5. groff (ms macros, tbl, soelim for included item rows)
for n in s32_debit_memo s32_past_due_notice s32_multipage_food_distributor_invoice s32_3pl_warehouse_invoice; do
  groff -s -t -ms -Tpdf -P-pletter "$n.ms" > "$OUT/$n.pdf" 2>/dev/null
done

# 6. enscript + ps2pdf (monospace print-outs)
enscript -q -B -M Letter -f Courier9.5 --margins=60:60:50:50 -o "$H/ra.ps" s32_remittance_advice.txt
enscript -q -B -M Letter -f Courier9 --margins=50:50:50:50 -o "$H/fc.ps" s32_freight_carrier_invoice.txt
enscript -q -B -M Letter -f Courier10 --margins=54:54:54:54 -o "$H/oa.ps" s32_order_acknowledgment.txt
ps2pdf -sPAPERSIZE=letter "$H/ra.ps" "$OUT/s32_remittance_advice.pdf"
ps2pdf -sPAPERSIZE=letter "$H/fc.ps" "$OUT/s32_freight_carrier_invoice.pdf"
ps2pdf -sPAPERSIZE=letter "$H/oa.ps" "$OUT/s32_order_acknowledgment.pdf"

# 7. LibreOffice Writer (HTML imported into Writer, exported as PDF)
soffice --headless -env:UserInstallation="file://$H/lo" --infilter="HTML (StarWriter)" \
  --convert-to pdf:writer_pdf_Export --outdir "$OUT" \
  s32_statement_of_account.html s32_quote.html s32_equipment_lease_invoice.html s32_qb_enterprise_invoice.html \
  >/dev/null 2>&1

n=$(ls "$OUT"/s32_*.pdf | wc -l)
echo "built $n PDFs into $OUT"
