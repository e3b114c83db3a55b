#!/usr/bin/env bash
# Times `posture report` (release build) on large synthetic Security Hub exports.
# Usage: bash scripts/benchmark.sh [COUNT...]   (default: 10000 100000)
# Prints one line per size: findings, file size, wall seconds, peak memory. Results: docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product posture >/dev/null
posture="$(swift build -c release --show-bin-path)/posture"
work="${TMPDIR:-/tmp}/posture-bench"
mkdir -p "$work"
echo "findings	file MB	seconds	peak MB"
for count in "${@:-10000 100000}"; do
    for n in $count; do
        input="$work/findings-$n.json"
        [ -f "$input" ] || python3 scripts/make-benchmark-input.py "$n" "$input"
        rm -rf "$work/out-$n"
        /usr/bin/time -f "%e %M" -o "$work/time-$n" \
            "$posture" report "$input" --out "$work/out-$n" --as-of 2026-11-30 --no-history >/dev/null 2>&1
        read -r seconds kilobytes < "$work/time-$n"
        printf '%s\t%s\t%s\t%s\n' "$n" "$(( $(stat -c %s "$input") / 1048576 ))" "$seconds" "$(( kilobytes / 1024 ))"
    done
done
