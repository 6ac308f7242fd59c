#!/usr/bin/env bash
# Scores sentences for score_claims.py: reads {"id","text","task"} lines, writes {"id","label","score"}.
# Usage: Scripts/eval/claims.sh IN.jsonl OUT.jsonl   (builds the release CLI if needed)
# Only id and text reach Verity: every other field (labels included) is dropped here first.
set -euo pipefail
if [ $# -ne 2 ]; then echo "usage: $0 IN.jsonl OUT.jsonl" >&2; exit 2; fi
root="$(cd "$(dirname "$0")/../.." && pwd)"
verity="$root/.build/release/verity"
[ -x "$verity" ] || (cd "$root" && swift build -c release --product verity >&2)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$1" "$work" <<'PY'
import json, sys
source, work = sys.argv[1], sys.argv[2]
files = {}
for number, line in enumerate(open(source, encoding="utf-8"), 1):
    if not line.strip():
        continue
    row = json.loads(line)
    task = row["task"]
    if task not in ("checkworthy", "hedge", "weasel"):
        sys.exit(f"{source}:{number}: error: unknown task {task!r}")
    if task not in files:
        files[task] = open(f"{work}/{task}.jsonl", "w", encoding="utf-8")
    files[task].write(json.dumps({"id": row["id"], "text": row["text"]}) + "\n")
PY
: > "$2"
for input in "$work"/*.jsonl; do
    [ -e "$input" ] || continue
    task="$(basename "$input" .jsonl)"
    "$verity" classify --task "$task" --jsonl "$input" \
        | python3 -c 'import json,sys
for line in sys.stdin:
    r = json.loads(line); print(json.dumps({"id": r["id"], "label": r["label"], "score": r["score"]}))' >> "$2"
done
