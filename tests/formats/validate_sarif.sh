#!/usr/bin/env bash
# `claimcheck check examples/ --format sarif`, validated by Microsoft's SARIF multitool with its
# SARIF rules and GitHub's (Gh), then against GitHub code scanning's limits (github_limits.py);
# then the same for a gated run on tests/data/gating/ (suppression comments and sidecars, a
# suppression without a reason, a baseline), whose results must say they are suppressed or new
# (sarif_gating.py). Fails on any Error or Warning of the validator. Exits 77 (skipped) when the multitool is not
# installed: scripts/install-deps.sh puts it in tools/sarif/node_modules (or set SARIF_MULTITOOL).
# Registered in CTest as "sarif: examples validate".
#
#   tests/formats/validate_sarif.sh BINARY REPO_ROOT
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 BINARY REPO_ROOT" >&2
  exit 2
fi
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$2" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tool=${SARIF_MULTITOOL:-$root/tools/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool}
if [ ! -x "$tool" ]; then
  echo "SKIP: the SARIF multitool is not installed at $tool (run scripts/install-deps.sh)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# validate NAME SARIF: the multitool's report, then GitHub's limits; returns 1 on any problem.
validate() {
  local name=$1 sarif=$2
  # The multitool's own exit code says whether it ran, not whether the file is valid: the report says.
  if ! "$tool" validate "$sarif" -o "$work/$name.report.sarif" --level "Error;Warning" --rule-kind "Sarif;Gh" \
      >"$work/$name.validate.log" 2>&1; then
    echo "FAIL: the SARIF multitool did not run on $name:"
    cat "$work/$name.validate.log"
    return 1
  fi
  local failed=0
  python3 "$here/sarif_violations.py" "$work/$name.report.sarif" || failed=1
  python3 "$here/github_limits.py" "$sarif" || failed=1
  return $failed
}

# From the root with a relative path, as CI runs it: the artifacts' URIs are relative.
cd "$root"
export CLAIMCHECK_RULES="$root/rules"
status=0
"$bin" check --fail-on none --format sarif examples/ >"$work/run.sarif" || status=$?
if [ "$status" -ne 0 ]; then
  echo "FAIL: claimcheck check --format sarif examples/ exited $status"
  exit 1
fi
if ! validate examples "$work/run.sarif"; then
  echo "(the SARIF that failed: claimcheck check --format sarif examples/, from $root)"
  exit 1
fi

# A gated run: a baseline of suppressions/, then a check that adds an article whose suppression
# gives no reason (its findings are new).
cd "$root/tests/data/gating"
"$bin" baseline write "$work/known.json" --pack core suppressions/ >/dev/null
status=0
"$bin" check --pack core --fail-on none --baseline "$work/known.json" --format sarif suppressions/ malformed/sans-raison.md \
  >"$work/gated.sarif" || status=$?
if [ "$status" -ne 0 ]; then
  echo "FAIL: claimcheck check --baseline --format sarif on tests/data/gating exited $status"
  exit 1
fi
failed=0
validate gated "$work/gated.sarif" || failed=1
python3 "$here/sarif_gating.py" "$work/gated.sarif" || failed=1
if [ "$failed" -ne 0 ]; then
  echo "(the SARIF that failed: claimcheck check --baseline --format sarif suppressions/ malformed/sans-raison.md, from tests/data/gating)"
  exit 1
fi
echo "OK: examples/ and a gated run as SARIF validate (multitool $("$tool" --version 2>&1 | head -1 | cut -d" " -f3)) and fit GitHub's limits"
