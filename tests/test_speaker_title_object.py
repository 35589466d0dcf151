"""A subject read after a verb ends at a one-word definite title when the next words are the
verb's complement (``engine.phrase_stops.object_after_title``): a complement preposition
before an indefinite noun, or a definite plural in ات.  Sentences written for the test, after
review round 7 (S4)."""

from __future__ import annotations

from quotecheck import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_preposition_and_verbal_noun_after_the_title_are_the_object() -> None:
    text = 'وأشار المدير إلى صعوبة الكشف عن أسماء المتورطين، مؤكدا أن "الوقت ليس مناسبا".'
    assert _speakers(text) == [("المدير", "المدير")]


def test_a_definite_plural_after_the_title_is_the_object() -> None:
    text = "وثمن الوزير المجهودات الكبيرة للأعوان، مؤكدا أن العمل سيتواصل في كل الجهات."
    assert _speakers(text) == [("الوزير", "الوزير")]


def test_a_title_with_its_own_preposition_stays_whole() -> None:
    """The near miss: إلى before a definite body is the title's complement (the delegate to
    the United Nations), no object."""
    text = 'وأضاف المندوب إلى الأمم المتحدة أن "الوضع خطير".'
    assert _speakers(text) == [("المندوب إلى الأمم المتحدة", "المندوب إلى الأمم المتحدة")]


def test_a_surname_in_at_stays_the_name() -> None:
    """The near miss of the plural: a personal name ending in ات (البركات) is a surname."""
    text = 'وأكد الوزير البركات أن "الوضع صعب".'
    assert _speakers(text) == [("الوزير البركات", "البركات")]
