#!/bin/bash
# Rebuild every PDF of set 25 from src/ into the folder given as $1.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUTDIR=${1:-$HERE/../..}
mkdir -p "$OUTDIR"; OUTDIR=$(cd "$OUTDIR" && pwd)
SRC=$HERE/src
H=$(mktemp -d); trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_DATA_HOME="$H/.local/share" \
       XDG_RUNTIME_DIR="$H/run" TMPDIR="$H"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export SOURCE_DATE_EPOCH=1743465600 TZ=UTC LC_ALL=C.UTF-8
# no network: point every proxy at a closed port
export http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 no_proxy=
ONLY=${ONLY:-}
want() { [ -z "$ONLY" ] || [[ "$1" == *"$ONLY"* ]]; }

# 1. headless Chromium (HTML/CSS)
for f in "$SRC"/*.chromium.html; do
  n=$(basename "$f" .chromium.html); want "$n" || continue
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --disable-extensions \
    --user-data-dir="$H/chromium" --proxy-server="http://127.0.0.1:9" \
    --print-to-pdf="$OUTDIR/$n.pdf" "file://$f" >/dev/null 2>&1
  echo "chromium   $n.pdf"
done

# 2. wkhtmltopdf (HTML/CSS)
for f in "$SRC"/*.wk.html; do
  n=$(basename "$f" .wk.html); want "$n" || continue
  wkhtmltopdf -q --enable-local-file-access -s A4 -T 12mm -B 12mm -L 12mm -R 12mm \
    --encoding utf-8 "$f" "$OUTDIR/$n.pdf" >/dev/null 2>&1 || [ -s "$OUTDIR/$n.pdf" ]
  echo "wkhtmltopdf $n.pdf"
done

# 3. LibreOffice (flat ODF text / spreadsheet)
mkdir -p "$H/lo"
for f in "$SRC"/*.fodt "$SRC"/*.fods; do
  n=$(basename "${f%.*}"); want "$n" || continue
  soffice -env:UserInstallation="file://$H/lo_profile" --headless --convert-to pdf --outdir "$H/lo" "$f" >/dev/null 2>&1
  mv "$H/lo/$n.pdf" "$OUTDIR/$n.pdf"
  echo "libreoffice $n.pdf"
done

# 4. pdflatex
for f in "$SRC"/*.tex; do
  n=$(basename "$f" .tex); want "$n" || continue
  d="$H/tex_$n"; mkdir -p "$d"; cp "$f" "$d/"; cp -r "$SRC/img" "$d/"
  (cd "$d" && pdflatex -interaction=nonstopmode -halt-on-error "$n.tex" >/dev/null && \
             pdflatex -interaction=nonstopmode -halt-on-error "$n.tex" >/dev/null) || { echo "pdflatex failed: $n" >&2; tail -30 "$d/$n.log" >&2; exit 1; }
  cp "$d/$n.pdf" "$OUTDIR/$n.pdf"
  echo "pdflatex   $n.pdf"
done

# 5. groff (ms + tbl)
for f in "$SRC"/*.ms; do
  n=$(basename "$f" .ms); want "$n" || continue
  groff -k -t -ms -Tpdf -P-pa4 -dpaper=a4 "$f" > "$OUTDIR/$n.pdf"
  echo "groff      $n.pdf"
done

# 6. fpdf2 (Python, Unicode TTF)
for f in "$SRC"/*.fpdf.py; do
  n=$(basename "$f" .fpdf.py); want "$n" || continue
  python3 "$f" "$OUTDIR/$n.pdf"
  echo "fpdf2      $n.pdf"
done
