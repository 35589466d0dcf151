"""A body's acronym in brackets right after a title phrase that ends at the body's name, then
a short complement and a person's name set off by commas: the speaker phrase reads past the
brackets to the name (وقال ممثل منظمة الأمم المتحدة للطفولة (يونيسف) في اليمن، فيليب دوامل،
إن ...); engine/apposition.py (round 8: spk17's acronym step, where the phrase ends before
the bracket).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers_named


def test_the_name_after_the_acronym_and_a_place() -> None:
    got = speakers_named('وقال ممثل منظمة الأمم المتحدة للطفولة (يونيسف) في اليمن، فيليب دوامل، إن'
                    ' "الأطفال يعانون".')
    assert got[0][1] == "فيليب دوامل"


def test_the_name_after_the_acronym_and_a_ba_place() -> None:
    got = speakers_named('وصرح ممثل الاتحاد العام للطلبة (اوطم) بالكلية، الأستاذ كريم بوزيد، بأن'
                    ' النقابة "ترحب بالقرار".')
    assert got[0][1] == "كريم بوزيد"


def test_a_time_word_after_the_acronym_is_no_name() -> None:
    """Near miss: the words set off by commas after the acronym are a day, no name."""
    got = speakers_named('وقال ممثل منظمة الأمم المتحدة للطفولة (يونيسف) في اليمن، الخميس، إن'
                    ' "الأطفال يعانون".')
    assert got[0][0] == "ممثل منظمة الأمم المتحدة للطفولة"


def test_an_unclosed_bracket_is_no_acronym() -> None:
    """Near miss: a bracket that does not close within two words holds no acronym."""
    got = speakers_named('وقال ممثل منظمة الأمم المتحدة للطفولة (يونيسف في اليمن، فيليب دوامل، إن'
                    ' "الأطفال يعانون".')
    assert got[0][1] != "فيليب دوامل"
