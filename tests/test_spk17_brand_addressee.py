"""ل joined to the first word of an outlet's brand that ends in a brand tail (ميديا، نيوز،
أف أم: addressed_outlet.json brand_tails) is the verb's addressee, no speaker: after the
verb the subject is the one before it or none (قال لصحراء ميديا إن), after a subject the
phrase ends before it (وقال مصدر دبلوماسي لصحراء ميديا إن).  engine/addressed_outlet.py.
Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers_named


def test_a_brand_after_the_verb_is_no_speaker() -> None:
    got = speakers_named('وأكد للجوهرة أف أم أن الوضع "مستقر تماما".')
    assert got == [(None, None)]


def test_a_brand_after_a_subject_ends_it() -> None:
    got = speakers_named('وقال مصدر دبلوماسي لصحراء ميديا إن نواكشوط "تنتظر اعتذارا رسميا".')
    assert got == [("مصدر دبلوماسي", "مصدر دبلوماسي")]


def test_the_subject_before_the_verb_speaks() -> None:
    got = speakers_named('وكان وزير الصحة قد صرح لموريتانيا نيوز أن المستشفى "جاهز تماما".')
    assert got[0][0] == "وزير الصحة"


def test_a_first_name_that_opens_with_lam_is_read() -> None:
    """Near miss: لطفي is a personal name, no ل of an addressee."""
    got = speakers_named('وقال لطفي ميديا إن الوضع "مستقر تماما".')
    assert got == [("لطفي ميديا", "لطفي ميديا")]


def test_a_lam_word_without_a_brand_tail() -> None:
    """Near miss: no brand tail after the ل-word: the foreign name stays the speaker."""
    got = speakers_named('وقال لوران فابيوس إن الوضع "مستقر تماما".')
    assert got[0][0] == "لوران فابيوس"
