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
    #: Elements an HTML page may have (E110): extraction costs time and memory per element, and a
    #: megabyte of empty tags holds 150,000 (a long news page has a few thousand; bench/README.md).
    html_max_elements: int = 30_000
    #: Levels an HTML page may nest elements (E110): extraction costs more per element the deeper it
    #: sits (real pages stay within 30 or so; libxml2, which parses them, stops reading at 256).
    html_max_depth: int = 100
    #: Seconds the extraction of one HTML page's text may take (E110); what it was still doing is
    #: left to finish in the background (bounded by the two limits above).
    html_max_seconds: float = 10.0

    # --- catalogues ------------------------------------------------------------------------
    #: Largest catalogue file or text read, in bytes (E207): YAML parsing costs about 1-4 s per MiB.
    catalogue_max_bytes: int = 1024 * 1024
    #: Narratives a catalogue may hold (E207): each is encoded and scored against every article.
    catalogue_max_narratives: int = 1000
    #: Nesting levels from the top of the file (E207); a narrative's keyword list sits at level 4.
    catalogue_max_depth: int = 10
    #: Values (texts, numbers, lists, mappings) a catalogue may stand for once its YAML aliases and
    #: merges are spelled out (E207): a few lines of aliases can otherwise stand for billions.
    catalogue_max_values: int = 200_000

    # --- language ------------------------------------------------------------------------
    #: Characters of the text shown to the language identifier (more adds time, not accuracy).
    language_sample_chars: int = 2000
    #: Below this confidence the language is reported as "und" (undetermined).
    min_language_confidence: float = 0.30
    #: Texts up to this many characters (a headline, a one-line post) have the identifier's first guesses checked
    #: against the frame lexicons' words: the guess whose words the text uses most wins.
    short_text_chars: int = 160
    #: How many of the identifier's guesses a short text's check weighs.
    short_text_guesses: int = 5
    #: A guess below this confidence is not weighed ("Los refugiados ..." is Spanish at 0.92, Portuguese at 0.02).
    short_text_min_guess: float = 0.05

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
    #: A second encoder for the articles in a language the first does not read (``e5``: Hindi,
    #: Bulgarian, Ukrainian, ...; needs ``narrascope[e5]``): their narratives are scored in its space,
    #: with its own weights, while everything else (examples, stories, techniques) keeps the first's
    #: vectors. Empty: the first encoder reads everything (docs/matching.md). Only a first encoder that
    #: says which languages it was trained on (``use``) routes; with an ``st:`` model it is not used.
    other_languages_encoder: str = ""
    #: Sentences per batch sent to the encoder.
    encode_batch_size: int = 256
    #: Sentence vectors the encoder's cache keeps (least recently used dropped first): about 2.2 KB each
    #: (512 floats and their key), so 20,000 hold about 45 MB per process. The stages of a batch of 64
    #: articles share a few thousand; at 50,000 a worker's cache was still filling after 10,000 articles,
    #: and a long ingest's peak memory grew 1.38x from 10,000 to 100,000 (bench/README.md).
    encoder_cache_sentences: int = 20_000
    #: Documents analysed together, so that their sentences share encoder batches.
    batch_documents: int = 64
    #: Calibrated score at and above which a narrative is marked ``matched``. 0.3, not 0.5: chosen by
    #: cross-validation on three catalogues (docs/matching.md), where one article in three or four
    #: pushes a narrative of a 95-narrative catalogue with a probability between 0.3 and 0.5.
    match_threshold: float = 0.3
    #: Narratives scoring below this are left out of the output as trivial.
    min_reported_score: float = 0.02
    #: Evidence sentences reported per narrative.
    evidence_per_narrative: int = 3
    #: Cosine below which a sentence is never evidence, whatever its rank.
    min_evidence_similarity: float = 0.30
    #: Cosine to the generic debunking sentences (data/debunking.txt) above which a sentence counts
    #: as debunking in the matcher's ``refuting`` feature.
    debunk_similarity: float = 0.5

    # --- stance (pushes, mentions or refutes) ---------------------------------------------------
    #: Sentences of an article, title first and in reading order, that the stance model reads.
    stance_sentences: int = 12
    #: The article-level stance model's probability at and above which an article refutes. At 0.70,
    #: leave one language out on tests/corpus: 11 of 14 fact-checks refute and none of the 84 other
    #: articles (0.65: 11 of 14, and one pushing article refutes); see scripts/train_stance.py.
    refute_threshold: float = 0.70
    #: Narratives a refuting article is said to refute at most: those closest in topic (best evidence
    #: sentence; evidence needs ``min_evidence_similarity``, so an article refutes what it is about).
    refute_narratives: int = 2
    #: A debunk refutes a narrative the matcher scored under ``min_reported_score`` only when one of its
    #: sentences is at least this close to it: a fact-check on another subject (a climate rumour, against a
    #: catalogue of war narratives) is close to nothing, and was said to refute whichever was least far. The
    #: right refutes of our sets and holdout 1-5 have such a sentence at 0.36 or more (0.57 or more when scored
    #: that low); SemEval's climate fact-checks at 0.31-0.35 (docs/matching.md).
    refute_min_evidence: float = 0.40

    # --- persuasion techniques ----------------------------------------------------------------
    #: Sentences per article the technique model scores at most (in reading order).
    max_technique_sentences: int = 300
    #: Multiplies every technique's fitted threshold: above 1 reports fewer, surer spans.
    technique_threshold_scale: float = 1.0
    #: Multiplies the probability threshold of the technique model's first pass (cues and terms, no
    #: vectors), which decides the sentences encoded and scored: 0 lets every sentence through, 1 is the
    #: fitted threshold (95% of the gold-positive training sentences kept, out of fold). 1.2: the largest
    #: of 1.1-1.5 at which no language's out-of-fold micro-F1 fell more than 0.005 (docs/techniques.md;
    #: speed: bench/README.md, thirty-seventh session, helper speed13).
    technique_first_pass_scale: float = 1.2
    #: Which articles the techniques stage analyses. ``catalogue``: all but those the catalogue has nothing to
    #: say of (no entity of its narratives named, no narrative scoring ``min_reported_score``) whose sentences
    #: mostly fail the first pass: fewer than ``technique_scope_min_share`` of them carry a technique's cues or
    #: words. Those (a feed's sport, weather and markets) get no spans and a note in their warnings. ``all``:
    #: every article. What it leaves out of our corpora and SemEval-2023's is in bench/README.md.
    technique_scope: str = "catalogue"
    #: See ``technique_scope``: below this share of sentences through the first pass, an article the catalogue
    #: says nothing of is left out (0.75: every off-catalogue SemEval-2023 training article in German and Italian,
    #: propaganda by construction, passes 0.79 or more; the bench feed's ordinary news mostly less).
    technique_scope_min_share: float = 0.75
    #: Sentences a lower-case formula of two or three words must recur in to count as Repetition
    #: (at 4, SemEval English held-out micro-F1 moves 0.364 -> 0.359: the task labels few of them).
    repetition_min_sentences: int = 4

    # --- stories -----------------------------------------------------------------------------
    #: Similarity (cosine of article vectors, adjusted) at which an article joins a story.
    story_similarity: float = 0.60
    #: Added when two articles push the same catalogue narrative; taken off when only one pushes any.
    story_narrative_bonus: float = 0.10
    #: Added when two articles state the same claim frame (type, agent, moved or target); taken off
    #: when only one states any (chosen with story_similarity on half of tests/stories, see docs/stories.md).
    story_frame_bonus: float = 0.15
    #: Articles further apart than this many days ...
    story_max_days: int = 45
    #: ... lose this much similarity.
    story_date_penalty: float = 0.10
    #: Articles a group needs to be reported as a story.
    story_min_articles: int = 2

    # --- lineage (how a narrative's claims change) ----------------------------------------------
    #: Claim families (type, agent, moved group) a lineage view lists at most, the most carried first.
    lineage_max_families: int = 20
    #: Variants (origin, destination, means, source) listed per family at most, the earliest first.
    lineage_max_variants: int = 50

    # --- exports (STIX, ClaimReview) ---------------------------------------------------------------
    #: Pushing articles a ClaimReview lists as the claim's appearances at most (the earliest).
    claimreview_max_appearances: int = 10

    # --- alerts (narrascope alerts, watch --alerts, serve --alerts) -------------------------------
    #: Seconds one webhook POST may take in all (connect, send, answer).
    webhook_timeout_seconds: float = 10.0
    #: Attempts after the first, within one evaluation, when a webhook POST fails in a way that may pass.
    webhook_retries: int = 2
    #: Seconds before the first of those retries; each next one waits twice as long.
    webhook_backoff_seconds: float = 1.0
    #: Evaluations in which an alert a webhook has not taken is tried again; then it is given up (and shown so).
    alert_delivery_runs: int = 5
    #: Alerts in the Atom feed (/alerts.atom) and on the dashboard's alerts page, the latest first.
    alerts_feed_entries: int = 50

    # --- corpus store ------------------------------------------------------------------------
    #: Articles ``ingest`` analyses and commits together, in one transaction: a killed run loses
    #: at most this many articles' work, and a rerun finishes the rest.
    ingest_batch_size: int = 64
    #: Jaccard similarity of two articles' word shingles at and above which the later one is linked
    #: as a near-duplicate (a recycled copy, lightly edited) of the earlier one.
    near_duplicate_similarity: float = 0.8
    #: Share of their words two articles have in common, in the same order, at and above which the later
    #: one is linked even though their shingles differ more (short posts: one changed phrase in forty
    #: words changes a fifth of the 5-grams and a tenth of the words).
    near_duplicate_word_similarity: float = 0.9
    #: LSH candidates compared exactly per new article at most, oldest first, so that a large
    #: cluster of copies costs a bounded amount per article.
    near_duplicate_candidates: int = 32
    #: Seconds a write to the store waits for another process's transaction on it before failing.
    store_busy_seconds: int = 30
    #: Seconds between progress lines on stderr when it is not a terminal (logs of long runs).
    progress_seconds: int = 10

    # --- the Dask engine (analyse/ingest --engine dask) ---------------------------------------
    #: Articles per partition: a group of files, or a piece of a JSON Lines or Parquet file read on
    #: its own by a worker (larger partitions share encoder batches better; smaller ones spread better).
    dask_partition_articles: int = 256
    #: Partitions submitted to the cluster and not yet taken back, at most: bounds the client's memory.
    dask_partitions_in_flight: int = 8
    #: Seconds to wait for the scheduler (``--scheduler``) to answer before giving up (E305).
    dask_connect_seconds: float = 20.0

    # --- REST API and dashboard (narrascope serve) ---------------------------------------------
    #: Largest request body the API reads, in bytes; a larger one is refused with E424 (HTTP 413).
    api_max_request_bytes: int = 8 * 1024 * 1024
    #: Rows per page when a list request names none.
    api_default_page_size: int = 25
    #: Rows per page at most; asking for more is refused with E423 (HTTP 422).
    api_max_page_size: int = 200
    #: Articles one ingest request may carry at most.
    api_max_batch_articles: int = 1000
    #: Seconds POST /api/analyse waits for the analyser while a job (an ingest) holds it, before
    #: answering E425 (HTTP 409) rather than keeping the client waiting for the whole job.
    api_analyse_wait_seconds: float = 30.0
    #: Days back the overview compares with the days before them ("rose this week").
    dashboard_recent_days: int = 7

    # --- live feeds (narrascope watch) -----------------------------------------------------------
    #: Seconds between two polls of every feed and page.
    watch_interval_seconds: int = 900
    #: Seconds one fetch may take in all (connect, redirects, body); a body still arriving is cut off.
    watch_timeout_seconds: float = 20.0
    #: Largest body fetched, in bytes; a feed or page that goes on past it fails with E603.
    watch_max_bytes: int = 5 * 1024 * 1024
    #: Seconds between two requests to the same host (politeness toward small outlets).
    watch_host_interval_seconds: float = 1.0
    #: Attempts after the first when a fetch fails in a way that may pass (timeouts, 429, 5xx).
    watch_retries: int = 2
    #: Seconds before the first retry; each next one waits twice as long.
    watch_backoff_seconds: float = 1.0
    #: Redirects followed per fetch at most.
    watch_max_redirects: int = 5
    #: New items taken from one feed per poll at most (the newest first).
    watch_max_items_per_feed: int = 50


DEFAULT = Settings()
