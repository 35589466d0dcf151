"""Inside a reported clause, a verbal noun of the shape تفعيل (تطوير، ترويج: ``masdar_patterns``)
is no verb: marks that open with one, or follow one, hold a term set in the clause, which stays
one indirect quote (reported.term_context; round 9, qb11).  A word that may be a verb there
(تعزز) still makes the marked words the claim, a mixed quote.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

_HEAD = "وأوضحت المديرة أن الوزارة أعدت المشروع المتمثل في "
_TAIL = " في إطار خطة وطنية لدعم الشباب وتقليص البطالة في الجهات الداخلية."


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in extract_quotes(text)]


def test_marks_opening_with_a_verbal_noun_are_a_term() -> None:
    got = _kinds(_HEAD + '"تطوير تطبيقات الهاتف الجوال"' + _TAIL)
    assert len(got) == 1 and got[0][0] == "indirect"
    assert got[0][1].startswith("الوزارة أعدت") and got[0][1].endswith("الجهات الداخلية")


def test_marks_opening_with_a_verb_are_the_claim() -> None:
    """The near miss: تعزز may be a verb, so the marked words are mixed."""
    assert _kinds(_HEAD + '"تعزز تطبيقات الهاتف الجوال"' + _TAIL) == [
        ("mixed", "تعزز تطبيقات الهاتف الجوال")]


def test_text_cut_after_the_verbal_noun() -> None:
    for cut in (_HEAD + '"تطوير', _HEAD + '"تطوير تطبيقات"', _HEAD + '"'):
        got = _kinds(cut)
        assert got and got[0][1].startswith("الوزارة أعدت")
