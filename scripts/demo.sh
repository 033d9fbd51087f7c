#!/usr/bin/env bash
# Install (first run only), analyse the bundled sample corpus into a store, print a summary, then
# open the dashboard on it: http://127.0.0.1:8000 (Ctrl-C stops). `--no-serve` stops before serving.
set -euo pipefail
cd "$(dirname "$0")/.."
serve=1
args=()
for arg in "$@"; do
  if [ "$arg" = "--no-serve" ]; then serve=0; else args+=("$arg"); fi
done
bash scripts/setup.sh
mkdir -p out
ns=.venv/bin/narrascope
$ns analyse examples/sample --format text --out out/sample.jsonl ${args[@]+"${args[@]}"}
echo
echo "JSON Lines results written to out/sample.jsonl"
# The store: a rerun adds only what is new, so the demo can be run again at no cost.
$ns ingest examples/sample --db out/sample.db --quiet ${args[@]+"${args[@]}"}
$ns stories --db out/sample.db --format text ${args[@]+"${args[@]}"} > out/sample-stories.txt
$ns report --db out/sample.db --out out/sample-report.html ${args[@]+"${args[@]}"}
echo "Stories in out/sample-stories.txt, a static report in out/sample-report.html"
# How the seed family mutated, alerts (each recorded once: a rerun adds none), and hand-off formats.
$ns views lineage --db out/sample.db --narrative us-relocates-isis > out/sample-lineage.json
$ns alerts --db out/sample.db --rules examples/alerts.yaml > out/sample-alerts.txt
tail -n 1 out/sample-alerts.txt
$ns export --db out/sample.db --format stix --out out/sample-stix.json
$ns export --db out/sample.db --format claimreview --out out/sample-claimreview.json
echo "Lineage in out/sample-lineage.json, alerts in out/sample-alerts.txt (and on the dashboard's /alerts and /alerts.atom)"
if [ "$serve" = 1 ]; then
  port=${NARRASCOPE_PORT:-8000}
  echo
  echo "The dashboard: open the address printed below in a browser (Ctrl-C stops the server)."
  exec $ns serve --db out/sample.db --port "$port" --alerts examples/alerts.yaml ${args[@]+"${args[@]}"}
fi
