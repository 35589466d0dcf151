"""A colon between two digits (a clock time, a score) after a cue opens no quote; a cue's
own colon before a number still does. Sentences written for this test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_cue_colon_before_a_number_opens_the_quote() -> None:
    text = "وقال المدرب: 10 لاعبين غائبون عن المباراة بسبب الإصابة."
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == ["10 لاعبين غائبون عن المباراة بسبب الإصابة"]


def test_clock_time_after_a_cue_is_no_quote_colon() -> None:
    text = "وأكد الوزير الثلاثاء 10:30 أن الحكومة ستواصل الإصلاحات."
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == ["الحكومة ستواصل الإصلاحات"]


def test_clock_time_alone_after_a_cue_gives_nothing() -> None:
    assert extract_quotes("وقال المدرب 10:30 ص") == []
