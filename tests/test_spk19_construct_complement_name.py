"""ل + a noun in construct after a title's nisba (لكرة) takes its definite complement with it
even as the phrase's last word: رئيس الاتحاد الأردني لكرة السلة shows the whole title, no
name السلة; engine/names/part.py (round 8, spk17's leftover).  Sentences written for the
test."""

from __future__ import annotations

from extract_helpers import speakers_named


def test_the_sport_after_the_construct_noun_is_no_name() -> None:
    got = speakers_named('وقال رئيس الاتحاد العراقي لكرة القدم إن المنتخب "جاهز للبطولة".')
    assert got[0][1] == "رئيس الاتحاد العراقي لكرة القدم"


def test_the_unit_after_the_construct_noun_is_no_name() -> None:
    got = speakers_named('وقال المدير العام لوحدة التخطيط إن المشروع "جاهز".')
    assert got[0][1] == "المدير العام لوحدة التخطيط"


def test_a_name_after_the_complement_is_still_shown() -> None:
    got = speakers_named('وقال رئيس الاتحاد الأردني لكرة السلة سامي الخطيب إن المنتخب'
                    ' "جاهز للبطولة".')
    assert got[0][1] == "سامي الخطيب"


def test_a_first_name_with_lam_is_no_construct_noun() -> None:
    """Near miss: a personal name that opens with ل after the title is the person's."""
    got = speakers_named('وقال المدير الجهوي للصحة لطفي الحاجي إن المستشفى "جاهز".')
    assert got[0][1] == "لطفي الحاجي"
