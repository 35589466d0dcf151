"""A plain-text table of quotes for a terminal: number, kind, cue, speaker, name, text.

Control characters (bidi controls, zero-width marks, NUL, line breaks) are cleaned from
the *display* only; offsets in the ``start:end`` column refer to the original text.
The quote text is the last column and wraps to the terminal width (``COLUMNS`` when set).
The cue, speaker and name columns take their full width when the line has room for them
and a quote text of at least a quarter of the line; else the longest of them are cut (``…``)
to one common width, never under 8 columns.
"""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Sequence

from quotecheck.types import Quote

__all__ = ["clean", "display_width", "render_table"]

_HEADERS = ("#", "kind", "at", "cue", "speaker", "name", "text")
_MIN_FIELD = 8  # the narrowest a cue/speaker/name column is cut to


def clean(s: str) -> str:
    """Text safe to print: format/control characters dropped or made spaces, no surrogates."""
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if ch in "\r\n\t":
            out.append(" ")
        elif cat in ("Cc", "Cf", "Co", "Cn"):
            continue
        elif cat == "Cs":
            out.append("\ufffd")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(s: str) -> int:
    """Columns a string takes in a terminal (combining marks 0, wide characters 2)."""
    return sum(_char_width(ch) for ch in s)


def _truncate(s: str, width: int) -> str:
    if display_width(s) <= width:
        return s
    out, w = [], 0
    for ch in s:
        cw = _char_width(ch)
        if w + cw > width - 1:
            break
        out.append(ch)
        w += cw
    return "".join(out) + "…"


def _pad(s: str, width: int) -> str:
    return s + " " * max(0, width - display_width(s))


def _wrap(s: str, width: int) -> list[str]:
    width = max(width, 10)
    lines: list[str] = []
    cur, cur_w = "", 0
    for word in s.split(" "):
        ww = display_width(word)
        while ww > width:  # a very long word: cut it
            head = _truncate(word, width)[:-1]
            if cur:
                lines.append(cur)
                cur, cur_w = "", 0
            lines.append(head)
            word = word[len(head):]
            ww = display_width(word)
        if cur and cur_w + 1 + ww > width:
            lines.append(cur)
            cur, cur_w = word, ww
        else:
            cur = f"{cur} {word}" if cur else word
            cur_w += ww + (1 if cur_w else 0)
    if cur or not lines:
        lines.append(cur)
    return lines


def _row(i: int, q: Quote) -> list[str]:
    return [
        str(i),
        q.kind + ("*" if q.headline else ""),
        f"{q.start}:{q.end}",
        clean(q.cue.text) if q.cue else "-",
        clean(q.speaker.text) if q.speaker else "-",
        clean(q.speaker_name) if q.speaker_name else "-",
        clean(q.text),
    ]


def _fit(natural: list[int], budget: int) -> list[int]:
    """Column widths within ``budget``: the widest ones cut to one common width."""
    if sum(natural) <= budget:
        return natural
    cap = max(natural)
    while cap > _MIN_FIELD and sum(min(n, cap) for n in natural) > budget:
        cap -= 1
    return [min(n, cap) for n in natural]


def render_table(
    quotes: Sequence[Quote], title: str | None = None, width: int | None = None
) -> str:
    """The quotes as a table; ``width`` defaults to the terminal's (at least 60 columns)."""
    if width is None:
        width = shutil.get_terminal_size((120, 24)).columns
    width = max(width, 60)
    lines: list[str] = []
    if title is not None:
        n = len(quotes)
        lines.append(f"== {clean(title)} ({n} quote{'s' if n != 1 else ''}) ==")
    if not quotes:
        lines.append("(no quotes)")
        return "\n".join(lines) + "\n"
    rows = [_row(i, q) for i, q in enumerate(quotes, 1)]
    widths = [max(display_width(r[c]) for r in [list(_HEADERS), *rows]) for c in range(6)]
    budget = width - sum(widths[:3]) - 2 * 6 - max(24, width // 4)
    widths[3:6] = _fit(widths[3:6], budget)
    for r in rows:
        r[3:6] = [_truncate(c, w) for c, w in zip(r[3:6], widths[3:6], strict=True)]
    left = sum(widths) + 2 * 6
    text_width = max(width - left, 20)
    sep = "  "
    header = sep.join(_pad(h, w) for h, w in zip(_HEADERS, widths, strict=False))
    lines.append(header + sep + _HEADERS[6])
    lines.append("-" * min(width, left + text_width))
    for r in rows:
        wrapped = _wrap(r[6], text_width)
        head = sep.join(_pad(c, w) for c, w in zip(r[:6], widths, strict=False))
        lines.append(head + sep + wrapped[0])
        for more in wrapped[1:]:
            lines.append(" " * (left) + more)
    return "\n".join(lines) + "\n"
