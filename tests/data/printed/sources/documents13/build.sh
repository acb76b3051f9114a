#!/usr/bin/env bash
# The thirteenth held-out set (fourteen documents other than invoices, eight languages):
# regenerates its PDFs into tests/data/printed (or the folder given). Needs enscript, ps2pdf,
# groff, LibreOffice, Chromium, wkhtmltopdf, pdflatex and fpdf2; the PDFs are committed, so
# the tests need none of them.
set -euo pipefail
S=$(cd "$(dirname "$0")" && pwd)
SRC="$S/src"
OUT=$(cd "${1:-$S/../..}" && pwd)
TMPH=$(mktemp -d)
trap 'rm -rf "$TMPH"' EXIT
export HOME="$TMPH/home" XDG_CONFIG_HOME="$TMPH/home/.config" XDG_CACHE_HOME="$TMPH/home/.cache" \
       XDG_DATA_HOME="$TMPH/home/.local/share" XDG_RUNTIME_DIR="$TMPH/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export SOURCE_DATE_EPOCH=1742400000
W="$TMPH/work"; mkdir -p "$W"

soffice_pdf() {  # $1 source file, $2 output pdf name
  local b; b=$(basename "$1"); b="${b%.*}"
  soffice -env:UserInstallation=file://"$TMPH/lo" --headless --convert-to pdf --outdir "$W" "$1" >/dev/null 2>&1
  mv "$W/$b.pdf" "$OUT/$2"
}
chromium_pdf() {
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$TMPH/chrome" \
    --print-to-pdf="$OUT/$2" "file://$1" >/dev/null 2>&1
}

# 01 German supermarket receipt: enscript + ps2pdf (narrow custom medium)
cp "$SRC/01_receipt_de/enscriptrc" "$HOME/.enscriptrc"
iconv -f UTF-8 -t ISO-8859-1 "$SRC/01_receipt_de/receipt.txt" > "$W/receipt.txt"
enscript -q -B -X latin1 -M Bon -f Courier8.5 -p "$W/receipt.ps" "$W/receipt.txt"
ps2pdf -dDEVICEWIDTHPOINTS=250 -dDEVICEHEIGHTPOINTS=760 -dFIXEDMEDIA "$W/receipt.ps" "$OUT/receipt_de_frischmarkt.pdf"

# 02 French card-terminal slip: groff
groff -Tpdf -K utf8 -P-p6.2i,3i "$SRC/02_cardslip_fr/ticket.tr" > "$OUT/cardslip_fr_boulangerie.pdf"

# 03 Dutch bank statement: LibreOffice from HTML
soffice_pdf "$SRC/03_bank_nl/afschrift.html" bank_statement_nl.pdf

# 04 Spanish electricity bill: Chromium
chromium_pdf "$SRC/04_power_es/factura_luz.html" electricity_bill_es.pdf

# 05 UK payslip: fpdf2
python3 "$SRC/05_payslip_uk/make_payslip.py" "$OUT/payslip_uk.pdf"

# 06 US purchase order: wkhtmltopdf
wkhtmltopdf -q --enable-local-file-access -s Letter -T 12mm -B 16mm -L 12mm -R 12mm \
  \
  "$SRC/06_po_us/po.html" "$OUT/po_industrial_us.pdf"

# 07 Polish delivery note (WZ): pdflatex
cp "$SRC/07_wz_pl/wz.tex" "$W/wz.tex"
(cd "$W" && pdflatex -interaction=nonstopmode -halt-on-error wz.tex >/dev/null)
mv "$W/wz.pdf" "$OUT/delivery_note_pl.pdf"

# 08 Australian rent statement: LibreOffice from HTML
soffice_pdf "$SRC/08_rent_au/tenant_statement.html" rent_statement_au.pdf

# 09 US dental explanation of benefits: Chromium
chromium_pdf "$SRC/09_eob_us/eob.html" dental_eob_us.pdf

# 10 Italian expense report: fpdf2 (DejaVu)
python3 "$SRC/10_expense_it/make_nota_spese.py" "$OUT/expense_report_it.pdf"

# 11 UK council tax bill: groff -ms with tbl
groff -Tpdf -K utf8 -t -ms -P-pa4 "$SRC/11_counciltax_uk/bill.ms" > "$OUT/council_tax_uk.pdf"

# 12 US bill of lading: fpdf2
python3 "$SRC/12_bol_us/make_bol.py" "$OUT/bill_of_lading_us.pdf"

# 13 Swedish subscription renewal: wkhtmltopdf
wkhtmltopdf -q --enable-local-file-access -s A4 -T 15mm -B 15mm -L 15mm -R 15mm \
  "$SRC/13_renewal_se/fornyelse.html" "$OUT/subscription_renewal_se.pdf"

# 14 Brazilian brokerage note: LibreOffice from flat ODT
soffice_pdf "$SRC/14_nota_br/nota_corretagem.fodt" trade_confirmation_br.pdf

ls -l "$OUT"
