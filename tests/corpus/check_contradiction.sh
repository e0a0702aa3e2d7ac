#!/usr/bin/env bash
# Three articles of the same week: Moscow's November gain contradicts the ISW's (a finding that
# names both claims, sources and articles); October's figures agree (no finding); a figure for
# another period and scope (the year, without Kursk) is never compared with the month's.
# The graph of the corpus carries one `contradicts` link.
set -euo pipefail
bin=$1 data=$2
out=$("$bin" check --pack conflict --fail-on none --format json "$data")
count=$(printf '%s\n' "$out" | grep -c '"rule":"conflict/contradiction"' || true)
if [ "$count" -ne 1 ]; then
  echo "FAIL: expected exactly one contradiction, got $count:"; printf '%s\n' "$out"; exit 1
fi
line=$(printf '%s\n' "$out" | grep '"rule":"conflict/contradiction"')
for want in moscou.txt isw.txt '"text":"1.100 km2"' '"text":"600 km2"'; do
  case "$line" in *"$want"*) ;; *) echo "FAIL: the contradiction does not name $want: $line"; exit 1 ;; esac
done
links=$("$bin" graph --pack conflict --format json "$data" | grep -c '"kind": "contradicts"' || true)
if [ "$links" -ne 1 ]; then echo "FAIL: expected one contradicts link in the graph, got $links"; exit 1; fi
echo "OK: one contradiction across articles, named with both sources; one contradicts link"
