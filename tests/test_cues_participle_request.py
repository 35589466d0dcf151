"""A participle cue whose complementizer follows a noun of necessity (مشيرة إلى ضرورة أن،
مشددا على ضرورة أن) states a demand, no reported speech; a finite verb keeps its quote.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_participle_demand_is_no_quote() -> None:
    got = extract_quotes("وأكد الوزير أن الموسم كان ناجحا، مشيرا إلى ضرورة أن تدعم الدولة "
                         "الفلاحين الصغار.")
    assert [q.text for q in got] == ["الموسم كان ناجحا"]


def test_participle_report_is_a_quote() -> None:
    """The near miss: the participle's complementizer right after its preposition reports."""
    got = extract_quotes("وأكد الوزير أن الموسم كان ناجحا، مشيرا إلى أن الدولة ستدعم "
                         "الفلاحين الصغار.")
    assert [q.text for q in got] == ["الموسم كان ناجحا", "الدولة ستدعم الفلاحين الصغار"]
