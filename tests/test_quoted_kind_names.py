"""Marks right after a noun of kind, make or model (نوع، طراز، صنف) name a product or a
variety: no quote, no mixed quote. Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_model_name_after_kind_noun_is_no_quote() -> None:
    got = extract_quotes('أعلنت الشركة عن قرارها منع حمل هواتف من نوع "سامسونغ غلاكسي نوت 7" '
                         "على متن رحلاتها.")
    assert got == []


def test_variety_in_marks_stays_in_the_clause() -> None:
    got = extract_quotes('وأوضح الخبير أن هذا السمك من نوع "التونة الحمراء الكبيرة" النادر.')
    assert [(q.kind, q.text) for q in got] == [
        ("indirect", 'هذا السمك من نوع "التونة الحمراء الكبيرة" النادر')]


def test_claim_after_another_noun_is_a_mixed_quote() -> None:
    """The near miss: the same marks after a noun that is no kind noun hold the claim."""
    got = extract_quotes('وأوضح الخبير أن هذا السمك من "أخطر الأنواع في البحر" حاليا.')
    assert [(q.kind, q.text) for q in got] == [("mixed", "أخطر الأنواع في البحر")]
