"""After a quantifier that opens a speaker phrase (عدد، كل، مجموعة) the preposition من is
partitive: the phrase goes on to the group it counts (عدد من المحتجين), it does not stop at
the quantifier (``engine.speakers._partitive``).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_a_number_of_protesters_speaks() -> None:
    assert _speakers("وأكد عدد من المحتجين لمراسل الإذاعة أن الوضع صعب.") == ["عدد من المحتجين"]


def test_the_implicit_plural_after_it_takes_the_group() -> None:
    text = ("وأكد عدد من أعوان الصحة أنهم قرروا عدم المشاركة في الإضراب، معتبرين أن النقابة"
            " تستغلهم.")
    assert _speakers(text) == ["عدد من أعوان الصحة"] * 2


def test_min_after_another_noun_still_ends_the_phrase() -> None:
    """The near miss: من after a title is no partitive (مدير من الجهة): the phrase stops."""
    assert _speakers("وأكد المدير من جهته أن الوضع صعب.") == ["المدير"]
