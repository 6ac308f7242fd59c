#!/usr/bin/env bash
# Sets up a fresh machine, builds Verity in release mode and runs it on the sample articles:
# prints how Verity reads the CASAREX sample, then audits every sample into Reports/.
# usage: Scripts/demo.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

Scripts/setup.sh
echo "demo: building Verity (release)…" >&2
swift build -c release --product verity >&2
verity="$(swift build -c release --show-bin-path)/verity"

echo
echo "── verity read Samples/casarex-2025/casarex-2025.html"
"$verity" read Samples/casarex-2025/casarex-2025.html
echo
echo "── verity batch Samples --output Reports"
# Scripts/reports.sh runs `verity batch Samples --output Reports --force` with the clock pinned,
# so that Reports/ stays exactly the committed output (CI checks it with Scripts/check-reports.sh).
status=0
VERITY="$verity" Scripts/reports.sh || status=$?
if [[ $status -ge 2 ]]; then
    echo "demo: error: verity batch failed (exit status $status)" >&2
    exit "$status"
fi
echo
echo "Reports written to $root/Reports (open Reports/index.html in a browser)."
