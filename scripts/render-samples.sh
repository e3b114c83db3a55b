#!/usr/bin/env bash
# Renders the samples into output/: September and October go into the history first, so the
# November report shows a three-month trend. Safe to run again: each period is replaced.
# The history lives beside the samples' configuration (samples/posture-history.sqlite), where a
# team keeps its own posture-history.sqlite, never inside the report folder.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product posture
posture="$(swift build --show-bin-path)/posture"
history=samples/posture-history.sqlite
config=(--acceptances samples/risk-acceptances.yml --environments samples/environments.yml)

"$posture" history backfill samples/2026-09 samples/2026-10 --history "$history" "${config[@]}"
# One folder per edition: each is posture's own (its SHA256SUMS lists what it wrote), so a rerun
# replaces it whole. The full internal record, then the summary for questionnaires.
"$posture" report samples/2026-11 --out output/internal --as-of 2026-11-30 --history "$history" \
    "${config[@]}" --organization "Example Shop"
"$posture" report samples/2026-11 --out output/summary --edition summary --as-of 2026-11-30 \
    --history "$history" "${config[@]}" --organization "Example Shop"
