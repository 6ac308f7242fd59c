#!/usr/bin/env bash
# Opens Verity's HTML output in a real browser (headless Chromium from Debian's packages) and
# checks what a reader gets: the report of a hostile article shows its findings, its filters work,
# and nothing from the article runs, loads or navigates; the batch index is equally inert and its
# links open the reports; the committed sample reports in Reports/ work the same way.
# Installs chromium when it is missing (needs root and apt-get); if that is impossible it says so
# loudly and exits 0, so machines without a package manager can still run the other tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
    echo "browser-test: chromium is missing; installing Debian's package" >&2
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            chromium fonts-dejavu-core; } >&2 || true
    fi
fi
if ! command -v chromium >/dev/null 2>&1; then
    echo "##########################################################################" >&2
    echo "## browser-test: SKIPPED: chromium could not be installed on this machine" >&2
    echo "## (no root or no apt-get). The HTML reports were NOT checked in a browser." >&2
    echo "##########################################################################" >&2
    exit 0
fi

swift build --product verity >&2
verity="$(swift build --show-bin-path)/verity"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$verity" batch Tests/Fixtures/browser --output "$work/out" --formats html,json --generated-at 2026-01-01T00:00:00Z
python3 Scripts/browser/check_report.py "$work/out/articles/hostile-article.html" --hostile --filters
python3 Scripts/browser/check_report.py "$work/out/index.html" --hostile --index
# The committed sample reports, as a reader opens them.
python3 Scripts/browser/check_report.py Reports/articles/casarex-2025.html --filters
python3 Scripts/browser/check_report.py Reports/index.html --index
