"""Marks after a title noun (عنوان، شعار) hold a title or a slogan: a verb of saying right after
them attributes nothing.  Without the title noun the marks before the verb are a quote.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_title_before_a_verb_of_saying_is_no_quote() -> None:
    got = extract_quotes('وفي كتابها الجديد الذي يحمل عنوان "سنوات الخوف في المدينة" تروي الكاتبة '
                         'قصة هروبها.')
    assert got == []


def test_marks_before_a_verb_of_saying_are_a_quote() -> None:
    """The near miss: the same marks with no title noun before them are speech."""
    got = extract_quotes('"سنوات الخوف انتهت في المدينة" قالت الكاتبة في مقابلة.')
    assert [(q.kind, q.text) for q in got] == [("direct", "سنوات الخوف انتهت في المدينة")]


def test_title_after_a_colon_is_passed_for_the_quote() -> None:
    """A title noun and a colon before marks (تحت عنوان: "..."): the title; the marks after it
    hold the cue's quote."""
    got = extract_quotes('وأوضح الأستاذ في افتتاح الملتقى تحت عنوان: "الدستور بعد ثلاث سنوات" '
                         '"مخطئ من يعتقد أن تغيير النص يكفي لتغيير الواقع".')
    assert [(q.kind, q.text) for q in got] == [
        ("direct", "مخطئ من يعتقد أن تغيير النص يكفي لتغيير الواقع")]
