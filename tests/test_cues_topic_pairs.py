"""A quoted stretch after حول in a cue's adjunct region names the topic of an event, not the
quote: the cue's complementizer or colon after it opens the report.  Sentences written for
the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_an_event_topic_is_passed_for_the_complementizer() -> None:
    text = ('وأضاف الوزير خلال ورشة عمل حول "مستقبل الفلاحة في المناطق الجبلية" نظمتها '
            'الجمعية، أن الحكومة ستدعم صغار الفلاحين.')
    got = extract_quotes(text)
    assert [(q.text, q.kind) for q in got] == [("الحكومة ستدعم صغار الفلاحين", "indirect")]


def test_an_event_topic_before_a_colon_is_passed() -> None:
    text = 'وقال الوزير على هامش الندوة الوطنية حول "إصلاح التعليم العالي": "لن نتراجع عن الإصلاح".'
    got = extract_quotes(text)
    assert [(q.text, q.kind) for q in got] == [("لن نتراجع عن الإصلاح", "direct")]


def test_a_pair_after_hawla_with_no_report_after_it_is_still_the_quote() -> None:
    """The near miss: with no complementizer or colon after it, the pair stays the quote."""
    text = 'وتحدث الوزير طويلا حول "ضرورة إصلاح التعليم العالي في البلاد".'
    got = extract_quotes(text)
    assert [(q.text, q.kind) for q in got] == [("ضرورة إصلاح التعليم العالي في البلاد", "direct")]
