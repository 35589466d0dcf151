"""_lone_surname: a lead of one word under three letters (``ص:``, a caption's label for
صورة) is an abbreviation, no surname; a lone word of three letters or more that no list holds
still reads as one.  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import headlines as _headlines

_TITLE = "البلدية تفتتح محطة الحافلات الجديدة\n\n"
_BODY = "وتضم المحطة عشرين رصيفا ومواقف للسيارات.\n"


def test_a_captions_abbreviation_is_no_speaker() -> None:
    text = _TITLE + _BODY + "ص: جانب من أشغال بناء المحطة في وسط المدينة\n" + _BODY
    assert _headlines(text) == []


def test_a_lone_surname_still_speaks() -> None:
    """The near miss: a word of three letters or more before the colon."""
    got = _headlines("زكري: لن نتراجع عن مشروع المحطة مهما كانت الضغوط\n\n" + _BODY)
    assert got == [("لن نتراجع عن مشروع المحطة مهما كانت الضغوط", "زكري")]


def test_the_text_cut_right_after_the_label() -> None:
    assert _headlines(_TITLE + "ص:") == []
    assert _headlines("ص") == []
