"""Compile lexicon phrases into fast matchers.

Phrase syntax (shared by every lexicon file): words separated by spaces; a trailing ``*`` on a
word matches any ending (``Сири*`` matches Сирия, Сирии); a leading ``~`` marks a word written in
its dictionary form that matches every inflection of it (``~выводить`` matches выводит, выводили,
выводимых: the forms come from :mod:`narrascope.lexicon.forms`); matching is case-insensitive on
word boundaries, except short all-capital phrases (``US``, ``IS``, ``ИГ``), matched as written.
A matcher may be given ordinary words of its language, as written, on which no phrase starts
(Italian ``nato``, born, where ``Nato`` names the alliance).
A ``~word`` with an apostrophe (``~в'їхати``) matches whichever apostrophe the text writes.
Punctuation inside a phrase is loose: ``U.S.`` and ``al-Tanf`` match with any short run of
non-word characters between their words.

The text is cut into words once and phrases are looked up by their first word (exactly or by
stem), which keeps matching linear in the text whatever the size of the lexicon.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import itemgetter
from typing import NamedTuple

import regex

# Letters with their combining marks: Devanagari vowel signs and viramas are marks, not \w.
_WORD = regex.compile(r"[\w\p{M}]+")
_WORD_SPLIT = regex.compile(r"([\w\p{M}]+)")  # split on it gives the gaps and the words in turn
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
#: texts of at most this many characters (a sentence, a headline) are kept apart, the last _SHORT_KEPT of them:
#: the stages between the mentions stage and the narratives stage cut single sentences too (speakers, headlines),
#: and among the articles those pushed a batch's first ones out before the narratives stage's cue matcher read them
#: again (on a 200-article feed, 192 articles cut twice)
_SHORT_TEXT = 1_000
_SHORT_KEPT = 256


class _TextWords(NamedTuple):
    """A text cut into words, read only: shared between matchers."""

    #: where each word starts
    starts: list[int]
    #: where each word ends
    ends: list[int]
    #: each word folded as phrases are compared with it
    folded: list[str]
    #: each word as written
    written: list[str]
    #: the different words written: a matcher looks each up once, not once per occurrence
    distinct: frozenset[str]


_words_kept: OrderedDict[tuple[str, bool], _TextWords] = OrderedDict()  # texts longer than _SHORT_TEXT
_short_kept: OrderedDict[tuple[str, bool], _TextWords] = OrderedDict()  # the others
_words_lock = threading.Lock()


def _words(text: str, arabic: bool) -> _TextWords:
    """The words of ``text``, folded as phrases are compared with them: case-folded, and for Arabic
    without its optional marks."""
    key = (text, arabic)
    store, most = (_short_kept, _SHORT_KEPT) if len(text) <= _SHORT_TEXT else (_words_kept, _WORDS_KEPT)
    with _words_lock:
        kept = store.get(key)
    if kept is None:
        # the words and their offsets without a match object per word: split gives [gap, word, gap, ..., gap],
        # and the running sum of their lengths each one's end
        # the modifier letter apostrophe ("вʼїзд") is a letter to the regex: read as the apostrophe it stands for,
        # which parts words as in "в'їзд" (one character for one: the offsets stay those of the text)
        parts = _WORD_SPLIT.split(text.replace("\u02bc", "'"))
        bounds = list(accumulate(map(len, parts)))
        written = parts[1::2]
        folded = list(map(str.casefold, written))
        if arabic:
            folded = [_AR_MARKS.sub("", t) for t in folded]
        kept = _TextWords(bounds[0:-1:2], bounds[1::2], folded, written, frozenset(written))
        with _words_lock:
            store[key] = kept
            while len(store) > most:
                store.popitem(last=False)
    return kept


@dataclass(frozen=True, slots=True, init=False)
class Hit:
    start: int
    end: int
    label: str

    def __init__(self, start: int, end: int, label: str) -> None:
        # straight into the slots: a frozen dataclass's own __init__ goes round its __setattr__ field by field, at
        # four times the cost, and the matchers make about 400 hits per article
        _set_start(self, start)
        _set_end(self, end)
        _set_label(self, label)


def _slot_setter(cls: type, name: str) -> Callable[[object, object], None]:
    """What sets slot ``name`` of a ``cls`` itself, past a frozen class's ``__setattr__``."""
    setter: Callable[[object, object], None] = cls.__dict__[name].__set__
    return setter


_set_start, _set_end, _set_label = (_slot_setter(Hit, name) for name in ("start", "end", "label"))


#: one word of a phrase: the word (or every form of a dictionary word) and whether it is a prefix
_Word = tuple["str | frozenset[str]", bool]


@dataclass(frozen=True, slots=True)
class _Phrase:
    words: tuple[_Word, ...]
    exact_case: bool
    label: str
    specificity: int = 0                  # ranks phrases starting at one token: exact and long first
    #: the second word when it is one plain word (no stem, no forms): candidates are looked up by it
    #: (_Starts), which turns away almost every one ("from" of "from there" before "from Raqqa")
    second: str | None = None


#: a phrase with its place among the candidates of its first word
_Ranked = tuple[int, _Phrase]


@dataclass(frozen=True, slots=True)
class _Starts:
    """The phrases one word may start. Phrases of one word match wherever the word is, so the best of
    them is chosen once, here; the longer ones are kept by the word that must follow it: most name a
    plain second word, and only those whose second word follows are worth checking."""

    #: the rank ((1, specificity)) and labels of the best one-word phrases, in candidate order (none: (0, 0), ())
    single_rank: tuple[int, int]
    single_labels: tuple[str, ...]
    #: longer phrases whose second word is a stem or a dictionary word: always checked
    unkeyed: tuple[_Ranked, ...]
    #: the other longer phrases by their second word, folded (case-insensitive phrases) or as written (exact case)
    by_folded: dict[str, tuple[_Ranked, ...]]
    by_written: dict[str, tuple[_Ranked, ...]]
    #: the word's phrases start after an attached Arabic conjunction or preposition ("لسانا": "سانا"),
    #: so hits start after it too
    after_clitic: bool = False
    #: the word starts a phrase of more than one word (most only start one-word phrases: nothing to check)
    longer: bool = False

    @classmethod
    def of(cls, candidates: Iterable[_Phrase], after_clitic: bool = False) -> _Starts:
        single_rank: tuple[int, int] = (0, 0)
        single_labels: tuple[str, ...] = ()
        unkeyed: list[_Ranked] = []
        by_folded: dict[str, list[_Ranked]] = defaultdict(list)
        by_written: dict[str, list[_Ranked]] = defaultdict(list)
        for ranked in enumerate(candidates):
            phrase = ranked[1]
            if len(phrase.words) == 1:
                single_rank, single_labels = _ranked_better((1, phrase.specificity), phrase.label,
                                                            single_rank, single_labels)
            elif phrase.second is None:
                unkeyed.append(ranked)
            else:
                (by_written if phrase.exact_case else by_folded)[phrase.second].append(ranked)
        return cls(single_rank, single_labels, tuple(unkeyed), {w: tuple(r) for w, r in by_folded.items()},
                   {w: tuple(r) for w, r in by_written.items()}, after_clitic,
                   bool(unkeyed or by_folded or by_written))

    def before(self, written: str, folded: str) -> tuple[_Ranked, ...] | list[_Ranked]:
        """The longer phrases that may match where the next word is ``written`` (``folded``), in candidate order."""
        keyed = self.by_folded.get(folded, ()) + self.by_written.get(written, ())
        return sorted(self.unkeyed + keyed, key=itemgetter(0)) if keyed else self.unkeyed


def _clitic_width(word: str) -> int:
    """Characters of the clitic letter a written Arabic word begins with, with the marks written on it."""
    width = 1
    while width < len(word) and _AR_MARKS.match(word[width]):
        width += 1
    return width


def _ranked_better(rank: tuple[int, int], label: str, best_rank: tuple[int, int],
                   labels: tuple[str, ...]) -> tuple[tuple[int, int], tuple[str, ...]]:
    """The best rank and its labels once a phrase of ``rank`` and ``label`` is seen: more words first,
    then exact over longer stems; the same phrase under several labels gives all of them."""
    if rank > best_rank:
        return rank, (label,)
    if rank == best_rank and label not in labels:
        return best_rank, (*labels, label)
    return best_rank, labels


def _is_caps(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return 0 < len(letters) <= _CAPS_MAX and all(c.isupper() for c in letters)


def _inflected_words(inflected: list[str]) -> list[_Word]:
    """A dictionary word's forms (the word first) as words of a phrase: one word whose forms are a set, or, for a
    word the text splits in several ("в'їжджати", "s'installer": the apostrophe parts words), one word per part,
    each part the set of what its forms have there (their first parts agree: the inflection is at the end)."""
    parts = [tuple(_WORD.findall(f)) for f in inflected]
    size = len(parts[0])
    if size <= 1:
        return [(frozenset(inflected), False)]
    by_position = [frozenset(p[k] for p in parts if len(p) == size) for k in range(size)]
    return [(next(iter(forms)) if len(forms) == 1 else forms, False) for forms in by_position]


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
            words.extend(_inflected_words(inflected))
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


#: a matcher's attributes made as it reads texts (and its lock): left out of its pickle, made anew on reading it
_RUNTIME = frozenset({"_starts", "_looked_up", "_recent", "_lock"})


class PhraseMatcher:
    """Finds labelled phrases in text; the longest phrase wins where several start together.

    >>> m = PhraseMatcher([("united-states", "US"), ("united-states", "America*")])
    >>> [(h.label, h.start) for h in m.finditer("US and American helicopters; us")]
    [('united-states', 0), ('united-states', 7)]
    """

    def __init__(self, labelled: Iterable[tuple[str, str]], language: str | None = None,
                 forms: Mapping[str, Iterable[str]] | None = None, ordinary: Iterable[str] = ()) -> None:
        self._arabic = language == "ar"
        self._ordinary = frozenset(ordinary)  # words as written that start no phrase
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
        # the opening letters every stem shares the length of: most words start no stem, told by one look-up
        shortest = self._stem_lengths[0] if self._stem_lengths else 0
        self._stem_heads = (shortest, frozenset(s[:shortest] for s in self._stems))
        self._starts: dict[str, _Starts] = {}  # token -> the phrases it starts, for tokens that start one
        self._looked_up: set[str] = set()  # every token looked up, whether it starts a phrase or not
        self._recent: OrderedDict[bytes, tuple[Hit, ...]] = OrderedDict()  # text digest -> its hits
        self._lock = threading.Lock()  # the API analyses in worker threads: guards the caches above

    def __getstate__(self) -> dict[str, object]:
        """What a pickle keeps (the compiled cache, :func:`narrascope.lexicon.cached_lexicon`): the phrases, not the
        lock nor what the matcher noted of the texts it has read."""
        return {name: value for name, value in vars(self).items() if name not in _RUNTIME}

    def __setstate__(self, state: dict[str, object]) -> None:
        vars(self).update(state)
        self._starts = {}
        self._looked_up = set()
        self._recent = OrderedDict()
        self._lock = threading.Lock()

    def _look_up(self, token: str) -> None:
        """Notes the phrases ``token`` starts; called with ``_lock`` held."""
        if len(self._looked_up) > 500_000:  # bound memory on endless streams of new words
            self._looked_up.clear()
            self._starts.clear()
        forms = self._forms(token)
        candidates = () if token in self._ordinary or not self._may_start(token, forms) else tuple(
            dict.fromkeys(self._candidates(token, forms)))
        if candidates:
            # a word that starts nothing as written, only without the clitic letter it begins with
            after_clitic = (self._arabic and forms[1:2] == [forms[0][1:]]
                            and not any(self._candidates(token, forms[:1])))
            self._starts[token] = _Starts.of(candidates, after_clitic)
        self._looked_up.add(token)

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
        cut = _words(text, self._arabic)
        starters = self._starters(cut.distinct)
        if not starters:  # no word of the text starts a phrase
            return
        written, folded, word_ends = cut.written, cut.folded, cut.ends
        last = len(written) - 1
        free = 0  # the first token not inside a hit already
        for i in compress(range(len(written)), map(starters.__contains__, written)):
            if i < free:
                continue
            starts = starters[written[i]]
            # a longer phrase that matches outranks every one-word phrase: those were ranked once (_Starts)
            best_rank, labels = starts.single_rank, starts.single_labels
            if starts.longer and i < last:
                for _, phrase in starts.before(written[i + 1], folded[i + 1]):
                    # a candidate's first word matches this token (that is how it was found), and its second
                    # word when it names a plain one: check the rest
                    n = self._match_length(cut, i, phrase)
                    if n:
                        best_rank, labels = _ranked_better((n, phrase.specificity), phrase.label, best_rank, labels)
            if not labels:
                continue
            n = best_rank[0]
            start = cut.starts[i] + (_clitic_width(written[i]) if starts.after_clitic else 0)
            end = word_ends[i + n - 1]
            for label in labels:
                yield Hit(start, end, label)
            free = i + n

    def _starters(self, distinct: frozenset[str]) -> dict[str, _Starts]:
        """The words of ``distinct`` that start a phrase, with the phrases. Most words of a text were
        looked up before and start none: set operations pass over them without a loop in Python."""
        with self._lock:  # the two caches change together (_look_up), whatever other threads do
            for word in distinct - self._looked_up:
                self._look_up(word)
            known = self._starts
            return {word: known[word] for word in known.keys() & distinct}

    def labels_in(self, text: str) -> set[str]:
        return {h.label for h in self.finditer(text)}

    def _may_start(self, token: str, forms: list[str]) -> bool:
        """False when :meth:`_candidates` finds nothing, as for most words, told without going through them."""
        shortest, heads = self._stem_heads
        return any(form in self._exact or form[:shortest] in heads for form in forms) or (
            token != token.casefold() and (token in self._exact or token[:shortest] in heads))

    def _candidates(self, token: str, forms: list[str]) -> Iterator[_Phrase]:
        for form in forms:
            yield from self._exact.get(form, ())
            yield from self._by_stem(form)
        if token != token.casefold():  # all-capital phrases are kept as written: US, LGBT*
            yield from self._exact.get(token, ())
            yield from self._by_stem(token)

    def _by_stem(self, form: str) -> Iterator[_Phrase]:
        shortest, heads = self._stem_heads
        if form[:shortest] not in heads:
            return
        for length in self._stem_lengths:
            if length > len(form):
                break
            yield from self._stems.get(form[:length], ())

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

    def _match_length(self, cut: _TextWords, i: int, phrase: _Phrase) -> int:
        """How many tokens from ``i`` on ``phrase`` covers (its length in words), or 0 if it does not match;
        its first word is known to match token ``i`` (:meth:`_candidates` found it by that word)."""
        for k in range(1, len(phrase.words)):
            word, is_prefix = phrase.words[k]
            j = i + k
            if j >= len(cut.written):
                return 0
            if cut.starts[j] - cut.ends[j - 1] > _MAX_GAP:
                return 0
            form = cut.written[j] if phrase.exact_case else cut.folded[j]
            if isinstance(word, frozenset):
                if form not in word:
                    return 0
            elif is_prefix:
                if not form.startswith(word):
                    return 0
            elif word != form:
                return 0
        return len(phrase.words)
