"""من جهته / من جهتها / من ناحيته ("for his / her part") right before a verb of statement
inside a reported clause opens another party's report and ends the clause, with no comma
before it. Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_side_phrase_before_a_cue_ends_the_clause() -> None:
    got = extract_quotes("وأكد الوزير أن الوضع مستقر من جهتها قالت النائبة إن الأزمة مستمرة.")
    assert [q.text for q in got] == ["الوضع مستقر", "الأزمة مستمرة"]


def test_side_phrase_before_no_cue_stays_in_the_clause() -> None:
    """The near miss: من جهتها before a verb that is no verb of statement is the clause's."""
    got = extract_quotes("وأكد الوزير أن الوزارة قامت بواجبها من جهتها ونفذت كل الالتزامات.")
    assert [q.text for q in got] == ["الوزارة قامت بواجبها من جهتها ونفذت كل الالتزامات"]
