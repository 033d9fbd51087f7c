"""Every limit and threshold of the tool, named and documented in one place.

Change one for a run with ``Settings(...)`` or ``dataclasses.replace(DEFAULT, ...)``; the CLI
exposes the ones users tune (``--threshold``). ``tests/test_settings.py`` checks that each field
is documented here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    # --- ingest ----------------------------------------------------------------------------
    #: Largest input file read, in bytes; larger files fail with E103 (a 50 MB export is fine).
    max_input_bytes: int = 64 * 1024 * 1024
    #: Longest article text kept, in characters; longer texts are cut and a warning is added.
    max_text_chars: int = 200_000
    #: Share of control/NUL characters above which a decoded file is judged binary (E102).
    max_control_ratio: float = 0.02

    # --- language ------------------------------------------------------------------------
    #: Characters of the text shown to the language identifier (more adds time, not accuracy).
    language_sample_chars: int = 2000
    #: Below this confidence the language is reported as "und" (undetermined).
    min_language_confidence: float = 0.30

    # --- sentences ------------------------------------------------------------------------
    #: Sentences longer than this (characters) are cut into pieces for encoding.
    max_sentence_chars: int = 600
    #: Sentences shorter than this (characters) carry too little to be evidence.
    min_evidence_chars: int = 25

    # --- narrative matching -----------------------------------------------------------------
    #: Sentences encoded per article at most: the title, then the most relevant ones.
    max_encoded_sentences: int = 8
    #: Characters of a sentence sent to the encoder (the gist comes early; cost grows with length).
    max_encoded_chars: int = 250
    #: Sentences per batch sent to the encoder.
    encode_batch_size: int = 256
    #: Documents analysed together, so that their sentences share encoder batches.
    batch_documents: int = 64
    #: Calibrated score at and above which a narrative is marked ``matched``.
    match_threshold: float = 0.5
    #: Narratives scoring below this are left out of the output as trivial.
    min_reported_score: float = 0.02
    #: Evidence sentences reported per narrative.
    evidence_per_narrative: int = 3
    #: Cosine below which a sentence is never evidence, whatever its rank.
    min_evidence_similarity: float = 0.30
    #: Share of the sentences around the evidence that must carry debunking or denial cues for
    #: stance "refutes".
    refute_share: float = 0.14
    #: Cosine to the generic debunking sentences (data/debunking.txt) above which a sentence debunks.
    debunk_similarity: float = 0.5
    #: Mean cosine of an article's three sentences closest to generic debunking above which the
    #: article reads as a fact-check as a whole (fact-checks averaged 0.44, pushing articles 0.32).
    refute_article_debunk: float = 0.45
    #: A refuted narrative's best similarity may trail the article's closest narrative by this much.
    refute_rank_gap: float = 0.03


DEFAULT = Settings()
