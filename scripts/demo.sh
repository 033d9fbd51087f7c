#!/usr/bin/env bash
# Install (first run only), analyse the bundled sample corpus, print a summary, write the JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
.venv/bin/narrascope analyse examples/sample --format text --out out/sample.jsonl "$@"
echo
echo "JSON Lines results written to out/sample.jsonl"
