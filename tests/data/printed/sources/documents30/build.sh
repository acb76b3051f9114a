#!/bin/bash
# Rebuild every PDF of set 30 from src/ into the folder given as $1.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="${1:-$HERE/../..}"
mkdir -p "$OUT"; OUT="$(cd "$OUT" && pwd)"
H=$(mktemp -d); trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_RUNTIME_DIR="$H/run" TMPDIR="$H"
export SOURCE_DATE_EPOCH=1743465600 TZ=UTC LC_ALL=C.UTF-8
export no_proxy='*' http_proxy= https_proxy=
mkdir -p "$H/run" && chmod 700 "$H/run"
SRC="$HERE/src"
ONLY="${2:-}"   # optional: build only sources whose name contains this string

want() { [ -z "$ONLY" ] || [[ "$1" == *"$ONLY"* ]]; }

for f in "$SRC"/*.chrome.html; do
  b=$(basename "$f" .chrome.html); want "$b" || continue
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$H/chrome" \
    --print-to-pdf="$OUT/$b.pdf" "file://$f" >/dev/null 2>&1
done
for f in "$SRC"/*.wk.html; do
  b=$(basename "$f" .wk.html); want "$b" || continue
  extra=(); [ -f "$SRC/$b.wkargs" ] && mapfile -t extra < "$SRC/$b.wkargs"
  wkhtmltopdf -q --encoding utf-8 -s A4 -T 12mm -B 14mm -L 12mm -R 12mm "${extra[@]}" "$f" "$OUT/$b.pdf" >/dev/null 2>&1 || test -s "$OUT/$b.pdf"
done
for f in "$SRC"/*.fodt "$SRC"/*.lo.html; do
  [ -e "$f" ] || continue
  n=$(basename "$f"); b=${n%.fodt}; b=${b%.lo.html}; want "$b" || continue
  d="$H/lo_$b"; mkdir -p "$d"
  if [[ "$n" == *.lo.html ]]; then
    cp "$f" "$d/$b.html"
    soffice -env:UserInstallation=file://$H/lo --headless --infilter="HTML (StarWriter)" \
      --convert-to pdf:writer_pdf_Export --outdir "$d" "$d/$b.html" >/dev/null 2>&1
  else
    cp "$f" "$d/$b.fodt"
    soffice -env:UserInstallation=file://$H/lo --headless --convert-to pdf:writer_pdf_Export --outdir "$d" "$d/$b.fodt" >/dev/null 2>&1
  fi
  mv "$d/$b.pdf" "$OUT/$b.pdf"
done
for f in "$SRC"/s30_*.py; do
  b=$(basename "$f" .py); want "$b" || continue
  python3 "$f" "$OUT/$b.pdf"
done
for f in "$SRC"/*.tex; do
  b=$(basename "$f" .tex); want "$b" || continue
  d="$H/tex_$b"; mkdir -p "$d"; cp "$f" "$d/"
  (cd "$d" && for i in 1 2; do pdflatex -interaction=nonstopmode -halt-on-error "$b.tex" >/dev/null; done)
  mv "$d/$b.pdf" "$OUT/$b.pdf"
done
for f in "$SRC"/*.ms; do
  b=$(basename "$f" .ms); want "$b" || continue
  preconv -e utf-8 "$f" | groff -t -ms -Tpdf -dpaper=a4 -P-pa4 > "$OUT/$b.pdf"
done
for f in "$SRC"/*.enscript.txt; do
  b=$(basename "$f" .enscript.txt); want "$b" || continue
  iconv -f utf-8 -t latin1 "$f" > "$H/$b.txt"
  enscript -q -X latin1 -M A4 -B -f Courier9 --margins=54:40:40:40 -t "$b" -p "$H/$b.ps" "$H/$b.txt"
  ps2pdf -sPAPERSIZE=a4 "$H/$b.ps" "$OUT/$b.pdf"
done
ls "$OUT"/s30_*.pdf | wc -l
