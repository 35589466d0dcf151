"""A personal name written with the article (الحبيب, حبيب listed) after an office's words,
before the last word of the phrase, opens the person's name (``engine.names.part``
``_definite_first_name``).  Sentences written for the test, after ANT JA-politic-384 and
JA-localNews-2002 (رئيس الحكومة الحبيب الصيد، النائب الحبيب خضر)."""

from __future__ import annotations

from quotecheck import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_definite_first_name_after_the_office_opens_the_name() -> None:
    assert _names('وقال رئيس الحكومة الحبيب الصيد إن "الوضع صعب".') == ["الحبيب الصيد"]


def test_bare_surname_later_shows_the_full_name() -> None:
    text = ('وقال رئيس الحكومة الحبيب الصيد إن "الوضع صعب". '
            'وأضاف الصيد أن "الحكومة ستتخذ إجراءات".')
    assert _names(text) == ["الحبيب الصيد", "الحبيب الصيد"]


def test_definite_word_before_a_first_name_stays_in_the_office() -> None:
    """The near miss: a definite word before a known first name (البورصة before عادل) is
    the office's complement; the name after it is the person's."""
    text = 'وقال رئيس جمعية وسطاء البورصة،عادل قرار إن "الوضع صعب".'
    assert _names(text) == ["عادل قرار"]
