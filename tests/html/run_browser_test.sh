#!/usr/bin/env bash
# Runs report_in_browser.js: the HTML report of examples/ in Debian's Chromium, driven by the
# playwright-core of tools/browser/ (scripts/install-deps.sh installs both). Exits 77, which CTest
# counts as skipped, when one of them is missing.
#
#   tests/html/run_browser_test.sh BINARY REPO_ROOT OUT_DIR
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: $0 BINARY REPO_ROOT OUT_DIR" >&2
  exit 2
fi
root=$(cd "$2" && pwd)
skip() {
  echo "SKIP: $1; scripts/install-deps.sh installs it"
  exit 77
}
command -v node >/dev/null || skip "node is not installed (Debian package nodejs)"
[ -x /usr/bin/chromium ] || skip "/usr/bin/chromium is not installed (Debian package chromium)"
[ -f "$root/tools/browser/node_modules/playwright-core/package.json" ] ||
  skip "playwright-core is not installed in tools/browser/ (cd tools/browser && npm ci)"
exec node "$root/tests/html/report_in_browser.js" "$1" "$root" "$3"
