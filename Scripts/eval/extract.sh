#!/usr/bin/env bash
# Scores Verity's HTML reader on a folder of news pages with the article-extraction scorer.
#
#   Scripts/eval/extract.sh PAGES_DIR
#
# Builds verity in release mode, reads PAGES_DIR/*.html with `verity read --format json`, turns
# each JSON line into the scorer's prediction ({"id","body","title","author","date"}) and prints
# the report of score_extract.py against PAGES_DIR/ground-truth.jsonl.
#
# Two conversions, both about format: `author` is the authors joined by "; " (the scorer's
# convention for several authors), and `body` is the article's blocks without its `caption`
# blocks, because the benchmarks' article bodies leave photo captions out while Verity keeps
# them, typed as captions.
set -euo pipefail

pages="${1:?usage: Scripts/eval/extract.sh PAGES_DIR}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
scorer="${SCORER:-$root/../shared/eval/score_extract.py}"
[ -f "$pages/ground-truth.jsonl" ] || { echo "extract.sh: $pages/ground-truth.jsonl not found" >&2; exit 2; }
[ -f "$scorer" ] || { echo "extract.sh: scorer $scorer not found (set SCORER)" >&2; exit 2; }

cd "$root"
swift build -c release --product verity >&2
verity="$(swift build -c release --show-bin-path)/verity"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A page Verity cannot read yields an error line and exit status 2; the other pages still count.
"$verity" read --format json "$pages"/*.html > "$work/read.jsonl" || echo "extract.sh: verity read exited $?" >&2

python3 - "$work/read.jsonl" > "$work/predictions.jsonl" <<'PY'
import json, sys

with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        article = json.loads(line)
        if "error" in article:
            continue
        body = article.get("body") or ""
        kept = [body[b["start"]:b["end"]] for b in article.get("blocks", []) if b.get("kind") != "caption"]
        authors = article.get("authors") or []
        print(json.dumps({
            "id": article["id"],
            "body": "\n\n".join(kept),
            "title": article.get("title"),
            "author": "; ".join(authors) if authors else None,
            "date": article.get("date"),
        }, ensure_ascii=False))
PY

python3 "$scorer" "$pages/ground-truth.jsonl" "$work/predictions.jsonl"
