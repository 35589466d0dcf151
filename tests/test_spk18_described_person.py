"""A verb's subject headed by a definite noun of a person that no list holds, relational
adjectives after it, then a first name (الناشر السعودي عبدالرحمن الحربي; a compound name
written as one word too) is a speaker-like subject: the antecedent of the bare verbs of its
sentence (``engine.names.earlier._described_person``).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

_FIRST = "وأكد الوزير سامي الجلاصي أن الوضع مستقر. "


def _mentions(text: str) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in extract_quotes(text)]


def test_a_described_person_before_the_verb_takes_the_bare_verb() -> None:
    text = _FIRST + ('لكن الناشر السعودي عبدالرحمن الحربي، صاحب دار النشر، اشتكى من ارتفاع'
                     ' الإيجار، وقال: «الجناح مكلف».')
    assert _mentions(text)[-1] == "الناشر السعودي عبدالرحمن الحربي"


def test_a_described_person_after_the_verb_takes_the_bare_verb() -> None:
    text = _FIRST + 'واشتكت الروائية هند السديري من قلة القراء، وقالت: «الرواية تعيش أزمة».'
    assert _mentions(text)[-1] == "الروائية هند السديري"


def test_a_noun_between_the_subject_and_the_name_is_an_object() -> None:
    """Near miss: الجمهور thanked the player; اللاعب محمد الصالح is the verb's object, no
    subject, so the bare verb keeps the minister."""
    text = _FIRST + 'وشكر الجمهور اللاعب محمد الصالح على أدائه، وقال: «الجناح مكلف».'
    assert _mentions(text)[-1] == "الوزير سامي الجلاصي"
