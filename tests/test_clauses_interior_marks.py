"""A term of at most two words in quotation marks right after an object preposition (من، على،
عن، إلى) in the middle of a reported clause, with words of the clause after it, stays inside
one indirect quote (GUIDELINES: a term in marks inside a reported clause); marks that end the
clause, that follow a noun or a verb, or that hold more words are the speaker's words (mixed).
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_term_after_a_preposition_is_one_indirect_quote() -> None:
    got = extract_quotes('وقال رئيس البلدية إن الأعوان عثروا على "مواد سامة" داخل المستودع '
                         'المهجور قرب الميناء.')
    assert [(q.kind, q.text) for q in got] == [
        ("indirect", 'الأعوان عثروا على "مواد سامة" داخل المستودع المهجور قرب الميناء'),
    ]


def test_term_after_min_inside_the_clause() -> None:
    got = extract_quotes('وأوضح الطبيب أن الوزارة حذرت من "الأدوية المغشوشة" التي تباع في '
                         'الأسواق الموازية.')
    assert [q.kind for q in got] == ["indirect"]
    assert got[0].text.startswith("الوزارة")


def test_term_ending_the_clause_stays_mixed() -> None:
    """The near miss: the marks close the clause."""
    got = extract_quotes('وقال رئيس البلدية إن الأعوان عثروا على "مواد سامة".')
    assert [(q.kind, q.text) for q in got] == [("mixed", "مواد سامة")]


def test_longer_stretch_after_a_preposition_stays_mixed() -> None:
    """The near miss: three words in marks are the speaker's words (INTERIOR_WORDS)."""
    got = extract_quotes('وقال رئيس البلدية إن الأعوان عثروا على "مواد سامة جدا" داخل '
                         'المستودع المهجور قرب الميناء.')
    assert [(q.kind, q.text) for q in got] == [("mixed", "مواد سامة جدا")]


def test_predicate_after_a_verb_stays_mixed() -> None:
    """The near miss: the quoted words follow a verb as its predicate (يمثل "...")."""
    got = extract_quotes('وأكد الوزير أن هذا الاتفاق يمثل "خطوة تاريخية" نحو السلام في المنطقة '
                         'كلها.')
    assert [(q.kind, q.text) for q in got] == [("mixed", "خطوة تاريخية")]
