#!/usr/bin/env bash
# Builds a benchmark corpus as a newsroom has one: many articles. Copies the *.txt files of DIR
# into OUT_DIR under numbered names until they weigh SIZE_MB.
# usage: bench/make_corpus_dir.sh OUT_DIR DIR [SIZE_MB=50]
set -euo pipefail
out=$1 dir=$2 size_mb=${3:-50}
mkdir -p "$out"
total=0 n=0
while [ "$total" -lt $((size_mb * 1024 * 1024)) ]; do
  for f in "$dir"/*.txt; do
    n=$((n + 1))
    cp "$f" "$out/$(printf '%06d' "$n")-$(basename "$f")"
    total=$((total + $(stat -c %s "$f")))
  done
done
echo "$n articles, $total bytes in $out"
