"""A two-part title's second lead, و + the article + a noun (``.. والوزارة:``), speaks
without its conjunction, though the noun is an institution's (engine/headline_lexicon.py
conj_joined); a lead with no و (``.. وزارة الصحة:``) keeps its first letter.  Sentences
written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _heads(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.kind, q.speaker.text if q.speaker else None)
            for q in extract_quotes(text) if q.headline]


def test_the_conjunction_before_a_definite_body_is_no_part_of_the_speaker() -> None:
    assert _heads("دعم مالي للبلديات.. والوزارة: سنواصل الدعم") == [
        ("سنواصل الدعم", "direct", "الوزارة")]


def test_a_body_after_the_conjunction_in_a_title_with_a_body_text() -> None:
    text = "ارتفاع الأسعار.. والوزارة: سنتدخل قريبا\nوقالت الوزارة إنها ستتدخل."
    assert _heads(text) == [("سنتدخل قريبا", "direct", "الوزارة")]


def test_a_body_noun_that_opens_with_waw_keeps_it() -> None:
    """The near miss: وزارة is the noun itself, no conjunction."""
    assert _heads("دعم مالي للبلديات.. وزارة الصحة: سنواصل الدعم") == [
        ("سنواصل الدعم", "direct", "وزارة الصحة")]


def test_a_title_that_opens_with_waw_and_the_article_letters_keeps_them() -> None:
    """The near miss: والي (a governor) is a title, not و + the article."""
    assert _heads("دعم مالي للبلديات.. والي القصرين: سنواصل الدعم") == [
        ("سنواصل الدعم", "direct", "والي القصرين")]
