#!/usr/bin/env bash
# Builds and runs every fuzz target one after another (one fuzzer at a time, nice 10), SECONDS each.
#   Fuzz/run-all.sh [SECONDS] [TARGET...]     (default 600 s, all six targets)
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"; shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(RoleLoaderFuzz TemplateRenderFuzz DOCXFuzz HTMLFuzz NormalizerFuzz MatcherFuzz)
for target in "${targets[@]}"; do
    Fuzz/build.sh "$target" || { echo "build of $target failed; skipped"; continue; }
    Fuzz/run.sh "$target" "$seconds" || echo "$target: fuzzer exited with $?"
done
