"""The lexicon's one-word lists (titles, places, labels ...), the speaker-phrase words and the
headline-lead words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotecheck.lang.ar.datafiles import fold_all, folded_lines, lines, read_json
from quotecheck.lang.ar.morphology import morphology
from quotecheck.lang.ar.normalize import fold

if TYPE_CHECKING:
    from quotecheck.lang.ar.lexicon import Lexicon


#: Lexicon attribute -> the one-word-a-line file of data/ it holds, folded (a set).
WORD_LISTS = {
    "countries": "countries.txt",
    "media": "media.txt",
    "time_words": "time_words.txt",
    "titles": "titles.txt",
    "anonymous": "anonymous.txt",
    "labels": "labels.txt",
    "name_nouns": "name_nouns.txt",
    "name_heads": "name_heads.txt",
    "body_nouns": "body_nouns.txt",
    # سوسة : حجز ...: a place below the state before a colon is a dateline, no speaker
    "places": "places.txt",
    # وأكد معاليه: an honorific with a pronoun points back to the person named before
    "honorific_pronouns": "honorific_pronouns.txt",
}

#: The lists of data/speaker_words.json held as Lexicon attributes of the same name, folded.
SPEAKER_SETS = (
    "demonstrative_adverbials",  # بهذا الصدد: after a leading adverbial, takes its noun along
    "place_prepositions",  # كيري في ختام لقائه: after a name or a body, an adverbial begins
    "complement_prepositions",  # وشدد الوزير على أن: the verb's preposition before أن
    "sentence_particles",  # أما منافسه ...: particles that open a sentence, not its verb
    "source_notes",  # وفق ما أفاد به مصدر أمني، حسب الوزارة: a source note names a speaker
    "source_note_fillers",
    "object_openers",  # انتقدت الجامعية ألفة يوسف ما آلت إليه: after a name, ما opens the object
)

#: The lists of data/headline_leads.json matched as a word's start or end (str.startswith /
#: endswith), held as tuples; its other lists are sets of words, its strings single affixes.
HEADLINE_AFFIX_LISTS = ("not_first_person_endings", "not_future_starts", "imperfect_prefixes")


def load_word_lists(lex: Lexicon) -> None:
    """The one-word lists (WORD_LISTS) and the nisba of the countries."""
    for attr, name in WORD_LISTS.items():
        setattr(lex, attr, folded_lines(name))
    lex.country_nisba = {f for w in lines("nisba.txt") for f in (fold(w), fold(w) + "ه")}
    # فراس، سهيل: spellings of personal names, evidence (not a verdict) that a word is a name
    lex.person_names = set(lines("person_names.txt"))  # (folded in the file)


def load_speaker_words(lex: Lexicon) -> None:
    """Affixes (data/morphology.json) and function words (data/speaker_words.json) of the
    speaker-phrase and naming rules (engine/speakers.py, engine/naming*); adds the
    ``more_media`` to ``lex.medium`` (read from particles.json before)."""
    lex.morph = morphology()
    words = read_json("speaker_words.json")
    for key in SPEAKER_SETS:
        setattr(lex, key, fold_all(words[key]))
    #: Every list of speaker_words.json by its key, folded: the engine reads them here
    #: (``speaker_word_list``), so a lexicon's own words reach every rule
    lex.speaker_lists = {k: frozenset(fold(w) for w in v) for k, v in words.items()
                         if isinstance(v, list)}
    # الذي m، التي f، الذين p: the person of the verb a relative pronoun is the subject of
    lex.relative_persons = {fold(w): person for person, ws in words["relative_pronouns"].items()
                            for w in ws}
    # على folds like the name علي; the name is written with ي
    lex.ala = fold(words["ala"])
    # خرجت، خرجوا: the endings of a perfect verb's feminine and plural subject
    lex.verb_endings = (fold(words["feminine_verb_ending"]), fold(words["plural_verb_ending"]))
    # باسمها، لديها: a preposition with a pronoun, no object noun
    lex.pronoun_prepositions = tuple(fold(w) for w in words["pronoun_prepositions"])
    # المرزوقي في مقال نشره، في مداخلة تلفزيونية: more media nouns that end a speaker phrase
    lex.medium |= fold_all(words["more_media"])


def load_headline_leads(lex: Lexicon) -> None:
    """The evidence of data/headline_leads.json that a headline's lead speaks, by key, folded
    (``lex.headline_leads``, read by engine/headlines.py and engine/headline_leads.py): the
    word lists as frozensets, the affix lists (HEADLINE_AFFIX_LISTS) as tuples, the affixes
    as strings, and ``persons``, the role and people nouns together."""
    leads: dict[str, frozenset[str] | tuple[str, ...] | str] = {}
    for key, value in read_json("headline_leads.json").items():
        if key.startswith("_"):
            continue  # (a comment)
        if isinstance(value, str):
            leads[key] = fold(value)
        elif key in HEADLINE_AFFIX_LISTS:
            leads[key] = tuple(fold(w) for w in value)
        else:
            leads[key] = frozenset(fold(w) for w in value)
    leads["persons"] = leads["role_nouns"] | leads["people_nouns"]
    lex.headline_leads = leads
