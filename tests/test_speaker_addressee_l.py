"""لـ after a speaker named in full opens the addressee (وقال أحمد أبو الغيط لـ"العربية.نت"),
not a complement of the title (الرئيس التنفيذي لـ"آبل") (``engine.speakers``).  Sentences
written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_l_after_a_name_is_the_addressee() -> None:
    assert _speakers('وقال أحمد أبو الغيط لـ"العربية.نت" إن الوضع مستقر.') == ["أحمد أبو الغيط"]


def test_l_after_an_unnamed_source_is_the_addressee() -> None:
    assert _speakers('وقال مصدر أمني لـ"الشرق الأوسط" إن الوضع مستقر.') == ["مصدر أمني"]


def test_l_after_a_title_that_wants_its_body_is_its_complement() -> None:
    """The near miss: الرئيس التنفيذي لـ"آبل" is one title."""
    got = _speakers('وقال الرئيس التنفيذي لـ"آبل"، تيم كوك، إن الشركة ستستثمر.')
    assert got == ['الرئيس التنفيذي لـ"آبل"، تيم كوك']
