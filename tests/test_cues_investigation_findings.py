"""The findings of an investigation or an analysis (finders.json ``study_nouns``: تحريات،
تحقيقات، تحاليل) after a verb of finding are no report; a verb of speech keeps its quote.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_investigation_finding_is_no_quote() -> None:
    got = extract_quotes("وبيّنت التحريات أن المتهم كان برفقة صديقه ليلة الحادثة.")
    assert got == []


def test_analysis_finding_is_no_quote() -> None:
    got = extract_quotes("وكشفت التحاليل أن المادة المحجوزة مخدرة.")
    assert got == []


def test_speech_verb_after_investigation_reports() -> None:
    """The near miss: a verb of speech whose subject is the police, after التحقيقات."""
    got = extract_quotes("وأكد الناطق باسم الأمن بعد التحقيقات أن المتهم اعترف بالسرقة.")
    assert [(q.text, q.cue.text) for q in got] == [("المتهم اعترف بالسرقة", "وأكد")]
