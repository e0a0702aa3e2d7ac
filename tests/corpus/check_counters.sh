#!/usr/bin/env bash
# Three daily articles: the 27th's "(+1 500)" is not 735 110 - 733 830 (the 26th's total, in
# another article), and the 28th's total is below the 27th's. Both are findings across articles.
set -euo pipefail
bin=$1 data=$2
out=$("$bin" check --pack conflict --fail-on none --format json "$data")
for rule in conflict/counter-increment conflict/counter-never-down; do
  count=$(printf '%s\n' "$out" | grep -c "\"rule\":\"$rule\"" || true)
  if [ "$count" -ne 1 ]; then echo "FAIL: expected one $rule finding, got $count:"; printf '%s\n' "$out"; exit 1; fi
done
line=$(printf '%s\n' "$out" | grep '"rule":"conflict/counter-increment"')
for want in 2024-11-26.txt 2024-11-27.txt '"text":"+1 500"' '"text":"733 830 soldats"'; do
  case "$line" in *"$want"*) ;; *) echo "FAIL: the increment finding does not name $want: $line"; exit 1 ;; esac
done
echo "OK: a wrong increment and a falling total found across daily articles"
