#!/usr/bin/env bash
# Runs `claimcheck extract` (JSON Lines and --format text) on every examples/*.txt and diffs the
# output against tests/golden/extract/<name>.{jsonl,txt}, and `claimcheck check` on the rule
# fixtures against tests/golden/check/fixtures.{jsonl,txt}; prints each diff and fails on any.
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
if [ "$failed" -ne 0 ]; then
  echo "Golden extraction differs. If the new output is right, run tests/golden/update.sh BINARY and review the diff."
  exit 1
fi
echo "OK: $checked golden files match"
