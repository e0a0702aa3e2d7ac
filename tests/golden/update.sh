#!/usr/bin/env bash
# Regenerates the golden files from examples/*.txt and the rule fixtures:
#
#   tests/golden/update.sh build/claimcheck
#
# For each examples/<name>.txt it writes tests/golden/extract/<name>.jsonl (`claimcheck extract`)
# and tests/golden/extract/<name>.txt (`claimcheck extract --format text`), run from the repository
# root so every "file" field reads examples/<name>.txt, with the tree's own rules/. Golden files
# whose example is gone are removed. Review the change with `git diff tests/golden` before committing:
# a golden file is a statement that its output is right, not a record of what the binary printed.
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: $0 BINARY" >&2
  exit 2
fi
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
export CLAIMCHECK_RULES="$root/rules"
out=tests/golden/extract
mkdir -p "$out"

shopt -s nullglob
examples=(examples/*.txt)
if [ ${#examples[@]} -eq 0 ]; then
  echo "$0: no examples/*.txt under $root" >&2
  exit 1
fi
for example in "${examples[@]}"; do
  name=$(basename "$example" .txt)
  "$bin" extract "$example" >"$out/$name.jsonl"
  "$bin" extract --format text "$example" >"$out/$name.txt"
  echo "updated $out/$name.{jsonl,txt}"
done
for golden in "$out"/*.jsonl "$out"/*.txt; do
  name=$(basename "${golden%.*}")
  if [ ! -f "examples/$name.txt" ]; then
    rm "$golden"
    echo "removed $golden (no examples/$name.txt)"
  fi
done

# Findings of `claimcheck check` on the rule fixtures, in both formats.
mkdir -p tests/golden/check
# Each fixture is its own corpus: rules that compare articles must not pair two fixtures.
for f in rules/*/*.txt; do "$bin" check --fail-on none --format text "$f" 2>/dev/null; done >tests/golden/check/fixtures.txt
for f in rules/*/*.txt; do "$bin" check --fail-on none --format json "$f" 2>/dev/null; done >tests/golden/check/fixtures.jsonl
echo "updated tests/golden/check/fixtures.{jsonl,txt}"

# The formats for CI on the example articles (see check_golden.sh); exit 1 only says "findings".
for format in sarif junit github; do
  case $format in
    sarif) ext=sarif ;;
    junit) ext=junit.xml ;;
    github) ext=github.txt ;;
  esac
  "$bin" check --fail-on warning --format "$format" "${examples[@]}" >"tests/golden/check/examples.$ext" 2>/dev/null ||
    [ $? -eq 1 ]
done
echo "updated tests/golden/check/examples.{sarif,junit.xml,github.txt}"

# The HTML report of the examples, its graph's SVG and the checkout's path left out (check_golden.sh says why).
portable_html() { sed -e '/^<svg/,/^<\/svg>$/c\<svg><!-- the claim graph, drawn by Graphviz --></svg>' -e "s|$root/||g"; }
"$bin" check --fail-on none --format html "${examples[@]}" 2>/dev/null | portable_html >tests/golden/check/examples.html
echo "updated tests/golden/check/examples.html"
