"""بخصوص and بشأن ("regarding") name an event's topic as حول does: a quoted title after them in
the cue's adjunct region is passed, and the report is the clause after the complementizer.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_title_after_bikhusus_is_passed() -> None:
    got = extract_quotes("أكد الخبير على هامش الندوة الدولية بخصوص \"الأمن المائي في المنطقة "
                         "المغاربية\" اليوم بالعاصمة أن الوضع يتطلب خطة عاجلة.")
    assert [(q.kind, q.text) for q in got] == [("indirect", "الوضع يتطلب خطة عاجلة")]


def test_title_after_bishan_is_passed() -> None:
    got = extract_quotes("وقال المدير خلال ملتقى بشأن \"تجربة الجهات في التنمية المحلية\" "
                         "أمس إن النتائج مشجعة.")
    assert [(q.kind, q.text) for q in got] == [("indirect", "النتائج مشجعة")]


def test_marks_right_after_the_cue_stay_the_quote() -> None:
    """The near miss: بخصوص right after the cue (no adjunct before it) is the cue's object."""
    got = extract_quotes("وتحدث الوزير بخصوص \"الأزمة الحالية في القطاع\" مطولا.")
    assert [(q.kind, q.text) for q in got] == [("mixed", "الأزمة الحالية في القطاع")]
