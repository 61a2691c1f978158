#!/usr/bin/env bash
# Builds the libFuzzer targets (all, or those named) with the fuzzer and AddressSanitizer.
#   Fuzz/build.sh                      # all six targets
#   Fuzz/build.sh RoleLoaderFuzz       # one
# Binaries land in $HIREKIT_FUZZ_SCRATCH/release/ (default .build-fuzz at the repository root).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${HIREKIT_FUZZ_SCRATCH:-.build-fuzz}"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(RoleLoaderFuzz TemplateRenderFuzz DOCXFuzz HTMLFuzz NormalizerFuzz MatcherFuzz)
fi
# SwiftPM does not notice files added to a path dependency (the main package) unless it plans the build again,
# which touching this package's manifest forces.
touch Fuzz/Package.swift
for target in "${targets[@]}"; do
    echo "== building $target"
    # -sanitize=fuzzer,address instruments every Swift module (HireKit and its dependencies) for coverage and
    # memory errors; -fsanitize=fuzzer-no-link,address does the same for C code (libyaml in Yams, CFileSwap).
    swift build --package-path Fuzz --scratch-path "$scratch" -c release --product "$target" \
        -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
done
