"""A participle of request set off by a comma, feminine or plural, in the person of the
clause's cue ends the reported clause (round 8, qb8): the speaker's request, no quote
(GUIDELINES), as the masculine one after a comma already did.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def texts(text: str) -> list[str]:
    """The quotes' texts, in order."""
    return [q.text for q in extract_quotes(text)]


def test_feminine_request_after_comma_ends_the_clause() -> None:
    got = texts("وقالت الوزارة إن الحملة ستتواصل في كل الولايات، داعية المواطنين إلى "
                "احترام التراتيب المعمول بها.")
    assert got == ["الحملة ستتواصل في كل الولايات"]


def test_feminine_request_before_marks_gives_no_mixed_quote() -> None:
    """The marks after the request are its object: no quote (GUIDELINES)."""
    got = texts('وأكدت النقابة أن الأجور لم تصرف منذ ثلاثة أشهر، مطالبة الإدارة بـ"صرف '
                'المستحقات في أقرب الآجال".')
    assert got == ["الأجور لم تصرف منذ ثلاثة أشهر"]


def test_plural_request_after_comma_with_a_plural_cue_ends_the_clause() -> None:
    got = texts("وأكدوا في وقفتهم أن المصنع أغلق أبوابه دون سابق إعلام، مطالبين السلطات "
                "بالتدخل العاجل.")
    assert got == ["المصنع أغلق أبوابه دون سابق إعلام"]


def test_plural_request_of_the_clause_subject_stays_in_the_clause() -> None:
    """The near miss: the plural participle agrees with the clause's own subject (they), not
    with the masculine cue: the request is part of what is reported."""
    got = texts("وأضاف المصدر أنهم رفعوا قضية في الغرض، مطالبين بتوفير الحماية لهم.")
    assert got == ["رفعوا قضية في الغرض، مطالبين بتوفير الحماية لهم"]
