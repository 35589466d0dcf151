"""furniture_line: a byline label after a dateline's dash (``القاهرة - كتبت: NAME``) or before
a dash and the date (``كتب: NAME - 04/12/2026 ...``) is page furniture, no report; a cue in a
sentence with dashes still reports.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

_TITLE = "انطلاق حملة التلقيح في المدارس\n\n"
_BODY = "\nوأعلن وزير الصحة أن الحملة تشمل كل المدارس الابتدائية."


def _quotes(text: str) -> list[str]:
    return [q.text for q in extract_quotes(text)]


def test_a_byline_after_a_dateline_reports_nothing() -> None:
    got = _quotes(_TITLE + "القاهرة - كتبت: منى السيد" + _BODY)
    assert got == ["الحملة تشمل كل المدارس الابتدائية"]


def test_a_byline_before_its_date_reports_nothing() -> None:
    got = _quotes(_TITLE + "كتب: سامي العلوي - 04/12/2026 على الساعة 16:20" + _BODY)
    assert got == ["الحملة تشمل كل المدارس الابتدائية"]


def test_a_sentence_after_a_dateline_still_reports() -> None:
    """The near miss: the verb after the dash opens a sentence of the article."""
    got = _quotes(_TITLE + "القاهرة - كتب الوزير على صفحته أن الحملة ستتواصل حتى نهاية "
                  "الشهر في كل المحافظات" + _BODY)
    assert "الحملة ستتواصل حتى نهاية الشهر في كل المحافظات" in got


def test_the_text_cut_right_after_the_label() -> None:
    assert _quotes(_TITLE + "القاهرة - كتبت:") == []
    assert _quotes(_TITLE + "القاهرة - كتبت") == []


def test_a_dash_before_a_quote_is_no_bylines_bar() -> None:
    """Near miss (review round 9 M4): a spaced dash after كتب X is a byline's bar only before
    a date; before a quote or a clause the line reports."""
    assert _quotes('كتب الوزير على فيسبوك - "الإصلاح مستمر ولن نتراجع عنه".') == [
        "الإصلاح مستمر ولن نتراجع عنه"]
    assert _quotes('تونس - كتب الوزير - في تدوينة على صفحته - أن "الإصلاح مستمر ولن نتراجع '
                   'عنه".') == ["الإصلاح مستمر ولن نتراجع عنه"]


def test_a_byline_before_a_weekday_and_date_reports_nothing() -> None:
    got = _quotes(_TITLE + "كتب: سامي العلوي - الأحد 4 ديسمبر 2026" + _BODY)
    assert got == ["الحملة تشمل كل المدارس الابتدائية"]
