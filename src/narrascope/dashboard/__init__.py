"""The web dashboard served by ``narrascope serve``: server-rendered pages over the corpus store,
one stylesheet and one small script, no CDN (it works offline)."""

from __future__ import annotations

from importlib import resources


def static_dir() -> str:
    return str(resources.files("narrascope.dashboard").joinpath("static"))
