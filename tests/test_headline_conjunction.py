"""An office word that opens with و (وزير، وزيرة، وكيل) is no conjunction + word: it opens a
headline's speaker after ``..``, at the end of a run of titles and before a statement in
marks; a real conjunction (ووزير، وثنائي) is left out. Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _heads(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text)
            if q.headline]


def test_an_office_opening_with_waw_after_two_full_stops() -> None:
    got = _heads("رئيس النادي: الفريق قادر على العودة.. وزير الرياضة: سندعم الفريق ماليا")
    assert got == [("الفريق قادر على العودة", "رئيس النادي"),
                   ("سندعم الفريق ماليا", "وزير الرياضة")]


def test_a_conjunction_before_the_office_is_left_out() -> None:
    """The near miss: ووزير: the conjunction joins the two titles."""
    got = _heads("رئيس النادي: الفريق قادر على العودة.. ووزير الرياضة: سندعم الفريق ماليا")
    assert got[1] == ("سندعم الفريق ماليا", "وزير الرياضة")


def test_an_office_opening_with_waw_ends_a_run_of_titles() -> None:
    got = _heads("افتتاح معرض الكتاب في دورته الجديدة وزير الثقافة: الكتاب يبقى رفيق الأجيال")
    assert got == [("الكتاب يبقى رفيق الأجيال", "وزير الثقافة")]


def test_a_conjoined_office_ends_no_run_of_titles() -> None:
    """The near miss: ووزير continues the title before it, no new speaker phrase."""
    assert _heads("افتتاح معرض الكتاب ووزير الثقافة: الكتاب يبقى رفيق الأجيال") == []


def test_an_office_opening_with_waw_before_a_statement_in_marks() -> None:
    got = _heads('وزير الخارجية "لا تراجع عن مواقفنا الثابتة"')
    assert got == [("لا تراجع عن مواقفنا الثابتة", "وزير الخارجية")]


def test_a_verb_before_the_marks_is_no_marked_headline() -> None:
    """The near miss: a verb of saying between the office and the marks."""
    assert _heads('وزير الخارجية يقول "لا تراجع عن مواقفنا الثابتة"') == []
