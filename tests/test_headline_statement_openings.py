"""A headline statement that opens with a day or holds a number: a schedule or a country's
dateline before a count is no statement, but an office's statement or a state's words in
the first person are. Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _heads(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text)
            if q.headline]


def test_an_office_statement_that_opens_with_a_day() -> None:
    got = _heads("وزير التربية: الأحد المقبل عطلة رسمية في كل المدارس")
    assert got == [("الأحد المقبل عطلة رسمية في كل المدارس", "وزير التربية")]


def test_a_schedule_after_a_topic_lead() -> None:
    """The near miss: the lead is a topic, the day opens a schedule."""
    assert _heads("مقابلات الجولة الأولى : الأربعاء 17 ماي على الساعة الثالثة") == []


def test_a_state_in_the_first_person_with_a_number() -> None:
    got = _heads("إيران: لن نتفاوض تحت الضغط قبل 2026")
    assert got == [("لن نتفاوض تحت الضغط قبل 2026", "إيران")]


def test_a_country_dateline_before_a_count() -> None:
    """The near miss: no first person, a count after a country: a dateline."""
    assert _heads("مصر : مقتل 4 سياح في حادث مرور") == []
