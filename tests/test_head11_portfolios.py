"""particles.json portfolios += الري، المواصلات، الطرق، الأشغال: a ministry's portfolio leads a
headline for its ministry (``الري :``), and a lead wholly in marks of portfolios joined by و
(``«الطرق والمواصلات»:``) names the authority; a portfolio joined by و to a topic's noun
stays a topic.  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import headlines as _headlines

_TITLE = "أمطار غزيرة على المدن الساحلية\n\n"
_BODY = "وتواصل فرق الطوارئ العمل في الأحياء المتضررة.\n"
_STATEMENT = "فتح بوابات السد لا علاقة له بالأمطار الأخيرة"


def test_a_portfolio_lead_speaks() -> None:
    text = _TITLE + _BODY + "اقرأ أيضا..\n- الري: " + _STATEMENT + "\n"
    assert _headlines(text) == [(_STATEMENT, "الري")]


def test_marked_joined_portfolios_speak() -> None:
    statement = "تحويلات مرورية على الطريق الساحلي لمدة شهر"
    text = _TITLE + _BODY + "اقرأ أيضاً\n- «الطرق والمواصلات»: " + statement + "\n"
    assert _headlines(text) == [(statement, "الطرق والمواصلات")]


def test_a_portfolio_joined_to_a_topic_is_no_speaker() -> None:
    """The near miss: the portfolio joined by و to a noun that is no portfolio."""
    text = _TITLE + _BODY + "اقرأ أيضا..\n- الري والأمطار: " + _STATEMENT + "\n"
    assert _headlines(text) == []


def test_the_text_cut_right_after_the_lead() -> None:
    assert _headlines(_TITLE + "- الري:") == []
    assert _headlines(_TITLE + "- «الطرق والمواصلات»:") == []
    assert _headlines("«الطرق والمواصلات»") == []
