#!/bin/sh
# usage: build.sh OUT.pdf   (run from anywhere)
set -e
D=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
HOME="$D" enscript -q -B -M Bon80 -X latin1 -f Courier8.5 --margins=6:6:14:10 -o "$T/bon.ps" "$D/bon.txt"
ps2pdf -dPDFSETTINGS=/prepress "$T/bon.ps" "$1"
rm -rf "$T"
