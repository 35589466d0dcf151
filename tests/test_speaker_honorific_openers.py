"""The name shown for a speaker phrase that opens with a Gulf honorific (speaker_words.json
``honorific_openers``, read by ``engine.names.part.honorific_opener``): the person's name,
not the honorific.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_royal_highness_before_a_title_and_name() -> None:
    text = 'قال صاحب السمو الملكي الأمير فيصل بن عبدالرحمن آل فهيد إن "المشروع مهم للمنطقة".'
    assert _names(text) == ["فيصل بن عبدالرحمن آل فهيد"]


def test_excellency_before_a_title_and_name() -> None:
    text = 'قال سعادة الدكتور أحمد بن محسن الغساني، رئيس البلدية، إن "المشروع مهم".'
    assert _names(text) == ["أحمد بن محسن الغساني"]


def test_happiness_of_a_group_is_no_honorific() -> None:
    """The near miss: سعادة before a plain noun (the happiness of the citizens) is no
    honorific; the phrase stays whole."""
    text = 'وقالت سعادة المواطنين إن "المشروع مهم".'
    assert _names(text) == ["سعادة المواطنين"]
