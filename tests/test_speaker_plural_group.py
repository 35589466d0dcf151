"""A plural bare cue with no plural speaker before it takes the group of persons the text
made a subject before it: a quantifier or a number and a plural of persons, or such a
plural in the nominative (``names.plural``).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_a_quantified_group_is_the_speaker_of_a_plural_verb() -> None:
    text = ("تجمع عدد من المحتجين أمام مقر الولاية للمطالبة بالتشغيل، وأكدوا أن الوضع لا"
            " يطاق.")
    assert _speakers(text) == ["عدد من المحتجين"]


def test_a_nominative_plural_after_a_minister() -> None:
    text = ("قال الوزير إن الحوار ممكن. وواصل المعتصمون تحركهم اليوم، وأكدوا أن مطالبهم"
            " مشروعة.")
    assert _speakers(text)[-1] == "المعتصمون"


def test_a_singular_verb_takes_no_group() -> None:
    """The near miss: وأكد is singular, the group is not its speaker."""
    text = ("قال الوزير إن الحوار ممكن. وواصل المعتصمون تحركهم اليوم، وأكد أن مطالبهم"
            " مشروعة.")
    assert _speakers(text)[-1] == "الوزير"


def test_a_million_is_no_group_of_persons() -> None:
    """The near miss: مليون ends like a plural of persons and is a number."""
    text = "لا يجد نحو 74 مليون شاب عملا، مؤكدين أن الأزمة تتعمق."
    assert "مليون" not in [s for s in _speakers(text) if s]
