"""After a comma inside a reported clause, في / خلال and a noun of the speech event with the
speaker's pronoun or a ل- addressee (، في تعليقه على ...، في تصريح لإذاعة ...) say where the
report was made: the clause ends before them.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_commenting_adjunct_ends_the_clause() -> None:
    got = extract_quotes("وأكد رئيس الهيئة أن تركيز الكاميرات مخالف للقانون، في تعليقه على قرار "
                         "الوزارة الأخير.")
    assert [q.text for q in got] == ["تركيز الكاميرات مخالف للقانون"]


def test_statement_to_a_medium_ends_the_clause() -> None:
    got = extract_quotes("وقال الوزير إن الوضع مستقر في كل الولايات، في تصريح لإذاعة محلية "
                         "اليوم الأحد.")
    assert [q.text for q in got] == ["الوضع مستقر في كل الولايات"]


def test_meeting_in_the_report_stays_in_the_clause() -> None:
    """The near miss: لقاء without the speaker's pronoun or an addressee is what is reported."""
    got = extract_quotes("وأكد رئيس الهيئة أن الوزير سيلتقي نظيره، في لقاء يعقد غدا بالعاصمة.")
    assert [q.text for q in got] == ["الوزير سيلتقي نظيره، في لقاء يعقد غدا بالعاصمة"]


def test_other_prepositional_phrase_stays_in_the_clause() -> None:
    """The near miss: في إطار is no speech event."""
    got = extract_quotes("وأكد رئيس الهيئة أن تركيز الكاميرات مخالف للقانون، في إطار الحملة "
                         "الجديدة.")
    assert [q.text for q in got] == ["تركيز الكاميرات مخالف للقانون، في إطار الحملة الجديدة"]
