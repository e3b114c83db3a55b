#!/usr/bin/env bash
# Times `posture report` (release build, all three formats, with history in a temp file) side by
# side with jq on the same synthetic exports (scripts/make-benchmark-input.py), in one run:
#   findings (ASFF get-findings): 10k and 100k (and 1M with --1m), jq group-by-severity alongside;
#   findings as Security Hub OCSF records (one JSON array): 10k and 100k, jq the same way;
#   ECR describe-image-scan-findings: 1k and 10k images;
#   WAF logs (gzipped JSON Lines): 100k and 1M requests;
#   with --year: 100k findings as the twelfth month of a history (eleven earlier months of the same
#   findings recorded first, cached), the run a team makes a year in;
#   with --aws-cli: 100k findings indented as the AWS CLI writes `get-findings` (4 spaces a level, 484 MB
#   where the 2-space file is 381 MB), jq the same way;
#   with --full: 100k findings as full as real exports and indented by the AWS CLI (make-benchmark-input.py
#   --full --indent 4: 553 MB, the size of issue #10's real 540 MB `get-findings` file), jq the same way;
# The 1/10 sizes show whether the cost is linear. Prints wall time, peak RSS, the ratio to jq (of the CPU
# time and of the wall time), and the load average (the machine is shared: compare within one run, not across
# runs). With --rounds N each row runs posture and jq alternately N times and prints the medians: one run of
# each moves by a third with the machine's speed from one minute to the next.
# Usage: bash scripts/benchmark.sh [--1m] [--year] [--aws-cli] [--full] [--rounds N] [--sizes "N..."] [--skip-ocsf] [--skip-ecr]
#        [--skip-waf]
# Inputs are cached in ${BENCH_DIR:-/tmp/posture-bench}. Results: docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="10000 100000"
ecr="1000 10000"
waf="100000 1000000"
ocsf="10000 100000"
year=""
cli=""
full=""
rounds=1
while [ $# -gt 0 ]; do
    case "$1" in
        --1m) sizes="$sizes 1000000" ;;
        --year) year=100000 ;;
        --aws-cli) cli=100000 ;;
        --full) full=100000 ;;
        --rounds) rounds="$2"; shift ;;
        --sizes) sizes="$2"; ocsf="$2"; shift ;;
        --skip-ocsf) ocsf="" ;;
        --skip-ecr) ecr="" ;;
        --skip-waf) waf="" ;;
        *) echo "usage: $0 [--1m] [--year] [--aws-cli] [--full] [--rounds N] [--sizes \"N...\"] [--skip-ocsf] [--skip-ecr] [--skip-waf]" >&2
            exit 2 ;;
    esac
    shift
done
command -v jq >/dev/null || { echo "benchmark: jq is needed (apt-get install -y jq)" >&2; exit 2; }
posture="${POSTURE:-}"
if [ -z "$posture" ]; then
    # Linked as the README says to build it for your own exports ("Using it on your own account").
    static=()
    [ "$(uname -s)" = Linux ] && static=(--static-swift-stdlib)
    swift build -c release "${static[@]}" --product posture >/dev/null
    posture="$(swift build -c release --show-bin-path)/posture"
fi
work="${BENCH_DIR:-/tmp/posture-bench}"
mkdir -p "$work"
gen() { # kind count file [generator options]
    [ -f "$3" ] || { python3 scripts/make-benchmark-input.py "$1" "$2" "$3.tmp" "${@:4}" && mv "$3.tmp" "$3"; }
}
# measure LABEL CMD... -> sets secs (wall), cpu (user + sys) and mb (peak RSS)
measure() {
    local label="$1"; shift
    rm -rf "$work/out" "$work/history.sqlite"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr-$label" || {
        echo "benchmark: $label failed:" >&2; tail -5 "$work/stderr-$label" >&2; exit 1; }
    read -r secs user sys kb <"$work/time"
    cpu=$(awk "BEGIN { printf \"%.2f\", $user + $sys }")
    mb=$((kb / 1024))
}
report() { # file [history to start from, copied first, not timed]
    local history="$work/history.sqlite"
    if [ -n "${2:-}" ]; then history="$work/history-continued.sqlite"; cp "$2" "$history"; fi
    measure posture "$posture" report "$1" --out "$work/out" --as-of 2026-11-30 --history "$history"
}
median() { # values... -> the median
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m }'
}
# alternate FILE HISTORY JQ-CMD... -> posture's medians in ps (wall), pc (CPU), pm (peak MB), jq's in secs, cpu, mb:
# `posture report FILE` (from HISTORY when given) and the jq command, one after the other, $rounds times.
alternate() {
    local file="$1" history="$2"; shift 2
    local pw=() pcs=() pms=() jw=() jc=() jm=()
    for _ in $(seq "$rounds"); do
        report "$file" "$history"; pw+=("$secs"); pcs+=("$cpu"); pms+=("$mb")
        measure jq "$@"; jw+=("$secs"); jc+=("$cpu"); jm+=("$mb")
    done
    ps=$(median "${pw[@]}"); pc=$(median "${pcs[@]}"); pm=$(median "${pms[@]}")
    secs=$(median "${jw[@]}"); cpu=$(median "${jc[@]}"); mb=$(median "${jm[@]}")
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, posture: $posture, rounds: $rounds"
# Times are wall / CPU (user + sys) seconds; `÷ jq` is the ratio of the CPU times, which a busy machine disturbs
# less, `wall ÷` that of the wall times (posture runs on every core, jq on one).
row() { # label file
    printf '%-22s %8s %16s %8s %16s %8s %7s %7s\n' "$1" "$(($(stat -L -c %s "$2") / 1048576))" "$ps / $pc" "$pm" \
        "$secs / $cpu" "$mb" "$(awk "BEGIN { printf \"%.2f\", $pc / $cpu }")" \
        "$(awk "BEGIN { printf \"%.2f\", $ps / $secs }")"
}
printf '%-22s %8s %16s %8s %16s %8s %7s %7s\n' input "file MB" "posture wall/cpu" "peak MB" "jq wall/cpu" "jq MB" \
    "÷ jq" "wall ÷"
asff_jq='.Findings | group_by(.Severity.Label) | map({k: .[0].Severity.Label, n: length})'
findings_row() { # kind count jq-filter [label] [history]
    local f="$work/$1-$2.json"; gen "$1" "$2" "$f"
    alternate "$f" "${5:-}" jq "$3" "$f"
    row "${4:-$1 $2 findings}" "$f"
}
for n in $sizes; do findings_row asff "$n" "$asff_jq"; done
for n in $cli; do
    f="$work/asff-$n-indent4.json"; gen asff "$n" "$f" --indent 4
    alternate "$f" "" jq "$asff_jq" "$f"
    row "asff $n, AWS CLI" "$f"
done
for n in $full; do
    f="$work/asff-$n-full-indent4.json"; gen asff "$n" "$f" --full --indent 4
    alternate "$f" "" jq "$asff_jq" "$f"
    row "asff $n, full" "$f"
done
for n in $ocsf; do findings_row ocsf "$n" 'group_by(.severity) | map({k: .[0].severity, n: length})'; done
for n in $ecr; do
    f="$work/ecr-$n.json"; gen ecr "$n" "$f"
    alternate "$f" "" jq '[.[].imageScanFindings.findings[]] | group_by(.severity) | map({k: .[0].severity, n: length})' "$f"
    row "ecr $n images" "$f"
done
for n in $waf; do
    f="$work/waf-$n.jsonl.gz"; gen waf "$n" "$f"
    alternate "$f" "" sh -c "gunzip -c '$f' | jq -n 'reduce inputs as \$r ({}; .[\$r.action] += 1)'"
    row "waf $n requests" "$f"
done
for n in $year; do
    f="$work/asff-$n.json"; gen asff "$n" "$f"
    months="$work/history-11-months-$n.sqlite"
    if [ ! -f "$months" ]; then
        rm -f "$months.tmp"
        for day in 2025-12-31 2026-01-31 2026-02-28 2026-03-31 2026-04-30 2026-05-31 2026-06-30 2026-07-31 \
            2026-08-31 2026-09-30 2026-10-31; do
            "$posture" report "$f" --out "$work/out-months" --format md --as-of "$day" --history "$months.tmp" \
                --quiet >/dev/null
        done
        mv "$months.tmp" "$months"
    fi
    # A history cached by an older posture is migrated once here, not in every timed run.
    "$posture" history list --history "$months" >/dev/null
    findings_row asff "$n" "$asff_jq" "asff $n, 12th month" "$months"
done
