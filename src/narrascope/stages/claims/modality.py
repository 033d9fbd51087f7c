"""How firmly a sentence makes its claim: questioned, denied, hypothetical, reported or asserted.

Denied, in every language of the frame files:

* a denial or debunking phrase anywhere in the sentence ("denied that", "there is no evidence",
  "опроверг", "Falschmeldung", "infox", "bulo", "لا صحة");
* a negator in the trigger's clause, a few words before it ("No, Washington is not flying ...",
  "не перебрасывали", "n'ont pas été transférés"), or right before the moved group ("fliegen
  keine IS-Kämpfer", "transported no fighters", "жодних бойовиків"). Phrases that begin with a
  negator but deny nothing ("not only", "не менее") are listed apart and win over it;
* the move said not planned after it in its clause ("... не планируется", "... is not planned": ``not_planned``),
  or said not to exist, a word of existence negated closing its clause ("переброски войск ... нет",
  "прехвърляне на наемници ... няма": ``none_of_it``) or opening it before the move's noun ("Nie ma przerzutu ...");
* a word for evidence before the trigger and a word of absence ending the sentence ("Независимых подтверждений
  переброски ... пока нет", "Belege dafür, dass ... gibt es bislang nicht": ``evidence_nouns`` and ``absent``);
* a short sentence right after it that debunks what was just told and tells no move of its own
  ("Posts claim that France sent troops to Odesa. This is false.", "Это фейк.", "Esto es falso.");
* a sentence that retells another version of the story debunked ("An earlier version of the rumour said ...",
  "Похожий фейк годом ранее утверждал ...": ``variant`` in the frame files).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import Hit, frame_words
from ...model import Document, Modality, Source, Span
from ..frame_view import SentenceView

NEGATION_REACH = 24   # characters from a negator to the trigger it denies ("is not being flown")
COUNTED_REACH = 80    # characters from a negator that counts ("no", "keine", "ни один") to the verb of its clause
GROUP_REACH = 3       # characters from a negator to the moved group ("keine IS-Kämpfer")
DEBUNK_BACK_WORDS = 15  # words at most in a sentence that debunks the one before ("There is no evidence for this.")
# at most one word, maybe after an opening quote, between a negator and the group ("not a single fighter",
# "kein einziger Kämpfer", "keine „ausländischen Kämpfer“")
_TWO_WORDS = re.compile(r"\s+(?:\w{1,15}\s+){0,2}")
_ONE_WORD = re.compile(r"\s+[\"'\u201e\u201c\u00ab\u201a\u2018]?(?:\w{1,15}\s+)?")
# punctuation that ends a clause (also read by slots); not a point or comma between digits, which group a number's
# thousands ("2.000 marines", "2,000 marines")
CLAUSE_BREAK = re.compile(r"[;:!?\u061f\u060c]|(?<!\d)[,.]|[,.](?!\d)")
_DENIAL = ("denial", "debunking")
_DENYING = (*_DENIAL, "variant")  # labels that deny every move of their sentence
_VOICED = ("attribution", "denial", "accusation")  # cues that make a debunking sentence someone's word


def modality(doc: Document, view: SentenceView, source: Source | None, trigger: Hit | None = None,
             moved: Span | None = None) -> Modality:
    """Questioned (a question mark), denied, hypothetical, reported (a source or a verb of saying), asserted."""
    if view.sentence.text.rstrip().endswith(("?", "\u061f")):
        return "questioned"
    asked = unasked(doc, view, trigger) | _denial_negated(doc, view) | _left_out_of(doc, view)
    if any(h.label in _DENYING and (h.start, h.end) not in asked for h in view.hits) or (
            trigger is not None and (negated(doc, view, trigger, moved, asked) or unproven(doc, view, trigger)
                                     or not_planned(doc, view, trigger) or none_of_it(doc, view, trigger))):
        return "denied"
    # A capitalised modal inside a sentence is a name, not a modal verb ("in May", "Will Smith").
    if any(h.label == "hypothetical" and (h.start == view.sentence.start or not doc.text[h.start:h.start + 1].isupper())
           and _modal_here(doc, h) and not _enclitic(doc.text, h) and not _in_where_clause(doc, trigger, h)
           for h in view.hits):
        return "hypothetical"
    if trigger is not None and _future(doc, trigger):
        return "hypothetical"
    # "auraient été transférés", "seien verlegt worden", "якобы перебросили": retold, someone's word; so is a
    # clause a verb of saying opens though its speaker is not one the sources stage names ("it was reported the
    # army had moved ...", "Karimov said Turkish authorities had shipped ...")
    spoken = source is not None or view.labelled("hearsay") or view.labelled("attribution")
    return "reported" if spoken else "asserted"


def _in_where_clause(doc: Document, trigger: Hit | None, hit: Hit) -> bool:
    """The modal word stands in a clause about a place, opened after the move by a comma and a word of place
    ("... driven to a centre near Qayyarah, where the families will be screened", "..., где их будут проверять"):
    it tells what happens there, not that the move is only planned (the frame file's ``where_clause``)."""
    if trigger is None or hit.start < trigger.end:
        return False
    return bool(_where_clause(doc.language).search(doc.text, trigger.end, hit.start))


@lru_cache(maxsize=16)
def _where_clause(language: str | None) -> re.Pattern[str]:
    return _words_after(language, "where_clause", r"[,\u060c]\s*")


def _words_after(language: str | None, key: str, before: str) -> re.Pattern[str]:
    """The frame file's ``key`` words, longest first, as whole words after the pattern ``before``; never matches
    when the language lists none."""
    words = sorted(frame_words(language, key), key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(before + r"(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def not_planned(doc: Document, view: SentenceView, trigger: Hit) -> bool:
    """The move said not planned after it in its clause ("переброска войск из Германии в Польшу не планируется",
    "the transfer of troops to Poland is not planned"): the frame file's ``not_planned``."""
    return any(h.start >= trigger.end and not CLAUSE_BREAK.search(doc.text, trigger.end, h.start)
               for h in view.labelled("not_planned"))


def none_of_it(doc: Document, view: SentenceView, trigger: Hit) -> bool:
    """The move said not to exist: a negated word of existence after its noun, closing the clause, with no clause
    break or "and" between ("организированного вывоза наёмников из страны нет", "перекидання військ до Львова не
    було", "eine Verlegung von Truppen nach Polen gibt es nicht"), or a few words before it in its clause ("Nie ma
    przerzutu żołnierzy do Libii", "nie było transportu broni"): the frame file's ``none_of_it``. Not after
    "and", where it opens a clause of its own ("вывезли в Россию и вестей от них нет")."""
    hits = view.labelled("none_of_it")
    if not hits:
        return False
    if any(0 <= trigger.start - h.end <= NEGATION_REACH and not CLAUSE_BREAK.search(doc.text, h.end, trigger.start)
           for h in hits):
        return True  # the same word of existence opening the clause before the noun ("Nie ma przerzutu ...")
    joiners = _joiners(doc.language)
    return any(h.start >= trigger.end and not CLAUSE_BREAK.search(doc.text, trigger.end, h.start)
               and not joiners.search(doc.text, trigger.end, h.start) and _closes_clause(doc, view, h.end)
               for h in hits)


_CLOSING = re.compile(r"[\s\"'\u00bb\u201c\u201d\u2019)]*")


def _closes_clause(doc: Document, view: SentenceView, end: int) -> bool:
    """Only spaces, quotes or brackets after ``end`` until a clause break or the sentence's end."""
    after = _CLOSING.match(doc.text, end, view.sentence.end)
    stop = after.end() if after else end
    return stop >= view.sentence.end or bool(CLAUSE_BREAK.match(doc.text, stop, view.sentence.end))


@lru_cache(maxsize=16)
def _joiners(language: str | None) -> re.Pattern[str]:
    return _words_after(language, "and", r"(?<!\w)")


def unproven(doc: Document, view: SentenceView, trigger: Hit) -> bool:
    """Evidence for the move said to be missing: a word for evidence before the trigger and a word of absence
    ending the sentence after it ("Независимых подтверждений переброски ... пока нет", "Belege dafür, dass ...
    verschifft wurden, gibt es bislang nicht", "Proof of the transfer ... has yet to be presented"): the frame
    file's ``evidence_nouns`` and ``absent``."""
    nouns, absent = _unproven_patterns(doc.language)
    if nouns is None or absent is None:
        return False
    end = view.sentence.end
    return bool(nouns.search(doc.text, view.sentence.start, trigger.start)) and bool(absent.search(doc.text,
                                                                                                  trigger.end, end))


@lru_cache(maxsize=16)
def _unproven_patterns(language: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """``evidence_nouns`` (a ``*`` ends a stem) anywhere, and ``absent`` words with only punctuation after them."""
    nouns, absent = frame_words(language, "evidence_nouns"), frame_words(language, "absent")
    if not nouns or not absent:
        return None, None
    stems = "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"(?!\w)"
                     for w in sorted(nouns, key=len, reverse=True))
    ends = "|".join(re.escape(w) for w in sorted(absent, key=len, reverse=True))
    return (re.compile(rf"(?<!\w)(?:{stems})", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{ends})[\s\W]*$", re.IGNORECASE))


# a negator and at most one short auxiliary before a speech verb of denial ("did not deny", "non ha escluso che",
# "no descartó que", "не опроверг"): the speaker leaves the move open, it is not denied
_NOT_DENYING = re.compile(r"\s+(?:\w{1,5}\s+)?")
# the words between a denial verb and every negator of its own phrase ("n'a pas démenti": "a pas")
_NEGATED_VERB = re.compile(r"[\s'\u2019]*(?:\w{1,5}\s+){0,2}")


def _denial_negated(doc: Document, view: SentenceView) -> frozenset[tuple[int, int]]:
    """The denial verbs a negator right before them says nobody used ("has not denied", "n'a pas démenti"), and
    those negators: a negator that negates the denial denies no move after it ("non ha escluso l'invio di soldati",
    "did not deny sending troops", "не опроверг переброску": two negatives leave the move open)."""
    out: set[tuple[int, int]] = set()
    for h in view.labelled("denial"):
        if h.label != "denial":
            continue
        negators = [n for n in view.labelled("negation") if n.end <= h.start]
        if any(_NOT_DENYING.fullmatch(doc.text, n.end, h.start) for n in negators):
            # (with every negator of the verb's own phrase: French "n'a pas démenti")
            out.update([(h.start, h.end), *((n.start, n.end) for n in negators
                                            if _NEGATED_VERB.fullmatch(doc.text, n.end, h.start))])
    return frozenset(out)


def _left_out_of(doc: Document, view: SentenceView) -> frozenset[tuple[int, int]]:
    """The verbs of ruling out that also leave someone out of something (the frame file's ``left_out``), a word of
    origin right after them ("ha escluso dal programma i profughi trasferiti ..."): no move ruled out. Not the other
    verbs of denial, whose move may open with its origin ("отрече от Казанлък да са изнасяни ...")."""
    verbs = frame_words(doc.language, "left_out")
    if not verbs:
        return frozenset()
    starts = {h.start for h in view.labelled("origin")}
    return frozenset((h.start, h.end) for h in view.labelled("denial") if h.label == "denial"
                     and " ".join(doc.text[h.start:h.end].casefold().split()) in verbs
                     and (after := _NEXT_WORD.match(doc.text, h.end)) is not None and after.start(1) in starts)


def _future(doc: Document, trigger: Hit) -> bool:
    """A trigger verb in a future written as an ending ("invierà", "lasceranno"): a move to come, as "will send"."""
    endings = tuple(frame_words(doc.language, "future_endings"))
    return bool(endings) and any(w.endswith(endings) for w in doc.text[trigger.start:trigger.end].casefold().split())


_NEXT_WORD = re.compile(r"\s+(\w)")
_ENCLITIC_LETTERS = 3


def _enclitic(text: str, hit: Hit) -> bool:
    """A short word hyphened onto the verb before it is a pronoun, not a modal: Portuguese "retiraram-se" ("se" is
    also "if")."""
    return hit.start > 0 and text[hit.start - 1] == "-" and hit.end - hit.start <= _ENCLITIC_LETTERS


def _modal_here(doc: Document, hit: Hit) -> bool:
    """A modal word that is one only before some words (Arabic "قد": "may" before the imperfect, "قد يُنقلون";
    "has, had" before the past, "وكان ... قد زعم"): the frame file's ``modal_if_next`` lists it with the opening
    letters the next word needs ("قد ي")."""
    openings = _openings(doc.language).get(doc.text[hit.start:hit.end].casefold())
    if not openings:
        return True
    after = _NEXT_WORD.match(doc.text, hit.end)
    return after is not None and doc.text.startswith(openings, after.start(1))


@lru_cache(maxsize=16)
def _openings(language: str | None) -> dict[str, tuple[str, ...]]:
    """``modal_if_next`` as word -> the openings the next word needs ("قد ي" -> {"قد": ("ي",)})."""
    out: dict[str, tuple[str, ...]] = {}
    for entry in frame_words(language, "modal_if_next"):
        parts = entry.split(None, 1)
        if len(parts) == 2:
            out[parts[0]] = (*out.get(parts[0], ()), parts[1])
    return out


def negated(doc: Document, view: SentenceView, trigger: Hit, moved: Span | None,
            asked: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """A negator shortly before the trigger in its clause, or right before the moved group."""
    counting = {(q.start, q.end) for q in view.labelled("negative_quantifier")}
    for h in view.labelled("negation"):
        if h.label != "negation" or (h.start, h.end) in asked:
            continue
        counts = (h.start, h.end) in counting
        if 0 <= trigger.start - h.end <= NEGATION_REACH and not CLAUSE_BREAK.search(doc.text, h.end, trigger.start):
            return True
        if counts and 0 <= trigger.start - h.end <= COUNTED_REACH and _same_clause(doc, view, h.end, trigger.start):
            # "keine einzige an Kiew gelieferte Waffe habe das Land verlassen", "ни одна из переданных Киеву
            # гаубиц не покидала": the negator counts the subject of the verb, however long its phrase
            return True
        if moved is not None and h.start <= moved.start < h.end:
            return True  # "had flown nobody to Poland": the group is the negator itself
        if moved is not None and 0 <= moved.start - h.end and (
                moved.start - h.end <= GROUP_REACH or _ONE_WORD.fullmatch(doc.text, h.end, moved.start)
                or (counts and _TWO_WORDS.fullmatch(doc.text, h.end, moved.start))):
            # "keine IS-Kämpfer", "not a single fighter", "kein einziger Kämpfer"; a negator that counts, two words
            # ("kein einziger ukrainischer Staatsbürger", "ни один румынский военный")
            return True
    return False


#: words between a counting negator and a verb that start another clause: the negator is not that verb's
_OTHER_CLAUSE = ("complementizer", "indirect_question", "attribution", "denial", "debunking")


def _same_clause(doc: Document, view: SentenceView, start: int, end: int) -> bool:
    """No clause break, and no word that opens or reports another clause, between ``start`` and ``end``."""
    return not CLAUSE_BREAK.search(doc.text, start, end) and not any(
        start <= h.start < end for key in _OTHER_CLAUSE for h in view.labelled(key))


QUESTION_WORDS = 3  # words at most between a negator and the question word after its verb ("never explained how")


def unasked(doc: Document, view: SentenceView, trigger: Hit | None) -> frozenset[tuple[int, int]]:
    """Negators (and debunking words) whose verb opens an indirect question holding the trigger ("have never
    explained how fighters escaped", "n'ont jamais expliqué comment", "haben nie erklärt, wie"): they deny the
    explaining, not the move asked about."""
    if trigger is None:
        return frozenset()
    asks = _questions(doc, view, trigger)
    return frozenset((h.start, h.end) for h in view.hits if h.label in ("negation", *_DENIAL) for q in asks
                     if h.end <= q.start and len(doc.text[h.end:q.start].split()) <= QUESTION_WORDS
                     and not re.search(r"[;:.!?]", doc.text[h.end:q.start]))


def question_start(doc: Document, view: SentenceView, trigger: Hit) -> int | None:
    """Where the indirect question that holds the trigger opens, when a negator denies its verb (see ``unasked``)."""
    if not unasked(doc, view, trigger):
        return None
    asks = _questions(doc, view, trigger)
    return asks[-1].start if asks else None


def _questions(doc: Document, view: SentenceView, trigger: Hit) -> list[Hit]:
    """The words opening an indirect question before the trigger, in its clause ("how", "comment", "wie")."""
    return [q for q in view.labelled("indirect_question") if q.end <= trigger.start
            and not CLAUSE_BREAK.search(doc.text, q.end, trigger.start)]


def debunks_back(view: SentenceView | None, triggers: tuple[str, ...]) -> bool:
    """A short sentence in the article's own voice with debunking wording and no trigger of its own:
    it denies the sentence before ("This is false.", "Das ist frei erfunden.", "هذا غير صحيح.").
    Not when someone says it ("The embassy called the claims fiction", "The statement offered no
    evidence"): a named entity, a source word or a speech cue makes it someone else's word."""
    if (view is None or len(view.sentence.text.split()) > DEBUNK_BACK_WORDS
            or any(m.kind != "concept" for m in view.mentions)):
        return False
    return (any(h.label == "debunking" for h in view.hits)
            and not any(h.label in triggers or h.label in _VOICED or h.label.startswith("source:") for h in view.hits))
