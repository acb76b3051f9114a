#!/bin/bash
# Rebuild every PDF of set 38 from src/ into $1 (default: two levels up from this script),
# named s38_<name>.pdf as tests/test_printed.py reads them.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
SRC="$HERE/src"
OUT="${1:-$HERE/../..}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
export SOURCE_DATE_EPOCH=1743465600
export TZ=UTC
TMPH="$(mktemp -d)"
export HOME="$TMPH"
trap 'rm -rf "$TMPH"' EXIT
fail=0
for f in "$SRC"/[0-9][0-9]_*; do
  b="$(basename "$f")"
  name="${b%%.*}"
  pdf="$OUT/s38_$name.pdf"
  case "$b" in
    *.chromium.html)
      chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --no-pdf-header-footer \
        --user-data-dir="$TMPH/chr" --print-to-pdf="$pdf" "file://$f" >/dev/null 2>&1 ;;
    *.wk.html)
      wkhtmltopdf -q --encoding utf-8 -s A4 "$f" "$pdf" >/dev/null 2>&1 ;;
    *.lo.html)
      d="$TMPH/lo_$name"; mkdir -p "$d"; cp "$f" "$d/$name.html"
      soffice --headless -env:UserInstallation="file://$TMPH/lo_profile" \
        --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$d" "$d/$name.html" >/dev/null 2>&1
      mv "$d/$name.pdf" "$pdf" ;;
    *.tex)
      d="$TMPH/tex_$name"; mkdir -p "$d"; cp "$f" "$d/$name.tex"
      (cd "$d" && pdflatex -interaction=nonstopmode "$name.tex" >/dev/null 2>&1 && pdflatex -interaction=nonstopmode "$name.tex" >/dev/null 2>&1)
      mv "$d/$name.pdf" "$pdf" ;;
    *.fpdf.py|*.rl.py)
      python3 "$f" "$pdf" >/dev/null ;;
    *.ms)
      groff -t -ms -k -Tpdf "$f" > "$pdf" 2>/dev/null ;;
    *.enscript.txt)
      enscript -q -B -f Courier10 -M A4 --margins=56:56:48:48 -X latin1 -o "$TMPH/$name.ps" "$f" && ps2pdf "$TMPH/$name.ps" "$pdf" ;;
    *) continue ;;
  esac
  if [ -s "$pdf" ]; then echo "built s38_$name.pdf"; else echo "FAILED $name" >&2; fail=1; fi
done
exit $fail
