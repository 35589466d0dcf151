"""An imperfect after the ل of purpose inside a reported clause (لتبين أن) is the clause's own
purpose, no new report; opening its own sentence part (وعاد ليؤكد أن) it is still a cue.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_purpose_form_inside_a_clause_stays_in_it() -> None:
    got = extract_quotes("وأضاف الوزير أن المعرض يمثل فرصة أمام مؤسسات الدولة لتبين أن للثقافة "
                         "دورا هاما في المجتمع.")
    assert [q.text for q in got] == [
        "المعرض يمثل فرصة أمام مؤسسات الدولة لتبين أن للثقافة دورا هاما في المجتمع"]


def test_purpose_form_outside_a_clause_is_a_cue() -> None:
    """The near miss: وعاد الوزير ليؤكد أن opens a report of its own."""
    got = extract_quotes("وعاد الوزير ليؤكد أن الحكومة ملتزمة بتعهداتها.")
    assert [q.text for q in got] == ["الحكومة ملتزمة بتعهداتها"]
