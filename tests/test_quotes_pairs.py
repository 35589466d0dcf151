"""Speakers never come from inside an earlier quote; marks pair on the text as given; a
quote over the length limit says so.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.find.marks import MAX_QUOTE_CHARS


def test_a_participle_after_a_quote_takes_the_quote_speaker() -> None:
    got = extract_quotes("أوضح المدير: «الوضع صعب. اللجنة تعمل بجد»، مضيفا: «سنصلحه قريبا».")
    assert [(q.text, q.speaker_name) for q in got] == [
        ("الوضع صعب. اللجنة تعمل بجد", "المدير"), ("سنصلحه قريبا", "المدير")]


def test_a_name_in_marks_may_still_be_the_speaker() -> None:
    """The near miss: the whole pair is the speaker phrase (a name), not part of a quote."""
    got = extract_quotes('ونقلت وكالة "رويترز" عن الوزير قوله إن الوضع هادئ.')
    assert [(q.text, q.speaker_name) for q in got] == [("الوضع هادئ", "الوزير")]


def test_an_unclosed_mark_stops_at_a_paragraph_separator() -> None:
    for sep in ("\u2029", "\r\r"):
        text = f"قال الوزير: «هذا نص بلا إغلاق{sep}وقال المدير: «الوضع جيد جدا»."
        got = extract_quotes(text)
        assert [(q.text, q.speaker_name) for q in got][-1] == ("الوضع جيد جدا", "المدير")
        assert all(sep not in q.text for q in got)


def test_an_unclosed_mark_runs_on_across_one_line_end() -> None:
    """The near miss: one line end is no paragraph break; the pair closes on the next line."""
    got = extract_quotes("قال الوزير: «هذا نص طويل\nيستمر هنا» ثم غادر.")
    assert [q.text for q in got] == ["هذا نص طويل\nيستمر هنا"]


def test_a_quote_over_the_limit_is_cut_and_flagged() -> None:
    body = "كلمة " * (MAX_QUOTE_CHARS // 4)
    got = extract_quotes(f"قال الوزير: «{body}» وانتهى.")
    assert len(got) == 1 and got[0].truncated
    assert len(got[0].text) <= MAX_QUOTE_CHARS


def test_a_quote_under_the_limit_is_not_flagged() -> None:
    got = extract_quotes("قال الوزير: «الوضع جيد جدا» وانتهى.")
    assert len(got) == 1 and not got[0].truncated
