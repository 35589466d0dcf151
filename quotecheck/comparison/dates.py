"""A document's date, for telling one occasion from another (the same words said another day).

``document_date`` reads the first full date in a text: numeric (2016/03/08, 2025-09-18,
08/03/2016) or written (24 غشت 2021, الثلاثاء 8 مارس 2016), with the month names of
``data/months.tsv``.  Dates without a year are not used.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import regex

from quotecheck.comparison import lexicon
from quotecheck.comparison.text import fold

_ISO = regex.compile(r"(?<!\d)(20\d\d|19\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = regex.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](20\d\d|19\d\d)(?!\d)")
_WRITTEN = regex.compile(
    r"(?<!\d)(\d{1,2})\s+([\p{L}/]+(?:\s*/\s*[\p{L}]+)?)\s+(20\d\d|19\d\d)(?!\d)"
)


@cache
def _months() -> dict[str, int]:
    out = {}
    for line in lexicon.lines("months.tsv"):
        word, _, num = line.partition("\t")
        out[fold(word.strip())] = int(num)
    return out


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def document_date(text: str, limit: int = 3000) -> dt.date | None:
    """The first full date written in the first ``limit`` characters of ``text``, or None."""
    head = fold(text[:limit])
    found: list[tuple[int, dt.date]] = []
    m = _ISO.search(head)
    if m and (d := _safe(int(m[1]), int(m[2]), int(m[3]))):
        found.append((m.start(), d))
    m = _DMY.search(head)
    if m and (d := _safe(int(m[3]), int(m[2]), int(m[1]))):
        found.append((m.start(), d))
    months = _months()
    for m in _WRITTEN.finditer(head):
        names = [w.strip() for w in m[2].split("/")]
        month = next((months[w] for w in names if w in months), None)
        if month and (d := _safe(int(m[3]), month, int(m[1]))):
            found.append((m.start(), d))
            break
    return min(found)[1] if found else None


def days_apart(a: dt.date | None, b: dt.date | None) -> int | None:
    """Days between two dates, or None when either is unknown."""
    if a is None or b is None:
        return None
    return abs((a - b).days)
