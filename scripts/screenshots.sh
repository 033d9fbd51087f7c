#!/usr/bin/env bash
# Build a store from examples/sample into out/, write out/report.html and a full-page screenshot of it,
# out/report.png, in Debian's chromium driven by Playwright (pip install playwright; apt-get install chromium;
# never `playwright install`). The same launch as the browser test in tests/test_report.py.
# Then serve that store with `narrascope serve` on a free local port and write screenshots of the dashboard's
# main pages (overview, a narrative, an article with highlights, search results, the catalogue editor, the
# stories) at a laptop's 1366x768 into out/screenshots/ (scripts/screenshots.py), and stop the server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
rm -f out/sample.db out/sample.db-wal out/sample.db-shm
.venv/bin/narrascope ingest examples/sample --db out/sample.db --quiet
.venv/bin/narrascope report --db out/sample.db --out out/report.html --title "narrascope report: examples/sample"
.venv/bin/python - <<'PY'
import shutil
from pathlib import Path

from playwright.sync_api import sync_playwright

chromium = shutil.which("chromium")
if chromium is None:
    raise SystemExit("screenshots: no chromium on PATH (Debian: apt-get install chromium)")
report = Path("out/report.html").resolve()
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path=chromium, args=[
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-dev-shm-usage"])
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.goto(report.as_uri())
    page.screenshot(path="out/report.png", full_page=True)
    page.locator("svg.map").screenshot(path="out/report-map.png")
    browser.close()
print("wrote out/report.html, out/report.png, out/report-map.png")
PY

# The dashboard, over the same store (the report above saved its stories into it).
PORT="$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
.venv/bin/narrascope serve --db out/sample.db --port "$PORT" >out/serve.log 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
.venv/bin/python scripts/screenshots.py --origin "http://127.0.0.1:$PORT" --out out/screenshots
