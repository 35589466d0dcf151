"""A participle cue written without its accusative alef (معتبر أن for معتبرا أن), right
after a comma and right before its complementizer, is the participle: it ends the clause
before it and opens the speaker's next report (ANT JA-internationalNews-618: ...، معتبر أن
هذا المشروع ...).  Without the comma the bare form is an adjective or a name (مرجح أن تكون:
"likely to be"; وأوضح ذاكر أن: a surname).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _texts(text: str) -> list[str]:
    return [q.text for q in extract_quotes(text)]


def test_bare_participle_after_a_comma_opens_a_report() -> None:
    got = _texts("وقال الوزير إن الحكومة قررت رفع الأسعار، معتبر أن هذا القرار ضروري "
                 "للاقتصاد.")
    assert got == ["الحكومة قررت رفع الأسعار", "هذا القرار ضروري للاقتصاد"]


def test_bare_participle_of_another_verb_opens_a_report() -> None:
    got = _texts("وأكد المدير أن الموسم كان ناجحا، مضيف أن الأرباح ارتفعت بنسبة كبيرة.")
    assert got == ["الموسم كان ناجحا", "الأرباح ارتفعت بنسبة كبيرة"]


def test_bare_form_without_a_comma_is_an_adjective() -> None:
    """The near miss: مرجح أن تكون is "likely to be", inside the clause."""
    got = _texts("وقال المصدر إن الأعيرة النارية مرجح أن تكون رصاصات بندقية صيد.")
    assert got == ["الأعيرة النارية مرجح أن تكون رصاصات بندقية صيد"]
