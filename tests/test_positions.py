"""quotecheck.find.positions: lazy word positions equal a plain scan, whatever the windows."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.find import positions
from quotecheck.find.positions import WordPositions
from quotecheck.speakers import strip_conj


def spellings(word: str) -> set[str]:
    return {word, "و" + word, "ف" + word}


def plain(norms: list[str], word: str) -> list[int]:
    return [k for k, w in enumerate(norms) if strip_conj(w) == word]


NORMS = ("وقال الوزير ان الوزير والوزير فالوزير كالوزير الوزيره وزير ووزير الوزير "
         "زير وزير فوزير").split()


@pytest.mark.parametrize("window", [1, 2, 5, 64, 1 << 16])
@pytest.mark.parametrize("word", ["الوزير", "زير", "وزير", "قال", "ان", "غائب"])
def test_positions_equal_a_plain_scan(monkeypatch: pytest.MonkeyPatch, window: int,
                                      word: str) -> None:
    monkeypatch.setattr(positions, "WINDOW", window)
    wp = WordPositions(NORMS, strip_conj, spellings)
    assert list(wp.of(word)) == plain(NORMS, word)
    assert list(wp.of(word)) == plain(NORMS, word)  # again, from what was found


def test_conjunction_spellings_are_found_and_lookalikes_are_not() -> None:
    wp = WordPositions(NORMS, strip_conj, spellings)
    hits = [NORMS[k] for k in wp.of("الوزير")]
    assert hits == ["الوزير", "الوزير", "والوزير", "فالوزير", "الوزير"]
    assert "كالوزير" not in hits and "الوزيره" not in hits


def test_an_index_built_halfway_keeps_the_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """A query read partly by scanning and then from the index gives each hit once."""
    monkeypatch.setattr(positions, "WINDOW", 8)
    wp = WordPositions(NORMS, strip_conj, spellings)
    it = wp.of("الوزير")
    first = next(it)
    monkeypatch.setattr(positions, "INDEX_AFTER", 0)  # the next window builds the index
    assert [first, *it] == plain(NORMS, "الوزير")
    assert list(wp.of("زير")) == plain(NORMS, "زير")


def test_empty_and_spaced_queries_find_nothing() -> None:
    wp = WordPositions(NORMS, strip_conj, spellings)
    assert list(wp.of("")) == [] and list(wp.of("الوزير ان")) == []
    assert list(WordPositions([], strip_conj, spellings).of("الوزير")) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["الوزير", "والوزير", "فالوزير", "كالوزير", "زير", "وزير",
                                 "ووزير", "ال", "و", "ف", "الوزيره"]), max_size=40),
       st.integers(1, 30), st.integers(0, 3))
def test_positions_property(norms: list[str], window: int, budget: int) -> None:
    old = positions.WINDOW, positions.INDEX_AFTER
    positions.WINDOW, positions.INDEX_AFTER = window, budget
    try:
        wp = WordPositions(norms, strip_conj, spellings)
        for word in ("الوزير", "زير", "وزير", "ال"):
            assert list(wp.of(word)) == plain(norms, word)
    finally:
        positions.WINDOW, positions.INDEX_AFTER = old
