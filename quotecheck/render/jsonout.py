"""JSON and JSON Lines output: one record per document, always valid UTF-8.

A record is ``{"id": ..., "text": ..., "quotes": [Quote.to_dict(), ...]}`` (``"text"`` may
be left out; a record whose input had no id has ``"id": null`` and its input ``"line"``); a
failed input gives ``{"id": ..., "line": ..., "error": "..."}``.

Every line is strict JSON: a non-finite number (``NaN``, ``Infinity``, which Python's
``json`` reads and writes) is written as ``null``.

Lone surrogates (``"\\ud800"`` read from a JSON input, for instance) cannot be encoded
in UTF-8.  They are written as JSON ``\\uXXXX`` escapes, which keeps the output valid
UTF-8 *and* lossless: ``json.loads`` gives back the same string, so offsets stay exact.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from typing import Any

import regex

from quotecheck.types import Quote

_SURROGATE = regex.compile(r"[\ud800-\udfff]")

__all__ = ["dumps", "dumps_line", "error_record", "record"]


def _escape_surrogates(s: str) -> str:
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", s)


def finite(obj: Any) -> Any:
    """``obj`` with every NaN or infinite float (in lists and dicts too) made ``None``."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: finite(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [finite(v) for v in obj]
    return obj


def _strict(obj: Any, **kw: Any) -> str:
    try:
        return json.dumps(obj, ensure_ascii=False, allow_nan=False, **kw)
    except ValueError:  # NaN/Infinity somewhere: not JSON
        return json.dumps(finite(obj), ensure_ascii=False, allow_nan=False, **kw)


def dumps(obj: Any, indent: int | None = None) -> str:
    """``json.dumps`` with Arabic kept readable, lone surrogates escaped, NaN as null."""
    return _escape_surrogates(_strict(obj, indent=indent))


def dumps_line(obj: Any) -> str:
    """One JSON Lines line (no newline inside; ends with ``\\n``)."""
    return _escape_surrogates(_strict(obj, separators=(",", ":"))) + "\n"


def record(
    doc_id: Any, text: str | None, quotes: Sequence[Quote] | Iterable[Quote],
    line: int | None = None,
) -> dict[str, Any]:
    """The output record of one document (``text=None`` leaves the text out; ``line``: the
    input line, given for a record without an id)."""
    out: dict[str, Any] = {"id": doc_id}
    if line is not None:
        out["line"] = line
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
