#!/bin/bash
# Rebuild every PDF of set 31 from src/ into the folder given as $1, each named s31_<name>.pdf.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE/../..}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
SRC=$HERE/src
H=$(mktemp -d); trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_RUNTIME_DIR="$H" TMPDIR="$H"
export SOURCE_DATE_EPOCH=1743465600 TZ=UTC LC_ALL=C.UTF-8
export no_proxy='*' http_proxy= https_proxy=

# 1. headless Chromium (HTML)
for f in de_xrechnung_visualisierung fr_traiteur_tva_multitaux it_fatturapa_assosoftware be_peppol_bis_bilingue uk_cis_reverse_charge; do
  chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$H/chrome" \
    --no-pdf-header-footer --print-to-pdf="$OUT/s31_$f.pdf" "file://$SRC/$f.html" >/dev/null 2>&1
done

# 2. wkhtmltopdf (HTML)
for f in fr_avoir_bureautique pt_fatura_recibo_contabilista nl_peppol_installatie it_nota_credito_ministeriale; do
  wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm --disable-javascript \
    --disable-local-file-access --allow "$SRC" "$SRC/$f.html" "$OUT/s31_$f.pdf"
done

# 3. LibreOffice (flat ODT and HTML imported into Writer)
mkdir -p "$H/lo"
for f in fr_facturx_imprimerie de_abschlagsrechnung_bau; do
  soffice --headless --norestore -env:UserInstallation=file://$H/lo --convert-to pdf --outdir "$OUT" "$SRC/$f.fodt" >/dev/null 2>&1
  mv "$OUT/$f.pdf" "$OUT/s31_$f.pdf"
done
for f in es_factura_proforma_mobiliario lu_livraison_intracom_bilingue; do
  soffice --headless --norestore -env:UserInstallation=file://$H/lo --infilter="HTML (StarWriter)" \
    --convert-to pdf:writer_pdf_Export --outdir "$OUT" "$SRC/$f.html" >/dev/null 2>&1
  mv "$OUT/$f.pdf" "$OUT/s31_$f.pdf"
done

# 4. pdflatex
mkdir -p "$H/tex"
cp "$SRC"/*.tex "$H/tex/"
for f in de_zugferd_elektro_skonto pt_fatura_atcud_grafica ie_consulting_reverse_charge es_factura_asesoria_irpf; do
  (cd "$H/tex" && pdflatex -interaction=nonstopmode -halt-on-error "$f.tex" >/dev/null && \
   pdflatex -interaction=nonstopmode -halt-on-error "$f.tex" >/dev/null)
  cp "$H/tex/$f.pdf" "$OUT/s31_$f.pdf"
done

# 5. groff (ms macros + tbl)
for f in it_fattura_saldo_acconto at_tischlerei_skonto de_rechnungskorrektur fr_facture_solde_acompte_menuiserie; do
  groff -k -Kutf8 -t -ms -Tpdf "$SRC/$f.ms" > "$OUT/s31_$f.pdf" 2>/dev/null
done

# 6. enscript + ps2pdf (plain-text print-outs of accounting software)
for f in mt_office_supplies uk_self_billing_haulage uk_accountants_fee_note; do
  iconv -f UTF-8 -t LATIN1 "$SRC/$f.txt" > "$H/$f.txt"
  enscript -q -B -X latin1 -f Courier9 --margins=40:36:40:40 -M A4 -o "$H/$f.ps" "$H/$f.txt"
  ps2pdf -sPAPERSIZE=a4 "$H/$f.ps" "$OUT/s31_$f.pdf"
done

# 7. fpdf2 (Python generators)
for f in es_verifactu_ferreteria ch_qr_rechnung_treuhand uk_margin_scheme_car nl_zzp_btw_verlegd; do
  (cd "$SRC" && python3 -B "gen_$f.py" "$OUT/s31_$f.pdf")
done

n=$(ls "$OUT"/*.pdf | wc -l)
echo "built $n PDFs into $OUT"
