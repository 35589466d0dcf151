"""ل + a noun in construct after a title's nisba (لكرة) takes its definite complement with it
even as the phrase's last word: رئيس الاتحاد الأردني لكرة السلة shows the whole title, no
name السلة; engine/names/part.py (round 8, spk17's leftover).  Sentences written for the
test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name) for q in extract_quotes(text)]


def test_the_sport_after_the_construct_noun_is_no_name() -> None:
    got = _speakers('وقال رئيس الاتحاد العراقي لكرة القدم إن المنتخب "جاهز للبطولة".')
    assert got[0][1] == "رئيس الاتحاد العراقي لكرة القدم"


def test_the_unit_after_the_construct_noun_is_no_name() -> None:
    got = _speakers('وقال المدير العام لوحدة التخطيط إن المشروع "جاهز".')
    assert got[0][1] == "المدير العام لوحدة التخطيط"


def test_a_name_after_the_complement_is_still_shown() -> None:
    got = _speakers('وقال رئيس الاتحاد الأردني لكرة السلة سامي الخطيب إن المنتخب'
                    ' "جاهز للبطولة".')
    assert got[0][1] == "سامي الخطيب"


def test_a_first_name_with_lam_is_no_construct_noun() -> None:
    """Near miss: a personal name that opens with ل after the title is the person's."""
    got = _speakers('وقال المدير الجهوي للصحة لطفي الحاجي إن المستشفى "جاهز".')
    assert got[0][1] == "لطفي الحاجي"
