"""القيادي (a party's leading member) is an office word of titles.txt: a phrase headed by it
ends after the name in apposition (not at the verb's object after the next comma), and a
sentence's subject so headed is an antecedent of the bare verbs after it.  Sentences written
for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def _mentions(text: str) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in extract_quotes(text)]


def test_a_party_leader_is_the_antecedent_of_a_bare_verb() -> None:
    text = ('قال رئيس الحزب، علي الهادي، إن الحوار ممكن. وانتقد القيادي بالحزب، سامي'
            ' العربي، قرارات الحكومة، قائلا إن "البلاد في أزمة".')
    assert _mentions(text)[-1] == "القيادي بالحزب، سامي العربي"


def test_the_leadership_is_no_title() -> None:
    """The near miss: القيادة (the command) is a body of persons, no office of a person."""
    text = ('قال رئيس الحزب، علي الهادي، إن الحوار ممكن. وانتقدت القيادة العسكرية قرارات'
            ' الحكومة، قائلة إن "البلاد في أزمة".')
    assert _names(text)[-1] != "القيادة العسكرية قرارات الحكومة"
