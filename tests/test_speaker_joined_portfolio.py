"""The conjunction و written apart inside a title's complement (وزير الصناعة و الطاقة و
المناجم زكرياء حمد) keeps the phrase going to the name (``engine.speakers`` and
``engine.names.part``).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_a_conjunction_written_apart_joins_the_portfolios() -> None:
    assert _speakers("أكد وزير الصناعة و الطاقة و المناجم زكرياء حمد أن الانتاج ارتفع.") == [
        ("وزير الصناعة و الطاقة و المناجم زكرياء حمد", "زكرياء حمد")]


def test_a_conjunction_after_the_name_joins_no_portfolio() -> None:
    """The near miss: after a name, و begins another noun phrase (a second person)."""
    got = _speakers("قال الوزير محمد الطرابلسي و الوالي إن الوضع مستقر.")
    assert got == [("الوزير محمد الطرابلسي", "محمد الطرابلسي")]
