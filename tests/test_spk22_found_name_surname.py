"""A name found after a title at some distance (``name_after_title``: مديرة التخطيط في
البلدية المهندسة ربى الحوراني) is noted in the document's name book at once, so a later
surname-only mention (وأضافت الحوراني) shows the full name, as names the speaker phrases
hold do. Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.engine.names.book import NameBook

_NAMED = ('وأوضحت مديرة التخطيط في البلدية المهندسة ربى الحوراني لـ"بترا" أن العمل مستمر. '
          'وقالت مديرة التخطيط إن الخطة "جاهزة". وأضافت الحوراني أن "التنفيذ يبدأ غدا".')


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_the_surname_shows_the_name_found_after_the_title() -> None:
    assert _names(_NAMED) == ["ربى الحوراني", "ربى الحوراني", "ربى الحوراني"]


def test_no_name_after_the_title_leaves_the_surname() -> None:
    """Near miss: no name is set after the title; the surname stands alone."""
    text = _NAMED.replace(" المهندسة ربى الحوراني", "")
    assert _names(text) == ["مديرة التخطيط", "مديرة التخطيط", "الحوراني"]


def test_the_text_cut_after_the_surname_cue() -> None:
    """No error when the text ends right after the trigger."""
    cut = _NAMED[: _NAMED.index("وأضافت الحوراني") + len("وأضافت الحوراني")]
    assert len(extract_quotes(cut)) == 2


def test_the_book_indexes_a_name_found_late() -> None:
    """A name added after the index was built is found for its surname; a pinned key stays
    its own fullest name."""
    book = NameBook()
    book.add_person(("سامي", "العمري"))
    assert book.fullest(("الحوراني",)) == ("الحوراني",)
    book.pin(("العمري",), "العمري")
    book.add_found_person(("ربى", "الحوراني"))
    assert book.fullest(("الحوراني",)) == ("ربى", "الحوراني")
    assert book.fullest(("العمري",)) == ("العمري",)
