"""A contrast word with the speaker's pronoun (لكنه، ولكنها) right before a verb of statement
whose complementizer follows ends the reported clause even without a comma: the speaker's
next report.  Without a report after it, the clause goes on.  Sentences written for the
test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_lakinnahu_with_a_report_ends_the_clause() -> None:
    got = extract_quotes("وقال الوزير إن الوضع تحسن كثيرا لكنه أشار إلى أن الطريق ما زال طويلا.")
    assert [q.text for q in got] == ["الوضع تحسن كثيرا", "الطريق ما زال طويلا"]


def test_lakinnahu_without_a_report_stays_in_the_clause() -> None:
    """The near miss: لكنه + a verb with a noun object, no complementizer: the clause goes on."""
    got = extract_quotes("وقال الوزير إن المدير كان بإمكانه المغادرة لكنه أصر على البقاء في مكتبه.")
    assert [q.text for q in got] == ["المدير كان بإمكانه المغادرة لكنه أصر على البقاء في مكتبه"]
