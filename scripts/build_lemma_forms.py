#!/usr/bin/env python3
"""Write src/narrascope/lexicon/frames/forms/<lang>.tsv: every inflection of each ``~word`` that the
frame and cue files of that language write in its dictionary form (see narrascope.lexicon.forms).

    pip install -e '.[lemmas-build]'     # pymorphy3 (+ ru, uk dictionaries) and simplemma
    python scripts/build_lemma_forms.py  # rewrites the forms files; commit them with the frame files
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from narrascope.lexicon import _load_yaml  # noqa: E402
from narrascope.lexicon.forms import FORMS_FOLDER, dictionary_words, generate  # noqa: E402

LEXICON = ROOT / "src" / "narrascope" / "lexicon"


def languages() -> list[str]:
    return sorted({p.stem for folder in ("frames", "cues") for p in (LEXICON / folder).glob("*.yaml")})


def words_of(language: str) -> list[str]:
    found: set[str] = set()
    for folder in ("frames", "cues"):
        if (LEXICON / folder / f"{language}.yaml").exists():
            found.update(dictionary_words(_load_yaml(folder, f"{language}.yaml")))
    return sorted(found)


def render(language: str) -> str | None:
    words = words_of(language)
    if not words:
        return None
    lines = [f"# {language}: forms of the ~words of frames/{language}.yaml and cues/{language}.yaml, "
             "written by scripts/build_lemma_forms.py"]
    lines += [f"{w}\t{' '.join(f)}" for w, f in generate(language, words).items()]
    return "\n".join(lines) + "\n"


def main() -> None:
    out = LEXICON.joinpath(*FORMS_FOLDER)
    out.mkdir(parents=True, exist_ok=True)
    for language in languages():
        text = render(language)
        path = out / f"{language}.tsv"
        if text is None:
            path.unlink(missing_ok=True)
            continue
        path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {text.count(chr(10)) - 1} words")


if __name__ == "__main__":
    main()
