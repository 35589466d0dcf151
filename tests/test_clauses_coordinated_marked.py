"""A reported clause followed by ``، وأن`` and a second clause with quoted words: two clauses,
the first an indirect quote, the second's marked words a mixed one (round 9, qb11: the first
clause was dropped).  Not where the complementizer belongs to a connective (، خاصة وأن).
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _texts(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.kind, q.speaker.text if q.speaker else None)
            for q in extract_quotes(text)]


def test_clause_before_a_marked_coordinated_clause_is_kept() -> None:
    got = _texts('وأضاف المدير أن فرق الإنقاذ وصلت إلى القرية مساء أمس، وأن "الوضع تحت '
                 'السيطرة".')
    assert got == [("فرق الإنقاذ وصلت إلى القرية مساء أمس", "indirect", "المدير"),
                   ("الوضع تحت السيطرة", "mixed", "المدير")]


def test_subject_between_complementizer_and_marks() -> None:
    got = _texts('وقالت الوزارة إن الامتحانات ستجرى في موعدها، وإن اللجان "جاهزة تماما".')
    assert got[0] == ("الامتحانات ستجرى في موعدها", "indirect", "الوزارة")
    assert ("جاهزة تماما", "mixed", "الوزارة") in got


def test_connective_before_the_complementizer_is_no_second_clause() -> None:
    """The near miss: ، خاصة وأن "especially since" is no coordinated report."""
    got = _texts('وأضاف المدير أن الطريق مقطوع منذ الصباح، خاصة وأن "الأمطار لم تتوقف".')
    assert [kind for _, kind, _ in got] == ["mixed"]


def test_text_cut_after_the_second_complementizer() -> None:
    for cut in ('وأضاف المدير أن فرق الإنقاذ وصلت، وأن', 'وأضاف المدير أن فرق الإنقاذ وصلت، وأن "',
                'وأضاف المدير أن فرق الإنقاذ وصلت، وأن "الوضع"'):
        got = _texts(cut)
        assert got and got[0][0].startswith("فرق الإنقاذ وصلت")


def test_marked_predicate_before_a_coordinated_clause_is_decided_alone() -> None:
    """The clause up to ، وأن is decided on its own: its marked predicate is mixed (the
    words of the next clause no longer make it a term set in a long clause)."""
    got = _texts('وأكد الكاتب العام أن الحوار مع الوزارة "لم ينقطع"، وأن جلسة جديدة ستعقد يوم '
                 'الخميس.')
    assert got == [("لم ينقطع", "mixed", "الكاتب العام"),
                   ("جلسة جديدة ستعقد يوم الخميس", "indirect", "الكاتب العام")]


def test_complementizer_inside_the_marks_splits_nothing() -> None:
    """The near miss: ، وأن inside the quoted words belongs to the quote."""
    got = _texts('وأكد الكاتب العام أن النقابة "لن تتراجع عن مطالبها، وأن الإضراب قائم" حتى '
                 'إشعار آخر.')
    assert got == [("لن تتراجع عن مطالبها، وأن الإضراب قائم", "mixed", "الكاتب العام")]
    assert _texts('وأكد الكاتب العام أن الحوار مع الوزارة "لم ينقطع"، وأن') == [
        ("لم ينقطع", "mixed", "الكاتب العام")]
