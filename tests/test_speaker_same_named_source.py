"""A source marked as the same one (ذات المصدر، المصدر ذاته، نفس المصدر) with no unnamed
source before it stands for the person quoted before (``names.same_source.
named_source_before``); a statement noun after a word of sameness (ذات البلاغ) is a statement
anaphor, named after its issuer (``names.anaphor.is_statement_anaphor``); a source note that
opens with a person's name is an antecedent (``naming.Namer._names_person``).  Sentences
written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_the_same_source_after_a_named_person_is_that_person() -> None:
    text = ("أكد رئيس البلدية، محمد العربي، أن الأشغال ستنطلق قريبا. وبين ذات المصدر أن"
            " الميزانية جاهزة.")
    assert _speakers(text)[-1] == ("ذات المصدر", "محمد العربي")


def test_the_emphatic_after_the_noun_points_back_too() -> None:
    text = ("وأوضح المدير الجهوي للتجارة كمال الحامدي أن المراقبة متواصلة. وأضاف المصدر ذاته"
            " أن المخالفات كثيرة.")
    assert _speakers(text)[-1] == ("المصدر ذاته", "كمال الحامدي")


def test_the_definite_noun_alone_is_a_new_source() -> None:
    """The near miss: وقال المصدر without a word of sameness is not named after a person."""
    text = ("أكد رئيس البلدية، محمد العربي، أن الأشغال ستنطلق قريبا. وقال المصدر إن"
            " الميزانية جاهزة.")
    assert _speakers(text)[-1] == ("المصدر", "المصدر")


def test_plural_sources_are_not_one_person() -> None:
    """The near miss: المصادر ذاتها are sources, not the person quoted before."""
    text = ("أكد رئيس البلدية، محمد العربي، أن الأشغال ستنطلق قريبا. وأضافت المصادر ذاتها"
            " أن الميزانية جاهزة.")
    assert _speakers(text)[-1] == ("المصادر ذاتها", "المصادر ذاتها")


def test_the_same_statement_is_named_after_its_issuer() -> None:
    text = ("دعت وزارة الفلاحة، في بلاغ لها، إلى الحذر من الأمطار. وأوضح ذات البلاغ أن"
            " السدود امتلأت.")
    assert _speakers(text)[-1] == ("وزارة الفلاحة", "وزارة الفلاحة")


def test_the_same_word_before_another_noun_is_no_statement() -> None:
    """The near miss: ذات الشاب is a person, no statement standing for its issuer."""
    text = ("دعت وزارة الفلاحة، في بلاغ لها، إلى الحذر من الأمطار. وأوضح ذات الشاب أن"
            " السدود امتلأت.")
    assert _speakers(text)[-1][0] == "ذات الشاب"


def test_a_note_opening_with_a_name_is_the_next_speaker() -> None:
    text = ("تم تعليق الدروس بالمدرسة وفق ما أكده علي عبيد، ممثل الأولياء. وأشار إلى أن"
            " جلسة عقدت مع المندوب.")
    assert _speakers(text) == [("علي عبيد", "علي عبيد")]


def test_a_note_opening_with_a_noun_names_no_speaker() -> None:
    """The near miss: حسب تعبيره is no person."""
    text = "تم تعليق الدروس بالمدرسة حسب تعبيره. وأشار إلى أن جلسة عقدت مع المندوب."
    assert _speakers(text) == [(None, None)]
