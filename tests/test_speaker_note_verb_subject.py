"""A source note with a reporting verb in it (وفق ما أعلن عنه X، حسب ما أكده X) makes its
definite subject an antecedent of the bare verbs after it whatever its noun, not a statement
or a medium that relays, nor a note with no verb (``engine.names.current.note_verb_subject``).
Sentences written for the test, after ANT JA-localNews-1577 and JA-internationalNews-32."""

from __future__ import annotations

from quotecheck import extract_quotes

_BEFORE = 'قال وزير الفلاحة سمير الطيب إن "الموسم جيد". وتستعد المراكب لمغادرة الميناء '
_AFTER = '. وأوضح أن "المراكب ستعود كاملة".'


def _last_speaker(note: str) -> str | None:
    quotes = extract_quotes(_BEFORE + note + _AFTER)
    assert len(quotes) == 2
    return quotes[-1].speaker_name


def test_the_note_verb_subject_is_the_antecedent() -> None:
    note = "وفق ما أعلن عنه الاتحاد التونسي للفلاحة في بلاغ أصدره اليوم"
    assert _last_speaker(note) == "الاتحاد التونسي للفلاحة"


def test_a_statement_in_the_note_is_no_antecedent() -> None:
    """Near miss: البلاغ relays its issuer; the minister quoted before goes on."""
    assert _last_speaker("وفق ما أكده البلاغ") == "سمير الطيب"


def test_a_note_with_no_verb_is_no_antecedent() -> None:
    """Near miss: وفق القانون names no source."""
    assert _last_speaker("وفق القانون الجديد") == "سمير الطيب"
