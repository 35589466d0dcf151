"""Quoted words in the object of a request are no quote (GUIDELINES.md), round 8 (qb8): a
source note after the marks does not make them one when a verb of request stands just before
them, and a verb of appeal (ناشد) reports no clause or marks of its own.  Sentences written
for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def quotes(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each quote, in order."""
    return [(q.kind, q.text) for q in extract_quotes(text)]


def test_note_after_a_request_object_gives_no_quote() -> None:
    got = quotes('ودعا الوزير إلى "التقليل من شأن هذا الأمر في الوقت الحالي"، بحسب تعبيره.')
    assert got == []


def test_note_after_marks_with_no_request_still_attributes_them() -> None:
    """The near miss: a verb of motion, no request, before the marks."""
    got = quotes('وتوجه الوزير إلى "المدينة التي عانت كثيرا من الإهمال"، بحسب تعبيره.')
    assert got == [("mixed", "المدينة التي عانت كثيرا من الإهمال")]


def test_appeal_with_a_complementizer_gives_no_quote() -> None:
    assert quotes("وناشد الأهالي وزارة الصحة بأن تتدخل لإصلاح المستشفى في أقرب الآجال.") == []


def test_appeal_with_marks_gives_no_quote() -> None:
    assert quotes('وناشد الأهالي وزارة الصحة "التدخل لإصلاح المستشفى في أقرب الآجال".') == []


def test_statement_verb_with_a_complementizer_still_reports() -> None:
    """The near miss: a verb of statement in the same frame reports its clause."""
    got = quotes("وأكد الأهالي لوزارة الصحة بأن المستشفى يحتاج إلى إصلاح عاجل.")
    assert got == [("indirect", "المستشفى يحتاج إلى إصلاح عاجل")]


def test_appeal_verb_still_ends_a_reported_clause() -> None:
    """ناشد stays a cue: a clause before it ends there."""
    got = quotes("وقال رئيس البلدية إن المستشفى يحتاج إلى إصلاح عاجل وناشد الأهالي وزارة "
                 "الصحة بالتدخل.")
    assert got == [("indirect", "المستشفى يحتاج إلى إصلاح عاجل")]
