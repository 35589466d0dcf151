"""Old import path of :mod:`quotecheck.engine.speakers` (speaker phrases), kept working.

The names are looked up lazily: ``quotecheck.engine`` imports this module while it loads.
"""

from __future__ import annotations

from typing import Any

_NAMES = (
    "SpeakerSpan",
    "is_addressee",
    "is_medium",
    "is_nisba",
    "name_part",
    "noun_base",
    "phrase_after",
    "stops_phrase",
    "strip_conj",
)
__all__ = list(_NAMES)


def __getattr__(name: str) -> Any:
    from quotecheck.engine import speakers

    try:
        return getattr(speakers, name)
    except AttributeError:
        raise AttributeError(f"module 'quotecheck.speakers' has no attribute {name!r}") from None


def __dir__() -> list[str]:
    return sorted(_NAMES)
