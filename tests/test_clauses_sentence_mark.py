"""A reported clause ends at its sentence's end even when the next sentence opens with a
quotation mark: the marked sentence is a quote of its own (here attributed after it), not a
mixed part of the clause.  Marks inside the clause's sentence are still jumped over.  Sentences
written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_marked_sentence_after_a_full_stop_is_its_own_quote() -> None:
    got = extract_quotes('وقال الوزير إن الوضع صعب للغاية في الجنوب. "لن نتراجع عن قرارنا مهما '
                         'كانت الضغوط"، يضيف الوزير.')
    assert [(q.text, q.kind) for q in got] == [
        ("الوضع صعب للغاية في الجنوب", "indirect"),
        ("لن نتراجع عن قرارنا مهما كانت الضغوط", "direct"),
    ]


def test_marks_inside_the_sentence_stay_in_the_clause() -> None:
    """The near miss: a term in marks within the clause's own sentence does not end it."""
    got = extract_quotes('وأكد المدير أن الشركة ستطلق برنامج "الشباب أولا" في الشهر المقبل '
                         'بعد موافقة الوزارة.')
    assert len(got) == 1 and got[0].end > got[0].start
    assert got[0].text.endswith("بعد موافقة الوزارة")
