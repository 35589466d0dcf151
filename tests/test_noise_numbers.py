"""Invisible characters inside a decimal number do not end the sentence (found by the fuzz run:
a variation selector between "12." and "5" cut the reported clause at 12)."""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes

BASE = "وأشار المدير إلى أن الشركة حققت أرباحا بلغت 12.5 مليون دينار، مضيفا أن «النتائج جيدة»."
AT = BASE.index("12.") + 3


@pytest.mark.parametrize("ch", ["\ufe0f", "\u034f", "\u00ad", "\u200e", "\u064e"])
def test_mark_inside_a_decimal_keeps_the_clause(ch: str) -> None:
    text = BASE[:AT] + ch + BASE[AT:]
    first = extract_quotes(text)[0]
    assert first.text.endswith("مليون دينار")
    assert text[first.start : first.end] == first.text


def test_full_stop_after_a_year_still_ends_the_sentence() -> None:
    """Near miss: "2017. وأكد" is a sentence end (no digit after the stop)."""
    text = "وقال الوزير إن المشروع انطلق في جوان 2017. وأكد المدير أن العمل متواصل."
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == ["المشروع انطلق في جوان 2017", "العمل متواصل"]
