"""The verb of reply ردّ with بأن is a cue where it opens a clause and بأن follows in its
sentence, past an apposed name or a frame (engine/reply_cues.py; finders.json ``reply_*``;
round 8, qb10); رد فعله ("reaction"), ورد في (a statement cue) and ورد ... أن are not.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def found(text: str) -> list[tuple[str, str, str | None]]:
    """Kind, text and speaker text of each quote, in order."""
    return [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text)]


def test_reply_with_bianna_after_an_apposed_name() -> None:
    text = ("وطالب السكان بإصلاح الطريق قبل الشتاء. ورد رئيس البلدية، سمير الحداد، على هذه "
            "المطالب بأن الأشغال ستنطلق الشهر المقبل.")
    got = found(text)
    assert [(k, t) for k, t, _ in got] == [("indirect", "الأشغال ستنطلق الشهر المقبل")]
    assert got[0][2] is not None and "رئيس البلدية" in got[0][2]


def test_reply_with_a_frame_and_marks() -> None:
    text = 'ورد المستشار كمال الرياحي في تعقيبه بأن "العقود المقدمة لم تسجل في الدفتر العقاري".'
    assert found(text) == [("mixed", "العقود المقدمة لم تسجل في الدفتر العقاري", "المستشار كمال الرياحي")]


def test_reaction_noun_is_no_reply() -> None:
    """The near miss: رد فعله بأن is "his reaction was to ..."."""
    text = "وكان رد فعله على القرار بأن قدم استقالته إلى رئيس الحكومة."
    assert found(text) == []


def test_was_mentioned_with_anna_is_no_reply() -> None:
    """The near miss: ورد + أن (not بأن) is the passive "it was mentioned"."""
    text = "وكان قد ورد سابقا أن الشركة ستغلق فرعها في المدينة."
    assert found(text) == []


def test_bianna_after_a_noun_of_claim_is_no_reply() -> None:
    """The near miss: بأن after الاتهامات gives the accusation, not the reply."""
    text = "ورد الوزير على الاتهامات الموجهة له بأنه باع أراضي الدولة بثمن بخس."
    assert found(text) == []
