#!/usr/bin/env bash
# Screens many synthetic CVs with the release `hirekit screen` and samples, every 10 ms, the process's open file
# descriptors (/proc/PID/fd) and peak resident memory (VmHWM). The heavy version of
# Tests/HireKitReliabilityTests/ScreenResourceTests (which runs 2,000 small CVs in the debug build).
#   Fuzz/screen-scale.sh [FILES] [FILLER_LINES]      (default 10000 CVs of 100 filler lines, about 16 KB each)
# Bounds (exit 1 if broken): fewer than 64 open descriptors; peak RSS under 64 MB + 16 KB per CV. Measured:
# ~40 MB for one CV and ~7.4 KB retained per screened CV, so 16 KB per CV is twice what results need and less than
# the CV itself: a batch that kept documents, or leaked per file, breaks it. Results go to stdout and are appended
# to Fuzz/findings/screen-scale.md. HIREKIT_BIN picks the binary (default: release build in .build-rel).
set -euo pipefail
cd "$(dirname "$0")/.."
files="${1:-10000}"; filler="${2:-100}"
binary="${HIREKIT_BIN:-}"
if [ -z "$binary" ]; then
    swift build --scratch-path .build-rel -c release --product hirekit >/dev/null
    binary=.build-rel/release/hirekit
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/hirekit-screen-scale.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 - "$files" "$filler" "$work/cvs" <<'PY'
import os, sys
count, filler_lines, folder = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
os.makedirs(folder)
skills = ["cash handling", "point of sale", "customer service", "returns and exchanges", "balanced cash drawer",
          "upselling", "inventory counts", "greeted customers", "resolved complaints", "fast-paced environment"]
filler = "Kept the shop floor tidy, restocked shelves between rushes and helped colleagues on the tills when queues grew."
for i in range(count):
    chosen = [skills[(i * 3 + k * 7) % len(skills)] for k in range(4)]
    text = (f"Candidate {i}\ncandidate{i}@example.com\nExperience\nCashier, Store {i % 50}, Jan {2015 + i % 8} - Present\n"
            + "\n".join(f"- {s}" for s in chosen) + "\n" + "\n".join(f"- Shift {k}: {filler}" for k in range(filler_lines))
            + "\nEducation\nHigh school diploma\n")
    with open(f"{folder}/cv-{i:05d}.txt", "w") as out:
        out.write(text)
PY
bytes=$(du -sb "$work/cvs" | cut -f1)
roles="Tests/HireKitReliabilityTests/BadInputs/valid-roles"
start=$(date +%s.%N)
"$binary" screen --role cashier "$work/cvs" --format csv --roles "$roles" --as-of 2026-06 >"$work/out.csv" 2>"$work/err.txt" &
pid=$!
maxfd=0; peak=0
while kill -0 "$pid" 2>/dev/null; do
    n=$(ls "/proc/$pid/fd" 2>/dev/null | wc -l || true); [ "$n" -gt "$maxfd" ] && maxfd=$n
    h=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true); [ -n "$h" ] && [ "$h" -gt "$peak" ] && peak=$h
    sleep 0.01
done
wait "$pid"; status=$?
seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
rows=$(( $(wc -l <"$work/out.csv") - 1 ))
bound=$(( 64 * 1024 + files * 16 ))
verdict=ok
{ [ "$status" -eq 0 ] && [ "$rows" -eq "$files" ] && [ "$maxfd" -lt 64 ] && [ "$peak" -lt "$bound" ]; } || verdict=FAILED
line="| $(date -u +%Y-%m-%d) | $files | $(( bytes / 1024 / 1024 )) MB | ${seconds} s | $maxfd | $(( peak / 1024 )) MB | $(( bound / 1024 )) MB | $rows | $status | $verdict |"
summary=Fuzz/findings/screen-scale.md
[ -f "$summary" ] || printf '# hirekit screen at scale\n\nAppended by Fuzz/screen-scale.sh (release build, `--jobs` = all cores).\n\n| date (UTC) | CVs | total size | time | max open fds | peak RSS | RSS bound | rows | exit | verdict |\n|---|---|---|---|---|---|---|---|---|---|\n' >"$summary"
echo "$line" >>"$summary"
echo "$line"
[ "$verdict" = ok ]
