"""A clause-opening licensed perfect (رجّح، شرح، برّر، فسّر: finders.json ``opening_licensed``)
reports even after the preposition بين earlier in its sentence; only a بين/بيّن form there
still looks back for the preposition's pair (round 9, qb11).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _texts(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.kind, q.speaker.text if q.speaker else None)
            for q in extract_quotes(text)]


def test_licensed_perfect_after_an_earlier_between() -> None:
    got = _texts("وأفادت مصادر نيابية بأن الجلسة شهدت نقاشا حادا بين النواب والوزير، ورجحت أن "
                 "يعود الملف إلى اللجنة.")
    assert got == [("الجلسة شهدت نقاشا حادا بين النواب والوزير", "indirect", "مصادر نيابية"),
                   ("يعود الملف إلى اللجنة", "indirect", "مصادر نيابية")]


def test_between_after_an_earlier_between_is_still_the_preposition() -> None:
    """The near miss: وبين after بين in the same sentence is the preposition's pair."""
    assert _texts("تتواصل المفاوضات بين الحكومة والنقابات، وبين الوزير أن الاتفاق ممكن.") == []


def test_text_cut_after_the_licensed_perfect() -> None:
    for cut in ("تتواصل المفاوضات بين الحكومة والنقابات، ورجحت أن",
                "تتواصل المفاوضات بين الحكومة والنقابات، ورجحت"):
        assert _texts(cut) == []
