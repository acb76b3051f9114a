#!/bin/bash
# How the OCR'd scans were built (in a scratch folder, /tmp/w/printed8, with make_html.py and
# degrade.py beside this script in its src/): six of the twelve, the smallest, are committed
# as tests/data/printed/scan_<name>.pdf. Build the 12 OCR'd scans in /tmp/w/printed8 from src/html.
# needs: chromium, poppler-utils, tesseract-ocr(+deu fra spa nld ita), ghostscript, venv /tmp/w/venv8 with pillow ocrmypdf img2pdf
set -e
cd /tmp/w/printed8
V=/tmp/w/venv8/bin
mkdir -p clean work
python src/make_html.py
# name dpi rot shear noise blur jpegq bg producer langs
CONF="
us_plumber         200  0.8  0      12  0    70 255 ocrmypdf  eng
uk_garage          300  0    0      0   0.6  0  255 ocrmypdf  eng
de_handwerker      200 -1.2  0      16  0    60 255 ocrmypdf  deu+eng
fr_facture         150  0.5  0      0   0    75 255 ocrmypdf  fra
es_factura         200  0    0      8   0    65 228 tesseract spa
nl_factuur         250  0    0.012  14  0    0  255 ocrmypdf  nld+eng
it_fattura         200  1.8  0      0   0.5  70 255 tesseract ita
ca_invoice         300 -0.6  0      0   0    80 255 ocrmypdf  eng+fra
au_tax_invoice     150  0    0      18  0.6  0  255 ocrmypdf  eng
restaurant_receipt 200  1.5  0      10  0.7  70 222 tesseract eng
hotel_bill         200 -2.0  0      0   0    55 245 ocrmypdf  eng
dental_bill        300  0    -0.008 12  0    0  255 tesseract eng
"
echo "$CONF" | while read n dpi rot shear noise blur q bg prod langs; do
  [ -z "$n" ] && continue
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=clean/$n.pdf file://$PWD/src/html/$n.html >/dev/null 2>&1
  pdftoppm -r $dpi -gray -png -singlefile clean/$n.pdf work/$n
  if [ "$q" = "0" ]; then ext=png; else ext=jpg; fi
  $V/python src/degrade.py work/$n.png work/${n}_scan.$ext $dpi $rot $shear $noise $blur $q $bg 7
  if [ "$prod" = "ocrmypdf" ]; then
    $V/img2pdf work/${n}_scan.$ext -o work/${n}_img.pdf
    $V/ocrmypdf -q -l $langs --image-dpi $dpi work/${n}_img.pdf $n.pdf
  else
    tesseract work/${n}_scan.$ext work/${n}_tess -l $langs --dpi $dpi pdf >/dev/null 2>&1
    cp work/${n}_tess.pdf $n.pdf
  fi
  echo "built $n ($prod $langs, ${dpi}dpi)"
done
