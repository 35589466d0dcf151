"""A name set off by commas after the title of a relayed source reaches the relay's noun
(نقلت الإذاعة عن مدرب الفريق، سامي العلي، قوله إن: the clause follows قوله), and a place in
the title phrase that is also a personal name (صنعاء) does not count as the person named
already.  engine/apposition.py.  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers_named


def test_an_apposed_name_before_the_relay_noun() -> None:
    got = speakers_named('ونقلت قناة محلية عن المتحدث باسم وفد صنعاء التفاوضي، عبدالملك حسين'
                    ' المداني، قوله إن إحاطة المبعوث "لم تكن متوازنة".')
    assert got[0][0] is not None and got[0][0].endswith("عبدالملك حسين المداني")


def test_a_place_that_is_a_name_in_the_title_phrase() -> None:
    got = speakers_named('وقال المتحدث باسم وفد صنعاء التفاوضي، عبدالملك حسين المداني، إن إحاطة'
                    ' المبعوث "لم تكن متوازنة".')
    assert got[0][1] is not None and got[0][1].endswith("حسين المداني")


def test_words_after_the_comma_that_are_no_name() -> None:
    """Near miss: after the comma comes an adverbial, no person's name: the title stays."""
    got = speakers_named('ونقلت الإذاعة عن مدرب الفريق، في تصريح مقتضب، قوله إن فريقه'
                    ' "لا يعرف الكثير عن المنافس".')
    assert got[0][0] == "مدرب الفريق"
