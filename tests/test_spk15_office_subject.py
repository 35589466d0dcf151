"""A singular office with no name that is the subject of its sentence's first verb is the
antecedent of the bare verbs of the same sentence (ورحب المبعوث الأممي إلى اليمن ...،
ووصفه: ``engine.names.earlier._office_subject``).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

_FIRST = "وقال وزير الصحة محمد الصالح إن المستشفيات جاهزة. "


def _mentions(text: str) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in extract_quotes(text)]


def test_an_office_subject_of_the_sentence_takes_its_bare_verb() -> None:
    text = _FIRST + 'ورحب المبعوث الأممي إلى اليمن في بيان بالاتفاق، ووصفه بأنه "خطوة مهمة".'
    assert _mentions(text) == ["وزير الصحة محمد الصالح", "المبعوث الأممي إلى اليمن"]


def test_a_plural_office_is_no_singular_subject() -> None:
    """Near miss: المسؤولون is a plural of persons, not one office: the singular bare verb
    keeps the speaker before it."""
    text = _FIRST + 'ورحب المسؤولون في بيان بالاتفاق، ووصفه بأنه "خطوة مهمة".'
    assert _mentions(text) == ["وزير الصحة محمد الصالح", "وزير الصحة محمد الصالح"]


def test_a_one_word_office_points_back_to_the_person_named_before() -> None:
    """Near miss: المتحدث alone refers back to the union member named before; the bare
    verb keeps his full mention and name."""
    text = ("وقال عضو النقابة علي الكافي إن المستشفيات جاهزة. وعبر المتحدث في ذات السياق عن"
            " استياء الأطباء من تجاهل الوزارة لعديد المطالب وفي مقدمتها عقد اجتماع يبحث هذه"
            ' الوضعية مؤكدا أن "المستشفيات تعمل بطاقتها القصوى".')
    assert [q.speaker_name for q in extract_quotes(text)] == ["علي الكافي", "علي الكافي"]
