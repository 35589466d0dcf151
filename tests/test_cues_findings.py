"""A verb of finding (كشف، بيّن) whose subject is a study, report or poll gives no quote
(GUIDELINES: findings of studies introduced by verbs of finding); a verb of speech keeps the
study's report, and a person who reveals something still speaks.  Sentences written for the
test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_a_study_that_reveals_gives_no_quote() -> None:
    for text in ("كشفت دراسة حديثة أن المشي اليومي يقي من أمراض القلب.",
                 "وبيّنت نتائج المسح أن نسبة البطالة ارتفعت هذا العام.",
                 "كشف تقرير للبنك الدولي أن الفقر تراجع في المنطقة."):
        assert extract_quotes(text) == [], text


def test_a_person_who_reveals_still_speaks() -> None:
    """The near miss: the same verb with a person as its subject is a report."""
    got = extract_quotes("كشف وزير الصحة أن الوزارة ستفتح مستشفى جديدا في الجهة.")
    assert [(q.text, q.speaker.text if q.speaker else None) for q in got] == [
        ("الوزارة ستفتح مستشفى جديدا في الجهة", "وزير الصحة")]


def test_a_report_with_a_verb_of_speech_speaks() -> None:
    """The near miss: أشار التقرير إلى أن is the report's own statement (GUIDELINES)."""
    got = extract_quotes("وأشار التقرير إلى أن عدد المهاجرين ارتفع بشكل كبير.")
    assert [(q.text, q.speaker.text if q.speaker else None) for q in got] == [
        ("عدد المهاجرين ارتفع بشكل كبير", "التقرير")]
