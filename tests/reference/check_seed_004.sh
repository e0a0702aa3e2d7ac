#!/usr/bin/env bash
# Seed 004 against the Ukrainian General Staff's figures for 2024-11-26 (rules/reference/): the
# seven totals and six of the seven increments hold; "(+92)" vehicles fails against 30 042 − 29 948 = 94.
# Exits 77 (CTest: skipped) where the shared/ folder is absent.
#
#   tests/reference/check_seed_004.sh BINARY REPO_ROOT SHARED_DIR
set -uo pipefail
bin=$1 root=$2 shared=$3
seed=$shared/corpus/seeds/004_41cdb39d6165329a.txt
data=$shared/reference/ua-general-staff-losses
if [ ! -f "$seed" ] || [ ! -d "$data" ]; then
  echo "SKIP: $seed or $data is absent (the shared/ folder beside the checkout)"
  exit 77
fi
out=$("$bin" check --rules-root "$root/rules" --pack reference --data "$data" --verdicts all --fail-on none "$seed" 2>&1 | sed "s/\xe2\x80\xaf/ /g")  # thousands: U+202F
holds=$(grep -c ': note: holds \[reference/ua-general-staff\]' <<<"$out")
fails=$(grep -c ': warning: .*\[reference/ua-general-staff\]' <<<"$out")
status=0
[ "$holds" -eq 13 ] || { echo "FAIL: $holds evaluations hold, expected 13 (7 totals, 6 increments)"; status=1; }
[ "$fails" -eq 1 ] || { echo "FAIL: $fails findings, expected 1"; status=1; }
grep -q '39:98: warning: +92 ne correspond pas au décompte .* : 94 ' <<<"$out" ||
  { echo "FAIL: no finding on (+92) naming 94"; status=1; }
grep -q '733 830 − 732 350 (2024-11-25) = 1 480 ; le texte dit +1 480 : cohérent' <<<"$out" ||
  { echo "FAIL: personnel +1 480 is not 733 830 − 732 350"; status=1; }
[ $status -eq 0 ] && echo "PASS: 13 hold, (+92) fails against 94" || echo "$out"
exit $status
