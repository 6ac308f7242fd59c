#!/usr/bin/env bash
# Saves docs/casarex-report.png: the CASAREX sample's HTML report (from Reports/, see
# Scripts/reports.sh) as headless Chromium renders it, 1280 pixels wide.
set -euo pipefail
cd "$(dirname "$0")/.."
report=Reports/articles/casarex-2025.html
[ -f "$report" ] || { echo "screenshot: no $report; run Scripts/reports.sh" >&2; exit 2; }
python3 Scripts/browser/check_report.py "$report" --screenshot docs/casarex-report.png --screenshot-height 1800
