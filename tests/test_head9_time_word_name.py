"""A time word then a country names a movement (``فجر ليبيا :``): no time frame, so the lead
is weighed as any other; a time word before a day stays a time.  Sentences written for the
test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _heads(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None)
            for q in extract_quotes(text) if q.headline]


def test_a_movement_named_by_a_time_word_and_a_country_speaks() -> None:
    text = ("فجر ليبيا : لا علاقة لنا بالهجوم على المعبر الحدودي\n\n"
            "وأكد المكتب الإعلامي لفجر ليبيا أن قواته لم تشارك في الهجوم.")
    assert _heads(text) == [("لا علاقة لنا بالهجوم على المعبر الحدودي", "فجر ليبيا")]


def test_a_time_word_before_a_day_is_a_time() -> None:
    """The near miss: فجر الأحد : a time frame, no speaker."""
    text = ("فجر الأحد : مقتل شخصين في حادث مرور على الطريق السريعة\n\n"
            "وأكد المكتب الإعلامي للحماية المدنية أن الحادث وقع فجرا.")
    assert _heads(text) == []  # (a time frame and news: no speaker, so no headline quote)
