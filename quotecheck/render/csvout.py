"""CSV output for spreadsheets: one row per quote, UTF-8 with a BOM (so that spreadsheet
programs show Arabic), RFC 4180 quoting and ``\\r\\n`` row ends.

Columns: ``id`` (``line`` too for a JSONL corpus), ``quote`` (its number in the document,
from 1), ``kind``, ``headline``, ``start``, ``end``, ``text``, ``cue``, ``speaker``,
``speaker_name``, ``cue_lemma``, ``stance``, ``anonymous``, ``speaker_resolved``,
``error``.  A document without quotes gives no row; a failed record gives one row with
only its id and ``error``.  Booleans are ``true``/``false``; a missing value is empty.

A text cell that a spreadsheet would read as a formula (it starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) gets a leading apostrophe, as OWASP advises against CSV
injection; the exact text is in the JSON outputs, and ``start``/``end`` index the input.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from quotecheck.types import Quote

__all__ = ["BOM", "COLUMNS", "FORMULA_STARTS", "error_rows", "header", "quote_rows"]

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = ("id", "quote", "kind", "headline", "start", "end", "text", "cue", "speaker",
           "speaker_name", "cue_lemma", "stance", "anonymous", "speaker_resolved", "error")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        v = v.encode("utf-8", "replace").decode("utf-8")  # lone surrogates: "?"
        return "'" + v if v.startswith(FORMULA_STARTS) else v
    if isinstance(v, int | float):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def _line(cells: Sequence[Any]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow([_cell(c) for c in cells])
    return buf.getvalue()


def _columns(with_line: bool) -> tuple[str, ...]:
    return (COLUMNS[0], "line", *COLUMNS[1:]) if with_line else COLUMNS


def header(with_line: bool = False) -> str:
    """The BOM and the header row."""
    return BOM + _line(_columns(with_line))


def quote_rows(doc_id: Any, quotes: Sequence[Quote], line: int | None = None,
               with_line: bool = False) -> str:
    """The rows of one document's quotes."""
    out = []
    for n, q in enumerate(quotes, 1):
        d = q.to_dict()
        row: dict[str, Any] = {
            "id": doc_id, "line": line, "quote": n, "error": None,
            **{k: d.get(k) for k in COLUMNS[2:-1]},
        }
        row["cue"] = q.cue.text if q.cue else None
        row["speaker"] = q.speaker.text if q.speaker else None
        out.append(_line([row.get(c) for c in _columns(with_line)]))
    return "".join(out)


def error_rows(doc_id: Any, message: str, line: int | None = None,
               with_line: bool = False) -> str:
    """The row of a failed record."""
    row = {"id": doc_id, "line": line, "error": message}
    return _line([row.get(c) for c in _columns(with_line)])
