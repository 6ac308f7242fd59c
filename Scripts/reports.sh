#!/usr/bin/env bash
# Writes the reports of the sample set: `verity batch Samples --output Reports` (or OUTPUT), with
# the clock pinned so that the committed Reports/ is byte-stable; `SOURCE_DATE_EPOCH` overrides it.
# Uses $VERITY when set, else the release build (built when missing). Always --force: the samples
# are few, and a rebuilt Verity of the same version must still refresh every report.
set -euo pipefail
cd "$(dirname "$0")/.."
output="${1:-Reports}"
verity="${VERITY:-.build/release/verity}"
if [ -z "${VERITY:-}" ] && [ ! -x "$verity" ]; then
    swift build -c release --product verity >&2
fi
# 2026-01-01T00:00:00Z: the time every committed report claims; change it only with the reports.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1767225600}"
"$verity" batch Samples --output "$output" --force
