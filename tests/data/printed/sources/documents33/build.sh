#!/bin/bash
# Rebuild every PDF of set 33 from src/ into the folder given as $1.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUTARG=${1:-$HERE/../..}
mkdir -p "$OUTARG"
OUT=$(cd "$OUTARG" && pwd)
SRC=$HERE/src
H=$(mktemp -d); trap 'rm -rf "$H"' EXIT
export HOME="$H" XDG_CONFIG_HOME="$H/.config" XDG_CACHE_HOME="$H/.cache" XDG_RUNTIME_DIR="$H/run" TMPDIR="$H"
export SOURCE_DATE_EPOCH=1743465600 TZ=UTC LC_ALL=C.UTF-8
export no_proxy='*' http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9
mkdir -p "$H/.config" "$H/.cache" "$H/run"; chmod 700 "$H/run"

chrome() { # chrome src.html out.pdf
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --user-data-dir="$H/chr" \
    --no-pdf-header-footer --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
  test -s "$2"
}
wk() { # wk src.html out.pdf [extra options]
  local s=$1 o=$2; shift 2
  wkhtmltopdf -q --disable-javascript --encoding utf-8 "$@" "$s" "$o" >/dev/null 2>&1 || test -s "$o"
}
office() { # office src.(fodt|fods|html) out.pdf
  local d="$H/lo_out"; mkdir -p "$d"
  local filt=pdf; local -a inf=()
  case "$1" in *.html) inf=("--infilter=HTML (StarWriter)"); filt="pdf:writer_pdf_Export";; esac
  soffice -env:UserInstallation="file://$H/lo_profile" --headless --norestore \
    "${inf[@]}" --convert-to "$filt" --outdir "$d" "$1" >/dev/null 2>&1
  local b; b=$(basename "${1%.*}")
  mv "$d/$b.pdf" "$2"
}
latex() { # latex src.tex out.pdf
  local d="$H/tex_$(basename "$1" .tex)"; mkdir -p "$d"; cp "$1" "$d/"
  ( cd "$d" && for i in 1 2; do pdflatex -interaction=nonstopmode -halt-on-error "$(basename "$1")" >/dev/null; done )
  mv "$d/$(basename "$1" .tex).pdf" "$2"
}
grf() { # grf src.ms out.pdf
  groff -k -ms -t -Tpdf -P-pa4 "$1" > "$2"
}
ens() { # ens src.txt out.pdf [enscript options]
  local s=$1 o=$2; shift 2
  enscript -q -B "$@" -o "$H/ens.ps" "$s"
  ps2pdf -dPDFSETTINGS=/printer "$H/ens.ps" "$o"
}
fp() { # fp script.py out.pdf
  python3 "$1" "$2"
}

for f in "$SRC"/s33_*.*; do
  b=$(basename "$f"); n=${b%.*}; o="$OUT/$n.pdf"
  case "$b" in
    *.chrome.html) n=${b%.chrome.html}; chrome "$f" "$OUT/$n.pdf";;
    *.wk.html)     n=${b%.wk.html};     wk "$f" "$OUT/$n.pdf" -s A4 -T 12mm -B 12mm -L 12mm -R 12mm;;
    *.lo.html)     n=${b%.lo.html};     office "$f" "$OUT/$n.pdf";;
    *.fodt|*.fods) office "$f" "$o";;
    *.tex)         latex "$f" "$o";;
    *.ms)          grf "$f" "$o";;
    *.txt)         ens "$f" "$o" -f Courier9;;
    *.py)          fp "$f" "$o";;
    *) echo "skip $b";;
  esac
done
ls "$OUT"/s33_*.pdf | wc -l
