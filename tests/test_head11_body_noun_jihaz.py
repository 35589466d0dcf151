"""body_nouns.txt جهاز: a headline lead headed by جهاز (``جهاز الاستثمار :``، ``جهاز حماية
المستهلك :``) names a state body, which speaks as one headed by هيئة does; a lead headed by a
noun of no list (a programme's) stays a topic.  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import headlines as _headlines

_TITLE = "افتتاح مصنع جديد في المنطقة الصناعية\n\n"
_BODY = "ويوفر المصنع نحو ثلاثمئة فرصة عمل.\n"
_STATEMENT = "أرباح قياسية للصندوق السيادي هذا العام"


def test_a_lead_headed_by_jihaz_speaks() -> None:
    text = _TITLE + _BODY + "مقالات قد تهمك\nجهاز الاستثمار: " + _STATEMENT + "\n"
    assert _headlines(text) == [(_STATEMENT, "جهاز الاستثمار")]


def test_a_programmes_lead_is_no_speaker() -> None:
    """The near miss: the same lead headed by a noun of no list."""
    text = _TITLE + _BODY + "مقالات قد تهمك\nبرنامج الاستثمار: " + _STATEMENT + "\n"
    assert _headlines(text) == []


def test_the_text_cut_right_after_the_lead() -> None:
    assert _headlines(_TITLE + "جهاز الاستثمار:") == []
    assert _headlines("جهاز الاستثمار") == []
    assert _headlines("جهاز:") == []
