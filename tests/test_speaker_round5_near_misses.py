"""Near misses for three speaker rules of round 5 (review_round5 M2): a source note's phrase
keeps the name in apposition after its comma (``names.anaphor._cut_at_comma``), a surname that
opens with ب stays a name after a title in a source note (``names.titles._ba_phrase``), and a
quantifier is read past only before its indefinite adjective (``speakers._quantity_adjective``).
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_a_note_keeps_the_name_after_its_comma() -> None:
    """The near miss of the comma cut: the segment after the note's comma opens with a first
    name, the office holder's in apposition, so the note's phrase keeps it."""
    text = ("تم تأجيل التظاهرة وفق ما أكده وزير الصناعة، زكرياء حمد. وأضاف أن الموعد الجديد"
            " سيعلن لاحقا.")
    assert _speakers(text) == [("وزير الصناعة، زكرياء حمد", "زكرياء حمد")]


def test_a_surname_opening_with_ba_stays_the_name() -> None:
    """The near miss of the ب-phrase: بلحاج opens like a surname (بل), no preposition, so
    the note's office keeps its holder's name."""
    text = ("وتعلقت أسباب ارتفاع المديونية، وفق الوزير بلحاج، بتراجع الطلب. وشدد على أن"
            " السوق الموازية تتوسع.")
    assert _speakers(text) == [("الوزير بلحاج", "بلحاج")]


def test_a_ba_phrase_after_the_note_is_no_name() -> None:
    """بصعوبة after the note's comma is the clause's, no name of the minister's."""
    text = ("قال وزير الصناعة زكرياء حمد إن الشركة تعاني. وتعلقت أسباب ارتفاع المديونية، وفق"
            " الوزير، بصعوبة اعتماد استراتيجية تجارية. وشدد على أن السوق الموازية تتوسع.")
    assert _speakers(text)[-1] == ("الوزير", "زكرياء حمد")


def test_a_quantifier_with_its_adjective_is_read_past() -> None:
    text = "ورد عليه عدد كبير من المحتجين، معتبرين أن القرار ظالم."
    assert [sp for sp, _ in _speakers(text)] == ["عدد كبير من المحتجين"]


def test_a_definite_word_after_the_quantifier_is_no_adjective() -> None:
    """The near miss: عدد المحتجين is a construct phrase, no quantifier and its adjective,
    so the partitive من after it is not read past."""
    text = "ورد عليه عدد المحتجين من الطلبة، معتبرين أن القرار ظالم."
    assert [sp for sp, _ in _speakers(text)] == ["عدد المحتجين"]
