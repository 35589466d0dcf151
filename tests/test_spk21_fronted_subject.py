"""A cue verb whose subject is written before it (subject-verb-object order) takes no second
subject after it: the phrase after the verb that is no speaker's is its object (engine/
cue_object.py ``fronted_subject``).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers_named

from quotecheck import extract_quotes


def test_a_title_and_apposed_name_before_the_verb_is_its_subject() -> None:
    got = speakers_named('لكن مدرب الفريق، الفرنسي جان دوبوا، رأى الأمور بعين أخرى: '
                         '«لم نستحق الخسارة».')
    assert got[0] == ("مدرب الفريق، الفرنسي جان دوبوا", "جان دوبوا")


def test_a_subject_before_qad_and_the_verbs_addressee() -> None:
    got = speakers_named('وكانت الوزيرة سامية قد أفادت لوحدة المتابعة بالمركز أنها "لن تستقيل".')
    assert got == [("الوزيرة سامية", "سامية")]


def test_a_subject_after_the_verb_is_kept() -> None:
    """Near miss: an unnamed source follows the verb: it is the subject (VSO order)."""
    got = speakers_named('وفي تونس، أوضح مصدرنا الأمني أن "التحقيق متواصل".')
    assert got[0][0] is not None and got[0][0].startswith("مصدرنا")


def test_a_clause_before_the_verb_is_no_subject() -> None:
    """Near miss: the words before the verb open with a verb and a preposition: no subject."""
    got = speakers_named('وفيما يتعلق بقضية الوزير سامي، أفاد الناطق أنه "تم تأجيل الجلسة".')
    assert got[0][0] == "الناطق"


def test_the_text_cut_right_after_the_verb() -> None:
    for text in ('لكن مدرب الفريق، الفرنسي جان دوبوا، رأى', 'لكن مدرب الفريق، رأى الأمور',
                 'وكانت الوزيرة سامية قد أفادت'):
        assert all(q.start <= q.end for q in extract_quotes(text))
