"""Datelines, section labels and bylines are no speakers and hold no quote of the article.
Sentences written for the test."""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker_name, q.cue.text if q.cue else None) for q in extract_quotes(text)]


@pytest.mark.parametrize("text", [
    "سوسة : حجز كميات من المواد المدعمة في مخزن عشوائي",
    "القلعة الكبرى : انطلاق أشغال تهيئة الطريق الحزامية",
    "كرة اليد : الترجي يفوز على النجم في الدربي",
])
def test_a_dateline_or_section_label_is_no_headline(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize("text,speaker", [
    ("وزير الفلاحة : لن نسمح بالاحتكار في مسالك التوزيع", "وزير الفلاحة"),
    ("مصر : لن نسمح بالمساس بأمننا المائي", "مصر"),
])
def test_a_speaker_or_a_state_before_a_colon_stays_a_headline(text: str, speaker: str) -> None:
    """The near miss: an office, or a sovereign country (it speaks for its state)."""
    got = _quotes(text)
    assert len(got) == 1 and got[0][1] == speaker


def test_a_byline_is_neither_speaker_nor_quote() -> None:
    got = _quotes("كتب - سامي العلوي:\nأعلنت وزارة الصحة أن الحملة تنطلق غدا.")
    assert got == [("الحملة تنطلق غدا", "وزارة الصحة", "أعلنت")]
    got = _quotes("كتبت: ريم حداد\nقال الوزير إن الحملة تنطلق غدا.")
    assert got == [("الحملة تنطلق غدا", "الوزير", "قال")]


def test_kataba_in_running_prose_still_reports() -> None:
    """The near miss: كتب with its subject and complement on a long line."""
    got = _quotes("كتب الوزير على صفحته أن الحملة ستنطلق غدا في كل الولايات.")
    assert got == [("الحملة ستنطلق غدا في كل الولايات", "الوزير", "كتب")]

