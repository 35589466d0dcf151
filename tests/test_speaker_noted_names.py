"""A source note that names a person (وفق ما أكده سفيان السليطي الناطق باسم المحكمة) gives
the fullest name of the surname quoted after it (``Namer._add_noted_persons``); the note
itself makes no antecedent.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_a_noted_person_names_the_surname_after_it() -> None:
    text = ("تم إيقاف المشتبه به، وفق ما أكده سفيان السليطي الناطق باسم المحكمة. وأوضح"
            " السليطي أن الأبحاث متواصلة.")
    assert _names(text) == ["سفيان السليطي"]


def test_the_noted_name_ends_at_its_role() -> None:
    text = ("تم تأجيل الجلسة، وفق ما أكده زبير اليحياوي لسان الدفاع. وأوضح اليحياوي أن"
            " الملف جاهز.")
    assert _names(text) == ["زبير اليحياوي"]


def test_a_noted_body_names_no_person() -> None:
    """The near miss: the note names a ministry, no person: the surname stays as written."""
    text = ("تم إيقاف المشتبه به، وفق ما أكدته وزارة الداخلية. وأوضح السليطي أن الأبحاث"
            " متواصلة.")
    assert _names(text) == ["السليطي"]
