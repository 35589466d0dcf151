"""An interview's turns (``س: ...`` / ``ج: ...``): the labels are no speakers; a question
gives no quote; an answer is a direct quote of its whole line by the interviewee the text
named before it (engine/headline_interview.py).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

_INTERVIEW = (
    "الروائي سامي الحداد: «الكتابة عندي مقاومة يومية»\n\n"
    "حاوره: كريم الزين\n"
    "يصدر الروائي التونسي سامي الحداد هذا الشهر روايته الرابعة، فكان هذا الحوار:\n"
    "س: لماذا تأخرت الرواية خمس سنوات؟\n"
    "ج: لأن البحث في الأرشيف أخذ وقتا طويلا. كتبت ثلاث مسودات ثم رميتها كلها.\n"
    "{q}: هل تخشى النقاد؟\n"
    "{a}: لا أخشى أحدا، أكتب لقارئ واحد هو أنا.\n")


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_answers_are_the_interviewees_and_questions_no_quotes() -> None:
    for q, a in (("س", "ج"), ("سؤال", "جواب")):
        got = _quotes(_INTERVIEW.format(q=q, a=a))
        texts = [t for t, _, _ in got]
        assert "لماذا تأخرت الرواية خمس سنوات" not in texts
        assert "هل تخشى النقاد" not in texts
        answers = [g for g in got if g[0].startswith(("لأن البحث", "لا أخشى"))]
        assert [t for t, _, _ in answers] == [
            "لأن البحث في الأرشيف أخذ وقتا طويلا. كتبت ثلاث مسودات ثم رميتها كلها",
            "لا أخشى أحدا، أكتب لقارئ واحد هو أنا"]
        assert {name for *_, name in answers} == {"سامي الحداد"}
        assert all(sp not in ("ج", "جواب", "س", "سؤال") for _, sp, _ in got)


def test_an_answer_label_outside_an_interview_gives_no_quote() -> None:
    """The near miss: ج: with no question label in the text is no turn, and no speaker."""
    assert _quotes("ج: لا أخشى أحدا في هذه المنافسة\n\nنص الخبر.") == []


def test_a_name_that_opens_with_the_labels_letter_still_speaks() -> None:
    """The near miss: a surname lead (جابر :) is no label."""
    got = _quotes("جابر: لن نتراجع عن قرارنا مهما كانت الضغوط\n\nنص الخبر.")
    assert got and got[0][1] == "جابر"


def test_an_answer_after_a_report_of_another_is_still_the_interviewees() -> None:
    """A paragraph that reports someone else between two turns does not take the answer."""
    text = _INTERVIEW.format(q="س", a="ج").replace(
        "س: هل تخشى النقاد؟",
        "وكان الناقد منير العياري قد قال إن الرواية \"عمل ناضج\".\nس: هل تخشى النقاد؟")
    got = _quotes(text)
    assert ("لا أخشى أحدا، أكتب لقارئ واحد هو أنا", "الروائي سامي الحداد", "سامي الحداد") in got
