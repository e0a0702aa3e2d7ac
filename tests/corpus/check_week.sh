#!/usr/bin/env bash
# Fourteen dispatches of two weeks (late November 2024), written for this test by a writer who
# had not read the engine, with an answer key (tests/data/week/README.md): genuine
# contradictions planted among many legitimate differences (other dates, periods, scopes,
# actors, compatible hedges, units). Precision first: every finding of the cross-article rules
# must be a planted one; the planted ones the engine does find are named.
set -euo pipefail
bin=$1 data=$2
out=$("$bin" check --pack conflict --fail-on none --format json "$data")
# Every finding but the informational "only one side says so".
findings=$(printf '%s\n' "$out" | grep -v '"rule":"conflict/unverified-figure"' || true)
expect() {  # RULE TEXT TEXT: one finding of RULE naming both figures
  local hit
  hit=$(printf '%s\n' "$findings" | grep "\"rule\":\"$1\"" | grep -F "\"text\":\"$2\"" | grep -F "\"text\":\"$3\"" || true)
  if [ -z "$hit" ]; then echo "FAIL: no $1 finding for $2 / $3"; printf '%s\n' "$findings"; exit 1; fi
}
expect conflict/contradiction "188 drones" "120 drones"     # A1: one night's drones, one source, two counts
expect conflict/contradiction "725 km²" "1 100 km²"        # A3: the AFP/ISW November gain, two values
expect conflict/counter-never-down "743 830" "735 290"     # A4: a same-day total off by 10 000
count=$(printf '%s\n' "$findings" | grep -c '"rule"' || true)
if [ "$count" -ne 3 ]; then
  echo "FAIL: expected only the three planted findings, got $count:"; printf '%s\n' "$findings"; exit 1
fi
echo "OK: planted contradictions A1, A3 and A4 found; no legitimate difference flagged"
