"""ل before a noun with a possessive pronoun right after a verb of saying (أكد لموقعنا، وقالوا
لها ولزملائها) is the one addressed, never the speaker: a subject takes no ل (engine/
speakers.py ``possessed_addressee``).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers_named

from quotecheck import extract_quotes


def test_our_outlet_after_the_verb_is_no_speaker() -> None:
    got = speakers_named('غير أن مصدرا مطلعا على الملف أكد لموقعنا، طالبا عدم ذكر اسمه، أن '
                         'الاتفاق "قريب جدا".')
    assert got[0][0] is not None and got[0][0].startswith("مصدرا")


def test_a_coordinated_addressee_is_no_speaker() -> None:
    got = speakers_named('وقالوا لها ولزملائها: "انصرفوا من هنا".')
    assert got == [(None, None)]


def test_a_body_whose_own_letter_is_lam_speaks() -> None:
    """Near miss: لجنتها is a committee with its pronoun, the ل its own: the subject."""
    got = speakers_named('وقالت لجنتها إن "الفوز مستحق".')
    assert got == [("لجنتها", "لجنتها")]


def test_a_name_that_opens_with_lam_speaks() -> None:
    """Near miss: a known first name that opens with ل is the subject."""
    got = speakers_named('وقالت لمياء الهاشمي لزملائها إن "الفوز مستحق".')
    assert got[0][1] is not None and got[0][1].startswith("لمياء")


def test_the_text_cut_right_after_the_addressee() -> None:
    for text in ('أكد لموقعنا', 'وقالوا لها ولزملائها', 'وقالوا لها ول'):
        assert all(q.start <= q.end for q in extract_quotes(text))
