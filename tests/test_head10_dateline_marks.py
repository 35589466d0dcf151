"""marked_headline: a country or capital before words in marks (``دمشق - "وكالة الأنباء
الرسمية"``, a dateline and its source) is no office, so no headline; an office before its
words in marks still is one.  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import headlines as _headlines

_TITLE = "اللجنة تناقش ميزانية الوزارة\n\n"
_BODY = "\nعقدت اللجنة جلسة خصصت لدرس ميزانية الوزارة بحضور عدد من المديرين."


def test_a_datelines_source_in_marks_is_no_headline() -> None:
    assert _headlines(_TITLE + 'دمشق - "وكالة الأنباء الرسمية"' + _BODY) == []


def test_an_office_before_marks_still_speaks() -> None:
    """The near miss: an office phrase, not a place, before the words in marks."""
    got = _headlines('وزير الخارجية "لن نقبل بأي تسوية على حساب شعبنا"' + _BODY)
    assert got == [("لن نقبل بأي تسوية على حساب شعبنا", "وزير الخارجية")]


def test_the_text_cut_right_after_the_place() -> None:
    assert _headlines(_TITLE + "دمشق - ") == []
    assert _headlines(_TITLE + 'دمشق - "') == []
