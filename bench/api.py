#!/usr/bin/env python3
"""Whole-process benchmark of the REST API and dashboard: latency and error rate under bounded local load.

The server (`narrascope serve`) runs as its own process over a cached N-article store. For each
scenario, ``--clients`` closed-loop clients (threads, each with one keep-alive connection: a
request, its whole answer, the next request) run for ``--warmup`` then ``--seconds`` seconds; the
requests that end within the counted seconds are counted (an error: an exception or a status other
than 2xx). Scenarios are measured in turn, in the same run, and each one's p50 and p95 are given
as ratios to the baseline's:

  baseline      GET /api/jobs: no store access, the server's own floor (HTTP, routing, JSON)
  health        GET /api/health (it counts the store's articles)
  search        GET /api/articles?q=...: words of several document frequencies, two words, filters
                (language, since, narrative, story, technique) and later pages (offset)
  article       GET /api/articles/{row}: one article with its text and analysis, as JSON
  article_page  GET /articles/{row}: the dashboard's article page (escaped text with highlights)
  search_page   GET /articles?q=...: the dashboard's search page (the same requests as search)

The store (built once, cached as out/bench/api-N.db; ``--rebuild``) holds ``--analysed``
generated articles analysed by the real pipeline (bench/make_corpus.py, Analyser,
store.ingest_documents), grouped into stories, then variants of them up to N stored through the
store's own write path (Store.add_article + Store.save_analysis, 500 per transaction): each
variant is its original's text with about 2,000 characters of new generated text of the same
language appended (one in 20 only a short sentence: a recycled copy the store links as a
near-duplicate), a date over one year and an outlet (Zipf-like over 120) drawn at random, and
its original's analysis (a real pipeline output; its offsets still hold, the original text being a
prefix). Analysing 10,000 articles would take 10 to 35 minutes on two cores.

    python bench/api.py --articles 10000 --clients 32 --seconds 30 --json out/bench/api.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import math
import os
import random
import re
import resource
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from make_corpus import make, paragraphs_by_language, spliced_paragraph  # bench/ is the script's folder

ROOT = Path(__file__).resolve().parent.parent
EXE = [sys.executable, "-m", "narrascope.cli"]
SCENARIOS = ("baseline", "health", "search", "article", "article_page", "search_page")
ORIGINAL_CHARS = 3000   # analysed articles (about); variants append about 2,000 more
FRESH_CHARS = 2000
COPY_SHARE = 0.05       # variants that are recycled copies (near-duplicates of their original)
OUTLETS = 120
FIRST_DAY, DAYS = dt.date(2025, 1, 1), 365
TRANSACTION = 500       # variants stored per transaction


# --- the store ------------------------------------------------------------------------------------

def _day(rng: random.Random) -> str:
    return (FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))).isoformat()


def _outlet(rng: random.Random) -> str:
    return f"outlet-{rng.choices(range(OUTLETS), weights=[1 / (k + 1) for k in range(OUTLETS)])[0]:03d}"


def build_store(path: Path, n: int, analysed: int, seed: int) -> dict[str, Any]:
    """Build the store at ``path`` (under a temporary name, so that a killed build is never reused)."""
    from narrascope import Analyser
    from narrascope.corpus.build import stories_of_store
    from narrascope.ingest.records import make_document
    from narrascope.store import Store, ingest_documents

    rng = random.Random(seed)
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    rows = make(analysed, ORIGINAL_CHARS, seed)
    languages = sorted(paragraphs_by_language())
    lang_of = {r["id"]: languages[i % len(languages)] for i, r in enumerate(rows)}  # as make() chose them
    docs = [make_document(r["id"], r["text"], source=f"bench:{r['id']}", title=r["title"], published=_day(rng),
                          outlet=_outlet(rng)) for r in rows]
    analyser = Analyser()
    loaded = time.perf_counter()
    with Store(tmp) as store:
        report = ingest_documents(store, analyser, docs)
        ingested = time.perf_counter()
        stories = stories_of_store(store, analyser.encoder, analyser.catalogue, analyser.settings)
        grouped = time.perf_counter()
        copies = _fill(store, n, lang_of, rng)
        filled = time.perf_counter()
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = store.counts()
    tmp.replace(path)
    facts = {"articles": counts["articles"], "analysed_by_pipeline": report.new, "failures": len(report.failures),
             "variants": counts["articles"] - report.new, "recycled_copies": copies, "stories": len(stories),
             "counts": counts, "size_mb": round(path.stat().st_size / 1e6, 1), "seed": seed,
             "seconds": {"analyser_load": round(loaded - started, 1), "analyse_and_store": round(ingested - loaded, 1),
                         "stories": round(grouped - ingested, 1), "variants": round(filled - grouped, 1),
                         "total": round(filled - started, 1)},
             "built": dt.datetime.now().isoformat(timespec="seconds")}
    path.with_suffix(".build.json").write_text(json.dumps(facts, indent=1) + "\n", encoding="utf-8")
    return facts


def _fill(store: Any, n: int, lang_of: dict[str, str], rng: random.Random) -> int:
    """Store variants of the analysed articles until the store holds ``n``; the recycled copies linked."""
    originals = list(store.records())
    versions = store.versions_of(originals[0][0])
    pools = paragraphs_by_language()
    need, i, copies = n - store.counts()["articles"], 0, 0
    while need > 0:
        with store.transaction():
            for _ in range(min(TRANSACTION, need)):
                doc, record = _variant(i, originals[i % len(originals)], lang_of, pools, rng)
                i += 1
                article = store.add_article(doc)
                if article is None:  # the same text drawn twice: draw another
                    continue
                store.save_analysis(article.row, record, versions)
                copies += article.duplicate_of is not None
                need -= 1
    return copies


def _variant(i: int, original: tuple[int, dict[str, Any], str], lang_of: dict[str, str],
             pools: dict[str, list[str]], rng: random.Random) -> tuple[Any, dict[str, Any]]:
    """A new article made of ``original``'s text and more, and ``original``'s analysis relabelled for it."""
    from narrascope.ingest.records import make_document

    _, record, text = original
    if rng.random() < COPY_SHARE:
        title, extra = record.get("title"), f"(Republished, item {i}.)"
    else:
        fresh: list[str] = []
        while sum(len(p) + 2 for p in fresh) < FRESH_CHARS:
            fresh.append(spliced_paragraph(rng, pools[lang_of[str(record["id"])]]))
        extra = "\n\n".join(fresh)
        title = fresh[0].split(". ")[0][:120]
    doc = make_document(f"bench-api-{i:05d}", f"{text}\n\n{extra}", source="bench:variant", title=title,
                        published=_day(rng), outlet=_outlet(rng))
    return doc, {**record, "id": doc.id, "title": doc.title, "published": doc.published, "outlet": doc.outlet,
                 "url": None, "content_hash": doc.content_hash}


# --- what to ask ----------------------------------------------------------------------------------

#: Document-frequency bands of the search words: (name, least share of articles, most share).
BANDS = (("w-very-common", 0.25, 1.0), ("w-common", 0.05, 0.15), ("w-medium", 0.005, 0.02),
         ("w-rare", 0.0004, 0.002))


@dataclass
class Workload:
    """What the requests are drawn from, read from the store before the server starts."""

    rows: int
    words: dict[str, list[tuple[str, int, str]]]  # band -> (word, articles containing it, their main language)
    pairs: list[tuple[str, int]]                  # two words of one article -> articles containing both
    languages: list[str]
    narratives: list[tuple[str, int]]             # matched narrative -> articles
    stories: list[str]
    techniques: list[str]
    latest: str
    kinds: list[tuple[str, float]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "words": self.words, "pairs": self.pairs, "languages": self.languages,
                "narratives": self.narratives, "stories": len(self.stories), "techniques": self.techniques,
                "latest": self.latest,
                "search_mix": dict(self.kinds)}


def workload(db: Path, seed: int) -> Workload:
    """Search words of each band, two-word queries, filter values: the same for a given store and seed."""
    rng = random.Random(seed)
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        n, last = conn.execute("SELECT count(*), max(id) FROM articles").fetchone()
        conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'articles_fts', 'row')")
        terms = sorted((t, d) for t, d in conn.execute("SELECT term, doc FROM temp.vocab")
                       if t.isalpha() and len(t) > 3)
        words = {}
        for band, low, high in BANDS:
            inside = [(t, d) for t, d in terms if low * n <= d <= high * n]
            chosen = sorted(rng.sample(inside, min(6, len(inside))), key=lambda w: -w[1])
            words[band] = [(t, d, _main_language(conn, t)) for t, d in chosen]
        w = Workload(
            rows=last, words=words, pairs=_pairs(conn, rng, last),
            languages=[lang for (lang,) in conn.execute("SELECT DISTINCT language FROM articles WHERE language"
                                                        " IS NOT NULL ORDER BY 1")],
            narratives=conn.execute("SELECT narrative, count(*) FROM narrative_matches WHERE matched = 1"
                                    " GROUP BY 1 ORDER BY 2 DESC").fetchall(),
            stories=[s for (s,) in conn.execute("SELECT id FROM stories ORDER BY id")],
            techniques=[t for (t,) in conn.execute("SELECT technique FROM techniques GROUP BY 1 ORDER BY 1")],
            latest=conn.execute("SELECT max(published) FROM articles").fetchone()[0])
    w.kinds = [(band, 0.1) for band, _, _ in BANDS] + [
        ("two-words", 0.15), ("q+language", 0.1), ("q+since", 0.1), ("narrative", 0.1), ("page-2..20", 0.1),
        ("since+language", 0.05), ("technique", 0.05)] + ([("story", 0.05)] if w.stories else [])
    return w


def _main_language(conn: sqlite3.Connection, word: str) -> str:
    """The language of most articles containing ``word`` (so that word + language finds something)."""
    found = conn.execute("SELECT a.language, count(*) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
                         " WHERE articles_fts MATCH ? GROUP BY 1 ORDER BY 2 DESC LIMIT 1", (f'"{word}"',)).fetchone()
    return str(found[0]) if found else "en"


def _pairs(conn: sqlite3.Connection, rng: random.Random, last: int, count: int = 12) -> list[tuple[str, int]]:
    """Two-word queries, each of two words of one random article, with the articles containing both."""
    from narrascope.store.query import fts_query

    out = []
    for row in sorted(rng.sample(range(1, last + 1), count)):
        (text,) = conn.execute("SELECT title || ' ' || text FROM articles WHERE id = ?", (row,)).fetchone()
        tokens = sorted({t for t in re.findall(r"\w+", text.casefold()) if t.isalpha() and len(t) > 3})
        q = " ".join(rng.sample(tokens, 2))
        hits = conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (fts_query(q),)).fetchone()
        out.append((q, int(hits[0])))
    return out


def search_params(w: Workload, rng: random.Random) -> tuple[str, dict[str, Any]]:
    """One search request of the mix: its kind and query parameters."""
    kind = rng.choices([k for k, _ in w.kinds], weights=[p for _, p in w.kinds])[0]
    word, _, language = rng.choice(w.words[kind] if kind in w.words else w.words["w-common"])
    since = (dt.date.fromisoformat(w.latest[:10]) - dt.timedelta(days=90)).isoformat()
    by_kind: dict[str, dict[str, Any]] = {
        "two-words": {"q": rng.choice(w.pairs)[0]},
        "q+language": {"q": word, "language": language},
        "q+since": {"q": word, "since": since},
        "narrative": {"narrative": rng.choice(w.narratives)[0]} if w.narratives else {"q": word},
        "page-2..20": {"q": rng.choice(w.words["w-very-common"])[0], "offset": 25 * rng.randint(1, 19)},
        "since+language": {"since": since, "language": rng.choice(w.languages)},
        "story": {"story": rng.choice(w.stories)} if w.stories else {"q": word},
        "technique": {"technique": rng.choice(w.techniques)} if w.techniques else {"q": word},
    }
    return kind, by_kind.get(kind, {"q": word})


def request_maker(scenario: str, w: Workload) -> Callable[[random.Random], tuple[str, str]]:
    """For a scenario, a function from a client's random generator to (kind, path) of its next request."""
    def article(prefix: str) -> Callable[[random.Random], tuple[str, str]]:
        return lambda rng: (scenario, f"{prefix}/{rng.randint(1, w.rows)}")

    def search(prefix: str) -> Callable[[random.Random], tuple[str, str]]:
        def make_one(rng: random.Random) -> tuple[str, str]:
            kind, params = search_params(w, rng)
            return kind, f"{prefix}?{urlencode(params)}"
        return make_one

    makers = {"baseline": lambda rng: (scenario, "/api/jobs"), "health": lambda rng: (scenario, "/api/health"),
              "search": search("/api/articles"), "article": article("/api/articles"),
              "article_page": article("/articles"), "search_page": search("/articles")}
    return makers[scenario]


# --- the load ---------------------------------------------------------------------------------------

@dataclass
class Sample:
    kind: str
    started: float
    ms: float
    ok: bool


def client(port: int, make_request: Callable[[random.Random], tuple[str, str]], seed: int, until: float,
           out: list[Sample]) -> None:
    """One closed-loop client: a request, its whole answer, the next request; a new connection after a failure."""
    rng = random.Random(seed)
    conn: http.client.HTTPConnection | None = None
    while time.perf_counter() < until:
        kind, path = make_request(rng)
        start = time.perf_counter()
        try:
            conn = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            ok = 200 <= response.status < 300
        except (OSError, http.client.HTTPException):
            ok = False
            if conn is not None:
                conn.close()
            conn = None
        out.append(Sample(kind, start, (time.perf_counter() - start) * 1000, ok))
    if conn is not None:
        conn.close()


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_scenario(name: str, w: Workload, port: int, server_pid: int, a: argparse.Namespace) -> dict[str, Any]:
    make_request = request_maker(name, w)
    samples: list[list[Sample]] = [[] for _ in range(a.clients)]
    start = time.perf_counter()
    measure_from, until = start + a.warmup, start + a.warmup + a.seconds
    threads = [threading.Thread(target=client, args=(port, make_request, a.seed * 1000 + i, until, samples[i]))
               for i in range(a.clients)]
    for t in threads:
        t.start()
    time.sleep(max(0.0, measure_from - time.perf_counter()))
    cpu_before, own_before = cpu_seconds(server_pid), _own_cpu()
    for t in threads:
        t.join()
    cpu_after, own_after = cpu_seconds(server_pid), _own_cpu()
    # Counted: the requests that ended inside the window, whenever they began (a slow scenario's first answers
    # can come after the warm-up); those still running at its end are awaited (by join) but not counted.
    counted = [s for per in samples for s in per if measure_from <= s.started + s.ms / 1000 <= until]
    result = summarise(counted, a.seconds)
    result.update(server_cpu_ms_per_request=round((cpu_after - cpu_before) * 1000 / max(1, len(counted)), 2),
                  server_cpu_share=round((cpu_after - cpu_before) / a.seconds, 2),
                  client_cpu_share=round((own_after - own_before) / a.seconds, 2),
                  server_rss_mb=round(rss_mb(server_pid)), load_after=round(os.getloadavg()[0], 2))
    if name.startswith("search"):
        by_kind: dict[str, list[Sample]] = {}
        for s in counted:
            by_kind.setdefault(s.kind, []).append(s)
        result["by_kind"] = {k: summarise(v, a.seconds) for k, v in sorted(by_kind.items())}
    return result


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def percentile(ordered: list[float], q: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    return ordered[max(0, min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1))] if ordered else float("nan")


def summarise(samples: list[Sample], seconds: float) -> dict[str, Any]:
    ms = sorted(s.ms for s in samples)
    errors = sum(not s.ok for s in samples)
    return {"requests": len(samples), "per_second": round(len(samples) / seconds, 1),
            "p50_ms": round(percentile(ms, 0.5), 1), "p95_ms": round(percentile(ms, 0.95), 1),
            "p99_ms": round(percentile(ms, 0.99), 1), "max_ms": round(ms[-1], 1) if ms else float("nan"),
            "errors": errors, "error_rate": round(errors / max(1, len(samples)), 4)}


# --- the server -----------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, log: Path) -> tuple[subprocess.Popen[bytes], dict[str, float]]:
    """`narrascope serve` as its own process; returns once /api/health says the analyser is loaded."""
    started = time.perf_counter()
    with log.open("wb") as fh:
        proc = subprocess.Popen([*EXE, "serve", "--db", str(db), "--port", str(port), "--token", "bench"],
                                stdout=fh, stderr=subprocess.STDOUT)
    times: dict[str, float] = {}
    while time.perf_counter() - started < 600:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited ({proc.returncode}): {log.read_text()[-2000:]}")
        health = _health(port)
        if health is not None:
            times.setdefault("answering_s", round(time.perf_counter() - started, 2))
            if health.get("analyser_ready"):
                times["analyser_ready_s"] = round(time.perf_counter() - started, 2)
                return proc, times
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not get ready in 10 minutes")


def _health(port: int) -> dict[str, Any] | None:
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("GET", "/api/health")
        response = conn.getresponse()
        body = response.read()
        conn.close()
        return json.loads(body) if response.status == 200 else None
    except (OSError, http.client.HTTPException, ValueError):
        return None


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


# --- main -------------------------------------------------------------------------------------------

def print_table(results: dict[str, dict[str, Any]]) -> None:
    base = results["baseline"]
    print(f"{'scenario':14s} {'requests':>8s} {'req/s':>7s} {'p50 ms':>7s} {'p95 ms':>7s} {'p99 ms':>7s} "
          f"{'max ms':>7s} {'errors':>7s} {'p50 vs base':>11s} {'p95 vs base':>11s} {'srv cpu ms/req':>14s}")
    for name, r in results.items():
        print(f"{name:14s} {r['requests']:8d} {r['per_second']:7.1f} {r['p50_ms']:7.1f} {r['p95_ms']:7.1f} "
              f"{r['p99_ms']:7.1f} {r['max_ms']:7.1f} {100 * r['error_rate']:6.2f}% "
              f"{r['p50_ms'] / base['p50_ms']:10.1f}x {r['p95_ms'] / base['p95_ms']:10.1f}x "
              f"{r['server_cpu_ms_per_request']:14.2f}")
    for name, r in results.items():
        for kind, k in r.get("by_kind", {}).items():
            print(f"  {name} {kind:16s} {k['requests']:6d} requests, p50 {k['p50_ms']:7.1f} ms, "
                  f"p95 {k['p95_ms']:7.1f} ms, max {k['max_ms']:7.1f} ms, errors {k['errors']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10000, help="articles in the store")
    ap.add_argument("--analysed", type=int, default=300, help="of which analysed by the pipeline (the rest variants)")
    ap.add_argument("--clients", type=int, default=32, help="concurrent closed-loop clients")
    ap.add_argument("--seconds", type=float, default=30, help="counted seconds per scenario")
    ap.add_argument("--warmup", type=float, default=3, help="seconds per scenario before counting")
    ap.add_argument("--scenarios", default=",".join(SCENARIOS),
                    help=f"comma-separated, of {', '.join(SCENARIOS)} (the baseline is always measured, first)")
    ap.add_argument("--db", type=Path, help="the store (default out/bench/api-ARTICLES.db, built when missing)")
    ap.add_argument("--rebuild", action="store_true", help="build the store again even if present")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    a = ap.parse_args()
    unknown = set(a.scenarios.split(",")) - set(SCENARIOS)
    if unknown:
        ap.error(f"unknown scenario(s): {', '.join(sorted(unknown))}")
    scenarios = ["baseline", *[s for s in SCENARIOS if s in a.scenarios.split(",") and s != "baseline"]]
    db = a.db or ROOT / "out" / "bench" / f"api-{a.articles}.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    if a.rebuild or not db.exists():
        print(f"building {db} ({a.articles} articles, {a.analysed} analysed by the pipeline) ...", flush=True)
        facts = build_store(db, a.articles, a.analysed, a.seed)
        print(f"built in {facts['seconds']['total']} s: {json.dumps(facts['seconds'])}", flush=True)
    build = db.with_suffix(".build.json")
    facts = json.loads(build.read_text()) if build.exists() else {}
    if facts and (facts.get("analysed_by_pipeline"), facts.get("seed")) != (a.analysed, a.seed):
        print(f"note: the cached store was built with {facts.get('analysed_by_pipeline')} analysed articles and "
              f"seed {facts.get('seed')}; --rebuild to build it with these options", flush=True)
    w = workload(db, a.seed)
    print(f"store: {db.name}, {w.rows} articles ({facts.get('analysed_by_pipeline', '?')} analysed by the pipeline), "
          f"{db.stat().st_size / 1e6:.0f} MB; clients {a.clients}, {a.seconds:g} s per scenario after "
          f"{a.warmup:g} s warm-up; cpus {os.cpu_count()}; load {os.getloadavg()[0]:.2f}", flush=True)
    load_before = os.getloadavg()
    port = free_port()
    proc, startup = start_server(db, port, db.with_suffix(".server.log"))
    print(f"server: pid {proc.pid}, answering after {startup['answering_s']} s, analyser ready after "
          f"{startup['analyser_ready_s']} s", flush=True)
    results: dict[str, dict[str, Any]] = {}
    try:
        for name in scenarios:
            results[name] = run_scenario(name, w, port, proc.pid, a)
            r = results[name]
            print(f"  {name}: {r['requests']} requests, p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, "
                  f"errors {r['errors']}; CPU cores busy: server {r['server_cpu_share']}, clients "
                  f"{r['client_cpu_share']}; load {r['load_after']}", flush=True)
    finally:
        stop_server(proc)
    print_table(results)
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps({
            "date": dt.date.today().isoformat(), "command": " ".join(sys.argv), "cpus": os.cpu_count(),
            "clients": a.clients, "seconds": a.seconds, "warmup": a.warmup, "store": facts, "workload": w.to_dict(),
            "load_before": [round(x, 2) for x in load_before], "server_startup": startup,
            "scenarios": results}, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {a.json}")


if __name__ == "__main__":
    main()
