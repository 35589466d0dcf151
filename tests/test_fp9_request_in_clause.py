"""Quoted words in the object of a request inside another cue's reported clause are no quote
(GUIDELINES.md: quoted words in the object of a verb of request are not quotes), round 9
(fp9): ``engine.reported.requested_pair``.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def quotes(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each quote, in order."""
    return [(q.kind, q.text) for q in extract_quotes(text)]


STATEMENT = 'وقالت النقابة إن الوضع "ينذر بكارثة إنسانية"، '


def test_request_object_after_its_preposition_is_no_quote() -> None:
    got = quotes(STATEMENT + 'وطالبت الحكومة بـ"التدخل الفوري لإنقاذ المرضى".')
    assert got == [("mixed", "ينذر بكارثة إنسانية")]


def test_request_verb_with_an_object_pronoun() -> None:
    got = quotes('وأكد المدير أن المكتب "يتفهم مطالب العمال"، لكنه دعاهم إلى "العودة إلى العمل'
                 ' فورا".')
    assert got == [("mixed", "يتفهم مطالب العمال")]


def test_marks_after_the_request_noun_object_stay_a_quote() -> None:
    """The near miss: the marks follow the request's noun object, not its preposition: the
    speaker's words about it."""
    got = quotes(STATEMENT + 'وطالبت بمغادرة الحلف "الذي يضع البلاد تحت الوصاية".')
    assert got == [("mixed", "ينذر بكارثة إنسانية"), ("mixed", "الذي يضع البلاد تحت الوصاية")]


def test_marks_after_a_verb_of_statement_stay_a_quote() -> None:
    """The near miss: a verb of statement, no request, before the second marks."""
    got = quotes('وأكد المدير أن المكتب "يتفهم مطالب العمال"، لكنه قال إن "العودة إلى العمل'
                 ' ضرورية".')
    assert got == [("mixed", "يتفهم مطالب العمال"), ("mixed", "العودة إلى العمل ضرورية")]


def test_text_cut_right_after_the_request() -> None:
    for cut in ("وطالبت الحكومة بـ", 'وطالبت الحكومة بـ"', "وطالبت"):
        assert quotes(STATEMENT + cut) == [("mixed", "ينذر بكارثة إنسانية")]
    assert quotes('وأكد المدير أن المكتب "يتفهم مطالب العمال"، لكنه دعاهم إلى') == [
        ("mixed", "يتفهم مطالب العمال")]
