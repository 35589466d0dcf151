"""A reported clause that opens with a quotation mark whose closing mark is missing (أن "الجيش
قام بتأمين ممرات ...) holds the speaker's words in marks: a mixed quote, the mark left out.  A
clause that opens with a closed pair (a name in marks, أن "إيمان" تحسنت) stays one indirect
quote.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_clause_opening_with_an_unclosed_mark_is_mixed() -> None:
    got = extract_quotes("وأكد الوزير أن \"الحكومة ماضية في الإصلاح مهما كانت الصعوبات. وفي سياق "
                         "آخر تحدث عن الميزانية.")
    assert [(q.kind, q.text) for q in got] == [
        ("mixed", "الحكومة ماضية في الإصلاح مهما كانت الصعوبات")]


def test_clause_opening_with_a_closed_name_stays_indirect() -> None:
    """The near miss: the marks close around a name; the clause is one indirect quote."""
    got = extract_quotes("وأضافت الطبيبة أن \"إيمان\" تحسنت بعد التدخل الجراحي.")
    assert [(q.kind, q.text) for q in got] == [
        ("indirect", "\"إيمان\" تحسنت بعد التدخل الجراحي")]
