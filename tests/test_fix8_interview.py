"""Review round 8 on the interview layouts (engine/headline_interview.py): a question line
(after س: or a bullet) reports nothing; the interviewee is a title's speaker named before the first turn, else the answers give no quote (no
speaker is invented for them); a question-answer list after a body's report (a FAQ) is not
that speaker's.  Sentences written for the test."""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text)]


_LABELLED = ("المدرب سامي الطرابلسي: «لعبنا بتركيز كبير»\n\n"
             "وقال المدرب سامي الطرابلسي إن الفريق يستحق الفوز.\n"
             "س: قال رئيس النادي إن الفريق تراجع كثيرا، فما ردك؟\n"
             "ج: لا أوافقه، فقد لعبنا بتركيز كبير.\n"
             "س: وماذا عن المقبل؟\n"
             "ج: سنواصل العمل.")


def test_a_report_inside_a_labelled_question_gives_no_quote() -> None:
    got = _quotes(_LABELLED)
    assert [t for t, _ in got] == ["لعبنا بتركيز كبير", "الفريق يستحق الفوز",
                                   "لا أوافقه، فقد لعبنا بتركيز كبير", "سنواصل العمل"]
    assert got[2][1] == got[3][1] == "المدرب سامي الطرابلسي"


def test_a_report_before_the_first_question_still_gives_its_quote() -> None:
    """The near miss: the same report in the intro, not on a question line, is a quote."""
    text = _LABELLED.replace("س: قال رئيس النادي إن الفريق تراجع كثيرا، فما ردك؟",
                             "وقال رئيس النادي إن الفريق تراجع كثيرا.\nس: فما ردك؟")
    got = _quotes(text)
    assert ("الفريق تراجع كثيرا", "رئيس النادي") in got
    assert ("سنواصل العمل", "المدرب سامي الطرابلسي") in got  # (a body report: no interviewee)


@pytest.mark.parametrize("text", [
    "حاورنا المدرب سامي الطرابلسي.\n* كيف ترى المباراة؟\n- قال لي الرئيس إن الفريق ممتاز.\n"
    "* وماذا عن المقبل؟\n- سنواصل العمل.",
    "حاورنا المدرب سامي الطرابلسي بعد المباراة.\n* قال رئيس النادي إن الفريق تراجع كثيرا، "
    "فما ردك؟\n- لا أوافقه، فقد لعبنا بتركيز كبير.\n* وماذا عن المقبل؟\n- سنواصل العمل.",
    "حاورنا المدرب سامي الطرابلسي بعد المباراة.\nس: قال رئيس النادي إن الفريق تراجع كثيرا، "
    "فما ردك؟\nج: لا أوافقه، فقد لعبنا بتركيز كبير.\nس: وماذا عن المقبل؟\nج: سنواصل العمل.",
])
def test_answers_with_no_interviewee_named_give_no_quote(text: str) -> None:
    """No title names the interviewee: the answers are nobody's quotes (not a word of a
    question or of an answer before them), and the question's report is none either."""
    got = _quotes(text)
    assert not any(t in ("سنواصل العمل", "لا أوافقه، فقد لعبنا بتركيز كبير") for t, _ in got)
    assert not any(t.startswith("الفريق تراجع") for t, _ in got)


def test_the_interviewee_of_a_dash_interview_is_the_titles_speaker() -> None:
    """The near miss of the above: a title's speaker before the first question."""
    text = ("المدرب سامي الطرابلسي: «لعبنا بتركيز كبير»\n\n"
            "وقال المدرب سامي الطرابلسي إن الفريق يستحق الفوز.\n"
            "* قال رئيس النادي إن الفريق تراجع كثيرا، فما ردك؟\n"
            "- لا أوافقه، فقد لعبنا بتركيز كبير.\n* وماذا عن المقبل؟\n- سنواصل العمل.")
    got = _quotes(text)
    assert got[-2:] == [("لا أوافقه، فقد لعبنا بتركيز كبير", "المدرب سامي الطرابلسي"),
                        ("سنواصل العمل", "المدرب سامي الطرابلسي")]
    assert not any(t.startswith("الفريق تراجع") for t, _ in got)


def test_a_faq_after_a_report_is_not_the_reporters() -> None:
    """A question-answer list after a body's report (no title names an interviewee): the
    report is a quote, the list's answers none."""
    text = ("وقال وزير الصحة علي المرابط إن الحملة ناجحة.\nأسئلة وأجوبة حول الحملة\n"
            "* هل التلقيح إجباري؟\n- لا، التلقيح اختياري لكل المواطنين\n"
            "* أين يمكن التلقيح؟\n- في كل المراكز الصحية العمومية\n")
    assert _quotes(text) == [("الحملة ناجحة", "وزير الصحة علي المرابط")]
