"""Quotation-mark pairing: one linear pass, a state per mark family, stray marks dropped."""

from __future__ import annotations

from dataclasses import dataclass

# Families: marks of one family pair with each other.  Symmetric marks guess their
# direction from the characters around them.
DOUBLE = frozenset('"“”„‟″＂')
GUILLEMET_OPEN, GUILLEMET_CLOSE = "«‹", "»›"
SINGLE = frozenset("‘’‚‛'")
ALL_MARKS = frozenset(DOUBLE | SINGLE | set(GUILLEMET_OPEN) | set(GUILLEMET_CLOSE))
MAX_QUOTE_CHARS = 4000
_OPEN_CONTEXT = set(" \t\n\r\u00a0([{:،,؛;-–—") | {""}
_CLOSE_CONTEXT = set(" \t\n\r\u00a0)]}.،,؛;:!?؟-–—") | {""}


@dataclass(frozen=True, slots=True)
class MarkPair:
    """A matched pair: offsets of the opening and closing mark characters."""

    open: int
    close: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


def _paragraph_break(text: str, a: int, b: int) -> bool:
    seg = text[a:b]
    i = seg.find("\n")
    while i != -1:
        j = i + 1
        while j < len(seg) and seg[j] in " \t\r\u00a0":
            j += 1
        if j < len(seg) and seg[j] == "\n":
            return True
        i = seg.find("\n", i + 1)
    return False


def _direction(text: str, i: int) -> int:
    """+1 looks like an opening mark, -1 like a closing one, 0 undecided."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    opens = prev in _OPEN_CONTEXT or prev in ALL_MARKS
    closes = nxt in _CLOSE_CONTEXT or nxt in ALL_MARKS
    if opens and not closes:
        return 1
    if closes and not opens:
        return -1
    return 0


def _is_apostrophe(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return prev.isalnum() and nxt.isalnum()


def pair_marks(text: str) -> list[MarkPair]:
    """All outermost quotation-mark pairs of a text, in document order.

    Linear in the length of the text.  An opening mark with no closing mark before a
    paragraph break (or MAX_QUOTE_CHARS) is dropped, so it never swallows the text.
    """
    pairs: list[MarkPair] = []
    open_at: dict[str, int] = {}  # family -> offset of the pending opening mark
    depth_g = 0
    for i, ch in enumerate(text):
        if ch not in ALL_MARKS:
            continue
        for fam, pos in list(open_at.items()):
            if i - pos > MAX_QUOTE_CHARS or _paragraph_break(text, pos, i):
                del open_at[fam]
                if fam == "g":
                    depth_g = 0
        if ch in GUILLEMET_OPEN:
            if "g" not in open_at:
                open_at["g"] = i
                depth_g = 1
            else:
                depth_g += 1
            continue
        if ch in GUILLEMET_CLOSE:
            if "g" in open_at:
                depth_g -= 1
                if depth_g <= 0:
                    pairs.append(MarkPair(open_at.pop("g"), i))
                    depth_g = 0
            continue
        fam = "d" if ch in DOUBLE else "s"
        if fam == "s" and (ch == "'" or ch == "’") and _is_apostrophe(text, i):
            continue
        d = 1 if ch == "„" else _direction(text, i)
        if fam not in open_at:
            if d >= 0:
                open_at[fam] = i
            continue
        start = open_at[fam]
        if d == 1 and i - start > 1 and _restart(text, start, i):
            open_at[fam] = i  # the pending mark was stray: start again here
            continue
        if i - start > 1:
            pairs.append(MarkPair(open_at.pop(fam), i))
        else:
            del open_at[fam]
    pairs.sort(key=lambda p: p.open)
    # Keep the outer pair where pairs nest or cross.
    out: list[MarkPair] = []
    for p in pairs:
        if out and p.open < out[-1].close:
            continue
        out.append(p)
    return out


def _restart(text: str, start: int, i: int) -> bool:
    """A clear opening mark after a sentence end suggests the pending one was stray."""
    seg = text[start + 1 : i].rstrip()
    return bool(seg) and (seg[-1] in ".!?؟" or "\n" in seg)
