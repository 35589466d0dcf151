"""JSON and JSON Lines output: one record per document, always valid UTF-8.

A record is ``{"id": ..., "text": ..., "quotes": [Quote.to_dict(), ...]}`` (``"text"`` may
be left out); a failed input gives ``{"id": ..., "line": ..., "error": "..."}``.

Lone surrogates (``"\\ud800"`` read from a JSON input, for instance) cannot be encoded
in UTF-8.  They are written as JSON ``\\uXXXX`` escapes, which keeps the output valid
UTF-8 *and* lossless: ``json.loads`` gives back the same string, so offsets stay exact.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import regex

from quotecheck.types import Quote

_SURROGATE = regex.compile(r"[\ud800-\udfff]")

__all__ = ["dumps", "dumps_line", "error_record", "record"]


def _escape_surrogates(s: str) -> str:
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", s)


def dumps(obj: Any, indent: int | None = None) -> str:
    """``json.dumps`` with Arabic kept readable and lone surrogates escaped."""
    s = json.dumps(obj, ensure_ascii=False, indent=indent)
    return _escape_surrogates(s)


def dumps_line(obj: Any) -> str:
    """One JSON Lines line (no newline inside; ends with ``\\n``)."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return _escape_surrogates(s) + "\n"


def record(
    doc_id: Any, text: str | None, quotes: Sequence[Quote] | Iterable[Quote]
) -> dict[str, Any]:
    """The output record of one document (``text=None`` leaves the text out)."""
    out: dict[str, Any] = {"id": doc_id}
    if text is not None:
        out["text"] = text
    out["quotes"] = [q.to_dict() for q in quotes]
    return out


def error_record(doc_id: Any, line: int | None, message: str) -> dict[str, Any]:
    """The output record of an input that failed."""
    out: dict[str, Any] = {"id": doc_id}
    if line is not None:
        out["line"] = line
    out["error"] = message
    return out
