"""A causal لأن more than CAUSAL_NEAR words after a cue, past its object, gives the reason for
what was said, not a report (وشدد الوزير على ضرورة تغطية المناطق ... لأن مردوديتها ...):
the trigger scan passes it.  Near the cue it may still open the quote (أعرب عن أسفه لأن:
"regretted that"; لأن written for أن).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_reason_after_demand_is_no_quote() -> None:
    got = extract_quotes("وشدد الوزير على ضرورة تغطية المناطق الريفية بالشبكة لأن مردوديتها "
                         "ضعيفة بالنسبة إلى المشغلين.")
    assert got == []


def test_reason_after_noun_object_is_no_quote() -> None:
    got = extract_quotes("كما أكد المدير ضرورة دعم الفلاحين في هذه الفترة الصعبة لأن الموسم "
                         "كان جافا.")
    assert got == []


def test_scan_goes_on_to_the_report_after_the_reason() -> None:
    """The scan passes the reason and finds the cue's complementizer after it."""
    got = extract_quotes("وأشار المدير إلى صعوبة الوضع في الجهة لأن الأمطار قليلة، مؤكدا أن "
                         "الدولة ستدعم الفلاحين.")
    assert [(q.text, q.kind, q.speaker.text if q.speaker else None) for q in got] == [
        ("الدولة ستدعم الفلاحين", "indirect", "المدير")]


def test_near_causal_still_opens_the_quote() -> None:
    """The near miss: right after the cue and its subject, لأن may be written for أن (web
    text): the quote opens there, as before."""
    got = extract_quotes("وأضاف الوزير لأن المشروع لم ينطلق بعد في الموعد المحدد.")
    assert [(q.text, q.kind, q.speaker.text if q.speaker else None) for q in got] == [
        ("المشروع لم ينطلق بعد في الموعد المحدد", "indirect", "الوزير")]


def test_report_before_the_reason_keeps_its_clause() -> None:
    """The near miss: the cue's own complementizer comes first; لأن stays in its clause."""
    got = extract_quotes("وقال المدير إن المشروع تأخر لأن التمويل لم يصل في الإبان.")
    assert [(q.text, q.kind, q.speaker.text if q.speaker else None) for q in got] == [
        ("المشروع تأخر لأن التمويل لم يصل في الإبان", "indirect", "المدير")]


def _mixed(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(q.text, q.kind, q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_marks_right_after_a_far_reason_keep_the_quote() -> None:
    """Marks right after a far لأن hold the speaker's words: the scan stops there and the
    marked words are a mixed quote (cues.scan_trigger); the speaker is the title alone, the
    verb's complement (إلى صعوبة الكشف) left out (phrase_stops.object_after_title)."""
    got = _mixed('وأشار المدير إلى صعوبة الكشف عن أسماء المتورطين لأنه "ليس الوقت المناسب '
                 'للحديث".')
    assert got == [("ليس الوقت المناسب للحديث", "mixed", "المدير", "المدير")]


def test_a_far_reason_without_marks_is_no_quote() -> None:
    """The near miss: the same reason without marks is no report."""
    got = _mixed("وأشار المدير إلى صعوبة الكشف عن أسماء المتورطين لأنه ليس الوقت المناسب "
                 "للحديث.")
    assert got == []
