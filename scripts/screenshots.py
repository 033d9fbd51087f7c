"""Screenshots of the dashboard's main pages, from a running ``narrascope serve``, in Debian's chromium driven
by Playwright (never ``playwright install``): called by scripts/screenshots.sh.

    .venv/bin/python scripts/screenshots.py --origin http://127.0.0.1:8000 --out out/screenshots
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from narrascope.dashboard.highlight import marks_of

# --disable-dev-shm-usage: containers often give /dev/shm 64 MB, too little for a full-page screenshot
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-dev-shm-usage"]
VIEWPORT = {"width": 1366, "height": 768}  # a laptop
SEARCH = "Ukraine"


def get(origin: str, path: str) -> Any:
    with urllib.request.urlopen(origin + path, timeout=10) as response:
        return json.load(response)


def wait_until_up(origin: str, seconds: float = 120) -> None:
    """Until the server answers and its analyser is loaded."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if get(origin, "/api/health")["analyser_ready"]:
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise SystemExit(f"screenshots: no server at {origin} after {seconds:.0f} s")
        time.sleep(0.3)


def busiest_narrative(origin: str) -> str:
    """The narrative pushed by the most articles, preferring one with claimed flows to draw."""
    narratives = [n for n in get(origin, "/api/narratives") if n["articles"].get("pushes")]
    if not narratives:
        raise SystemExit("screenshots: no narrative is pushed in this store")
    with_flows = [n for n in narratives if get(origin, f"/api/flows?narrative={n['id']}")]
    return max(with_flows or narratives, key=lambda n: n["articles"]["pushes"])["id"]


def most_marked_article(origin: str) -> int:
    """The article with the most kinds of highlight (then the most marks)."""
    best, score = None, (-1, -1)
    for item in get(origin, "/api/articles?limit=200")["items"]:
        detail = get(origin, f"/api/articles/{item['row']}")
        marks = marks_of(detail["analysis"] or {}, len(detail["text"]))
        if (len({m.kind for m in marks}), len(marks)) > score:
            best, score = item["row"], (len({m.kind for m in marks}), len(marks))
    if best is None:
        raise SystemExit("screenshots: the store has no article")
    return best


def pages(origin: str) -> dict[str, str]:
    """File name -> dashboard path."""
    return {"overview": "/", "narrative": f"/narratives/{busiest_narrative(origin)}",
            "article": f"/articles/{most_marked_article(origin)}", "search": f"/articles?q={SEARCH}",
            "catalogue": "/catalogue", "stories": "/stories"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--origin", required=True, help="the running server, e.g. http://127.0.0.1:8000")
    parser.add_argument("--out", type=Path, default=Path("out/screenshots"))
    args = parser.parse_args(argv)
    chromium = shutil.which("chromium")
    if chromium is None:
        raise SystemExit("screenshots: no chromium on PATH (Debian: apt-get install chromium)")
    wait_until_up(args.origin)
    args.out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=VIEWPORT)
        page.on("console", lambda m: m.type == "error" and problems.append(f"{page.url}: {m.text}"))
        page.on("pageerror", lambda e: problems.append(f"{page.url}: {e}"))
        for name, path in pages(args.origin).items():
            response = page.goto(args.origin + path)
            if response is None or response.status != 200:
                problems.append(f"{path}: HTTP {response.status if response else '?'}")
            page.screenshot(path=str(args.out / f"{name}.png"), full_page=True)
            print(f"wrote {args.out / name}.png  ({path})")
        browser.close()
    for problem in problems:
        print(f"screenshots: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
