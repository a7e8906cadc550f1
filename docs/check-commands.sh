#!/usr/bin/env bash
# Runs every ```sh block of README.md and docs/getting-started.md, as written, in a fresh clone of
# this repository (with ../shared beside it, as for CI), and stops at the first one that fails.
# Blocks that need credentials (lines mentioning AZURE_OPENAI_API_KEY=... or INWORLD_API_KEY=...)
# are skipped: no real endpoint is reachable from here. So are blocks marked <!-- run: stub --> (it
# runs until stopped) and <!-- run: project --> (it needs the stub's URL and the new project):
# GettingStartedTest (generated-client-it) runs those, as described in docs/integration.md.
# Usage: docs/check-commands.sh    (takes a few minutes: it builds everything once)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$repo" "$work/checkout"
ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"
cd "$work/checkout"
for doc in README.md docs/getting-started.md; do
  blocks="$work/blocks/$(basename "$doc")"
  mkdir -p "$blocks"
  awk -v dir="$blocks" '
    /^<!-- run: (stub|project) -->$/ {skip=1; next}
    /^```sh$/ {n++; on=!skip; skip=0; next}
    /^```$/ {on=0; next}
    {skip=0}
    on {print > (dir "/" sprintf("%03d", n))}' "$doc"
  for block in "$blocks"/*; do
    if grep -q 'API_KEY=\.\.\.' "$block"; then
      echo "== $doc: skipped (needs credentials): $(head -n 1 "$block")"
      continue
    fi
    echo "== $doc: $(cat "$block")"
    bash -euo pipefail "$block"
  done
done
echo "== every command ran"
