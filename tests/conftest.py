"""Shared fixtures: one analyser for the whole session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def analyser():  # type: ignore[no-untyped-def]
    """One Analyser with the bundled catalogue: building it loads the encoder (a second or two)."""
    from narrascope.encoders import get_encoder
    from narrascope.engine import Analyser

    # The CLI asks for get_encoder("use"); asking the same way shares its loaded model.
    return Analyser(encoder=get_encoder("use"))
