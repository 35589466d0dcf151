"""علي (written with ي) set off by commas after a title and followed by a known name is the
name in apposition, not the preposition على (``engine.phrase_stops._apposed_ali``).  Sentences
written for the test, after ANT JA-internationalNews-741."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_ali_in_apposition_after_a_title_is_the_name() -> None:
    text = ("وكان رئيس الوزراء الليبي السابق، علي زيدان، كشف أنه نصح صديقه بعدم زيارة"
            " تونس.")
    quotes = extract_quotes(text)
    assert [q.speaker_name for q in quotes] == ["علي زيدان"]


def test_ali_before_a_complementizer_after_a_title_is_no_name() -> None:
    """The near miss: الوزير، علي أن: علي spelled for على before no name (علي ضرورة أن is
    a request since round 6b: no quote)."""
    text = "وشدد الوزير، علي أن تتحمل الحكومة مسؤوليتها."
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["الوزير"]
