#!/usr/bin/env bash
# Builds a benchmark corpus: the *.txt files of DIR, concatenated and repeated to SIZE_MB.
# usage: bench/make_corpus.sh OUT DIR [SIZE_MB=50]
set -euo pipefail
out=$1 dir=$2 size_mb=${3:-50}
one=$(mktemp)
trap 'rm -f "$one"' EXIT
for f in "$dir"/*.txt; do cat "$f"; printf '\n\n'; done >"$one"
: >"$out"
while [ "$(stat -c %s "$out")" -lt $((size_mb * 1024 * 1024)) ]; do cat "$one" >>"$out"; done
