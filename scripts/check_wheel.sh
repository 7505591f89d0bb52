#!/usr/bin/env bash
# Build the wheel, install it into a fresh venv outside the checkout, and screen the packaged sample from
# another folder: proves the wheel carries its lexicons, models and sample portfolio.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PYTHON:-python3}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$REPO/.venv/bin/python" -m pip wheel -q --no-deps --no-build-isolation -w "$WORK/dist" "$REPO"
"$PY" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install -q "$WORK"/dist/screener-*.whl
cd "$WORK"
SAMPLE="$("$WORK/venv/bin/python" -c 'from screener.resources import sample_dir; print(sample_dir())')"
case "$SAMPLE" in "$REPO"*) echo "the installed wheel reads data from the checkout: $SAMPLE" >&2; exit 1;; esac
"$WORK/venv/bin/screener" screen "$SAMPLE/suppliers.xlsx" --reports "$SAMPLE/reports" --out "$WORK/register.json" --quiet
test -s "$WORK/register.json"
# The first report by name (a glob, not `ls | head`: under pipefail, head closing the pipe kills ls with SIGPIPE).
REPORTS=("$SAMPLE"/reports/*)
REPORT="${REPORTS[0]}"
"$WORK/venv/bin/screener" scan "$REPORT" > "$WORK/scan.jsonl"
test -s "$WORK/scan.jsonl"
echo "wheel ok: installed outside the checkout, screened $(basename "$SAMPLE")/suppliers.xlsx and scanned $(basename "$REPORT")"
