#!/bin/sh
# The graph of examples/ must render with Graphviz. Usage: render_examples.sh CLAIMCHECK SOURCE_DIR
# Exits 77 (skipped) where `dot` is not installed.
set -eu
claimcheck=$1
source_dir=$2
command -v dot >/dev/null 2>&1 || { echo "Graphviz 'dot' is not installed: skipped"; exit 77; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$claimcheck" graph --rules-root "$source_dir/rules" --format dot "$source_dir/examples" >"$out"
dot -Tsvg "$out" -o /dev/null
echo "ok: $(grep -c ' -> ' "$out") edges rendered"
