#!/usr/bin/env bash
# Scores `verity quotes` on a gold quotes JSONL file (PolNeAR format) with the shared scorer.
# usage: Scripts/eval/quotes.sh GOLD.jsonl [--debug]   (prints the scorer's table; PRED kept in .build/eval)
set -euo pipefail
gold="${1:?usage: Scripts/eval/quotes.sh GOLD.jsonl [--debug]}"
config=release
[[ "${2:-}" == "--debug" ]] && config=debug
root="$(cd "$(dirname "$0")/../.." && pwd)"
scorer="${SCORE_QUOTES:-$root/../shared/eval/score_quotes.py}"
[[ -f "$scorer" ]] || scorer=/work/shared/eval/score_quotes.py
cd "$root"
swift build -c "$config" --product verity >&2
bin="$(swift build -c "$config" --show-bin-path)/verity"
mkdir -p .build/eval
pred=".build/eval/$(basename "$gold" .jsonl)-pred.jsonl"
python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        r = json.loads(line)
        print(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False))
' "$gold" | "$bin" quotes --jsonl - --format jsonl > "$pred"
python3 "$scorer" "$gold" "$pred"
