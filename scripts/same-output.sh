#!/usr/bin/env bash
# Byte-identical output check for a change that must not change any fact (a speed-up, a refactor):
# runs two builds over the first 2,225 BBC articles and every dev set (`--jsonl --quiet --jobs 1`)
# and compares the outputs with cmp. Run from the project root, after `node scripts/build.mjs`.
#
#   scripts/same-output.sh BASE_DIST [NEW_DIST]     each a dist/ folder holding cli.js (NEW: ./dist)
#
# Make BASE_DIST from the commit to compare with, e.g.:
#   git worktree add /tmp/base main && (cd /tmp/base && npm ci && node scripts/build.mjs --no-types)
#   scripts/same-output.sh /tmp/base/dist
# OUT=dir keeps the outputs there (default: a temporary folder); ONLY_NEW=1 reuses OUT's base outputs.
set -euo pipefail
base=${1:?usage: scripts/same-output.sh BASE_DIST [NEW_DIST]}
new=${2:-dist}
shared=${SHARED:-../shared}
[ -d "$shared/eval" ] || { echo "same-output: $shared/eval not found (put the shared folder beside the project, or set SHARED)" >&2; exit 2; }
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
head -n 2225 "$shared/corpus/bbc-news/articles.jsonl" > "$out/bbc.jsonl"
fail=0
for f in "$out/bbc.jsonl" "$shared"/eval/*/dev*.jsonl; do
  name=$(basename "$(dirname "$f")")-$(basename "$f"); [ "$f" = "$out/bbc.jsonl" ] && name=bbc-news-first-2225.jsonl
  # exit 1 (some input failed) still prints every record in its place: compare those too
  [ -n "${ONLY_NEW:-}" ] || node "$base/cli.js" "$f" --jsonl --quiet --jobs 1 > "$out/base-$name" 2>/dev/null || [ $? -eq 1 ]
  node "$new/cli.js" "$f" --jsonl --quiet --jobs 1 > "$out/new-$name" 2>/dev/null || [ $? -eq 1 ]
  if cmp -s "$out/base-$name" "$out/new-$name"; then
    echo "same  $name ($(wc -l < "$out/new-$name") documents)"
  else
    echo "DIFF  $name: cmp $out/base-$name $out/new-$name"
    fail=1
  fi
done
exit $fail
