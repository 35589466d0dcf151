"""A bare verb agrees with its antecedent in gender, and a name's gender is the gender of the
verb it was the subject of (وقالت سلمى X: a woman; وأكد سامي Y: a man): a feminine bare verb
after a man's quote goes back to the woman quoted before him (``Namer._verb_agrees`` in
``Namer._agreeing``).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

_TWO = "وقالت سلمى الكافي إن المشروع جاهز. وأكد سامي الصالح أن التمويل متوفر. "


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_a_feminine_bare_verb_skips_a_man_named_by_his_verb() -> None:
    text = _TWO + "وأضافت أن الأشغال ستنطلق قريبا."
    assert _names(text) == ["سلمى الكافي", "سامي الصالح", "سلمى الكافي"]


def test_a_masculine_bare_verb_keeps_the_man() -> None:
    """Near miss: وأضاف agrees with the man's verb: the nearest speaker stays."""
    text = _TWO + "وأضاف أن الأشغال ستنطلق قريبا."
    assert _names(text) == ["سلمى الكافي", "سامي الصالح", "سامي الصالح"]


def test_a_relay_verb_says_nothing_of_the_relayed_speaker() -> None:
    """Near miss: ونقلت is the radio's verb, not the minister's (a word stands between the
    verb and him): its feminine form does not make him a woman."""
    text = ("وقالت سلمى الكافي إن المشروع جاهز. ونقلت الإذاعة عن سامي الصالح أن التمويل"
            " متوفر. وأضاف أن الأشغال ستنطلق قريبا.")
    assert _names(text)[-1] == "سامي الصالح"
