#!/usr/bin/env bash
# Rebuild every PDF of set 67 from src/ into an output directory (default: /tmp/set67-pdfs; copy them into
# tests/data/printed when the set is adopted), named s67_<name>.pdf.
# Usage: ./build.sh [outdir] [filter-substring]
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
SRC="$HERE/src"
OUT="${1:-${OUT:-/tmp/set67-pdfs}}"
FILTER="${2:-}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

export SOURCE_DATE_EPOCH=1774569600   # 2026-03-27T00:00:00Z
export FORCE_SOURCE_DATE=1
export TZ=UTC
export LC_ALL=C.UTF-8
TMPHOME="$(mktemp -d /tmp/set67-home.XXXXXX)"
WORK="$(mktemp -d /tmp/set67-work.XXXXXX)"
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
  out="$OUT/s67_$name.pdf"
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
    lualatex.tex)
      local d="$WORK/tex_$name"; mkdir -p "$d"
      cp "$src" "$d/$name.tex"
      (cd "$d" && for i in 1 2; do lualatex -interaction=nonstopmode -halt-on-error "$name.tex" || exit 1; done) >"$WORK/$name.log" 2>&1 \
        && cp "$d/$name.pdf" "$out" ;;
    fpdf.py|rl.py)
      python3 "$src" "$out" >"$WORK/$name.log" 2>&1 ;;
    *)
      log "?? unknown source kind: $base"; return 1 ;;
  esac
  if [ -s "$out" ]; then
    built=$((built+1)); log "ok    s67_$name.pdf  <- $base"
  else
    fail=$((fail+1)); log "FAIL  s67_$name.pdf  <- $base"; sed 's/^/      | /' "$WORK/$name.log" | tail -n 25 >&2
    rm -f "$out"
  fi
}

for src in "$SRC"/[0-9][0-9]_*.*; do
  case "$src" in *"$FILTER"*) ;; *) continue ;; esac
  case "$src" in *.fodt|*.html|*.tex|*.py) build_one "$src" ;; esac
done

log "built $built PDF(s), $fail failure(s) -> $OUT"
[ "$fail" -eq 0 ]
