"""A quoted stretch of four or five words opened by a place noun of name_heads.txt
(مستشفى، مطار، ملعب) names a place: no quote, no mixed quote, and a cue's scan passes it.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_long_place_name_in_marks_stays_in_the_clause() -> None:
    got = extract_quotes('وأوضح المدير أنه تم نقل الجرحى إلى مستشفى الرابطة "مستشفى الأطفال '
                         'بباب سعدون" وإلى مستشفيات أخرى.')
    assert [(q.kind, q.text) for q in got] == [
        ("indirect", 'تم نقل الجرحى إلى مستشفى الرابطة "مستشفى الأطفال بباب سعدون" وإلى '
                     "مستشفيات أخرى")]


def test_claim_in_marks_is_still_a_mixed_quote() -> None:
    """The near miss: a stretch of four words with no place noun at its head is the claim."""
    got = extract_quotes('وأوضح المدير أن الوضع في المستشفى "يبعث على القلق الشديد" حاليا.')
    assert [(q.kind, q.text) for q in got] == [("mixed", "يبعث على القلق الشديد")]


def test_place_noun_then_a_verb_of_saying_is_no_name() -> None:
    """The near miss: a stretch opened by a place noun but holding a complementizer is speech."""
    got = extract_quotes('وقال الطبيب: "مستشفى المدينة قال إنه جاهز".')
    assert [q.kind for q in got] == ["direct"]
