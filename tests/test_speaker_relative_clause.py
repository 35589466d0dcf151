"""A cue that opens a relative clause (... جمال بن حسين الذي أكد أن) takes as its speaker
the phrase the relative pronoun follows, when the pronoun agrees with the verb (الذي أكد،
التي أكدت) and the phrase names a person or a body
(``engine.cue_speaker.relative_antecedent``).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

from quotecheck import extract_quotes


def test_the_named_office_holder_before_alladhi_speaks() -> None:
    text = "التقت مراسلتنا مدير الدورة جمال بن حسين الذي أكد أن الدورة ناجحة."
    assert _speakers(text) == ["مدير الدورة جمال بن حسين"]


def test_a_name_then_its_title_before_alladhi() -> None:
    text = "وتحادث الرئيس مع سامي العياري، رئيس الجمعية الذي أفاد بأن اللقاء كان مثمرا."
    quotes = extract_quotes(text)
    assert quotes[0].speaker_name == "سامي العياري"


def test_a_relative_pronoun_that_is_the_object_gives_no_speaker() -> None:
    """The near miss: التي قال (feminine pronoun, masculine verb): the pronoun is the verb's
    object, so the party named before it is no speaker."""
    text = ("ووجه سامي العياري انتقادات لاذعة لحركة نداء تونس، التي قال إنها خرجت عن"
            " مسارها.")
    assert _speakers(text) == ["سامي العياري"]


def test_the_object_after_a_name_and_definite_surname_ends_the_subject() -> None:
    """The subject of the sentence's verb (سامي العياري) is the speaker of the bare قال; the
    indefinite noun after the definite surname opens the verb's object (انتقادات لاذعة) and
    is no part of it (``names.earlier._object_after_surname``)."""
    text = "ووجه منجي الرحوي انتقادات حادة لحركة مشروع تونس، التي قال إنها خرجت عن مسارها."
    assert [q.speaker_name for q in extract_quotes(text)] == ["منجي الرحوي"]


def test_a_compound_first_name_keeps_its_surname() -> None:
    """The near miss: محمد الطاهر is a compound first name (طاهر is a first name), so the
    indefinite word after it is the surname, not the object."""
    text = "وانتقد محمد الطاهر كمونة حركة نداء تونس، التي قال إنها خرجت عن مسارها."
    assert [q.speaker_name for q in extract_quotes(text)] == ["محمد الطاهر كمونة"]


def test_a_thing_before_the_pronoun_is_no_speaker() -> None:
    """The near miss: الصورة التي أكدت: no person or body before the pronoun."""
    text = "وتم عرض الصورة التي أكدت أن الرجل كان حاضرا."
    assert _speakers(text) == [None]


def test_a_named_person_noun_with_its_emphatic_before_alladhi() -> None:
    """الطالب ذاته الذي أكد: a definite noun + ذاته points back to the student named before
    (بالطالب محمد الخزري), so the phrase is the relative clause's speaker."""
    text = ("وتمت الإحاطة بالطالب محمد الخزري. وقال العميد إن الطالب لم يسجل، وهو ما نفاه"
            " الطالب ذاته الذي أكد أنه سحب ترسيمه.")
    assert _speakers(text) == ["العميد", "الطالب ذاته"]


def test_a_thing_with_its_emphatic_before_alladhi_is_no_speaker() -> None:
    """The near miss: الموقف ذاته الذي أكد: the noun was never set before a first name."""
    text = ("وتمت الإحاطة بالطالب محمد الخزري. وقال العميد إن الطالب لم يسجل، وهو ما يخالف"
            " الموقف ذاته الذي أكد أن الطالب سحب ترسيمه.")
    assert "الموقف ذاته" not in _speakers(text)
