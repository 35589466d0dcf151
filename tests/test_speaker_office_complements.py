"""An office's complements belong to its title, not to the holder's name, and a long
title-only mention is linked to the holder named before with the same office.  Sentences
written for the test.

- ``names.part._construct_complement``: ل + a noun in construct with a definite noun after
  the office's body (للرابطة الوطنية لكرة القدم) is title material; a personal name with ل
  (لطفي) is not.
- ``names.part.later_title_complement``: عن + a body after an office and its own complement
  (النائب بمجلس نواب الشعب عن حركة النهضة X) names the constituency, and the phrase goes on
  to the holder's name.
- ``names.resolve._stray_word`` + ``names.harvest._title_words_only``: a long title-only
  mention whose name would be its last definite word takes the office holder's name."""

from __future__ import annotations

from quotecheck import extract_quotes


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_a_long_title_only_mention_takes_the_holder_named_before() -> None:
    text = ("أفاد كمال الهمامي الناطق الرسمي للرابطة الوطنية لكرة القدم المحترفة أن القرعة"
            " ستسحب يوم الخميس. وأكد الناطق الرسمي للرابطة الوطنية لكرة القدم المحترفة أن"
            " الرزنامة جاهزة.")
    assert [name for _, name in _pairs(text)] == ["كمال الهمامي", "كمال الهمامي"]


def test_a_construct_complement_is_no_part_of_the_name() -> None:
    text = "قال رئيس الجامعة التونسية لكرة القدم لطفي الحاجي إن المنتخب جاهز."
    assert _pairs(text) == [("رئيس الجامعة التونسية لكرة القدم لطفي الحاجي", "لطفي الحاجي")]


def test_the_constituency_after_an_office_goes_on_to_the_name() -> None:
    text = "قال النائب بمجلس نواب الشعب عن حركة النهضة عماد الخميري إن الجلسة ستعقد غدا."
    assert _pairs(text) == [("النائب بمجلس نواب الشعب عن حركة النهضة عماد الخميري",
                             "عماد الخميري")]


def test_an_about_phrase_that_names_no_body_ends_the_speaker() -> None:
    """The near miss: عن هذا المشروع is the topic, not a constituency."""
    text = "وقال النائب بمجلس نواب الشعب عن هذا المشروع إنه سيعرض على الجلسة العامة."
    assert [sp for sp, _ in _pairs(text)] == ["النائب بمجلس نواب الشعب"]
