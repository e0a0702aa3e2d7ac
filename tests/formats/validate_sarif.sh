#!/usr/bin/env bash
# `claimcheck check examples/ --format sarif`, validated by Microsoft's SARIF multitool with its
# SARIF rules and GitHub's (Gh), then against GitHub code scanning's limits (github_limits.py).
# Fails on any Error or Warning of the validator. Exits 77 (skipped) when the multitool is not
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

# From the root with a relative path, as CI runs it: the artifacts' URIs are relative.
cd "$root"
export CLAIMCHECK_RULES="$root/rules"
status=0
"$bin" check --fail-on none --format sarif examples/ >"$work/run.sarif" || status=$?
if [ "$status" -ne 0 ]; then
  echo "FAIL: claimcheck check --format sarif examples/ exited $status"
  exit 1
fi
# The multitool's own exit code says whether it ran, not whether the file is valid: the report says.
if ! "$tool" validate "$work/run.sarif" -o "$work/report.sarif" --level "Error;Warning" --rule-kind "Sarif;Gh" \
    >"$work/validate.log" 2>&1; then
  echo "FAIL: the SARIF multitool did not run:"
  cat "$work/validate.log"
  exit 1
fi
failed=0
python3 "$here/sarif_violations.py" "$work/report.sarif" || failed=1
python3 "$here/github_limits.py" "$work/run.sarif" || failed=1
if [ "$failed" -ne 0 ]; then
  echo "(the SARIF that failed: claimcheck check --format sarif examples/, from $root)"
  exit 1
fi
echo "OK: examples/ as SARIF validates (multitool $("$tool" --version 2>&1 | head -1 | cut -d" " -f3)) and fits GitHub's limits"
