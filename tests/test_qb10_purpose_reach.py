"""A purpose form of a verb of saying after a verb of going on reports its clause past a
frame (وعاد X ليؤكد في تصريح لاحق أن ...: engine/purpose_reach.py; round 8, qb10); without
the auxiliary, or with a verb of acting, it does not.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def texts(text: str) -> list[str]:
    """The text of each quote, in order."""
    return [q.text for q in extract_quotes(text)]


def test_purpose_form_after_auxiliary_reaches_past_a_frame() -> None:
    text = "وعاد المدير ليؤكد في تصريح لاحق للإذاعة أن المصنع سيفتح أبوابه الأسبوع المقبل."
    assert texts(text) == ["المصنع سيفتح أبوابه الأسبوع المقبل"]


def test_purpose_form_without_auxiliary_keeps_the_short_window() -> None:
    """The near miss: a purpose form in a plan's clause, no auxiliary before it."""
    text = "وتسعى الجمعية إلى تنظيم ندوة ليعلن المشاركون في ختام أشغالها الطويلة أن البرنامج انطلق."
    assert texts(text) == []


def test_verb_of_acting_after_auxiliary_is_no_report() -> None:
    """The near miss: عاد ... ليجد أن ("to find that") is no verb of saying."""
    text = "وعاد الوزير إلى مكتبه ليجد في صباح اليوم التالي أن الموظفين غادروا."
    assert texts(text) == []
