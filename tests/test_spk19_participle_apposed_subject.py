"""The subject that a participle takes from its sentence's first verb reads through to the
person's name set off by commas after its title (وعبر مدرب الفريق، عزيز بنشقرون، عن سعادته،
موضحا أن ...), as a bare verb's joined subject already did (before_cue._apposed_subject);
engine/before_cue.py participle_subject (round 8).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers_named


def test_the_name_after_the_title_of_the_first_verb() -> None:
    got = speakers_named('وعبر مدرب الفريق، عزيز بنشقرون، عن سعادته بالفوز، موضحا أن لاعبيه'
                    ' "طبقوا الخطة".')
    assert got[0] == ("مدرب الفريق، عزيز بنشقرون", "عزيز بنشقرون")


def test_a_time_word_set_off_is_no_name() -> None:
    """Near miss: a day set off by commas after the title is no name."""
    got = speakers_named('وعبر مدرب الفريق، أمس، عن سعادته بالفوز، موضحا أن لاعبيه'
                    ' "طبقوا الخطة".')
    assert got[0][1] != "أمس"
