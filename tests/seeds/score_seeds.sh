#!/usr/bin/env bash
# Scores `claimcheck extract` on shared/'s hand-annotated seed articles with shared/'s own scorer.
# Bars (issue 2): precision and recall >= 0.97, unit and qualifier accuracy >= 0.95.
set -euo pipefail
bin=$1 shared=$2
if [ ! -f "$shared/tools/score_extract.py" ] || [ ! -d "$shared/corpus/seeds" ]; then
  echo "SKIP: $shared/corpus/seeds is absent (the shared/ folder sits beside the checkout in CI)"
  exit 77
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$bin" extract "$shared"/corpus/seeds/*.txt >"$out"
python3 "$shared/tools/score_extract.py" "$shared/corpus/seeds.gold.jsonl" "$out" --show-misses \
  --min-precision 0.97 --min-recall 0.97 --min-unit 0.95 --min-qualifier 0.95
