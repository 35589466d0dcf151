"""A byline whose name a bar parts from the date or section (``كتب: NAME | DATE``) is page
furniture: its cue word reports nothing (engine/furniture.py).  Sentences written for the
test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text)]


def test_a_byline_with_a_date_after_a_bar_is_no_quote() -> None:
    text = ("كتب: سامي العلوي | 14 أكتوبر 2026 - 09:12 م\n"
            "أعلنت وزارة الصحة أن الحملة تنطلق غدا.")
    assert _quotes(text) == [("الحملة تنطلق غدا", "وزارة الصحة")]


def test_a_long_sentence_of_the_cue_before_a_bar_still_reports() -> None:
    """The near miss: more than a byline's words before the bar, the verb reports."""
    got = _quotes("كتب الوزير في تدوينة على صفحته أن الحكومة ماضية في الإصلاح | الصباح")
    assert len(got) == 1 and got[0][1] == "الوزير"
