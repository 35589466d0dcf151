"""The questions the finders (quotecheck/engine/) ask a language: a Protocol.

``quotecheck.lang.ar.lexicon.Lexicon`` answers them for Arabic.  Every table holds folded
words (see the language's normalize); a language supplies these from its data files, so the
engine code itself names no word of any language.  The Protocol lists what the engine reads
(``lex.<name>`` in quotecheck/engine/), no more; tests/test_language_protocol.py checks it
against the engine and against the Arabic lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

Phrase = tuple[str, ...]


@runtime_checkable
class Language(Protocol):
    """What the finders read about a language (all words folded)."""

    # -- reporting verbs and complementizers ---------------------------------------------
    cues: Mapping  # form -> CueForm (without a clitic)
    cue_lookup: Mapping  # form -> CueForm, with and without a clitic
    licensed_lookup: Mapping  # form -> CueForm: cues only in a licensing context
    shadda_lookup: Mapping  # form -> CueForm: cues only when written with their shadda
    mark_licensed: Collection[str]  # licensed by a colon or a quotation mark only
    relay_licensed: Collection[str]  # licensed by a relay preposition (علمت من)
    person: Mapping[str, str]  # form -> "m" | "f" | "p"
    object_first: Collection[str]  # lemmas whose first noun phrase is the object
    comp_forms: Collection[str]
    comp_prefix: Collection[str]
    pron_suffix: Sequence[str]  # pronoun suffixes, longest first
    causal_complementizers: Collection[str]  # لأن: licenses no shadowed cue form
    cue_tails: Collection[str]  # words that extend a cue (بالقول)
    tail_cues: Collection[str]  # one-word tail cues whose clause follows (قائلا)
    verbless_tails: Collection[str]  # tails that stand for the verb of saying (بالقول)
    tail_cue_form: Any  # the CueForm a verbless tail stands for, or None
    statement_cues: Mapping[str, tuple[Phrase, str]]  # first word -> (rest, phrase as written)
    statement_cue_firsts: Collection[str]  # their first words, also with a conjunction
    statement_cue_lemmas: Collection[str]
    statement_frames: Collection[str]
    not_before_cue: Collection[str]
    not_after: Collection[str]
    described_as: Collection[str]
    parenthetical_cues: Collection[str]
    relative_pronouns: Collection[str]
    object_nouns: Collection[str]
    object_prepositions: Collection[str]
    subject_comp_prepositions: Collection[str]
    object_licensed: Collection[str]  # lemmas licensed by their preposition + a mark (عبّر)
    object_licence_prepositions: Collection[str]  # (عن)
    mark_object_licensed: Collection[str]  # lemmas licensed opening a clause + a mark (ثمّن)
    opening_licensed: Collection[str]  # perfects that are cues only opening a clause
    claim_openers: Collection[str]  # before marks, their words are a claim (هذه "...")
    term_prepositions: Collection[str]  # before marks of a term (في "المجلة الجزائية")
    term_heads: Collection[str]  # before marks of a term of any shape (مثل "..."، موضوعها "...")
    predicate_verbs: Collection[str]  # كان، أصبح: marks after them are a predicate, a claim
    near_trigger_imperfects: Collection[str]  # يعتبر: a cue only with its trigger near it
    predicative_cues: Collection[str]  # اعتبر X "...": marks after its object, a predicate
    after_quote_leads: Collection[str]  # "..."، كما قال X: before a verb attributing marks
    after_quote_demonstratives: Collection[str]  # "..."، هذا ما قاله X: before ما + verb
    topic_prepositions: Collection[str]  # before marks of an event's topic (ندوة حول "...")
    letter_names: Collection[str]  # Latin letters spelled out (أف، سي، آر): an acronym's words
    kind_nouns: Collection[str]  # نوع، طراز: marks after one name a make or model
    impersonal_cues: Collection[str]  # يعتقد أن: read as the passive, no speaker, no quote
    verb_prefixes: Collection[str]  # imperfect prefixes: a word before marks that may be a verb
    wish_nouns: Collection[str]  # أمله: a complementizer after one is a wish's, no report
    wish_prepositions: Collection[str]  # (عن أمله في أن)
    request_nouns: Collection[str]  # ضرورة: a participle's أن after one is a demand's
    complementizer_owners: Collection[str]  # من شأنه أن، باعتبار أن: its own أن
    coordination_blockers: Collection[str]  # خاصة وأن: its own وأن, no coordinated object
    statement_documents: Collection[str]  # جاء في التقرير أن: a document quoted
    complement_verbs: Collection[str]  # اختارت أن: a verb's own complementizer
    request_verbs: Collection[str]  # داعيا إلى "...": a request's object, no quote
    proviso_written: Collection[str]  # the same as written, unfolded (علي is a name)
    proviso_governors: Collection[str]  # cue lemmas that govern على (شدد على أن)
    proviso_governor_nouns: Collection[str]  # verbal nouns that govern it (بالتأكيد على أن)
    elative_cues: Collection[str]  # أبرز: a cue lemma whose perfect is also 'most ...'
    elative_heads: Collection[str]  # من، بعض: before one, the elative (ومن أبرز)
    finding_verbs: Collection[str]  # lemmas that are verbs of finding with a study subject
    study_nouns: Collection[str]  # دراسة، تقرير: a study, report or poll, no speaker of them
    evidence_nouns: Collection[str]  # المعطيات، التقديرات: data, a finding with any verb
    inscription_verbs: Collection[str]  # كتب عليها "...": a slogan written on a thing
    inscription_prepositions: Collection[str]  # عليها، عليه
    verb_openers: Collection[str]  # words before a clause-opening verb (كما، فقد)
    conditional: str
    conditional_next: Collection[str]
    # -- clauses ---------------------------------------------------------------------------
    clause_end_words: Sequence[Phrase]
    clause_note_heads: Collection[str]
    after_comma_openers: Collection[str]
    haal: re.Pattern[str]
    chain_joiners: Collection[str]
    contrast_particle: str
    contrast_openers: Collection[str]
    hard_stop: Collection[str]
    # -- speakers --------------------------------------------------------------------------
    titles: Collection[str]
    anonymous: Collection[str]
    countries: Collection[str]
    country_nisba: Collection[str]  # ليبي، ليبيه: relational adjectives of countries
    places: Collection[str]
    media: Collection[str]
    body_nouns: Collection[str]
    medium: Collection[str]
    time_words: Collection[str]
    soft_prep: Collection[str]
    statement_nouns: Collection[str]
    statement_words: Collection[str]
    issued_by: Sequence[Phrase]
    relay: Sequence[Phrase]
    relay_first: Collection[str]
    relay_not_sources: Collection[str]
    relay_verbs: Mapping[str, str]  # lemma -> the preposition before its source
    seat_words: Collection[str]
    leading_prepositions: Collection[str]
    leading_adverbial: Collection[str]
    demonstrative_adverbials: Collection[str]
    conjunction_lookalikes: Collection[str]
    after_name_words: Collection[str]
    apposed_roles: Collection[str]
    portfolios: Collection[str]
    emphatic: Collection[str]
    earlier_report: str
    kana_forms: Collection[str]
    topic_particles: Collection[str]
    subject_particles: Collection[str]
    sentence_particles: Collection[str]
    place_prepositions: Collection[str]
    complement_prepositions: Collection[str]
    pronoun_prepositions: tuple[str, ...]
    source_notes: Collection[str]
    source_note_fillers: Collection[str]
    object_openers: Collection[str]
    speaker_lists: Mapping[str, Collection[str]]  # the speaker-word lists by name
    relative_persons: Mapping[str, str]  # relative pronoun -> "m" | "f" | "p"
    honorific_pronouns: Collection[str]
    person_names: Collection[str]
    ala: str  # a preposition that folds like a name (على / علي)
    verb_endings: tuple[str, str]  # a perfect verb's feminine and plural subject endings
    # -- quoted names, headlines, attributions after a quote -------------------------------
    headline_leads: Mapping[str, Any]  # headline-lead lists by name: frozensets, affix tuples
    name_nouns: Collection[str]
    name_heads: Collection[str]
    title_nouns: Collection[str]
    labels: Collection[str]
    list_openers: Collection[str]
    furniture_labels: Collection[str]
    bullets: Collection[str]
    account_rest: Mapping[str, Sequence[Phrase]]  # a note's first word -> its other words
    account_nouns: tuple[str, ...]
    # -- affixes ---------------------------------------------------------------------------
    morph: Any  # the language's affixes (for Arabic, lang/ar/morphology.Morphology)
    conj_clitics: tuple[str, ...]
    article: str
    prep_li: str
    prep_bi: str
    li_article: str
    bi_article: str
    fem_ending: str
    # -- caches ----------------------------------------------------------------------------
    memos: Mapping[str, dict]  # name -> the per-word cache ``memo(name)`` bounds (read-only)

    def cue(self, folded_word: str):
        """The cue form of a word (with or without a clitic), or None."""

    def complementizer(self, folded_word: str) -> bool:
        """A complementizer, with or without an attached pronoun."""

    def is_title(self, folded_word: str) -> bool:
        """An office, honorific or nisba word."""

    def is_body(self, folded_word: str) -> bool:
        """The head noun of an institution."""

    def is_first_name(self, folded_word: str) -> bool:
        """A known personal name, not definite."""

    def accusative(self, raw_word: str, folded_word: str) -> bool:
        """An indefinite accusative, read from the raw word (its tanween)."""

    def memo(self, name: str) -> dict:
        """A bounded per-word cache for facts derived from the language's tables."""
