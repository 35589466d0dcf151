"""The participle of هدّد (مهدد، مهددة) is mostly the passive adjective "threatened" in news:
no cue.  The verb هدد stays a cue.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_threatened_is_no_cue() -> None:
    text = "وتعد المدرسة مهددة بالإغلاق مع العلم أن المندوبية لم تتخذ أي قرار بعد."
    assert extract_quotes(text) == []


def test_the_verb_threatened_that_is_a_cue() -> None:
    """The near miss: the perfect هدد with its complementizer reports."""
    got = extract_quotes("وهدد المدير بأنه سيستقيل إذا لم يتم الإصلاح.")
    assert [q.text for q in got] == ["سيستقيل إذا لم يتم الإصلاح"]
