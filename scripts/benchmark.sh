#!/usr/bin/env bash
# Times `posture report` (release build, all three formats, no history) on large synthetic
# Security Hub exports. Each size runs three times; the median wall time and its peak memory
# are printed. The machine this runs on is shared and noisy: compare medians, not single runs.
# Usage: bash scripts/benchmark.sh [COUNT...]   (default: 1000 10000 100000). Results: docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product posture >/dev/null
posture="$(swift build -c release --show-bin-path)/posture"
work="${TMPDIR:-/tmp}/posture-bench"
mkdir -p "$work"
printf 'findings\tfile MB\tmedian s\truns s\tpeak MB\n'
for n in "${@:-1000 10000 100000}"; do
    for size in $n; do
        input="$work/findings-$size.json"
        [ -f "$input" ] || python3 scripts/make-benchmark-input.py "$size" "$input"
        runs=()
        for run in 1 2 3; do
            rm -rf "$work/out-$size"
            /usr/bin/time -f "%e %M" -o "$work/time-$size-$run" \
                "$posture" report "$input" --out "$work/out-$size" --as-of 2026-11-30 --no-history >/dev/null 2>&1
            runs+=("$(cat "$work/time-$size-$run")")
        done
        median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
        all=$(printf '%s\n' "${runs[@]}" | cut -d' ' -f1 | paste -sd/ -)
        printf '%s\t%s\t%s\t%s\t%s\n' "$size" "$(( $(stat -c %s "$input") / 1048576 ))" \
            "${median%% *}" "$all" "$(( ${median##* } / 1024 ))"
    done
done
