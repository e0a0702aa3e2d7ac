#!/usr/bin/env bash
# Runs `claimcheck extract` (JSON Lines and --format text) on every examples/*.txt and diffs the
# output against tests/golden/extract/<name>.{jsonl,txt}, `claimcheck check` on the rule
# fixtures against tests/golden/check/fixtures.{jsonl,txt}, and `claimcheck check` on the
# examples as SARIF, JUnit, GitHub commands and HTML against tests/golden/check/examples.*;
# prints each diff and fails on any.
# Registered in CTest as "golden: extract" (label golden). Regenerate with tests/golden/update.sh.
#
#   tests/golden/check_golden.sh BINARY REPO_ROOT
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 BINARY REPO_ROOT" >&2
  exit 2
fi
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$2" && pwd)
cd "$root"
export CLAIMCHECK_RULES="$root/rules"
golden=tests/golden/extract
# The HTML report as the golden file holds it (the same in update.sh): the lines from <svg to
# </svg> as one placeholder, and the checkout's path (in a trace naming reference data) cut.
portable_html() { sed -e '/^<svg/,/^<\/svg>$/c\<svg><!-- the claim graph, drawn by Graphviz --></svg>' -e "s|$root/||g"; }
actual=$(mktemp -d)
trap 'rm -rf "$actual"' EXIT

shopt -s nullglob
examples=(examples/*.txt)
if [ ${#examples[@]} -eq 0 ]; then
  echo "FAIL: no examples/*.txt under $root"
  exit 1
fi
failed=0
checked=0
for example in "${examples[@]}"; do
  name=$(basename "$example" .txt)
  for format in jsonl text; do
    ext=$format
    [ "$format" = text ] && ext=txt
    expected="$golden/$name.$ext"
    got="$actual/$name.$ext"
    if ! "$bin" extract --format "$format" "$example" >"$got" 2>"$actual/stderr"; then
      echo "FAIL: claimcheck extract --format $format $example exited with an error:"
      cat "$actual/stderr"
      failed=1
      continue
    fi
    if [ ! -f "$expected" ]; then
      echo "FAIL: $expected is missing (run tests/golden/update.sh BINARY)"
      failed=1
      continue
    fi
    if ! diff -u --label "$expected (golden)" --label "$example (--format $format now)" "$expected" "$got"; then
      failed=1
    fi
    checked=$((checked + 1))
  done
done
for file in "$golden"/*.jsonl "$golden"/*.txt; do
  name=$(basename "${file%.*}")
  if [ ! -f "examples/$name.txt" ]; then
    echo "FAIL: $file has no examples/$name.txt"
    failed=1
  fi
done
# Findings of `claimcheck check` on the rule fixtures.
for format in text json; do
  ext=txt
  [ "$format" = json ] && ext=jsonl
  expected=tests/golden/check/fixtures.$ext
  got="$actual/check.$ext"
  # Each fixture is its own corpus: rules that compare articles must not pair two fixtures.
  for f in rules/*/*.txt; do
    "$bin" check --fail-on none --format "$format" "$f" 2>/dev/null || { echo "FAIL: claimcheck check $f exited with an error"; failed=1; }
  done >"$got"
  if ! diff -u --label "$expected (golden)" --label "check --format $format (now)" "$expected" "$got"; then
    failed=1
  fi
  checked=$((checked + 1))
done
# The formats for CI on the example articles, named one by one so that only articles are read.
# --fail-on warning: JUnit fails the cases of warnings and errors and keeps infos as output.
for format in sarif junit github; do
  case $format in
    sarif) ext=sarif ;;
    junit) ext=junit.xml ;;
    github) ext=github.txt ;;
  esac
  expected=tests/golden/check/examples.$ext
  got="$actual/examples.$ext"
  status=0
  "$bin" check --fail-on warning --format "$format" "${examples[@]}" >"$got" 2>/dev/null || status=$?
  if [ "$status" -gt 1 ]; then
    echo "FAIL: claimcheck check --format $format examples/*.txt exited $status"
    failed=1
  fi
  if ! diff -u --label "$expected (golden)" --label "check --format $format (now)" "$expected" "$got"; then
    failed=1
  fi
  checked=$((checked + 1))
done
# The HTML report of the examples. The graph's SVG is left out: Graphviz lays it out with the
# fonts of the machine; tests/html/ checks the picture in a browser.
expected=tests/golden/check/examples.html
got="$actual/examples.html"
if ! "$bin" check --fail-on none --format html "${examples[@]}" 2>/dev/null | portable_html >"$got"; then
  echo "FAIL: claimcheck check --format html examples/*.txt exited with an error"
  failed=1
fi
if ! diff -u --label "$expected (golden)" --label "check --format html (now)" "$expected" "$got"; then
  failed=1
fi
checked=$((checked + 1))
if [ "$failed" -ne 0 ]; then
  echo "Golden extraction differs. If the new output is right, run tests/golden/update.sh BINARY and review the diff."
  exit 1
fi
echo "OK: $checked golden files match"
