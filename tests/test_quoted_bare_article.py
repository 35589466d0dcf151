"""Marks right after the definite article written as a word of its own (الـ"...", بالـ "...")
hold a name or term made definite, no claim. Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_article_before_marks_is_a_name() -> None:
    got = extract_quotes('وقال الناطق الرسمي إن الرئيس ينفي بيع سيارة الـ"رولز رويس" التابعة '
                         "للرئاسة.")
    assert [(q.text, q.kind) for q in got] == [
        ('الرئيس ينفي بيع سيارة الـ"رولز رويس" التابعة للرئاسة', "indirect")]


def test_marks_after_a_word_carry_a_claim() -> None:
    """The near miss: marks after an ordinary word are the speaker's words (mixed)."""
    got = extract_quotes('وقال الوزير إن الحكومة "لن تتراجع عن قرارها" مهما كانت الضغوط.')
    assert [(q.text, q.kind) for q in got] == [("لن تتراجع عن قرارها", "mixed")]
