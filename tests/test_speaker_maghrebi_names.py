"""Maghrebi first names mined from ANT (person_names.txt: لسعد، لزهر، منصف، سفيان) are read as
names after a title and give the fullest name of a later surname; a time word that is a
first name (صباح) opens a name right after a title when a surname follows (``engine.speakers``
``stops_phrase``).  Sentences written for the test, shaped like ANT news
(../shared/data/ant, Apache-2.0)."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.lang.ar.lexicon import lexicon
from quotecheck.lang.ar.normalize import fold


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_maghrebi_first_names_are_listed() -> None:
    names = lexicon().person_names
    assert all(fold(w) in names for w in ("لسعد", "لزهر", "منصف", "سفيان", "شكري", "لطفي"))


def test_a_surname_is_named_after_the_first_name_read_after_a_title() -> None:
    text = ("قال الكاتب العام للنقابة لسعد اليعقوبي إن الإضراب قائم.\n"
            "وأضاف اليعقوبي أن الهيئة الإدارية ستجتمع قريبا.")
    assert [name for _, name in _speakers(text)] == ["لسعد اليعقوبي", "لسعد اليعقوبي"]


def test_a_time_word_that_is_a_first_name_opens_the_name() -> None:
    got = _speakers("وقالت الفنانة صباح الجزيري إن المسرح في أزمة.")
    assert got == [("الفنانة صباح الجزيري", "صباح الجزيري")]


def test_the_time_word_before_a_time_stays_a_time() -> None:
    """The near miss: صباح اليوم after a title is the morning."""
    assert _speakers("وقال الوزير صباح اليوم إن المسرح في أزمة.") == [("الوزير", "الوزير")]


def test_a_definite_time_word_after_a_name_is_no_name() -> None:
    """The near miss: الأحد after a speaker is the day, even before a name."""
    assert _speakers("وقال ترامب الأحد كيم جونغ أون إن الحوار ممكن.")[0][0] == "ترامب"
