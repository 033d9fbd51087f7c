"""The ``narrascope`` command: parse arguments, call one library function, print.

Exit codes: 0 success (some inputs may have failed; each failure is one line on stderr),
1 ``--strict`` and at least one input failed, 2 nothing could be analysed or a usage/catalogue error.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import math
import os
import sys
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from . import __version__
from .errors import NarrascopeError
from .options import add_catalogue_options, add_settings_option, analyser_of, analysis_settings, settings_of
from .settings import DEFAULT
from .terminal import counted, one_line, say, terminal_safe

if TYPE_CHECKING:
    from .engine import Analyser
    from .model import Analysis, Failure, Story

FORMATS = ("jsonl", "json", "text")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="narrascope", description="Track disinformation narratives in news.")
    parser.add_argument("--version", action="version", version=f"narrascope {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    a = sub.add_parser("analyse", aliases=["analyze"], help="analyse articles against a narrative catalogue")
    a.add_argument("inputs", nargs="+", help="files or folders (.txt .html .jsonl .json .csv .tsv), or - for stdin")
    add_catalogue_options(a)
    a.add_argument("--format", choices=FORMATS, default="jsonl", help="output format on stdout (default jsonl)")
    a.add_argument("--out", type=Path, help="also write the JSON Lines results to this file")
    a.add_argument("--include-text", action="store_true", help="include the extracted plain text in the JSON")
    a.add_argument("--features", action="store_true", help="include each narrative's matching features")
    a.add_argument("--strict", action="store_true", help="exit 1 when any input fails")
    a.add_argument("--quiet", action="store_true", help="no progress or failure lines on stderr")
    a.add_argument("--profile", action="store_true", help="print seconds spent per stage on stderr")
    _engine_options(a)

    c = sub.add_parser("calibrate", help="fit the matcher's weights on a labelled corpus")
    c.add_argument("gold", nargs="+", type=Path, help="gold YAML files (see tests/corpus/gold)")
    add_catalogue_options(c)
    c.add_argument("--out", type=Path, help="where to write the weights JSON")
    c.add_argument("--cv", action="store_true",
                   help="report figures for each gold file from weights fitted on the others, instead of fitting")
    c.add_argument("--cv-by", choices=("corpus", "catalogue", "language"), default="corpus",
                   help="with --cv, what is left out in turn: a gold file (default), a catalogue or a language")
    c.add_argument("--l2", type=float, default=1.0, help="L2 penalty of the logistic fit (default 1.0)")

    e = sub.add_parser("evaluate", help="precision/recall of matching on a labelled corpus")
    e.add_argument("gold", nargs="+", type=Path, help="gold YAML files (see tests/corpus/gold)")
    add_catalogue_options(e)
    e.add_argument("--map", type=Path, help="YAML {map: {catalogue-id: gold-id}} when the catalogue's ids differ")
    e.add_argument("--json", action="store_true", help="print the figures as JSON")

    k = sub.add_parser("evaluate-claims", help="recall/precision of relocation claims on a gold file")
    k.add_argument("gold", type=Path, help="gold YAML (see tests/claims/gold.yaml)")
    add_catalogue_options(k)
    k.add_argument("--json", action="store_true", help="print the figures as JSON")

    v = sub.add_parser("validate", help="check a catalogue file and print its warnings (--list: its narratives)")
    v.add_argument("catalogue", type=Path, nargs="?", help="a catalogue YAML (default: the bundled one)")
    v.add_argument("--list", action="store_true", help="print each narrative's id and title (parent indented under it)")
    add_settings_option(v, "catalogue_max_narratives=5000")

    s = sub.add_parser("stories", help="group articles that tell the same story, across languages")
    s.add_argument("inputs", nargs="*", help="files or folders to analyse (or use --db)")
    s.add_argument("--db", type=Path, help="a corpus store: its analysed articles (stories are saved in it)")
    add_catalogue_options(s)
    s.add_argument("--format", choices=("json", "text"), default="json", help="default json")
    s.add_argument("--regroup", action="store_true",
                   help="with --db: group every stored article anew (default: new articles join the stored stories)")

    es = sub.add_parser("evaluate-stories", help="purity and completeness of stories on a labelled corpus")
    es.add_argument("gold", type=Path, help="gold YAML (see tests/stories/gold.yaml)")
    add_catalogue_options(es)
    es.add_argument("--half", type=int, choices=(0, 1), help="only the articles whose id hashes to this half")
    es.add_argument("--incremental", type=float, metavar="SHARE",
                    help="group the earliest SHARE (0-1) of the articles in a store first, then add the rest to "
                         "the stored groups (as a growing store does)")
    es.add_argument("--json", action="store_true", help="print the figures as JSON")

    t = sub.add_parser("train-techniques", help="refit the persuasion-technique model on SemEval-2023 Task 3 data")
    t.add_argument("data", type=Path, help="folder with one sub-folder per language (articles/, spans/)")
    t.add_argument("--out", type=Path, required=True, help="where to write the model (.npz)")
    t.add_argument("--l2", type=float, default=12.0, help="L2 penalty (default 12, chosen on out-of-fold F1)")
    t.add_argument("--split-labels", type=Path,
                   help="also write each language's held-out paragraph labels here, for techniques_eval.py")
    t.add_argument("--first-pass-recall", type=float, default=None,
                   help="share of the gold-positive sentences the first pass (no vectors) keeps, out of fold "
                        "(default 0.95); only the sentences it lets through are encoded")
    t.add_argument("--no-first-pass", action="store_true", help="no first pass: every sentence is encoded")
    _store_commands(sub)
    return parser


def _store_commands(sub) -> None:  # type: ignore[no-untyped-def]
    i = sub.add_parser("ingest", help="analyse articles into a corpus store (SQLite); reruns add only what is new")
    i.add_argument("inputs", nargs="+", help="files or folders (.txt .html .jsonl .json .csv .tsv), or - for stdin")
    i.add_argument("--db", type=Path, required=True, help="the store file (created if missing)")
    add_catalogue_options(i)
    i.add_argument("--no-reanalyse", action="store_true",
                   help="do not redo stored analyses made with another tool or catalogue version")
    i.add_argument("--quiet", action="store_true", help="no progress or failure lines on stderr")
    _engine_options(i)

    r = sub.add_parser("reanalyse", aliases=["reanalyze"],
                       help="redo the stored analyses made with another tool or catalogue version")
    r.add_argument("--db", type=Path, required=True, help="the store file")
    add_catalogue_options(r)
    r.add_argument("--all", dest="everything", action="store_true", help="redo every analysis, stale or not")
    r.add_argument("--quiet", action="store_true", help="no progress or failure lines on stderr")
    _engine_options(r)

    x = sub.add_parser("export", help="write a store's analyses (JSON Lines), one flat table (CSV, Parquet), "
                                      "a STIX 2.1 bundle or schema.org ClaimReviews")
    x.add_argument("--db", type=Path, required=True, help="the store file")
    x.add_argument("--format", choices=("jsonl", "csv", "parquet", "stix", "claimreview"), default="jsonl",
                   help="default jsonl; stix: a STIX 2.1 bundle for OpenCTI; claimreview: JSON-LD for the "
                        "articles that refute a narrative")
    x.add_argument("--out", type=Path, required=True,
                   help="the file to write; - for standard output (the summary line then goes to standard error)")
    x.add_argument("--table", choices=("articles", "claims", "narratives", "sources", "techniques"),
                   help="a flat table (default: the analyses for jsonl, articles otherwise)")
    x.add_argument("--matched-only", action="store_true",
                   help="stix: only the articles that push or refute a narrative (default: every analysed "
                        "article is a report, the football and the weather too)")
    x.add_argument("--raw-csv", action="store_true",
                   help="csv: write every cell as stored, even one a spreadsheet would run as a formula (by "
                        "default a text starting with = + - @, a tab or a CR is written after a ')")
    x.add_argument("--narrative", help="stix, claimreview: only the articles that push or refute this narrative")
    x.add_argument("--since", type=_iso_day, help="stix, claimreview: only articles published on or after this "
                                                  "date (YYYY-MM-DD)")
    x.add_argument("--catalogue", "-c", type=Path, help="stix, claimreview: the catalogue the narratives' titles and "
                                                        "descriptions come from (default: the bundled one)")

    w = sub.add_parser("views", help="a corpus view of a store as JSON (timeline, flows, citations, outlets, ...)")
    w.add_argument("view", choices=("timeline", "flows", "citations", "outlets", "techniques", "lineage"))
    w.add_argument("--db", type=Path, required=True, help="the store file")
    w.add_argument("--by", choices=("day", "week"), default="week", help="timeline periods (default week)")
    w.add_argument("--narrative", help="lineage: only this narrative (default: every narrative pushed)")
    w.add_argument("--story", help="lineage: the claims of this stored story instead of a narrative's")

    sv = sub.add_parser("serve", help="the REST API and the web dashboard over a store (http://127.0.0.1:8000)")
    sv.add_argument("--db", type=Path, required=True, help="the store file (created if missing)")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, this machine only)")
    sv.add_argument("--port", type=int, default=8000, help="default 8000")
    sv.add_argument("--token", default=None,
                    help="token for writes (default: $NARRASCOPE_TOKEN; on localhost a random one is made and "
                         "printed; required on any other address)")
    sv.add_argument("--alerts", type=Path, metavar="RULES",
                    help="evaluate these alert rules after each ingest from the dashboard (see docs/alerts.md)")
    sv.add_argument("--webhook-host", action="append", default=[], metavar="HOST",
                    help="with --alerts: POST to this webhook host even if it is not a public address")
    sv.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                    help="a host name the server answers for besides IP addresses, localhost and --host "
                         "(repeatable; any other Host header is refused, against DNS rebinding)")
    add_catalogue_options(sv)

    w = sub.add_parser("watch", help="poll RSS/Atom feeds and pages into a corpus store, on a schedule")
    w.add_argument("feeds", type=Path, help="feeds file: one URL per line, optionally 'feed URL' or 'page URL'")
    w.add_argument("--db", type=Path, required=True, help="the store file (created if missing)")
    w.add_argument("--interval", type=_seconds, metavar="SECONDS",
                   help="seconds from the start of one poll to the next (default: the watch_interval_seconds "
                        f"setting, {DEFAULT.watch_interval_seconds})")
    w.add_argument("--once", action="store_true", help="poll once and exit")
    w.add_argument("--allow-host", action="append", default=[], metavar="HOST",
                   help="fetch from this host even if it is not a public address (repeatable; exactly as written "
                        "in the URL, e.g. --allow-host 127.0.0.1)")
    w.add_argument("--quiet", action="store_true", help="no per-source lines on stderr, only each poll's summary")
    w.add_argument("--stories", action="store_true",
                   help="group the store's stories again after each poll that stored new articles (as "
                        "`narrascope stories --db` does; costs a pass over the store)")
    w.add_argument("--alerts", type=Path, metavar="RULES",
                   help="evaluate these alert rules after each poll that stored new articles (see docs/alerts.md); "
                        "webhooks follow --allow-host too")
    add_catalogue_options(w)

    al = sub.add_parser("alerts", help="evaluate alert rules over a store; record and deliver the new alerts once")
    al.add_argument("--db", type=Path, required=True, help="the store file")
    al.add_argument("--rules", type=Path, required=True, help="the alert rules (YAML; see docs/alerts.md)")
    al.add_argument("--catalogue", "-c", type=Path, help="narrative titles for the alerts' text (default: bundled)")
    al.add_argument("--allow-host", action="append", default=[], metavar="HOST",
                    help="POST to this webhook host even if it is not a public address (repeatable)")
    al.add_argument("--format", choices=("text", "json"), default="text", help="default text")

    h = sub.add_parser("report", help="write a self-contained HTML report of a store (no script, works offline)")
    h.add_argument("--db", type=Path, required=True, help="the store file")
    h.add_argument("--out", type=Path, required=True, help="the HTML file to write (.html or .htm)")
    h.add_argument("--title", default="narrascope report", help="the report's title")
    add_catalogue_options(h)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not (seconds > 0 and math.isfinite(seconds)):
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, got {value!r}")
    return seconds


def _engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local (this machine, worker processes: default) or dask: partitions mapped over a Dask "
                        "cluster (docs/scale.md)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: the scheduler of an existing cluster (tcp://host:8786); "
                        "default: a LocalCluster on this machine")
    p.add_argument("--workers", type=int,
                   help="worker processes: local engine, forked here (default one per core, for inputs of more "
                        "than one batch per worker); dask engine without --scheduler, the LocalCluster's")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code = _run(args)
        sys.stdout.flush()  # here, where a reader that left can be told from a failure
        return code
    except BrokenPipeError:  # `narrascope alerts ... | head`: the reader has what it wanted; no traceback
        _silence_stdout()
        return 0


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that the interpreter's last flush finds no broken pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor (a test's captured output): nothing will flush there
        pass


#: Commands over a store that read a catalogue: without --catalogue, they use the one the store remembers (``serve``
#: too: the dashboard then shows and edits that file, as with --catalogue).
_STORE_CATALOGUE_COMMANDS = ("ingest", "reanalyse", "reanalyze", "stories", "report", "export", "alerts", "watch",
                             "serve")


def _store_catalogue(args: argparse.Namespace) -> None:
    """No ``--catalogue`` on a store whose analyses were made with a catalogue file: use that file (and say
    so), or, when it is gone, warn that the bundled one is used instead."""
    db = getattr(args, "db", None)
    # checked before importing the store: its modules take a tenth of a second, for nothing in `analyse`
    if args.command not in _STORE_CATALOGUE_COMMANDS or getattr(args, "catalogue", "") is not None or db is None:
        return
    from .catalogue import BUNDLED
    from .store import Store
    if args.command == "export" and args.format not in ("stix", "claimreview"):
        return
    try:
        if not Path(db).is_file():
            return
        with Store(db, create=False) as store:
            remembered = store.remembered_catalogue()
    except NarrascopeError:
        return  # the command itself says what is wrong with the store
    if remembered is None or remembered == BUNDLED:
        return
    if Path(remembered).is_file():
        args.catalogue = Path(remembered)
        say(f"narrascope: using the store's catalogue {remembered} (its analyses were made with it; "
            "--catalogue chooses another)")
    else:
        say(f"narrascope: warning: the store's analyses were made with the catalogue {remembered}, which is "
            "not there any more: using the bundled one; pass --catalogue")


#: Commands that analyse articles into a store: they use the analysis options it remembers.
_STORE_OPTIONS_COMMANDS = ("ingest", "reanalyse", "reanalyze", "watch")


def _store_options(args: argparse.Namespace) -> None:
    """Complete the options of a command that analyses into a store with those its analyses were made with
    (``--threshold``, ``--set``, ``--weights``), saying so; warn of options given that differ from them."""
    if args.command not in _STORE_OPTIONS_COMMANDS or not Path(args.db).is_file():
        return
    from .options import use_remembered_options
    from .store import Store
    try:
        with Store(args.db, create=False) as store:
            remembered = store.remembered_options()
    except NarrascopeError:
        return  # the command itself says what is wrong with the store
    if remembered is not None:
        for note in use_remembered_options(args, remembered, args.db):
            say(note)


def _run(args: argparse.Namespace) -> int:
    try:
        _store_catalogue(args)
        _store_options(args)
        if args.command in ("analyse", "analyze"):
            return _analyse(args)
        if args.command == "calibrate":
            return _calibrate(args)
        if args.command == "evaluate":
            return _evaluate(args)
        if args.command == "validate":
            return _validate(args)
        if args.command == "evaluate-claims":
            return _evaluate_claims(args)
        if args.command == "train-techniques":
            return _train_techniques(args)
        if args.command == "stories":
            return _stories(args)
        if args.command == "evaluate-stories":
            return _evaluate_stories(args)
        if args.command in ("ingest", "reanalyse", "reanalyze"):
            return _ingest(args)
        if args.command == "export":
            return _export(args)
        if args.command == "views":
            return _views(args)
        if args.command == "report":
            return _report(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "watch":
            from .feeds.command import run_watch

            return run_watch(args)
        if args.command == "alerts":
            from .alerts.command import run_alerts_command

            return run_alerts_command(args)
    except NarrascopeError as err:
        if isinstance(err.__cause__, BrokenPipeError):  # `export --out /dev/stdout | head`: the reader left
            raise err.__cause__ from None
        say(f"narrascope: {err}")
        return 2
    except KeyboardInterrupt:
        say("narrascope: interrupted")
        return 130
    return 2  # pragma: no cover - argparse enforces a command


def _analyse(args: argparse.Namespace) -> int:
    if args.engine == "dask":
        from .scale.on_dask import analyse_on_dask, dask_client

        spec = _spec(args, keep_features=args.features)
        with dask_client(args.scheduler, args.workers, spec.settings) as client:
            return _write_analyses(args, analyse_on_dask(client, spec, args.inputs), _spec_catalogue(spec), None)
    analyser = analyser_of(args, keep_features=args.features)
    _collect_for_long_run()
    workers = _local_workers(args, analyser)
    items: Iterator[Analysis | str | tuple[str, dict[str, Any] | None] | Failure]
    if args.format == "jsonl" and not args.out:  # only the lines are wanted: the workers make them
        items = analyser.analyse_paths_as_json(args.inputs, workers, include_text=args.include_text,
                                               with_features=args.features)
    elif args.format == "jsonl":  # the lines, and the --out file's rows: the workers make them too
        from .report.results import is_parquet, result_line

        render = partial(result_line, include_text=args.include_text, with_features=args.features,
                         parquet=is_parquet(args.out))
        items = analyser.analyse_paths_rendered(args.inputs, workers, render)
    else:
        items = analyser.analyse_paths(args.inputs, workers)
    return _write_analyses(args, items, analyser.catalogue, analyser)


def _collect_for_long_run() -> None:
    """Python's collector for a process that now analyses article after article: the analyser's objects,
    built once and never freed, are set aside (``gc.freeze``; forked workers inherit that), and young objects
    are collected every 10,000 allocations instead of 700. Each full collection walked every object of the
    models and caches: on 500 feed articles in one process the collector took 1.2 s of a 12 s run, 0.4 s so.
    Only when to collect changes, never what is computed."""
    gc.collect()  # nothing unreachable is frozen
    gc.freeze()
    gc.set_threshold(10_000, *gc.get_threshold()[1:])


def _local_workers(args: argparse.Namespace, analyser: Analyser) -> int:
    """``--workers`` for the local engine: processes forked to analyse (default one per core; one when
    the encoder runs on a GPU, which a forked process cannot use)."""
    from .scale.local import default_workers, forks_safely

    workers = default_workers() if args.workers is None else args.workers
    if workers < 1:
        raise NarrascopeError("--workers must be 1 or more", code="E401")
    if workers > 1 and not forks_safely(analyser):
        if args.workers is not None:
            print(f"narrascope: the encoder runs on {analyser.encoder.device}: analysing in one process "
                  f"(--workers {args.workers} ignored; a forked process cannot use the device)", file=sys.stderr)
        workers = 1
    return workers


def _spec(args: argparse.Namespace, keep_features: bool = False):  # type: ignore[no-untyped-def]
    """What a Dask worker needs to build the analyser the options ask for."""
    from .scale.on_dask import AnalyserSpec

    spec = AnalyserSpec.from_files(args.catalogue, args.weights, settings=analysis_settings(args), encoder=args.encoder,
                                   disabled=tuple(args.skip), keep_features=keep_features)
    for warning in _spec_catalogue(spec).warnings:
        print(f"narrascope: warning: {warning}", file=sys.stderr)
    return spec


def _spec_catalogue(spec):  # type: ignore[no-untyped-def]
    from .catalogue import load_catalogue, parse_catalogue

    if spec.catalogue_text is None:
        return load_catalogue(None, spec.settings)
    return parse_catalogue(spec.catalogue_text, spec.catalogue_source, spec.settings)


def _write_analyses(args: argparse.Namespace, items, catalogue, analyser) -> int:  # type: ignore[no-untyped-def]
    from .model import Failure
    from .report.results import ResultsFile
    from .report.text import render_summary, render_text

    out_file = ResultsFile(args.out) if args.out else None
    ok, failed, collected = 0, 0, []
    try:
        for item in items:
            if isinstance(item, Failure):
                failed += 1
                if not args.quiet:
                    _print_failure(item)
                continue
            ok += 1
            if isinstance(item, str):  # the line itself (Analyser.analyse_paths_as_json)
                _write(sys.stdout, item)
                continue
            if isinstance(item, tuple):  # the line and the --out file's row (report.results.result_line)
                if out_file:
                    out_file.write_line(*item)
                _write(sys.stdout, item[0])
                continue
            record = item.to_dict(include_text=args.include_text, with_features=args.features)
            line = json.dumps(record, ensure_ascii=False)  # as Analysis.to_json, from the record kept
            if out_file:
                out_file.write(record, line)
            if args.format == "jsonl":
                _write(sys.stdout, line)
            elif args.format == "json":
                collected.append(record)
            else:
                _write(sys.stdout, render_text(item))
                collected.append(record)
    finally:
        if out_file:
            out_file.close()
    if args.profile and analyser is not None:
        spent = ", ".join(f"{k} {v:.2f}s" for k, v in analyser.pipeline.seconds.items())
        print(f"narrascope: profile: {spent}; encoder cache {analyser.encoder.hits} hits, "
              f"{analyser.encoder.misses} encoded", file=sys.stderr)
    if args.format == "json":
        _write(sys.stdout, json.dumps(collected, ensure_ascii=False, indent=1))
    elif args.format == "text":
        _write(sys.stdout, render_summary(collected, failed, catalogue))
    if ok == 0:
        say("narrascope: no article could be analysed")
        return 2
    return 1 if (args.strict and failed) else 0


def _calibrate(args: argparse.Namespace) -> int:
    from .calibration import calibrate, cross_validate

    analyser = analyser_of(args, keep_features=True)
    if args.cv:
        _write(sys.stdout, cross_validate(analyser, args.gold, args.l2, by=args.cv_by))
        return 0
    if args.out is None:
        raise NarrascopeError("calibrate needs --out FILE (or --cv)", code="E403")
    report = calibrate(analyser, args.gold, args.out, args.l2)
    _write(sys.stdout, str(report))
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from .calibration import evaluate, gold_catalogue

    if args.catalogue is None and (named := gold_catalogue(args.gold)) is not None:
        args.catalogue = named  # the labels' own catalogue (its ids), as the gold file says
        say(f"narrascope: using the gold file's catalogue {named}", sys.stderr)
    analyser = analyser_of(args)
    result = evaluate(analyser, args.gold, args.map)
    table = result.pop("_table")
    if result["unknown_narratives"]:
        say("narrascope: warning: the catalogue has no narrative " + ", ".join(result["unknown_narratives"][:10])
            + (" ..." if len(result["unknown_narratives"]) > 10 else "")
            + " that the gold labels name: those labels count as missed (give --catalogue, or --map)", sys.stderr)
    _write(sys.stdout, json.dumps(result, indent=1) if args.json else table)
    return 0


def _evaluate_claims(args: argparse.Namespace) -> int:
    from .claims_eval import evaluate_claims, render

    result = evaluate_claims(analyser_of(args), args.gold)
    _write(sys.stdout, json.dumps(result, indent=1) if args.json else render(result))
    return 0


def _stories(args: argparse.Namespace) -> int:
    from .corpus.build import stories_of_analyses
    from .model import Analysis

    if bool(args.db) == bool(args.inputs):
        raise NarrascopeError("give either files to analyse or --db, not both", code="E401")
    if args.db:
        stories = _stories_of_store(args)
    else:
        analyser = analyser_of(args)
        analyses = []
        for item in analyser.analyse_paths(args.inputs):
            if isinstance(item, Analysis):
                analyses.append(item)
            else:
                _print_failure(item)
        stories = stories_of_analyses(analyses, analyser.encoder, analyser.catalogue, analyser.settings)
    if args.format == "json":
        _write(sys.stdout, json.dumps({"stories": [st.to_dict() for st in stories]}, ensure_ascii=False, indent=1))
    else:
        for st in stories:
            new = "  [new narrative?]" if st.new_narrative else ""
            seen = f"{st.first_seen} .. {st.last_seen}" if st.first_seen else "undated"
            _write(sys.stdout, one_line(f"{st.id}: {st.label}  ({seen}; {', '.join(st.languages)}; "
                                        f"{counted(len(st.outlets), 'outlet')}){new}"))
            _write(sys.stdout, one_line("    " + ", ".join(st.members)))
    return 0


def _stories_of_store(args: argparse.Namespace) -> list[Story]:
    """A store's stories: the encoder is loaded only if some analysed article has no story item yet."""
    from .corpus.build import stories_of_store
    from .encoders import get_encoder
    from .options import catalogue_of
    from .store import Store
    from .store.story_items import unitemised

    catalogue, settings = catalogue_of(args)
    with Store(args.db, create=False) as store:
        _warn_of_another_catalogue(store, catalogue)
        encoder = None
        if unitemised(store.connection):
            encoder = get_encoder(args.encoder)
            encoder.batch_size = settings.encode_batch_size
        return stories_of_store(store, encoder, catalogue, settings, regroup=args.regroup)


def _evaluate_stories(args: argparse.Namespace) -> int:
    from .corpus.evaluate import evaluate_stories

    result = evaluate_stories(analyser_of(args), args.gold, args.half, args.incremental)
    if args.json:
        _write(sys.stdout, json.dumps(result, ensure_ascii=False, indent=1))
    else:
        figures = {k: v for k, v in result.items() if k != "stories"}
        _write(sys.stdout, "  ".join(f"{k} {v}" for k, v in figures.items()))
    return 0


def _train_techniques(args: argparse.Namespace) -> int:
    from .encoders import get_encoder
    from .techniques.train import FIRST_PASS_RECALL, train

    recall = None if args.no_first_pass else args.first_pass_recall or FIRST_PASS_RECALL
    report = train(args.data, args.out, get_encoder("use"), l2=args.l2, split_labels=args.split_labels,
                   first_pass_recall=recall)
    _write(sys.stdout, json.dumps(dataclasses.asdict(report), indent=1))
    return 0


def _validate(args: argparse.Namespace) -> int:
    from .catalogue import load_catalogue
    from .learn.train import example_documents

    settings = settings_of(args)
    cat = load_catalogue(args.catalogue, settings)
    for example in cat.examples:  # read as analyse will read them: a binary or empty file fails here, not there
        example_documents(example, settings, cat.source)
    for warning in cat.warnings:
        say(f"warning: {warning}", sys.stdout)
    if args.list:
        children: dict[str | None, list[Any]] = {}
        for n in cat.narratives:
            children.setdefault(n.parent, []).append(n)
        known = {n.id for n in cat.narratives}

        def show(narratives: list[Any], depth: int) -> None:  # no parent loops: loading refused them (E205)
            for n in narratives:
                say(f"{'  ' * depth}{n.id}  {n.title}", sys.stdout)
                show(children.get(n.id, []), depth + 1)

        show([n for n in cat.narratives if n.parent is None or n.parent not in known], 0)
    labelled = f", {counted(len(cat.examples), 'labelled example')}" if cat.examples else ""
    name = args.catalogue or "the bundled catalogue"
    say(f"{name}: {counted(len(cat.narratives), 'narrative')}{labelled}, valid (version {cat.version})", sys.stdout)
    return 0


def _ingest(args: argparse.Namespace) -> int:
    """``ingest`` and ``reanalyse``: both store analyses, batch by batch, in ``--db``."""
    from .store import Store

    settings = analysis_settings(args)
    kept: list[Any] = []  # the run's report as of its last committed batch
    try:
        with Store(args.db, create=args.command == "ingest", settings=settings) as store:
            from .options import remember_options

            remember_options(store, args)
            if args.engine == "dask":
                report = _ingest_dask(args, store, settings, kept)
            else:
                report = _ingest_local(args, store, settings, kept)
    except KeyboardInterrupt:
        say(f"narrascope: interrupted; {args.db}: {_kept_line(kept)}")
        return 130
    say(f"{args.db}: {report.summary()}", sys.stdout)
    if args.command == "ingest" and report.new + report.already == 0:
        say("narrascope: no article could be ingested")
        return 2
    return 0


def _kept_line(kept: list[Any]) -> str:
    """What an interrupted ingest or reanalyse kept: the batches it committed (the rest was rolled back)."""
    if not kept or not (kept[-1].new or kept[-1].reanalysed):
        return "nothing stored by this run; run the same command again to start over"
    done = kept[-1]
    parts = [counted(done.new, "new article")] if done.command == "ingest" else []
    if done.reanalysed or done.command != "ingest":
        parts.append(f"{counted(done.reanalysed, 'analysis', 'analyses')} redone")
    return f"{' and '.join(parts)} kept (whole batches); run the same command again to finish the rest"


def _keeping(kept: list[Any], progress):  # type: ignore[no-untyped-def]
    """The progress callback, also noting the report after each committed batch (a copy: counts move on)."""
    def on_progress(report) -> None:  # type: ignore[no-untyped-def]
        kept[:] = [dataclasses.replace(report)]
        if progress:
            progress(report)
    return on_progress


def _ingest_dask(args: argparse.Namespace, store, settings, kept):  # type: ignore[no-untyped-def]
    from .scale.ingest_dask import ingest_on_dask, reanalyse_on_dask
    from .scale.on_dask import dask_client
    from .terminal import ProgressLine

    spec = _spec(args)
    progress = None if args.quiet else ProgressLine(sys.stderr, settings.progress_seconds)
    on_failure = None if args.quiet else _print_failure
    try:
        with dask_client(args.scheduler, args.workers, spec.settings) as client:
            if args.command == "ingest":
                return ingest_on_dask(store, client, spec, args.inputs, reanalyse_stale=not args.no_reanalyse,
                                      on_failure=on_failure, on_progress=_keeping(kept, progress))
            return reanalyse_on_dask(store, client, spec, everything=args.everything, on_failure=on_failure,
                                     on_progress=_keeping(kept, progress))
    finally:
        if progress:
            progress.done()


def _ingest_local(args: argparse.Namespace, store, settings, kept):  # type: ignore[no-untyped-def]
    from .store import ingest, reanalyse
    from .terminal import ProgressLine

    analyser = analyser_of(args)
    _collect_for_long_run()
    workers = _local_workers(args, analyser)
    progress = None if args.quiet else ProgressLine(sys.stderr, settings.progress_seconds)
    on_failure = None if args.quiet else _print_failure
    try:
        if args.command == "ingest":
            return ingest(store, analyser, args.inputs, reanalyse_stale=not args.no_reanalyse,
                          on_failure=on_failure, on_progress=_keeping(kept, progress), workers=workers)
        return reanalyse(store, analyser, everything=args.everything, on_failure=on_failure,
                         on_progress=_keeping(kept, progress), workers=workers)
    finally:
        if progress:
            progress.done()


def _serve(args: argparse.Namespace) -> int:
    import os
    import secrets

    import uvicorn

    from .api import ServerConfig, check_bind, create_app
    from .api.protocol import uvicorn_config

    token = args.token if args.token is not None else os.environ.get("NARRASCOPE_TOKEN")
    if token is not None and not token.strip():
        raise NarrascopeError("the token (--token or NARRASCOPE_TOKEN) is blank; give one, or neither to have "
                              "one made", code="E401")
    token = token.strip() if token else None
    check_bind(args.host, token)
    made = token is None
    token = token or secrets.token_urlsafe(18)
    settings = settings_of(args)
    fresh = not Path(args.db).exists()  # before the app opens (and so makes) it
    config = ServerConfig(db=args.db, catalogue=args.catalogue, token=token, host=args.host, port=args.port,
                          settings=settings, alerts=args.alerts, webhook_hosts=tuple(args.webhook_host),
                          allow_hosts=tuple(args.allow_host))
    app = create_app(config, make_analyser=lambda catalogue: analyser_of(args, catalogue=catalogue))
    sock = _listening_socket(args.host, args.port)  # before saying where: another server may hold the port
    if fresh:  # a typo in --db would otherwise look like an empty corpus
        say(f"narrascope: {args.db} does not exist: serving a new, empty store (articles ingested through the "
            "dashboard or the API go there)")
    where = f"http://{'[' + args.host + ']' if ':' in args.host else args.host}:{args.port}/"
    say(f"narrascope: serving {args.db} on {where}" + (f"?token={token}" if made else ""))
    say(f"narrascope: API docs on {where}docs; writes need the token"
        + (" above (made for this run; give --token to choose one)" if made else "") + "; Ctrl-C stops")
    uvicorn.Server(uvicorn_config(app, log_level="warning")).run(sockets=[sock])
    return 0


def _listening_socket(host: str, port: int):  # type: ignore[no-untyped-def]
    """A socket bound to ``host:port``, or a coded error saying why not (a port in use, say)."""
    import socket

    from .errors import E_LISTEN

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as err:
        raise NarrascopeError(f"cannot serve on {host}:{port}: {err.strerror or err}", code=E_LISTEN) from err
    return sock


def _iso_day(value: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _export(args: argparse.Namespace) -> int:
    from .store import Store, export

    if args.raw_csv and args.format != "csv":
        raise NarrascopeError("--raw-csv goes with --format csv", code="E401")
    if args.matched_only and args.format != "stix":
        raise NarrascopeError("--matched-only goes with --format stix", code="E401")
    if args.format in ("stix", "claimreview"):
        return _export_exchange(args)
    if args.narrative or args.since:
        raise NarrascopeError("--narrative and --since go with --format stix or claimreview", code="E401")
    out, summary = _export_target(args.out)
    with Store(args.db, create=False) as store:
        n = export(store, out, args.format, args.table, raw_csv=args.raw_csv)
    say(f"{args.out}: {n} {'analyses' if args.format == 'jsonl' and not args.table else 'rows'}", summary)
    return 0


def _export_target(out: Path) -> tuple[Path, TextIO]:
    """Where an export writes (``-`` is standard output) and where its summary line goes (never into the data)."""
    if str(out) in ("-", "/dev/stdout"):
        return Path("/dev/stdout"), sys.stderr
    return out, sys.stdout


def _export_exchange(args: argparse.Namespace) -> int:
    from .catalogue import load_catalogue
    from .export import write_claim_reviews, write_stix
    from .store import Store

    if args.table:
        raise NarrascopeError(f"--table goes with the flat formats, not --format {args.format}", code="E401")
    catalogue = load_catalogue(args.catalogue)
    with Store(args.db, create=False) as store:
        _warn_of_another_catalogue(store, catalogue)
        if args.narrative is not None:
            _known_narrative(store, args.narrative, catalogue)
        filters = {"narrative": args.narrative, "since": args.since}
        out, summary = _export_target(args.out)
        if args.format == "stix":
            n = write_stix(store.connection, catalogue, out, matched_only=args.matched_only, **filters)
            say(f"{args.out}: a STIX 2.1 bundle of {n} objects", summary)
        else:
            left_out: list[str] = []
            n = write_claim_reviews(store.connection, catalogue, out, settings=store.settings, left_out=left_out,
                                    **filters)
            say(f"{args.out}: {n} ClaimReview{'s' * (n != 1)}", summary)
            if left_out:
                shown = ", ".join(left_out[:5]) + (f" and {len(left_out) - 5} more" if len(left_out) > 5 else "")
                say(f"narrascope: warning: {counted(len(left_out), 'refutation')} left out: a ClaimReview needs the "
                    f"fact-check's http(s) URL, and these articles have none: {shown}")
    return 0


def _views(args: argparse.Namespace) -> int:
    from .corpus import views
    from .model import Story
    from .store import Store

    if args.view == "lineage":
        return _lineage(args)
    with Store(args.db, create=False) as store:
        records = [record for _, record, _ in store.records()]
        stories = [Story(**{k: v for k, v in s.items() if k != "size"}) for s in store.stories()]
    shown: object
    if args.view == "timeline":
        shown = views.timeline(records, stories, args.by)
    elif args.view == "flows":
        shown = views.flows(records)
    elif args.view == "citations":
        shown = views.citations(records)
    elif args.view == "outlets":
        shown = views.outlets(records)
    else:
        shown = views.technique_profile(records)
    _write(sys.stdout, json.dumps({args.view: shown}, ensure_ascii=False, indent=1))
    return 0


def _lineage(args: argparse.Namespace) -> int:
    from .corpus.lineage import narrative_lineages, story_lineage
    from .errors import E_NO_SUCH
    from .store import Store
    from .store.query import story

    with Store(args.db, create=False) as store:
        conn = store.connection
        if args.story:
            found = story(conn, args.story)  # an id the story had before it was renamed finds it too
            if found is None:
                raise NarrascopeError(f"no story {args.story!r} in the store", code=E_NO_SUCH)
            shown: object = [story_lineage(conn, str(found["id"]), store.settings)]  # one shape: a list
        else:
            if args.narrative is not None:
                _known_narrative(store, args.narrative)
            shown = narrative_lineages(conn, args.narrative, store.settings)
    _write(sys.stdout, json.dumps({"lineage": shown}, ensure_ascii=False, indent=1))
    return 0


def _report(args: argparse.Namespace) -> int:
    import datetime as dt

    from .corpus.build import stories_of_store
    from .report.html import render_report
    from .store import Store

    if args.out.suffix.lower() not in (".html", ".htm"):  # rep.md would get HTML under a Markdown name
        raise NarrascopeError(f"--out {args.out}: the report is an HTML page; give a file ending in .html (there is "
                              "no Markdown or text report: `views` and `export` give the data)", code="E401")
    with Store(args.db, create=False) as store:
        analyser = analyser_of(args)  # after the store opened: a missing store fails fast
        _warn_of_another_catalogue(store, analyser.catalogue)
        records = [record for _, record, _ in store.records()]
        if records and not store.stories():  # computed (and saved) only when the store has none yet
            stories_of_store(store, analyser.encoder, analyser.catalogue, analyser.settings)
        stories = store.stories()
    titles = {n.id: n.title for n in analyser.catalogue.narratives}
    generated = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    page = render_report(records, stories, titles, generated=generated, title=args.title)
    args.out.write_text(page, encoding="utf-8")
    say(f"{args.out}: {counted(len(records), 'article')}, {counted(len(stories), 'story', 'stories')}", sys.stdout)
    return 0


def _known_narrative(store, narrative: str, catalogue=None) -> None:  # type: ignore[no-untyped-def]
    """E404 for a narrative neither the store's analyses nor the catalogue given name (as for ``--story``)."""
    from .errors import E_NO_SUCH
    from .store.query import narrative_known

    if not narrative_known(store.connection, narrative) and (catalogue is None or catalogue.get(narrative) is None):
        raise NarrascopeError(f"no narrative {narrative!r} in the store or the catalogue", code=E_NO_SUCH)


def _warn_of_another_catalogue(store, catalogue) -> None:  # type: ignore[no-untyped-def]
    warning = store.catalogue_mismatch(catalogue)
    if warning:
        say(f"narrascope: warning: {warning}", sys.stderr)


def _print_failure(failure) -> None:  # type: ignore[no-untyped-def]
    say(f"narrascope: [{failure.code}] {failure.source}: {failure.message}")


def _write(stream: TextIO, text: str) -> None:
    """Print ``text`` with what a terminal would obey (escape sequences from an article) made visible."""
    try:
        stream.write(terminal_safe(text) + "\n")
        stream.flush()
    except BrokenPipeError:  # `narrascope analyse ... | head` is fine
        sys.stderr.close()
        raise SystemExit(0) from None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
