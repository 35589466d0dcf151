"""A verb that governs an object and a ب-complement (وصف X بأنه، ووصف الأمر بـ"..."): the one
noun phrase between the verb and its complement is the object, never the speaker; the subject
stands before the verb or is implicit (engine/cue_object.py ``object_before_complement``).
Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers_named

from quotecheck import extract_quotes


def test_the_object_of_a_fronted_subjects_verb_is_no_speaker() -> None:
    got = speakers_named('أما الوزير المكلف بالملف، سامي العلي، فقد وصف نتائج المفاوضات بأنها '
                         '"إيجابية جدا".')
    assert got == [("الوزير المكلف بالملف، سامي العلي", "سامي العلي")]


def test_a_joined_verbs_one_word_object_leaves_the_antecedent() -> None:
    got = speakers_named('وقال الوزير سامي العلي إن الوضع صعب. ووصف الأمر بأنه "مقلق للغاية".')
    assert [name for _, name in got] == ["سامي العلي", "سامي العلي"]


def test_a_subject_and_an_object_keep_the_subject() -> None:
    """Near miss: a subject and an object stand between the verb and its complement."""
    got = speakers_named('ووصف الوزير الاتفاق بأنه "خطوة تاريخية".')
    assert got[0][0] is not None and got[0][0].startswith("الوزير")


def test_a_verb_with_its_object_pronoun_keeps_the_subject_after_it() -> None:
    """Near miss: وصفه carries its object; the noun after it is its subject."""
    got = speakers_named('أثار القرار جدلا واسعا وصفه المعارضون بأنه "ضربة للحريات".')
    assert got == [("المعارضون", "المعارضون")]


def test_a_named_subject_before_the_complement_is_kept() -> None:
    """Near miss: a known first name heads the phrase: the verb's subject."""
    got = speakers_named('ووصف سامي القرار بأنه "خطوة تاريخية".')
    assert got[0][1] is not None and got[0][1].startswith("سامي")


def test_the_text_cut_right_after_the_object() -> None:
    for text in ('ووصف الأمر', 'ووصف الأمر ب', 'فقد وصف أجواء الاجتماع بأنها'):
        assert all(q.start <= q.end for q in extract_quotes(text))


def test_the_fixed_object_of_drawing_attention_is_no_speaker() -> None:
    got = speakers_named('وكان الوزير سامي العلي قد زار المدينة، ولفت الانتباه إلى أن "المشروع '
                         'تأخر كثيرا".')
    assert [name for _, name in got] == ["سامي العلي"]


def test_a_subject_before_the_object_of_attention_is_kept() -> None:
    """Near miss: the subject stands between the verb and its object: it speaks."""
    got = speakers_named('ولفت الوزير الانتباه إلى أن "المشروع تأخر كثيرا".')
    assert got[0][0] is not None and got[0][0].startswith("الوزير")


def test_the_text_cut_right_after_the_object_of_attention() -> None:
    for text in ('ولفت الانتباه', 'ولفت انتباه', 'لفت النظر إلى'):
        assert all(q.start <= q.end for q in extract_quotes(text))
