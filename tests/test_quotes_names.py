"""A short stretch in marks before the report's complementizer is a name, not a quote.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker_name) for q in extract_quotes(text)]


def test_a_name_in_marks_before_the_complementizer_is_the_speaker() -> None:
    assert _quotes('وقال "حزب الأمة" إن الانتخابات مزورة.') == [
        ("indirect", "الانتخابات مزورة", "حزب الأمة")]
    assert _quotes('وأضاف "عبد الرحيم" خلال المؤتمر أن الاستثمارات تضاعفت.') == [
        ("indirect", "الاستثمارات تضاعفت", "عبد الرحيم")]


def test_a_name_in_marks_after_a_subject_noun_is_no_quote() -> None:
    got = _quotes('ولفت تقرير "مرصد الحقوق" إلى أن الانتهاكات تزايدت.')
    assert [(k, t) for k, t, _ in got] == [("indirect", "الانتهاكات تزايدت")]


def test_a_short_pair_after_a_colon_stays_a_quote() -> None:
    """The near miss: a colon before the pair makes it the quote."""
    assert _quotes('وقال الوزير: "التحدي كبير" ثم غادر القاعة.') == [
        ("direct", "التحدي كبير", "الوزير")]


def test_a_short_pair_without_a_complementizer_after_it_stays_a_quote() -> None:
    """The near miss: no complementizer follows, the pair is what was said."""
    got = _quotes('وقال الوزير "الوضع صعب جدا" مشيرا إلى أن الحكومة تعمل.')
    assert got[0] == ("direct", "الوضع صعب جدا", "الوزير")


def test_a_pair_in_the_object_of_the_verb_stays_mixed() -> None:
    """The near miss: after a ب- word of the object, a pair is the quote even when a
    complementizer (after إلا) follows later."""
    got = _quotes('وقال إن المجلس يهدد باتخاذ "إجراءات إضافية" في حال لم تلتزم الأطراف، إلا أنه'
                  " لا يدعو إلى العقوبات.")
    assert ("mixed", "إجراءات إضافية") in [(k, t) for k, t, _ in got]
