"""A bare definite body noun (الوزارة) as a speaker is named by the body phrase with the same
head noun given in full before it; alone in the text it keeps its own text (near miss)."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_definite_body_noun_takes_the_earlier_full_name() -> None:
    text = "قالت وزارة الصحة التونسية إن الوضع مستقر. وأكدت الوزارة أن اللقاحات متوفرة."
    assert [q.speaker_name for q in extract_quotes(text)] == ["وزارة الصحة التونسية"] * 2


def test_statement_object_is_not_part_of_the_body_name() -> None:
    text = ("أصدرت وزارة الشؤون الخارجية بلاغا يوم الأحد. وقالت الوزارة في البلاغ إن المملكة "
            "تتابع الوضع.")
    (q,) = extract_quotes(text)
    assert q.speaker.text == "الوزارة" and q.speaker_name == "وزارة الشؤون الخارجية"


def test_definite_body_noun_alone_keeps_its_text() -> None:
    (q,) = extract_quotes("وأكدت الوزارة أن اللقاحات متوفرة.")
    assert q.speaker_name == "الوزارة"


def test_other_head_noun_is_not_taken() -> None:
    """Near miss: الهيئة does not take a ministry's name."""
    text = "قالت وزارة الصحة إن الوضع مستقر. وأكدت الهيئة أن اللقاحات متوفرة."
    assert extract_quotes(text)[-1].speaker_name == "الهيئة"
