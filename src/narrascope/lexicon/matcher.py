"""Compile lexicon phrases into fast matchers.

Phrase syntax (shared by every lexicon file): words separated by spaces; a trailing ``*`` on a
word matches any ending (``Сири*`` matches Сирия, Сирии); a leading ``~`` marks a word written in
its dictionary form that matches every inflection of it (``~выводить`` matches выводит, выводили,
выводимых: the forms come from :mod:`narrascope.lexicon.forms`); matching is case-insensitive on
word boundaries, except short all-capital phrases (``US``, ``IS``, ``ИГ``), matched as written.
Punctuation inside a phrase is loose: ``U.S.`` and ``al-Tanf`` match with any short run of
non-word characters between their words.

The text is cut into words once and phrases are looked up by their first word (exactly or by
stem), which keeps matching linear in the text whatever the size of the lexicon.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

import regex

# Letters with their combining marks: Devanagari vowel signs and viramas are marks, not \w.
_WORD = regex.compile(r"[\w\p{M}]+")
_CAPS_MAX = 4
_MAX_GAP = 3  # characters of punctuation/space allowed between two words of a phrase
# Arabic attaches conjunctions and prepositions to the next word (و ف ب ل ك) and the article ال.
_AR_CLITICS = ("\u0648", "\u0641", "\u0628", "\u0644", "\u0643")
_AR_ARTICLE = "\u0627\u0644"
# Arabic short vowels, shadda, sukun, dagger alif and tatweel are optional in writing ("نُقلوا" is
# "نقلوا", "رحّل" is "رحل"): both the phrases and the text are matched without them.
_AR_MARKS = regex.compile(r"[\u064B-\u065F\u0670\u0640]")
#: texts whose hits a matcher keeps: several stages look up the same article in turn, a batch at a time
RECENT_TEXTS = 256


#: texts whose words were cut out last: the lexicons' matchers (entities, frames, cues, sources) read
#: each article in turn and cut it into the same words, each stage over a whole pipeline batch
#: (settings.batch_documents, 64) before the next: a few megabytes
_WORDS_KEPT = 80
_words_kept: OrderedDict[tuple[str, bool], tuple[list[tuple[int, int, str]], list[str]]] = OrderedDict()
_words_lock = threading.Lock()


def _words(text: str, arabic: bool) -> tuple[list[tuple[int, int, str]], list[str]]:
    """The words of ``text`` as (start, end, word), and each folded as phrases are compared with it:
    case-folded, and for Arabic without its optional marks. Read only: shared between matchers."""
    key = (text, arabic)
    with _words_lock:
        kept = _words_kept.get(key)
    if kept is None:
        tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        folded = [_AR_MARKS.sub("", t.casefold()) if arabic else t.casefold() for _, _, t in tokens]
        kept = (tokens, folded)
        with _words_lock:
            _words_kept[key] = kept
            while len(_words_kept) > _WORDS_KEPT:
                _words_kept.popitem(last=False)
    return kept


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    label: str


#: one word of a phrase: the word (or every form of a dictionary word) and whether it is a prefix
_Word = tuple["str | frozenset[str]", bool]


@dataclass(frozen=True, slots=True)
class _Phrase:
    words: tuple[_Word, ...]
    exact_case: bool
    label: str
    specificity: int = 0                  # ranks phrases starting at one token: exact and long first
    #: the second word when it is one plain word (no stem, no forms): compared before anything else,
    #: it turns away almost every candidate ("from" of "from there" before "from Raqqa")
    second: str | None = None


def _is_caps(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return 0 < len(letters) <= _CAPS_MAX and all(c.isupper() for c in letters)


def _compile(phrase: str, label: str, forms: Mapping[str, Iterable[str]], arabic: bool = False) -> _Phrase | None:
    if arabic:
        phrase = _AR_MARKS.sub("", phrase)
    exact = _is_caps(phrase)
    words: list[_Word] = []
    for raw in phrase.split():
        if raw.startswith("~") and len(raw) > 1:  # a dictionary form: any of its inflections
            lemma = raw[1:].casefold()
            inflected = [lemma, *(f.casefold() for f in forms.get(lemma, ()))]
            if arabic:
                inflected = [_AR_MARKS.sub("", f) for f in inflected]
            words.append((frozenset(inflected), False))
            continue
        prefix = raw.endswith("*")
        tokens = _WORD.findall(raw)
        for i, tok in enumerate(tokens):
            is_last = i == len(tokens) - 1
            words.append((tok if exact else tok.casefold(), prefix and is_last))
    spec = sum((min(map(len, w)) if isinstance(w, frozenset) else len(w)) + (0 if is_prefix else 1000)
               for w, is_prefix in words)
    second = words[1][0] if len(words) > 1 and isinstance(words[1][0], str) and not words[1][1] else None
    return _Phrase(tuple(words), exact, label, spec, second) if words else None


class PhraseMatcher:
    """Finds labelled phrases in text; the longest phrase wins where several start together.

    >>> m = PhraseMatcher([("united-states", "US"), ("united-states", "America*")])
    >>> [(h.label, h.start) for h in m.finditer("US and American helicopters; us")]
    [('united-states', 0), ('united-states', 7)]
    """

    def __init__(self, labelled: Iterable[tuple[str, str]], language: str | None = None,
                 forms: Mapping[str, Iterable[str]] | None = None) -> None:
        self._arabic = language == "ar"
        self._exact: dict[str, list[_Phrase]] = defaultdict(list)
        self._stems: dict[str, list[_Phrase]] = defaultdict(list)
        seen: set[tuple[str, str]] = set()  # (label, phrase): one phrase may carry several labels
        for label, phrase in labelled:
            key = (label, " ".join(str(phrase).split()))
            if key in seen:
                continue
            seen.add(key)
            compiled = _compile(key[1], label, forms or {}, self._arabic)
            if compiled is None:
                continue
            first, is_prefix = compiled.words[0]
            for word in sorted(first) if isinstance(first, frozenset) else [first]:
                (self._stems if is_prefix else self._exact)[word].append(compiled)
        self._stem_lengths = sorted({len(s) for s in self._stems})
        self._cache: dict[str, tuple[_Phrase, ...]] = {}  # token -> phrases it may start
        self._recent: OrderedDict[bytes, tuple[Hit, ...]] = OrderedDict()  # text digest -> its hits
        self._lock = threading.Lock()  # the API analyses in worker threads

    def _cached_candidates(self, token: str) -> tuple[_Phrase, ...]:
        found = self._cache.get(token)
        if found is None:
            if len(self._cache) > 500_000:  # bound memory on endless streams of new words
                self._cache.clear()
            found = self._cache[token] = tuple(dict.fromkeys(self._candidates(token)))
        return found

    def hits(self, text: str) -> tuple[Hit, ...]:
        """Every hit in ``text``, as :meth:`finditer` finds them; the last texts' hits are kept, so
        stages that look up the same article one after another match it once."""
        key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        with self._lock:
            found = self._recent.get(key)
        if found is None:
            found = tuple(self.finditer(text))
            with self._lock:
                self._recent[key] = found
                while len(self._recent) > RECENT_TEXTS:
                    self._recent.popitem(last=False)
        return found

    def finditer(self, text: str) -> Iterator[Hit]:
        tokens, folded = _words(text, self._arabic)
        known = self._cache
        i = 0
        while i < len(tokens):
            candidates = known.get(tokens[i][2])
            if candidates is None:
                candidates = self._cached_candidates(tokens[i][2])
            if not candidates:  # most words start no phrase
                i += 1
                continue
            best_rank: tuple[int, int] = (0, 0)
            labels: list[str] = []
            following = (tokens[i + 1][2], folded[i + 1]) if i + 1 < len(tokens) else ("", "")
            for phrase in candidates:
                # a candidate's first word matches this token (that is how it was found): check the rest
                if len(phrase.words) == 1:
                    n = 1
                elif phrase.second is not None and phrase.second != following[0 if phrase.exact_case else 1]:
                    n = 0
                else:
                    n = self._match_length(tokens, folded, i, phrase)
                rank = (n, phrase.specificity)  # more words first, then exact over longer stems
                if n and rank > best_rank:
                    best_rank, labels = rank, [phrase.label]
                elif n and rank == best_rank and phrase.label not in labels:
                    labels.append(phrase.label)  # the same phrase under several labels: all of them
            if not labels:
                i += 1
                continue
            n = best_rank[0]
            for label in labels:
                yield Hit(tokens[i][0], tokens[i + n - 1][1], label)
            i += n

    def labels_in(self, text: str) -> set[str]:
        return {h.label for h in self.finditer(text)}

    def _candidates(self, token: str) -> Iterator[_Phrase]:
        for form in self._forms(token):
            yield from self._exact.get(form, ())
            for length in self._stem_lengths:
                if length > len(form):
                    break
                yield from self._stems.get(form[:length], ())
        if token != token.casefold():
            yield from self._exact.get(token, ())

    def _forms(self, token: str) -> list[str]:
        low = token.casefold()
        forms = [low]
        if self._arabic:
            low = _AR_MARKS.sub("", low)
            forms = [low]
            bare = low[1:] if low[:1] in _AR_CLITICS and len(low) > 3 else low
            for form in (bare, bare[2:] if bare.startswith(_AR_ARTICLE) and len(bare) > 4 else bare):
                if form not in forms:
                    forms.append(form)
        return forms

    def _match_length(self, tokens: list[tuple[int, int, str]], folded: list[str], i: int, phrase: _Phrase) -> int:
        """How many tokens from ``i`` on ``phrase`` covers (its length in words), or 0 if it does not match;
        its first word is known to match token ``i`` (:meth:`_candidates` found it by that word)."""
        for k in range(1, len(phrase.words)):
            word, is_prefix = phrase.words[k]
            j = i + k
            if j >= len(tokens):
                return 0
            if tokens[j][0] - tokens[j - 1][1] > _MAX_GAP:
                return 0
            forms = [tokens[j][2]] if phrase.exact_case else [folded[j]]
            if isinstance(word, frozenset):
                if word.isdisjoint(forms):
                    return 0
            elif is_prefix:
                if not any(f.startswith(word) for f in forms):
                    return 0
            elif word not in forms:
                return 0
        return len(phrase.words)
