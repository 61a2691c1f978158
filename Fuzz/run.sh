#!/usr/bin/env bash
# Runs one fuzz target for a set time and records what it found.
#   Fuzz/run.sh TARGET [SECONDS] [extra libFuzzer flags...]     (default 600 s)
# Corpus: Fuzz/corpus/TARGET (grows; not committed), seeded from Fuzz/Seeds/TARGET and the repository's own
# files. Crashing, timing-out and out-of-memory inputs are written to Fuzz/findings/TARGET/. The log goes to
# Fuzz/logs/TARGET-<time>.log and a one-line summary is appended to Fuzz/findings/summary.md.
# The fuzzer runs at nice 10 in fork mode with one worker, so it keeps going past a crash and reports every
# distinct one within the time given.
set -euo pipefail
cd "$(dirname "$0")/.."
target="$1"; seconds="${2:-600}"; shift $(( $# >= 2 ? 2 : 1 ))
scratch="${HIREKIT_FUZZ_SCRATCH:-.build-fuzz}"
binary="$scratch/release/$target"
[ -x "$binary" ] || { echo "no $binary: run Fuzz/build.sh $target first" >&2; exit 2; }

corpus="Fuzz/corpus/$target"; findings="Fuzz/findings/$target"; mkdir -p "$corpus" "$findings" Fuzz/logs
seeds=("Fuzz/Seeds/$target")
case "$target" in
    RoleLoaderFuzz|TemplateRenderFuzz) dict=Fuzz/Dictionaries/yaml.dict; seeds+=(Roles); flags=(-max_len=16384) ;;
    DOCXFuzz) dict=Fuzz/Dictionaries/docx.dict; flags=(-max_len=32768) ;;
    HTMLFuzz) dict=Fuzz/Dictionaries/html.dict; flags=(-max_len=32768)
              mkdir -p "$corpus.fixtures"; cp Tests/HireKitCVTests/Fixtures/*.html "$corpus.fixtures/"; seeds+=("$corpus.fixtures") ;;
    NormalizerFuzz|MatcherFuzz) dict=Fuzz/Dictionaries/text.dict; flags=(-max_len=8192)
              mkdir -p "$corpus.fixtures"; cp Tests/HireKitCVTests/Fixtures/{*.txt,*.md} "$corpus.fixtures/"; seeds+=("$corpus.fixtures") ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
esac

log="Fuzz/logs/$target-$(date -u +%Y%m%dT%H%M%SZ).log"
echo "== $target for ${seconds}s, log $log"
started=$(date +%s)
marker=$(mktemp); touch "$marker"
set +e
HIREKIT_ROOT="$PWD" SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}" \
nice -n 10 "$binary" "$corpus" "${seeds[@]}" -dict="$dict" "${flags[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -malloc_limit_mb=2560 \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -artifact_prefix="$findings/" -print_final_stats=1 "$@" >"$log" 2>&1
status=$?
set -e
elapsed=$(( $(date +%s) - started ))

# In fork mode each status line reads "#<execs>: cov: C ft: F corp: N exec/s: E oom/timeout/crash: O/T/C time: Ts".
last=$(grep -E '^#[0-9]+: cov:' "$log" | tail -1 || true)
execs=$(sed -nE 's/^#([0-9]+): .*/\1/p' <<<"$last")
cov=$(sed -nE 's/.* cov: ([0-9]+) .*/\1/p' <<<"$last")
ft=$(sed -nE 's/.* ft: ([0-9]+) .*/\1/p' <<<"$last")
corp=$(sed -nE 's/.* corp: ([0-9]+) .*/\1/p' <<<"$last")
rate=$(( ${execs:-0} / (elapsed > 0 ? elapsed : 1) ))  # average; the status line's exec/s is per job
fails=$(sed -nE 's/.* oom\/timeout\/crash: ([0-9]+\/[0-9]+\/[0-9]+) .*/\1/p' <<<"$last")
artifacts=$(find "$findings" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) -newer "$marker" -printf '%f ' 2>/dev/null || true)
line="| $(date -u +%Y-%m-%d) | $target | ${elapsed}s | ${execs:-?} | ${rate:-?} | ${cov:-?} | ${ft:-?} | ${corp:-?} | ${fails:-?} | ${artifacts:-none} |"
summary=Fuzz/findings/summary.md
if [ ! -f "$summary" ]; then
    printf '# Fuzzing runs\n\nAppended by Fuzz/run.sh. oom/timeout/crash counts are failing inputs seen; files are new artifacts in Fuzz/findings/TARGET/.\n\n| date (UTC) | target | time | executions | exec/s | edge cov | features | corpus | oom/timeout/crash | new artifacts |\n|---|---|---|---|---|---|---|---|---|---|\n' >"$summary"
fi
echo "$line" >>"$summary"
rm -f "$marker"
echo "$line"
exit $status
