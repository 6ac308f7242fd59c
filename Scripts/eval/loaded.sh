#!/usr/bin/env bash
# Finds loaded language for score_framing.py --loaded: reads {"id","text"} lines, writes
# {"id","biased","words"}.
# Usage: Scripts/eval/loaded.sh IN.jsonl OUT.jsonl   (builds the release CLI if needed)
# Only id and text reach Verity: every other field (labels included) is dropped here first.
set -euo pipefail
if [ $# -ne 2 ]; then echo "usage: $0 IN.jsonl OUT.jsonl" >&2; exit 2; fi
root="$(cd "$(dirname "$0")/../.." && pwd)"
verity="$root/.build/release/verity"
[ -x "$verity" ] || (cd "$root" && swift build -c release --product verity >&2)
python3 -c 'import json,sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        r = json.loads(line); print(json.dumps({"id": r["id"], "text": r["text"]}))' "$1" \
    | "$verity" classify --task loaded --jsonl - \
    | python3 -c 'import json,sys
for line in sys.stdin:
    r = json.loads(line); print(json.dumps({"id": r["id"], "biased": r["biased"], "words": r["words"]}))' > "$2"
