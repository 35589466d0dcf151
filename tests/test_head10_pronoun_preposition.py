"""framed: a headline lead that opens with a preposition carrying a pronoun suffix (``بينها
X و Y :``، ``منهم X :``: among them ...) names the news item's own people or things, no
speaker; a name that merely opens like a preposition (``فيصل X :``) still speaks.  Sentences
written for the test."""

from __future__ import annotations

from extract_helpers import headlines as _headlines

_STATEMENT = " : وجوه جديدة تنضم إلى الحزب قبل مؤتمره"
_BODY = "\n\nوقال منير الباجي إنه عاد إلى الحزب بعد غياب طويل."


def test_among_them_names_no_speaker() -> None:
    assert _headlines("بينها سامي الطرابلسي و منير الباجي" + _STATEMENT + _BODY) == []
    assert _headlines("منهم سامي الطرابلسي" + _STATEMENT + _BODY) == []


def test_a_name_before_the_colon_still_speaks() -> None:
    """The near miss: a person's name (no preposition with a pronoun) is the speaker."""
    got = _headlines("سامي الطرابلسي" + _STATEMENT + _BODY)
    assert got == [("وجوه جديدة تنضم إلى الحزب قبل مؤتمره", "سامي الطرابلسي")]


def test_the_text_cut_right_after_the_preposition() -> None:
    assert _headlines("بينها") == []
    assert _headlines("بينها :") == []


def test_a_name_ending_in_closed_ta_still_speaks() -> None:
    """Near miss (review round 9 M2): منة folds to من + the pronoun ه, but the text writes ة:
    a name, whose headline is its own."""
    text = ("منة شلبي : سأعود إلى السينما قريبا مع فيلم جديد\n\n"
            "وقالت منة شلبي إنها عادت إلى السينما بعد غياب طويل.")
    assert _headlines(text) == [("سأعود إلى السينما قريبا مع فيلم جديد", "منة شلبي")]
