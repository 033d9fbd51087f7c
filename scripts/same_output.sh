#!/usr/bin/env bash
# Write the analyses of a fixed set of inputs to a folder, so that a change meant to be about speed
# alone can be shown to leave every output byte unchanged:
#
#     bash scripts/same_output.sh /tmp/before            # on the old code (PYTHONPATH=<checkout>/src)
#     bash scripts/same_output.sh /tmp/after             # on the new code
#     diff -r /tmp/before /tmp/after && echo identical
#
# The inputs: the test corpus, the claims and stance gold articles written by the team and by another
# hand, and both benchmark corpora (made first if missing). Held-out sets are never read here.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: same_output.sh OUT_DIR}
python=${PYTHON:-.venv/bin/python}
mkdir -p "$out"
[ -f bench/out/feed-500.jsonl ] || "$python" bench/make_feed.py --n 500 --out bench/out/feed-500.jsonl
[ -f bench/out/corpus-500.jsonl ] || "$python" bench/make_corpus.py --n 500 --out bench/out/corpus-500.jsonl
analyse() {  # name, then inputs
    local name=$1; shift
    "$python" -m narrascope.cli analyse "$@" --features --quiet --format jsonl > "$out/$name.jsonl"
}
analyse corpus tests/corpus/articles
analyse claims tests/claims/articles tests/claims2/articles
analyse stance tests/stance/articles
analyse feed bench/out/feed-500.jsonl
analyse ontopic bench/out/corpus-500.jsonl
analyse alt-catalogue tests/corpus/articles --catalogue tests/corpus/alt_catalogue.yaml
echo "analyses written to $out: $(cat "$out"/*.jsonl | wc -l) articles"
