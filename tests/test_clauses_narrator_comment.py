"""The narrator's comment on a report (وهو ما + a verb of statement with the object pronoun
that points back at the report: نفاه، تنفيه، أعلنته، اعتبره) ends the reported clause before
it; without the pronoun the clause goes on.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_denial_by_another_party_ends_the_clause() -> None:
    got = extract_quotes("وأكد المدرب أن الحكم تلقى تعليمات قبل المباراة وهو ما نفاه رئيس "
                         "لجنة التحكيم في تصريح لاحق.")
    assert [q.text for q in got] == ["الحكم تلقى تعليمات قبل المباراة"]


def test_defective_and_feminine_verbs_with_the_pronoun() -> None:
    got = extract_quotes("وقال الوزير إن الدولة ستدعم الفلاحين وهو ما تنفيه النقابة بشدة.")
    assert [q.text for q in got] == ["الدولة ستدعم الفلاحين"]
    got = extract_quotes("وأكد المدير أن الطالب يطالب بترسيم رابع وهو ما اعتبره تجاوزا للقانون.")
    assert [q.text for q in got] == ["الطالب يطالب بترسيم رابع"]


def test_without_the_object_pronoun_the_clause_goes_on() -> None:
    """The near miss: وهو ما يؤكد + a noun object belongs to the speaker's argument."""
    got = extract_quotes("وأوضح الخبير أن الأسعار ارتفعت بنسبة كبيرة وهو ما يؤكد وجود أزمة حادة.")
    assert [q.text for q in got] == ["الأسعار ارتفعت بنسبة كبيرة وهو ما يؤكد وجود أزمة حادة"]
