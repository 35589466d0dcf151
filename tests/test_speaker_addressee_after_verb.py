"""ل + a title, body or definite noun right after the cue is the verb's addressee, never its
subject (``engine.cue_speaker._addressee_phrase``).  Sentences written for the test, after
review round 7 (S4)."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

from quotecheck import extract_quotes


def test_addressee_title_after_the_verb_is_no_speaker() -> None:
    text = 'وقال لرئيس الحكومة إن "الوضع صعب في الجهة".'
    assert _speakers(text) == [None]


def test_the_subject_before_the_verb_speaks_to_the_addressee() -> None:
    text = ("وأفاد المصدر أن ممثلي النقابات، أكدوا للوزارة أنهم سيواصلون الإضراب "
            "في الأيام القادمة.")
    assert _speakers(text)[-1] == "ممثلي النقابات"


def test_a_first_name_with_lam_is_the_subject() -> None:
    """The near miss: a personal name that opens with ل (لطفي) is the subject."""
    text = 'وقال لطفي العبيدي إن "الوضع صعب في الجهة".'
    assert _speakers(text) == ["لطفي العبيدي"]


def test_a_surname_with_lam_given_after_a_first_name_is_the_subject() -> None:
    """The near miss: لوزير, given after a first name before (هاشمي لوزير), is a surname,
    no ل + وزير addressee."""
    text = ('أكد الدكتور هاشمي لوزير، مدير معهد باستور، أن "الوضع مستقر". '
            'وأضاف لوزير أن "التلقيح متواصل".')
    assert [q.speaker_name for q in extract_quotes(text)] == ["هاشمي لوزير", "هاشمي لوزير"]
    assert _speakers(text)[-1] == "لوزير"
