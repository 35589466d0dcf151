"""A verb of statement that opens a direct quote is the quote's content: its subject is no
antecedent of the bare verbs after the quote (``engine.naming._inside`` counts the quote's
first character as inside it).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

_MINISTER = "وقال وزير الخارجية سامي الكافي"


def test_a_subject_inside_a_direct_quote_is_no_antecedent() -> None:
    text = _MINISTER + ': "أكد رئيس الحكومة محمد الصالح أن الوضع مستقر". وأضاف أن الحدود آمنة.'
    quotes = extract_quotes(text)
    assert [q.speaker_name for q in quotes] == ["سامي الكافي", "سامي الكافي"]


def test_the_same_sentence_outside_a_quote_is_the_antecedent() -> None:
    """Near miss: the report of the head of government stands in the narration, not inside
    the minister's quote: the bare verb after it is his."""
    text = _MINISTER + (" إن الوضع مستقر. أكد رئيس الحكومة محمد الصالح أن الأمن مستتب."
                        " وأضاف أن الحدود آمنة.")
    quotes = extract_quotes(text)
    assert [q.speaker_name for q in quotes][-1] == "محمد الصالح"
