#!/usr/bin/env bash
# Runs every test through CTest (build first with scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
ctest --test-dir build --output-on-failure "$@"
