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


def test_unclosed_mark_inside_the_clause_starts_the_mixed_quote() -> None:
    got = extract_quotes("وأكد الوزير أن الحكومة \"ماضية في الإصلاح مهما كانت الصعوبات. وفي سياق "
                         "آخر تحدث عن الميزانية.")
    assert [(q.kind, q.text) for q in got] == [
        ("mixed", "ماضية في الإصلاح مهما كانت الصعوبات")]


def test_unclosed_mark_of_a_name_inside_the_clause_is_no_cut() -> None:
    """Near misses: after موضوعها (a charge's name) or before a Latin name the clause stays one
    indirect quote."""
    got = extract_quotes("وأوضحت الوزارة أن الأمن فتح قضية موضوعها \"مسك مادة مخدرة بغاية الترويج.")
    assert [q.kind for q in got] == ["indirect"]
    got = extract_quotes("وأكدت المديرة أن مسابقة \"Tunisia Brand Awards ستنتظم في شهر ماي القادم.")
    assert [q.kind for q in got] == ["indirect"]
