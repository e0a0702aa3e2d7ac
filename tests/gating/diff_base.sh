#!/usr/bin/env bash
# `claimcheck check --diff-base REF` in a temporary git repository holding articles of
# tests/data/gating/baseline/ and the daily articles of tests/data/counters/: only the findings
# with a claim in a changed file are reported (a counter across articles included, since every
# input is still read), counted from where the branch left REF; an unknown ref, or no git work
# tree, is exit 2 with a clear message. Registered in CTest as "gating: --diff-base in a git repository".
#
#   tests/gating/diff_base.sh BINARY TESTS_DATA_DIR
set -euo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
data=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.org GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.org
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
fail() { echo "FAIL: $*"; exit 1; }
# Runs check in the repository; sets $out, $err and $status.
check() {
  status=0
  out=$(cd "$work/repo" && "$bin" check "$@" 2>"$work/err") || status=$?
  err=$(cat "$work/err")
}
expect() {  # expect STATUS TEXT...: the exit status, and each text in stdout
  local want=$1; shift
  [ "$status" -eq "$want" ] || fail "exit $status, expected $want; stdout: $out; stderr: $err"
  for text in "$@"; do case "$out" in *"$text"*) ;; *) fail "no '$text' in: $out" ;; esac; done
}
refuse() {  # refuse TEXT...: none of the texts in stdout
  for text in "$@"; do case "$out" in *"$text"*) fail "'$text' reported: $out" ;; esac; done
}

mkdir -p "$work/repo/articles" "$work/repo/fil"
cp "$data/gating/baseline/"* "$work/repo/articles/"
cp "$data/counters/"*.txt "$work/repo/fil/"
git -C "$work/repo" init -q -b main
git -C "$work/repo" add -A && git -C "$work/repo" commit -q -m "les articles d'hier"

check --pack core --diff-base HEAD articles/
expect 0
[ "$err" = "0 findings" ] || fail "stderr: $err"

# An article copy-edited in the work tree, and a new one not yet added: theirs only.
printf '\nLe port a rouvert en fin de matinée.\n' >>"$work/repo/articles/odessa-soir.md"
printf 'date 2024-12-04\nLe maire annonce que sept des cinq ponts de la ville sont fermés.\n' >"$work/repo/articles/nouveau.txt"
check --pack core --diff-base HEAD articles/
expect 1 "articles/odessa-soir.md:9:40: error: onze sur huit drones" "articles/nouveau.txt:2:22: error: sept sur cinq ponts"
refuse "kharkiv-matin.txt"

# From a subdirectory, paths are the run's own.
status=0
out=$(cd "$work/repo/articles" && "$bin" check --pack core --diff-base HEAD . 2>/dev/null) || status=$?
expect 1 "./odessa-soir.md:9:40:" "./nouveau.txt:2:22:"
refuse "kharkiv-matin.txt"

# A counter across daily articles: the changed day's article is compared with the unchanged one.
printf 'Les chiffres seront actualisés demain.\n' >>"$work/repo/fil/2024-11-27.txt"
check --pack conflict --fail-on error --diff-base HEAD fil/
expect 1 "[conflict/counter-increment]" "fil/2024-11-26.txt"
git -C "$work/repo" checkout -q -- fil/

# On a branch: what the branch changed since it left main, not what main did since.
git -C "$work/repo" add -A && git -C "$work/repo" commit -q -m "odessa et nouveau"
git -C "$work/repo" checkout -q -b revue
printf '\nLes dockers ont repris le travail.\n' >>"$work/repo/articles/odessa-soir.md"
git -C "$work/repo" commit -q -am "odessa, suite"
git -C "$work/repo" checkout -q main
printf '\nLes cours reprendront lundi.\n' >>"$work/repo/articles/kharkiv-matin.txt"
git -C "$work/repo" commit -q -am "kharkiv, suite"
git -C "$work/repo" checkout -q revue
check --pack core --diff-base main articles/
expect 1 "articles/odessa-soir.md:9:40:"
refuse "kharkiv-matin.txt" "nouveau.txt"

# Errors: an unknown ref, a ref that looks like an option, no git work tree.
check --pack core --diff-base origin/nulle-part articles/
[ "$status" -eq 2 ] || fail "an unknown ref exited $status"
[ -z "$out" ] || fail "an unknown ref printed findings: $out"
[ "$err" = "claimcheck check: error: --diff-base: unknown git ref 'origin/nulle-part' (in a shallow CI clone, fetch it first: git fetch origin <branch>); nothing was checked" ] ||
  fail "unknown ref: $err"
check --pack core --diff-base=--all articles/
[ "$status" -eq 2 ] && [ "$err" = "claimcheck check: error: --diff-base '--all' is not a git ref; nothing was checked" ] ||
  fail "an option as a ref: exit $status, $err"
mkdir -p "$work/plain"
cp "$data/gating/baseline/kharkiv-matin.txt" "$work/plain/"
if git -C "$work/plain" rev-parse --git-dir >/dev/null 2>&1; then
  echo "(skipped the no-work-tree case: $work is inside a git work tree)"
else
  status=0
  err=$(cd "$work/plain" && "$bin" check --diff-base HEAD . 2>&1 >/dev/null) || status=$?
  [ "$status" -eq 2 ] || fail "outside a work tree, exit $status"
  [ "$err" = "claimcheck check: error: --diff-base needs a git work tree, and the working directory is not in one (or git is not installed); nothing was checked" ] ||
    fail "outside a work tree: $err"
fi
echo "OK: --diff-base reports the changed articles' findings only, and refuses an unknown ref or a directory outside git"
