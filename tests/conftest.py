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


@pytest.fixture(scope="session")
def stances_on(analyser):  # type: ignore[no-untyped-def]
    """Reads a blind stance set (a folder with catalogue.yaml, gold.yaml and articles/): for each article, its gold row
    and the stance narrascope gives its gold narrative (pushes when matched, else refutes or mentions)."""
    from pathlib import Path

    import yaml

    from narrascope import Analyser, load_catalogue

    def read(folder: Path) -> dict[str, tuple[dict, str]]:  # type: ignore[type-arg]
        blind = Analyser(load_catalogue(folder / "catalogue.yaml"), encoder=analyser.encoder, disabled=("techniques",))
        gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))["articles"]
        out = {}
        for aid, row in gold.items():
            text = (folder / "articles" / row["file"]).read_text(encoding="utf-8")
            said = next(("pushes" if n.matched else n.stance for n in blind.analyse_text(text, aid).narratives
                         if n.id == row["narrative"]), "mentions")
            out[aid] = (row, said)
        return out

    return read
