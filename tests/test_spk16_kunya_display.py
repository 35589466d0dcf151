"""A kunya (أم، أبو: speaker_words.json kunya_heads) before a first name opens the name shown
for a speaker read from a title phrase (engine/names/full_name.py person_after_titles): the
name is أم خالد الرفاعي, not خالد الرفاعي.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_the_kunya_of_an_apposed_name_is_shown() -> None:
    text = 'وقالت جارة العائلة، أم خالد الرفاعي، إن الحريق "بدأ ليلا".'
    assert _names(text) == ["أم خالد الرفاعي"]


def test_a_kunya_alone_is_the_whole_name() -> None:
    assert _names('وقالت أم خالد الرفاعي إن الحريق "بدأ ليلا".') == ["أم خالد الرفاعي"]


def test_an_office_before_the_first_name_is_still_left_out() -> None:
    """Near miss: an office word, no kunya, before the first name is no part of the name."""
    text = 'وقال مدير المدرسة، خالد الرفاعي، إن الحريق "بدأ ليلا".'
    assert _names(text) == ["خالد الرفاعي"]
