"""A personal name written with the article right after a courtesy title and before a known
first name opens the name shown (وقال الدكتور الصادق محمد علي -> الصادق محمد علي; was محمد
علي); engine/names/part.py (round 8, spk17's leftover).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_a_definite_first_name_after_the_courtesy_title() -> None:
    assert _names('وقال الدكتور الصادق محمد علي إن "المشروع جاهز".') == ["الصادق محمد علي"]


def test_a_definite_adjective_after_the_courtesy_title_is_no_name() -> None:
    """Near miss: a definite word that is no listed name stays with the title."""
    assert _names('وقال الأستاذ الجامعي محمد علي إن "المشروع جاهز".') == ["محمد علي"]
