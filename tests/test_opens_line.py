"""The shared tests of the names package: a word that opens a sentence or a line
(WordIndex.opens_line) and a speech noun (names.current.speech_noun)."""

from __future__ import annotations

from quotecheck.engine.names.current import speech_noun
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import lexicon
from quotecheck.lang.ar.normalize import fold

LEX = lexicon()


def test_opens_line() -> None:
    wi = WordIndex("أكد الوزير أن الأمر مهم. وأضاف أن\nالحوار مستمر")
    opens = [i for i in range(len(wi)) if wi.opens_line(i)]
    assert [wi.norms[i] for i in opens] == [fold(w) for w in ("أكد", "وأضاف", "الحوار")]


def test_speech_noun() -> None:
    for w in ("تصريح", "وتصريح", "تصريحات"):
        assert speech_noun(LEX, fold(w)), w
    for w in ("تصريحاته", "التصريح", "مستمر"):  # a pronoun, the article, no noun
        assert not speech_noun(LEX, fold(w)), w
