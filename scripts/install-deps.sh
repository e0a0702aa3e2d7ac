#!/usr/bin/env bash
# Installs every build and test dependency from Debian 12 packages.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  g++ cmake ninja-build pkg-config python3 python3-yaml \
  libboost-dev libboost-graph-dev libyaml-cpp-dev libicu-dev \
  libcli11-dev nlohmann-json3-dev libfmt-dev doctest-dev libbenchmark-dev hyperfine graphviz \
  libgraphviz-dev chromium \
  >/dev/null

# Node.js and npm, for Microsoft's SARIF validator. Debian's packages where the machine has no npm;
# not in the list above because a NodeSource nodejs (which bundles npm) conflicts with Debian's npm.
if ! command -v npm >/dev/null 2>&1; then
  $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
# The validator itself, at the version tools/sarif/package-lock.json pins; skipped when installed.
sarif_tools="$(cd "$(dirname "$0")/../tools/sarif" && pwd)"
multitool="$sarif_tools/node_modules/@microsoft/sarif-multitool-linux"
if ! (cd "$sarif_tools" && node -e '
    const lock = require("./package-lock.json").packages["node_modules/@microsoft/sarif-multitool-linux"];
    process.exit(require("./node_modules/@microsoft/sarif-multitool-linux/package.json").version === lock.version ? 0 : 1)' \
    2>/dev/null); then
  (cd "$sarif_tools" && npm ci --no-audit --no-fund --loglevel=error)
fi
chmod u+x "$multitool/Sarif.Multitool"  # npm may skip the package's own postinstall chmod

# playwright-core, which drives Debian's chromium in the HTML report's test (tests/html/), at the
# version tools/browser/package-lock.json pins; skipped when installed. It downloads no browser.
browser_tools="$(cd "$(dirname "$0")/../tools/browser" && pwd)"
if ! (cd "$browser_tools" && node -e '
    const lock = require("./package-lock.json").packages["node_modules/playwright-core"];
    process.exit(require("./node_modules/playwright-core/package.json").version === lock.version ? 0 : 1)' \
    2>/dev/null); then
  (cd "$browser_tools" && npm ci --no-audit --no-fund --loglevel=error)
fi
