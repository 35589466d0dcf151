"""A name set off by commas after a title phrase that ends in a body's quoted name
(مديرة الاتصال بشركة "ستاغ"، آمال الثابتي، أن) is the speaker's name: the mark before the
comma closes the body's name, it does not open one around the person's; an agency's credit in
parentheses may stand in the adverbial before the clause (في تصريح خصت به (وات)).
engine/apposition.py.  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers_named


def test_a_name_after_a_quoted_company() -> None:
    got = speakers_named('وأفادت مديرة الاتصال بشركة "ستاغ"، آمال الثابتي، أن التعديل "يشمل الحرفاء".')
    assert got == [('مديرة الاتصال بشركة "ستاغ"، آمال الثابتي', "آمال الثابتي")]


def test_an_agency_credit_in_parentheses_before_the_clause() -> None:
    got = speakers_named('وأفادت مديرة الاتصال بشركة "ستاغ"، آمال الثابتي، في تصريح خصت به (وات)'
                    ' اليوم، أن التعديل "يشمل الحرفاء".')
    assert got == [('مديرة الاتصال بشركة "ستاغ"، آمال الثابتي', "آمال الثابتي")]


def test_a_name_that_opens_marks_is_not_read() -> None:
    """Near miss: the mark opens right before the words after the comma: apposition.py reads
    no apposed name, so the mention stays the title phrase.  The name shown comes from the
    title's link to the person set off by commas after it (names/titles.py, spk15)."""
    got = speakers_named('وأفادت مديرة الاتصال بالشركة، "آمال الثابتي"، أن التعديل "يشمل الحرفاء".')
    assert got == [("مديرة الاتصال بالشركة", "آمال الثابتي")]
