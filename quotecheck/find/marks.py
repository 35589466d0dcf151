"""Quotation-mark pairing: one linear pass, a state per mark family, stray marks dropped.

Limits: a pair's content holds at most ``MAX_QUOTE_CHARS`` characters in ``MarkPair.inner``;
a longer pair is kept whole and says so (``MarkPair.truncated``, for ``Quote.truncated``).
An opening mark waits for its closing mark until a paragraph break (a blank line, ``\r\r``,
U+2029) or for ``MAX_PAIR_CHARS`` characters, then it is dropped as a stray mark.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

from quotecheck.lang.ar.normalize import SPACES

# Families: marks of one family pair with each other.  Symmetric marks guess their
# direction from the characters around them; directed ones (guillemets, CJK corner and
# angle brackets) say it.
DOUBLE = frozenset('"“”„‟″＂')
GUILLEMET_OPEN, GUILLEMET_CLOSE = "«‹", "»›"
SINGLE = frozenset("‘’‚‛'")
#: Directed marks: opening mark -> family, closing mark -> family.
OPENING = {"«": "g", "‹": "g", "「": "c", "『": "w", "《": "a", "〈": "b"}
CLOSING = {"»": "g", "›": "g", "」": "c", "』": "w", "》": "a", "〉": "b"}
ALL_MARKS = frozenset(DOUBLE | SINGLE | set(OPENING) | set(CLOSING))
_MARK_RE = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]")  # (stdlib: faster)
MAX_QUOTE_CHARS = 4000
MAX_PAIR_CHARS = 4 * MAX_QUOTE_CHARS
_OPEN_CONTEXT = set(" \t\n\r\u00a0([{:،,؛;-–—") | {""}
_CLOSE_CONTEXT = set(" \t\n\r\u00a0)]}.،,؛;:!?؟-–—") | {""}
# A paragraph break: U+2029, or two line ends (CR LF is one) with only spaces between.
_LINE_END = "(?>\r\n|[\r\n\u2028\x85\x0b\x0c])"
_PARAGRAPH = re.compile(f"\u2029|{_LINE_END}[ \t{SPACES}]*{_LINE_END}")

@dataclass(frozen=True, slots=True)
class MarkPair:
    """A matched pair: offsets of the opening and closing mark characters."""

    open: int
    close: int

    @property
    def truncated(self) -> bool:
        """The content is longer than ``MAX_QUOTE_CHARS``: ``inner`` cuts it there."""
        return self.close - self.open - 1 > MAX_QUOTE_CHARS

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the content, at most ``MAX_QUOTE_CHARS`` characters of it."""
        return self.open + 1, min(self.close, self.open + 1 + MAX_QUOTE_CHARS)


def paragraph_break(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` holds a paragraph break: a paragraph separator (U+2029) or two line ends
    with only spaces between (``\n\n``, ``\r\r``, ``\r\n\r\n``, U+2028 twice...)."""
    return _PARAGRAPH.search(text, a, b) is not None


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


def _is_markup(text: str, i: int) -> bool:
    """A mark of scraped HTML (``style="..."``, ``...;">``): an attribute value, not a quote."""
    return (i > 0 and text[i - 1] == "=") or (i + 1 < len(text) and text[i + 1] == ">")


def _is_apostrophe(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return prev.isalnum() and nxt.isalnum()


def pair_marks(text: str, layout: str | None = None) -> list[MarkPair]:
    """All outermost quotation-mark pairs of a text, in document order (``layout``: the text
    as given when ``text`` is its canonical form, one character for one: its paragraph
    breaks count, U+2029 or ``\r\r`` that the canonical form writes as one line end).

    Linear in the length of the text.  Each family keeps a stack, so nested quotes of
    the same family pair correctly; an opening mark with no closing mark before a
    paragraph break (or MAX_PAIR_CHARS) is dropped, so it never swallows the text.
    """
    pairs: list[MarkPair] = []
    stacks: dict[str, deque[int]] = {f: deque() for f in ("d", "s", *OPENING.values())}
    last_check = 0
    breaks = text if layout is None or len(layout) != len(text) else layout
    for m in _MARK_RE.finditer(text):
        i = m.start()
        ch = text[i]
        if any(stacks.values()):
            # Expire pending marks at a paragraph break (checked once per stretch of text).
            if paragraph_break(breaks, last_check, i):
                for st in stacks.values():
                    st.clear()
            for st in stacks.values():
                while st and i - st[0] > MAX_PAIR_CHARS:
                    st.popleft()
        last_check = i
        fam = OPENING.get(ch)
        if fam is not None:
            stacks[fam].append(i)
            continue
        fam = CLOSING.get(ch)
        if fam is not None:
            if stacks[fam]:
                pairs.append(MarkPair(stacks[fam].pop(), i))
            continue
        fam = "d" if ch in DOUBLE else "s"
        if fam == "s" and ch in "'’" and _is_apostrophe(text, i) or _is_markup(text, i):
            continue
        st = stacks[fam]
        d = 1 if ch == "„" else _direction(text, i)
        if d == 1 or (d == 0 and not st):
            st.append(i)
        elif st:
            start = st.pop()
            if i - start > 1:
                pairs.append(MarkPair(start, i))
    pairs.sort(key=lambda p: (p.open, -p.close))
    # Keep the outer pair where pairs nest or cross.
    out: list[MarkPair] = []
    for p in pairs:
        if out and p.open < out[-1].close:
            continue
        out.append(p)
    return out
