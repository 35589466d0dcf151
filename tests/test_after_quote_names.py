"""A short quoted name right before a verb of saying that reports its own clause is no
quote of that verb (engine/after_quote.py ``reports_own_clause``).  Sentences written for
the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.cue.text if q.cue else None) for q in extract_quotes(text)]


def test_a_quoted_name_before_a_verb_with_its_own_clause_is_no_quote() -> None:
    got = _quotes('وفي تصريح لإذاعة "صوت الجنوب الحرة"، أوضح المدير أنه سيستقيل قريبا.')
    assert got == [("indirect", "سيستقيل قريبا", "أوضح")]


def test_a_short_quote_before_its_verb_and_subject_is_a_quote() -> None:
    """Near miss: the verb after the pair has no clause of its own, the pair is its quote."""
    got = _quotes('"لن نتراجع أبدا" قال الوزير أمس في البرلمان.')
    assert got == [("direct", "لن نتراجع أبدا", "قال")]
