"""topic_statement: a headline's statement that is a noun of news or of a communiqué then a
preposition of topic (``NAME : الجديد بخصوص ...``، ``منظمة X : بيان بخصوص ...``) teases the
news item, no one's words; a statement whose topic preposition follows another noun
(``المفاوضات حول الأجور متواصلة``) is still one.  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import headlines as _headlines

_BODY = "\n\nوأكد الوزير في تصريح إذاعي أن الاتفاق يشمل كل الأساتذة."


def test_a_teaser_is_no_statement() -> None:
    assert _headlines("وزير التربية : الجديد بخصوص منحة العودة المدرسية" + _BODY) == []
    assert _headlines("نقابة الأطباء : بيان حول إضراب الأسبوع القادم" + _BODY) == []


def test_a_statement_with_a_topic_preposition_stays() -> None:
    """The near miss: حول after a noun that is no teaser."""
    got = _headlines("وزير التربية : المفاوضات حول الأجور متواصلة" + _BODY)
    assert got == [("المفاوضات حول الأجور متواصلة", "وزير التربية")]


def test_the_text_cut_right_after_the_teaser() -> None:
    assert _headlines("وزير التربية : الجديد") == []
    assert _headlines("وزير التربية : الجديد بخصوص") == []
