"""After a comma, a person's name that opens with a known first name is in apposition to a
role phrase that holds no first name, whatever its words (نقيب المهندسين المعماريين، سامي
الورتاني أن: نقيب is no title of titles.txt) (``speakers._first_name_in_apposition``).
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_a_name_after_a_comma_names_the_role() -> None:
    text = "أكد نقيب المهندسين المعماريين، سامي الورتاني أن المشروع متعثر."
    assert _speakers(text) == [("نقيب المهندسين المعماريين، سامي الورتاني", "سامي الورتاني")]


def test_a_name_set_off_by_commas_before_another_role_stays_alone() -> None:
    """The near miss: a comma after the name; the role after it is no part of the name."""
    text = 'وقالت الطبيبة، ماريا نرا، مديرة دائرة الصحة في المنظمة: "المياه ملوثة".'
    assert _speakers(text) == [("الطبيبة، ماريا نرا", "ماريا نرا")]


def test_several_persons_after_a_quantifier_are_no_apposition() -> None:
    """The near miss: كل من names several persons, no one name in apposition."""
    text = ("أكد كل من عميد المهندسين، سامي الورتاني، ومنسق المرصد، علاء المرزوقي أن الأزمة"
            " ستحتد.")
    assert _speakers(text)[0][1] != "علاء المرزوقي"
