#!/bin/sh
# Score the evidence engine on the shared dev set with the project's CLI (run from the repo root).
set -e
SHARED="$(cd "$(dirname "$0")/../.." && pwd)/shared"
exec python3 "$SHARED/eval/score.py" "$SHARED/eval/dev_real.jsonl" "$SHARED/eval/dev_authored.jsonl" \
  --screener "$(pwd)/.venv/bin/screener" "$@"
