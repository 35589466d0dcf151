"""_after_separator: a question or exclamation mark before a space ends a teaser before the
lead (``TEASER؟ مدرب الفريق: «...»``): the lead opens after it, as after ``..``; a mark right
before the colon opens no lead.  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import headlines as _headlines

_BODY = "\n\nخسر الفريق مباراته الثالثة على التوالي مساء أمس."


def test_the_lead_opens_after_the_teasers_question_mark() -> None:
    got = _headlines("نهاية المغامرة؟ مدرب الفريق: «لن أغادر قبل نهاية الموسم»" + _BODY)
    assert got == [("لن أغادر قبل نهاية الموسم", "مدرب الفريق")]
    got = _headlines("مفاجأة! مدرب الفريق: «لن أغادر قبل نهاية الموسم»" + _BODY)
    assert got == [("لن أغادر قبل نهاية الموسم", "مدرب الفريق")]


def test_a_question_right_before_the_colon_opens_no_lead() -> None:
    """The near miss: the mark ends the lead itself, nothing follows it before the colon."""
    assert _headlines("لماذا رحل المدرب؟: أسئلة الجماهير بلا أجوبة" + _BODY) == []


def test_the_text_cut_right_after_the_mark() -> None:
    assert _headlines("نهاية المغامرة؟ ") == []
    assert _headlines("نهاية المغامرة؟ مدرب الفريق:") == []
