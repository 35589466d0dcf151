"""A participle cue whose object is a noun of statement (مشددا على ضرورة، مؤكدا أهمية) ends a
reported clause even without a comma before it. Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_participle_with_a_noun_object_ends_the_clause() -> None:
    got = extract_quotes("وأكد الوزير أن الحكومة تنفذ مخططا جديدا للتنمية مشددا على ضرورة "
                         "تحسين مناخ الاستثمار في الجهات.")
    assert [q.text for q in got] == ["الحكومة تنفذ مخططا جديدا للتنمية"]


def test_bare_noun_object_ends_the_clause() -> None:
    got = extract_quotes("وقالت المديرة إن الموسم كان ناجحا مؤكدة أهمية دعم الفلاحين الصغار.")
    assert [q.text for q in got] == ["الموسم كان ناجحا"]


def test_word_of_the_clause_after_a_noun_does_not_end_it() -> None:
    """The near miss: the noun ضرورة inside the clause, after no participle cue, stays in it."""
    got = extract_quotes("وأكد الوزير أن الحكومة ترى ضرورة تحسين مناخ الاستثمار في الجهات.")
    assert [q.text for q in got] == ["الحكومة ترى ضرورة تحسين مناخ الاستثمار في الجهات"]
