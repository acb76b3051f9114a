#!/bin/bash
# Rebuild the office-suite documents of the sixth held-out set into tests/data/printed/.
# Needs: libreoffice-writer-nogui libreoffice-calc-nogui wkhtmltopdf groff ghostscript enscript
#        and a Python with python-docx and openpyxl (VPY=/path/to/python; default python3)
set -euo pipefail
SRC=$(cd "$(dirname "$0")" && pwd)
HERE=$(cd "$SRC/../.." && pwd)
B=$(mktemp -d)
VPY=${VPY:-python3}
mkdir -p "$B"
cd "$B"

# --- A. LibreOffice: Writer (.docx via python-docx) and Calc (.xlsx via openpyxl)
"$VPY" "$SRC/gen_docx.py" "$B"
"$VPY" "$SRC/gen_xlsx.py" "$B"
soffice_pdf() {  # $1 = input file, $2 = locale (decides Calc's number separators)
  LANG=$2.UTF-8 LC_ALL=$2.UTF-8 soffice --headless --convert-to pdf --outdir "$HERE" "$1" >/dev/null 2>&1
}
soffice_pdf lo_docx_uk_sole_trader.docx en_GB
soffice_pdf lo_docx_us_nonprofit_receipt.docx en_US
soffice_pdf lo_docx_es_factura_autonomo.docx es_ES
soffice_pdf lo_xlsx_de_rechnung_maler.xlsx de_DE
soffice_pdf lo_xlsx_us_contractor.xlsx en_US
soffice_pdf lo_xlsx_nl_factuur_hovenier.xlsx nl_NL
soffice_pdf lo_xlsx_pl_faktura_vat.xlsx pl_PL

# --- B. wkhtmltopdf
python3 "$SRC/gen_html.py" "$B"
for f in wk_cz_faktura_truhlarstvi wk_ie_electricity_bill wk_br_nota_de_debito_boleto; do
  wkhtmltopdf -q --encoding utf-8 --page-size A4 -T 12mm -B 12mm -L 12mm -R 12mm "$f.html" "$HERE/$f.pdf" 2>/dev/null
done
wkhtmltopdf -q --encoding utf-8 --page-size A4 -T 0 -B 0 -L 0 -R 0 wk_ch_qr_bill_invoice.html \
  "$HERE/wk_ch_qr_bill_invoice.pdf" 2>/dev/null

# --- C. enscript / groff + Ghostscript
enscript -q -B -M A4 -f Courier8 --margins=28:28:40:40 -o erp.ps "$SRC/erp_statement_au.txt"
ps2pdf -sPAPERSIZE=a4 erp.ps "$HERE/enscript_au_erp_statement.pdf"
iconv -f utf-8 -t latin1 "$SRC/ticket_mx.txt" > ticket_mx.l1
HOME=$SRC/enscript_home enscript -q -B -M Ticket80 -X 88591 -f Courier8 -o ticket.ps ticket_mx.l1
ps2pdf -dDEVICEWIDTHPOINTS=227 -dDEVICEHEIGHTPOINTS=560 -dFIXEDMEDIA ticket.ps "$HERE/enscript_mx_restaurant_ticket.pdf"
groff -ms -t -k -Tps -dpaper=a4 -P-pa4 "$SRC/plumber_nz.ms" > plumber.ps
ps2pdf -sPAPERSIZE=a4 plumber.ps "$HERE/groff_nz_plumber_invoice.pdf"

rm -rf "$B"
