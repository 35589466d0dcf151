"""Words with offsets into the original text, their folded forms and the gaps between them."""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

import regex

from quotecheck.lang.ar.normalize import fold

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}\p{Cf}_]+")
# Sentence punctuation: a full stop that is not inside a number, ! ? ؟ and line breaks.
_SENT = regex.compile(r"(?<!\d)\.(?!\d)|[!?؟\n…]")


class Word(NamedTuple):
    """One word: offsets into the original text, its text and its folded form."""

    start: int
    end: int
    text: str
    norm: str


class WordIndex:
    """The words of a text plus cheap questions about the gaps between them."""

    def __init__(self, text: str) -> None:
        self.text = text
        words = [Word(m.start(), m.end(), g, fold(g)) for m in _WORD.finditer(text)
                 for g in (m.group(),)]
        self.words: list[Word] = [w for w in words if w.norm]
        self.starts = [w.start for w in self.words]
        self.norms = [w.norm for w in self.words]
        self._breaks = [m.start() for m in _SENT.finditer(text)]
        self.breaks = self._gap_breaks()

    def _gap_breaks(self) -> list[bool]:
        """For each gap 0..len: does it hold a sentence break?  One merge pass."""
        out = []
        br = self._breaks
        j = 0
        prev_end = 0
        for w in self.words + [Word(len(self.text), len(self.text), "", "")]:
            while j < len(br) and br[j] < prev_end:
                j += 1
            out.append(j < len(br) and br[j] < w.start)
            prev_end = w.end
        return out

    def __len__(self) -> int:
        return len(self.words)

    def gap(self, i: int) -> str:
        """The text between word i-1 and word i (for i == len, after the last word)."""
        a = self.words[i - 1].end if i > 0 else 0
        b = self.words[i].start if i < len(self.words) else len(self.text)
        return self.text[a:b]

    def gap_span(self, i: int) -> tuple[int, int]:
        a = self.words[i - 1].end if i > 0 else 0
        b = self.words[i].start if i < len(self.words) else len(self.text)
        return a, b

    def sentence_break_before(self, i: int) -> bool:
        """True when the gap before word i ends a sentence."""
        return self.breaks[i]

    def first_at_or_after(self, pos: int) -> int:
        """Index of the first word starting at or after a character offset."""
        return bisect_right(self.starts, pos - 1)

    def last_before(self, pos: int) -> int:
        """Index of the last word ending at or before a character offset (-1 if none)."""
        i = bisect_right(self.starts, pos) - 1
        while i >= 0 and self.words[i].end > pos:
            i -= 1
        return i
