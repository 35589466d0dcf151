"""The lexicon's one-word lists (titles, places, labels ...) and the speaker-phrase words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotecheck.lang.ar.datafiles import fold_all, folded_lines, lines, read_json
from quotecheck.lang.ar.morphology import morphology
from quotecheck.lang.ar.normalize import fold

if TYPE_CHECKING:
    from quotecheck.lang.ar.lexicon import Lexicon


def load_word_lists(lex: Lexicon) -> None:
    """The one-word lists: countries and their nisba, media, time words, titles, anonymous
    sources, labels, name nouns and heads, body nouns and places."""
    lex.countries = folded_lines("countries.txt")
    lex.country_nisba = {f for w in lines("nisba.txt") for f in (fold(w), fold(w) + "ه")}
    lex.media = folded_lines("media.txt")
    lex.time_words = folded_lines("time_words.txt")
    lex.titles = folded_lines("titles.txt")
    lex.anonymous = folded_lines("anonymous.txt")
    lex.labels = folded_lines("labels.txt")
    lex.name_nouns = folded_lines("name_nouns.txt")
    lex.name_heads = folded_lines("name_heads.txt")
    lex.body_nouns = folded_lines("body_nouns.txt")
    # سوسة : حجز ...: a place below the state before a colon is a dateline, no speaker
    lex.places = folded_lines("places.txt")


def load_speaker_words(lex: Lexicon) -> None:
    """Affixes (data/morphology.json) and function words (data/speaker_words.json) of the
    speaker-phrase and naming rules (engine/speakers.py, engine/naming*); adds the
    ``more_media`` to ``lex.medium`` (read from particles.json before)."""
    lex.morph = morphology()
    words = read_json("speaker_words.json")

    # بهذا الصدد: a demonstrative after a leading adverbial takes its noun along
    lex.demonstrative_adverbials = fold_all(words["demonstrative_adverbials"])
    # كيري في ختام لقائه: after a name or a body, an adverbial begins
    lex.place_prepositions = fold_all(words["place_prepositions"])
    # وشدد الوزير على أن: the verb's preposition before a complementizer
    lex.complement_prepositions = fold_all(words["complement_prepositions"])
    # على folds like the name علي; the name is written with ي
    lex.ala = fold(words["ala"])
    # باسمها، لديها: a preposition with a pronoun, no object noun
    lex.pronoun_prepositions = tuple(fold(w) for w in words["pronoun_prepositions"])
    # وأكد معاليه: an honorific with a pronoun points back to the person named before
    lex.honorific_pronouns = folded_lines("honorific_pronouns.txt")
    # فراس، سهيل: spellings of personal names, evidence (not a verdict) that a word is a name
    lex.person_names = set(lines("person_names.txt"))  # (folded in the file)
    # أما منافسه ...: particles that open a sentence without being its verb
    lex.sentence_particles = fold_all(words["sentence_particles"])
    # وفق ما أفاد به مصدر أمني، حسب الوزارة: a source note names a speaker
    lex.source_notes = fold_all(words["source_notes"])
    lex.source_note_fillers = fold_all(words["source_note_fillers"])
    # انتقدت الجامعية ألفة يوسف ما آلت إليه: after a name, ما opens the verb's object
    lex.object_openers = fold_all(words["object_openers"])
    # المرزوقي في مقال نشره، في مداخلة تلفزيونية: more media nouns that end a speaker phrase
    lex.medium |= fold_all(words["more_media"])
