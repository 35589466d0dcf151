"""portfolio_lead: a ministry's portfolio then ب written onto a state or territory
(``الصحة بغزة :``) speaks for that ministry, as ``الصحة في غزة :`` does; ب onto a town of
places.txt (``الصحة بالقيروان :``) is the news item's place, a topic.  Sentences written for
the test."""

from __future__ import annotations

from extract_helpers import headlines as _headlines

_STATEMENT = ": نفاد نصف الأدوية الأساسية في المستشفيات"
_BODY = "\n\nوتعاني المستشفيات من نقص حاد في الوقود منذ أسابيع."


def test_the_portfolio_of_a_territory_speaks() -> None:
    got = _headlines("الصحة بغزة" + _STATEMENT + _BODY)
    assert got == [("نفاد نصف الأدوية الأساسية في المستشفيات", "الصحة بغزة")]


def test_the_portfolio_in_a_town_is_a_topic() -> None:
    """The near miss: a town of places.txt after ب is where the news item happens."""
    assert _headlines("الصحة بالقيروان" + _STATEMENT + _BODY) == []


def test_the_text_cut_right_after_the_lead() -> None:
    assert _headlines("الصحة بغزة:") == []
    assert _headlines("الصحة بغزة") == []
