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


def test_the_first_person_singular_after_lan_is_someones_words() -> None:
    """The lead is no speaker phrase; the statement's first person makes it a quote."""
    got = _heads("فاجعة الطريق السريعة : لن أسامح القتلة مهما حدث")
    assert [t for t, _ in got] == ["لن أسامح القتلة مهما حدث"]


def test_lamm_before_a_definite_noun_is_no_first_person() -> None:
    """The near miss: لمّ الشمل (reuniting), unvowelled لم before a definite noun, is a noun
    phrase, no verb in the first person after the particle لم."""
    assert _heads("فاجعة الطريق السريعة : لم الشمل أولوية العائلات") == []


def test_nobody_after_la_is_no_first_person() -> None:
    """The near miss: لا أحد (nobody), a noun after لا, no verb in the first person."""
    assert _heads("فاجعة الطريق السريعة : لا أحد يعرف مكان القتلة") == []


def test_a_relative_of_someone_speaks() -> None:
    got = _heads("زوجة المعتقل : لم نتلق أي خبر عنه منذ شهر\n\nنص الخبر.")
    assert got == [("لم نتلق أي خبر عنه منذ شهر", "زوجة المعتقل")]
    got = _heads("شقيق الضحية : الأمن لم يتحرك إلا بعد يومين\n\nنص الخبر.")
    assert got == [("الأمن لم يتحرك إلا بعد يومين", "شقيق الضحية")]


def test_a_noun_of_no_relative_stays_a_topic() -> None:
    """The near miss: the same shape with an object noun (سيارة المعتقل), no person."""
    assert _heads("سيارة المعتقل : الأمن لم يتحرك إلا بعد يومين\n\nنص الخبر.") == []
