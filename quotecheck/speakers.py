"""Old import path of :mod:`quotecheck.engine.speakers` (speaker phrases), kept working.

The names are looked up lazily (``__all__`` included): ``quotecheck.engine`` imports this
module while it loads.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    from quotecheck.engine import speakers

    try:
        return getattr(speakers, name)
    except AttributeError:
        raise AttributeError(f"module 'quotecheck.speakers' has no attribute {name!r}") from None


def __dir__() -> list[str]:
    from quotecheck.engine import speakers

    return sorted(speakers.__all__)
