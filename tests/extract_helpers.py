"""Small helpers the extraction tests share (importable because pytest puts tests/ on the path)."""

from __future__ import annotations

from quotecheck import extract_quotes


def speakers(text: str) -> list[str | None]:
    """The speaker mention's text of each quote extracted from ``text``, in order."""
    return [q.speaker.text if q.speaker else None for q in extract_quotes(text)]


def speakers_named(text: str) -> list[tuple[str | None, str | None]]:
    """The speaker mention's text and the speaker's name of each quote, in order."""
    return [(q.speaker.text if q.speaker else None, q.speaker_name) for q in extract_quotes(text)]


def headlines(text: str) -> list[tuple[str, str | None]]:
    """The text and speaker mention of each headline quote extracted from ``text``."""
    return [(q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text)
            if q.headline]
