"""ل written apart before a quoted outlet's name, after an office that already has its
complement, is the verb's addressee, no part of the speaker (``engine.addressed_outlet``
``before_quoted_outlet``, also read for a source note: وفق ما أكده X).  Sentences written for
the test, after review round 7 (S4)."""

from __future__ import annotations

from quotecheck import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_outlet_after_a_source_note_is_the_addressee() -> None:
    text = ('وتراجع الإنتاج هذا العام بنسبة كبيرة، وفق ما أكده المندوب الجهوي للفلاحة لـ"وات". '
            'وأوضح أن "الجفاف أثر على المحاصيل".')
    assert _speakers(text) == [("المندوب الجهوي للفلاحة", "المندوب الجهوي للفلاحة")]


def test_outlet_after_the_cue_is_the_addressee() -> None:
    text = 'وقال المندوب الجهوي للفلاحة بالقيروان لـ"وات" إن "الجفاف أثر على المحاصيل".'
    assert _speakers(text) == [("المندوب الجهوي للفلاحة بالقيروان",
                                "المندوب الجهوي للفلاحة بالقيروان")]


def test_a_company_after_a_bare_office_stays_in_the_phrase() -> None:
    """The near miss: the office has no complement of its own; the quoted name is its body
    (the chief executive of "Apple")."""
    text = ('وتراجع الإنتاج هذا العام بنسبة كبيرة، وفق ما أكده الرئيس التنفيذي لـ"آبل". '
            'وأوضح أن "الطلب ضعيف".')
    assert [s for s, _ in _speakers(text)] == ['الرئيس التنفيذي لـ"آبل"']
