"""places.txt: an Arab city that is no capital (تعز، صحار، بورتسودان) leading a title or an
item of a related-articles list is the item's dateline, no speaker; a one-word lead that no
list holds still reads as a surname.  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import headlines as _headlines

_TITLE = "البلدية تفتتح محطة الحافلات الجديدة\n\n"
_BODY = "وتضم المحطة عشرين رصيفا ومواقف للسيارات.\n"


def test_a_city_leading_a_related_item_is_a_dateline() -> None:
    text = _TITLE + _BODY + "اقرأ أيضاً:\n- تعز: انقطاع الكهرباء عن أحياء المدينة القديمة\n"
    assert _headlines(text) == []


def test_a_city_leading_the_title_is_a_dateline() -> None:
    assert _headlines("صحار: افتتاح ميناء جديد للصيد البحري\n\n" + _BODY) == []


def test_a_lone_surname_still_speaks() -> None:
    """The near miss: a one-word lead that is no city in the list."""
    text = _TITLE + _BODY + "اقرأ أيضاً:\n- زكري: لن نتراجع عن مشروع المحطة مهما كانت الضغوط\n"
    assert _headlines(text) == [("لن نتراجع عن مشروع المحطة مهما كانت الضغوط", "زكري")]


def test_the_text_cut_right_after_the_city() -> None:
    assert _headlines(_TITLE + "اقرأ أيضاً:\n- تعز:") == []
    assert _headlines("بورتسودان:") == []
    assert _headlines("بورتسودان") == []
