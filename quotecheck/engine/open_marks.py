"""A quotation mark opened inside a reported clause and left open past the end of its line:
its pair, found far away, is none (round 6)."""

from __future__ import annotations

import re

from quotecheck.find.marks import ALL_MARKS, MarkPair, pair_marks
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.punctuation import ARABIC_QUESTION

#: A line that ends a sentence: a full stop, ! ? ؟ or … and the line end after it (spaces, or
#: a quotation mark of another kind, between), and the next line's first visible character.
_MARK_CLASS = "[" + re.escape("".join(sorted(ALL_MARKS))) + "]"
_LINE_STOP = re.compile("[.!?\u2026" + ARABIC_QUESTION + "][ \t\u00a0]*" + _MARK_CLASS
                        + "?[ \t\u00a0]*\n[ \t\u00a0\n]*(.)")


def runs_past_line(text: str, p: MarkPair) -> bool:
    """The pair's inside holds a sentence-final line end whose next line does not open with a
    quotation mark (the convention of a quote of several paragraphs)."""
    return any(m.group(1) not in ALL_MARKS for m in _LINE_STOP.finditer(text, p.open, p.close))


def in_clause(wi: WordIndex, lex: Lexicon, pos: int) -> bool:
    """The mark at ``pos`` stands inside a reported clause: a complementizer (أن، إن، بأن)
    opens on its line, in its sentence, before it (أن التصريحات ... القطاري "ليست ...)."""
    k = wi.first_at_or_after(pos)
    while k > 0:
        k -= 1
        if lex.complementizer(wi.norms[k]):
            return True
        if wi.breaks[k] or "\n" in wi.gap(k):
            return False
    return False


def reopened_pairs(text: str, wi: WordIndex, lex: Lexicon, pairs: list[MarkPair],
                   layout: str | None = None) -> list[MarkPair]:
    """``pairs``, paired again without the opening marks of those that open inside a reported
    clause and run past a sentence-final line end (... "ليست بجديدة ... الموضوع.⏎وأضاف ...):
    such a mark never closes (the clause's mixed quote runs to its sentence end), and the
    marks after it pair among themselves."""
    bad = [p.open for p in pairs if runs_past_line(text, p) and in_clause(wi, lex, p.open)]
    if not bad:
        return pairs
    chars = list(text)
    for pos in bad:
        chars[pos] = " "
    blanked = "".join(chars)
    return pair_marks(blanked, layout if layout is None else _blank(layout, bad))


def _blank(layout: str, bad: list[int]) -> str:
    """``layout`` with the characters at ``bad`` made spaces (when it is as long as the text)."""
    if len(layout) <= max(bad):
        return layout
    chars = list(layout)
    for pos in bad:
        chars[pos] = " "
    return "".join(chars)
