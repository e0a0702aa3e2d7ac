#!/usr/bin/env bash
# `claimcheck check --format junit` on examples/, on every rule fixture, and on an article whose
# name and text hold XML's special characters: each report must parse (python3's xml.etree) and
# its counts must match its test cases (junit_counts.py). Registered in CTest as
# "junit: reports are well-formed XML".
#
#   tests/formats/junit_well_formed.sh BINARY REPO_ROOT
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 BINARY REPO_ROOT" >&2
  exit 2
fi
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$2" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
export CLAIMCHECK_RULES="$root/rules"

# The conversion fixture's failing line, in a file named with & < > " ' and with a control character.
odd="$work/a&b<c>\"d\"'e'.txt"
{
  printf 'date 2024-12-16\n'
  printf 'Le convoi <b> & "les autres" \x01 a parcouru 10 km (12 miles) en une nuit.\n'
} >"$odd"

failed=0
run() {  # NAME ARGS...: the JUnit report of `check ARGS`, then its check
  local name=$1 status=0
  shift
  # 1: findings; 2: an input could not be read (the odd run names a missing one on purpose).
  "$bin" check --fail-on warning --format junit "$@" >"$work/$name.xml" 2>"$work/$name.err" || status=$?
  if [ "$status" -gt 2 ]; then
    echo "FAIL: claimcheck check --format junit $* exited $status:"
    cat "$work/$name.err"
    failed=1
    return
  fi
  python3 "$here/junit_counts.py" "$work/$name.xml" || failed=1
}
run examples examples/
run fixtures rules/*/*.txt
run odd "$odd" "$work/missing.txt"
if ! grep -q 'failure message=' "$work/odd.xml" || ! grep -q '<error message=' "$work/odd.xml"; then
  echo "FAIL: the conversion error in $odd is not a <failure>, or the missing input not an <error>:"
  cat "$work/odd.xml"
  failed=1
fi
if [ "$failed" -ne 0 ]; then exit 1; fi
echo "OK: 3 JUnit reports are well-formed XML with consistent counts"
