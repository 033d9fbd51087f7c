#!/usr/bin/env python3
"""Whole-process cost of hostile inputs: HTML pages, texts and catalogues built to be expensive.

Each case is one fresh `narrascope` process (start-up included), with a plain news page (or the
bundled catalogue) as the baseline measured in the same run. The pages sit just under the limits
(settings.html_max_elements, html_max_depth, html_max_seconds) in the shapes that cost most per
element, or far over them; "limits lifted" runs the same command with the limits raised out of the
way, to show what the limits save. Prints a Markdown table: wall seconds, peak MB, exit code and the
coded error, if any.

    python bench/bombs.py               # about 2 minutes on 2 cores
    python bench/bombs.py --lifted      # adds the runs without limits (several minutes more)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from narrascope.settings import DEFAULT  # noqa: E402

EXE = [sys.executable, "-m", "narrascope.cli"]
PARAGRAPH = "<p>The harbour council met on Monday to discuss the budget for the new piers and cranes.</p>"
LIFT_HTML = ["--set", "html_max_elements=1000000000", "--set", "html_max_depth=255", "--set", "html_max_seconds=1e9"]
LIFT_CATALOGUE = ["--set", "catalogue_max_bytes=1000000000", "--set", "catalogue_max_narratives=1000000000"]


def page(body: str) -> str:
    return f"<html><head><title>Harbour budget</title></head><body>{body}</body></html>"


def pages() -> dict[str, str]:
    n = DEFAULT.html_max_elements - 10
    depth = DEFAULT.html_max_depth - 5
    return {
        "empty tags, just under html_max_elements": page(PARAGRAPH + "<b></b>" * n),
        "short paragraphs, just under html_max_elements": page("<p>word</p>" * n),
        f"blocks {depth} levels deep, just under both limits":
            page(("<div>" * depth + PARAGRAPH + "</div>" * depth) * (n // (depth + 1))),
        "empty tags, 300,000": page(PARAGRAPH + "<b></b>" * 300_000),
        "empty tags, 2 million": page(PARAGRAPH + "<b></b>" * 2_000_000),
        "nested 300 levels": page("<div>" * 300 + PARAGRAPH + "</div>" * 300),
    }


def claim_texts() -> dict[str, str]:
    """Texts of max_text_chars that are all relocation claims: one sentence over and over, and
    different ones (every route another pair of places, so that the legs chain)."""
    limit = DEFAULT.max_text_chars
    one = "Officials say the convoy carried 40 detained fighters from Hasakah to Baghdad overnight. "
    towns = ["Hasakah", "Baghdad", "Mosul", "Raqqa", "Erbil", "Kirkuk", "Tikrit", "Homs", "Idlib", "Aleppo"]
    different = "".join(f"Sources said {k + 10} fighters were flown from {a} to {b} on day {k}. "
                        for k in range(3000) for a, b in [(towns[k % 10], towns[(k + 1 + k // 10) % 10])]
                        if a != b)
    return {"one claim sentence repeated to max_text_chars, all stages": (one * (limit // len(one)))[:limit],
            "different claim sentences to max_text_chars, all stages": different[:limit]}


def catalogue(n: int) -> str:
    return "narratives:\n" + "".join(
        f"  - id: n{i}\n    title: Narrative number {i}\n    description: What narrative {i} claims, at length.\n"
        f"    claims:\n      - A first example claim of narrative {i}.\n      - A second one.\n"
        f"    keywords: {{en: [harbour, budget]}}\n" for i in range(n))


def run(args: list[str]) -> tuple[float, float, float, int, str]:
    """Wall seconds, CPU seconds (user + system: barely moved by other jobs on the machine), peak
    resident MB, exit code and the first coded error on stderr."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(EXE + args, stdout=out, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    code = next((word.strip("[]") for word in text.split() if word.startswith("[E")), "")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lifted", action="store_true", help="also run the costly cases with the limits lifted")
    opts = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        analyse = ["analyse", "--skip", "techniques", "--format", "jsonl"]
        news = ROOT / "examples" / "sample" / "en_pentagon_deployment.html"
        rows.append(("a news page (baseline)", run(analyse + [str(news)])))
        for i, (name, html) in enumerate(pages().items()):
            path = folder / f"page{i}.html"
            path.write_text(html, encoding="utf-8")
            size = f"{path.stat().st_size / 1e6:.1f} MB"
            rows.append((f"{name} ({size})", run(analyse + [str(path)])))
            if opts.lifted and "2 million" not in name:  # unlimited, that one took 98 s and 984 MB
                rows.append((f"{name}, limits lifted", run(analyse + [str(path)] + LIFT_HTML)))
        text = folder / "one_sentence.txt"
        text.write_text("word " * 40_000, encoding="utf-8")  # max_text_chars of one sentence, one word repeated
        plain = ["analyse", "--format", "jsonl"]  # with the techniques stage, whose repetition finder it hits
        news_text = ROOT / "examples" / "sample" / "de_sanktionen.txt"
        rows.append(("a news text, all stages (baseline)", run(plain + [str(news_text)])))
        rows.append(("one 200,000-character sentence of one word, all stages", run(plain + [str(text)])))
        for name, body in claim_texts().items():  # every claim one event: assembly was quartic in them
            path = folder / f"claims{len(rows)}.txt"
            path.write_text(body, encoding="utf-8")
            rows.append((name, run(plain + [str(path)])))
        rows.append(("the bundled catalogue (baseline)",
                     run(["validate", str(ROOT / "src/narrascope/data/catalogue.yaml")])))
        for n in (4_500, 10_000):  # within catalogue_max_bytes (refused for its narratives), and over it
            path = folder / f"catalogue{n}.yaml"
            path.write_text(catalogue(n), encoding="utf-8")
            name = f"a catalogue of {n:,} narratives ({path.stat().st_size / 1e6:.1f} MB)"
            rows.append((name, run(["validate", str(path)])))
            if opts.lifted:
                rows.append((f"{name}, limits lifted", run(["validate", str(path)] + LIFT_CATALOGUE)))
    print("| input | wall s | CPU s | CPU over its baseline s | peak MB | exit | error |")
    print("|---|---|---|---|---|---|---|")
    baseline = 0.0
    for name, (wall, cpu, peak, status, code) in rows:
        if name.endswith("(baseline)"):
            baseline = cpu
        print(f"| {name} | {wall:.1f} | {cpu:.1f} | {cpu - baseline:+.1f} | {peak:.0f} | {status} | {code} |")


if __name__ == "__main__":
    main()
