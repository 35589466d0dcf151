"""marked_lead: a lead wholly in quotation marks of up to three words that opens with an
institution's noun (``«هيئة الطيران المدني»:``) is the body's name, as a one-word short name
in marks is; two or three marked words that open with no such noun (a programme's or a
film's name) stay no lead.  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import headlines as _headlines

_TITLE = "الجامعة تفتح باب القبول للدراسات العليا\n\n"
_BODY = "ويستمر التسجيل حتى نهاية الشهر المقبل.\n"
_STATEMENT = "تشغيل رحلات جديدة إلى ثلاث مدن أوروبية"


def test_a_marked_body_name_speaks() -> None:
    text = _TITLE + _BODY + "مواضيع ذات صلة:\n«هيئة الطيران المدني»: " + _STATEMENT + "\n"
    assert _headlines(text) == [(_STATEMENT, "هيئة الطيران المدني")]


def test_a_marked_programme_name_is_no_speaker() -> None:
    """The near miss: two marked words that open with no institution's noun."""
    text = _TITLE + _BODY + "مواضيع ذات صلة:\n«رحلة الصيف»: " + _STATEMENT + "\n"
    assert _headlines(text) == []


def test_the_text_cut_right_after_the_lead() -> None:
    assert _headlines(_TITLE + "«هيئة الطيران المدني»:") == []
    assert _headlines(_TITLE + "«هيئة الطيران المدني»") == []
    assert _headlines("«هيئة الطيران") == []
