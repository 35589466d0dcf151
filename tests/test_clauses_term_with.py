"""After مع ("with"), a short quoted term or name inside a reported clause (تتعامل مع "حادث
كبير"، علاقات مع "فجر ليبيا") is part of the one indirect quote, as after في / حول
(GUIDELINES: a term in marks inside a reported clause); a longer bare stretch after مع, or a
pair after من, stays a mixed quote.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_term_after_maa_stays_in_the_clause() -> None:
    got = extract_quotes("وقالت الشرطة إنها تتعامل مع \"حادث كبير\" في وسط المدينة.")
    assert [(q.kind, q.text) for q in got] == [
        ("indirect", "تتعامل مع \"حادث كبير\" في وسط المدينة")]
    got = extract_quotes("وأكد المصدر أن الأمن نسق مع \"مشتري وهمي\" لإيقاف البائع.")
    assert [(q.kind, q.text) for q in got] == [
        ("indirect", "الأمن نسق مع \"مشتري وهمي\" لإيقاف البائع")]


def test_a_claim_after_maa_or_min_stays_mixed() -> None:
    """Near misses: four bare words after مع, and a term after من that ends the clause, hold the
    speaker's claim (a term after من inside the clause: test_clauses_interior_marks)."""
    got = extract_quotes("وقال المدير إن الشركة تعاملت مع \"أسوأ أزمة في تاريخها\" خلال الشتاء.")
    assert [(q.kind, q.text) for q in got] == [("mixed", "أسوأ أزمة في تاريخها")]
    got = extract_quotes("وأكد الوزير أن الحكومة حققت هذا العام جملة من \"الإنجازات الكبيرة\".")
    assert [(q.kind, q.text) for q in got] == [("mixed", "الإنجازات الكبيرة")]
