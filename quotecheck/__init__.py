"""quotecheck: quotations in Arabic news text, their cues, speakers and names."""

from __future__ import annotations

from quotecheck.types import Mention, Quote

__all__ = ["Mention", "Quote", "extract_quotes"]
__version__ = "0.1.0"


def extract_quotes(text: str) -> list[Quote]:
    """Every direct, mixed and indirect quote of ``text``, in document order."""
    from quotecheck.engine import extract

    if not isinstance(text, str):
        raise TypeError(f"extract_quotes expects str, got {type(text).__name__}")
    return extract(text)
