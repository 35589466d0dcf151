"""Feminine first names mined from ANT after a title (person_names.txt, round 4): with the
name known, an office holder's later bare title (وأضافت الوزيرة) is linked to her name.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_a_maghrebi_first_name_after_a_title_names_the_later_bare_title() -> None:
    text = ("وأوضحت وزيرة الثقافة جيهان العويشي أن المهرجان سيفتتح قريبا. وأضافت الوزيرة أن"
            " العمل جار.")
    assert [q.speaker_name for q in extract_quotes(text)] == ["جيهان العويشي"] * 2


def test_an_adjective_left_out_of_the_names_is_no_name() -> None:
    """The near miss: سنية (Sunni) stays out of the list, so a body and its adjectives are
    not read as a woman's name."""
    text = "وأكدت أحزاب سنية عديدة أن الانتخابات مزورة. وأضافت الأحزاب أن الطعن جاهز."
    names = [q.speaker_name or "" for q in extract_quotes(text)]
    assert names and not any(n.startswith("سنية") for n in names)
