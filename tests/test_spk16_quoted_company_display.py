"""ل written apart before a body's quoted name after an office (الرئيس التنفيذي لـ"آبل") is the
office's complement, no person's name (engine/names/part.py ``_title_end``): a title-only
speaker shows its whole phrase, not the company's name.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_the_office_of_a_company_is_shown_whole() -> None:
    got = _names('وقال الرئيس التنفيذي لـ"آبل" إن الأسعار "ستنخفض".')
    assert got == ['الرئيس التنفيذي لـ"آبل"']


def test_the_name_after_the_company_is_the_person() -> None:
    """Near miss: the office holder's name follows the company: it is the name shown."""
    got = _names('وقال الرئيس التنفيذي لـ"آبل"، تيم كوك، إن الأسعار "ستنخفض".')
    assert got == ["تيم كوك"]


def test_a_later_bare_surname_links_through_the_company() -> None:
    """The office's full name, read through the company, names the bare surname after it."""
    text = ('قرر العمال التصعيد، بحسب ما أكده للإذاعة، الكاتب العام للنقابة الأساسية'
            ' لـ"ستيب" رضا ساسي. وأشار ساسي إلى أن الوضعية "صعبة".')
    assert _names(text) == ["رضا ساسي"]
