#!/usr/bin/env bash
# Fails when the committed Reports/ is stale: regenerates the sample reports into a temporary
# folder with the same command (Scripts/reports.sh) and compares every file byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${VERITY:-}" ]; then
    swift build --product verity >&2
    VERITY="$(swift build --show-bin-path)/verity"
    export VERITY
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
Scripts/reports.sh "$work/Reports" >/dev/null 2>"$work/log" || { cat "$work/log" >&2; exit 1; }
# .verity-state/ is the batch's bookkeeping for reruns; it is not committed.
if ! diff -r -x .verity-state Reports "$work/Reports" >"$work/diff"; then
    head -40 "$work/diff" >&2
    echo "check-reports: Reports/ is stale: run Scripts/reports.sh and commit Reports/" >&2
    exit 1
fi
echo "check-reports: Reports/ is up to date ($(find Reports -type f -not -path '*/.verity-state/*' | wc -l) files)"
