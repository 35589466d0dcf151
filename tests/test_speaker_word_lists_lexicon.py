"""The speaker-word lists (speaker_words.json) are read from the lexicon the engine is given
(``lex.speaker_lists``), so a lexicon with its own words changes every rule that reads them,
not only the ones that read the Lexicon's attributes.  Sentences written for the test."""

from __future__ import annotations

from quotecheck.engine import extract
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.normalize import fold

_TEXT = ("أوقفت الوحدات الأمنية اليوم كهلا بحوزته قطعة أثرية. وبالفحص مع المظنون فيه حول"
         " مصدر القطعة، أفاد أنه عثر عليها صدفة.")


def _speakers(lex: Lexicon | None = None) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in extract(_TEXT, lex=lex)]


def test_a_word_added_to_a_lexicon_s_list_reaches_the_rule() -> None:
    lex = Lexicon()
    lists = dict(lex.speaker_lists)
    lists["interrogation_nouns"] = lists["interrogation_nouns"] | {fold("الفحص")}
    lex.speaker_lists = lists
    assert _speakers(lex) == ["المظنون فيه"]


def test_the_shipped_lexicon_does_not_know_the_word() -> None:
    """The near miss: الفحص is no noun of questioning in the shipped list."""
    assert _speakers() != ["المظنون فيه"]


def test_relative_pronouns_carry_the_person_of_their_verb() -> None:
    lex = Lexicon()
    assert (lex.relative_persons[fold("الذي")], lex.relative_persons[fold("التي")]) == ("m", "f")
