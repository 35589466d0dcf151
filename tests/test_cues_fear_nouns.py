"""A complementizer after a noun of fear (finders.json ``wish_nouns``: خشيته، تخوفها), or
after its من, is the object of the fear, like a hope's (أعرب عن أمله في أن): no report.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_fear_after_min_is_no_quote() -> None:
    got = extract_quotes("وأعرب رئيس الجمعية عن خشيته من أن يتأخر إنجاز المشروع.")
    assert got == []


def test_fear_of_a_group_is_no_quote() -> None:
    got = extract_quotes("وأعربت النقابة عن تخوفها من أن تتكرر الاعتداءات على الأساتذة.")
    assert got == []


def test_report_before_fear_word_stays() -> None:
    """The near miss: the cue's own complementizer comes first, the fear is in its clause."""
    got = extract_quotes("وأكد رئيس الجمعية أن خشيته من التأخير كبيرة.")
    assert [(q.text, q.cue.text) for q in got] == [("خشيته من التأخير كبيرة", "وأكد")]
