#!/usr/bin/env bash
# Rebuild every PDF of set 61 from src/ into an output directory (default: /tmp/set61-pdfs; copy them into
# tests/data/printed when the set is adopted), named s61_<name>.pdf.
# Usage: ./build.sh [outdir] [filter-substring]
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
SRC="$HERE/src"
OUT="${1:-${OUT:-/tmp/set61-pdfs}}"
FILTER="${2:-}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

export SOURCE_DATE_EPOCH=1773964800   # 2026-03-20T00:00:00Z
export FORCE_SOURCE_DATE=1
export TZ=UTC
export LC_ALL=C.UTF-8
TMPHOME="$(mktemp -d /tmp/set61-home.XXXXXX)"
WORK="$(mktemp -d /tmp/set61-work.XXXXXX)"
export HOME="$TMPHOME"
export XDG_RUNTIME_DIR="$TMPHOME/run"; mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$TMPHOME" "$WORK"' EXIT

fail=0; built=0
log() { printf '%s\n' "$*" >&2; }

build_one() {
  local src="$1" base kind name out
  base="$(basename "$src")"
  name="${base%%.*}"                # NN_short_name
  kind="${base#*.}"                 # e.g. chromium.html, tex, ms ...
  out="$OUT/s61_$name.pdf"
  rm -f "$out"
  case "$kind" in
    chromium.html)
      timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --disable-pdf-tagging \
        --user-data-dir="$TMPHOME/chromium" --print-to-pdf="$out" "file://$src" >"$WORK/$name.log" 2>&1 ;;
    wk.html)
      timeout 120 wkhtmltopdf --quiet --enable-local-file-access \
        $(sed -n 's/^<!-- wkhtmltopdf-args: \(.*\) -->$/\1/p' "$src") \
        "$src" "$out" >"$WORK/$name.log" 2>&1 ;;
    lo.html|lo.fodt)
      local d="$WORK/lo_$name"; mkdir -p "$d"
      local ext="${kind#lo.}"
      cp "$src" "$d/$name.$ext"
      if [ "$ext" = html ]; then
        (cd "$d" && timeout 180 soffice --headless --norestore \
          -env:UserInstallation="file://$TMPHOME/lo" \
          --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$name.$ext") >"$WORK/$name.log" 2>&1
      else
        (cd "$d" && timeout 180 soffice --headless --norestore \
          -env:UserInstallation="file://$TMPHOME/lo" \
          --convert-to pdf:writer_pdf_Export "$name.$ext") >"$WORK/$name.log" 2>&1
      fi
      [ -f "$d/$name.pdf" ] && cp "$d/$name.pdf" "$out" ;;
    tex)
      local d="$WORK/tex_$name"; mkdir -p "$d"
      cp "$src" "$d/$name.tex"
      (cd "$d" && for i in 1 2; do pdflatex -interaction=nonstopmode -halt-on-error "$name.tex" || exit 1; done) >"$WORK/$name.log" 2>&1 \
        && cp "$d/$name.pdf" "$out" ;;
    ms)
      # paper size from an optional '.\" groff-paper: letter' line (default A4)
      local paper
      paper="$(sed -n 's/^\.\\" groff-paper: \([a-z0-9]*\)$/\1/p' "$src" | head -n 1)"
      paper="${paper:-a4}"
      (cd "$SRC" && groff -k -t -ms -Tpdf -P-p"$paper" -dpaper="$paper" "$src" >"$out") 2>"$WORK/$name.log" ;;
    enscript.txt)
      # header options on the first line of the source: "#enscript: <options>"
      local opts
      opts="$(sed -n '1s/^#enscript: //p' "$src")"
      tail -n +2 "$src" | iconv -f UTF-8 -t LATIN1 >"$WORK/$name.latin1.txt" \
        && enscript -q -X latin1 $opts -o "$WORK/$name.ps" "$WORK/$name.latin1.txt" 2>"$WORK/$name.log" \
        && ps2pdf -dPDFSETTINGS=/printer -dAutoRotatePages=/PageByPage -dOmitID -dOmitInfoDate -dOmitXMP "$WORK/$name.ps" "$out" >>"$WORK/$name.log" 2>&1 ;;
    fpdf.py|rl.py)
      python3 "$src" "$out" >"$WORK/$name.log" 2>&1 ;;
    *)
      log "?? unknown source kind: $base"; return 1 ;;
  esac
  if [ -s "$out" ]; then
    built=$((built+1)); log "ok    s61_$name.pdf  <- $base"
  else
    fail=$((fail+1)); log "FAIL  s61_$name.pdf  <- $base"; sed 's/^/      | /' "$WORK/$name.log" | tail -n 25 >&2
    rm -f "$out"
  fi
}

for src in "$SRC"/[0-9][0-9]_*.*; do
  case "$src" in *"$FILTER"*) ;; *) continue ;; esac
  case "$src" in *.fodt|*.html|*.tex|*.ms|*.txt|*.py) build_one "$src" ;; esac
done

log "built $built PDF(s), $fail failure(s) -> $OUT"
[ "$fail" -eq 0 ]
