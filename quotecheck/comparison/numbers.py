"""Numbers in quote words: digits (Arabic-Indic too), number words, compounds written in words
(خمسة عشر = 15، خمسة وعشرون = 25، ثلاثة آلاف = 3000، 3 ملايين = 3000000) and percentages
(15% = ١٥٪ = 15 في المئة = خمسة عشر بالمئة = 0.15), as normalised value strings."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quotecheck.comparison import lexicon
from quotecheck.comparison.folding import strip_marks
from quotecheck.comparison.text import Token, strip_clitics

MULTIPLIERS = (100.0, 1000.0, 1e6, 1e9)
# a comma not followed by exactly three digits is a decimal comma (5,5 = 5.5; 10,000 = 10000)
_DECIMAL_COMMA = regex.compile(r",(?!\d{3}(?!\d))")


def _fmt(x: float) -> str:
    return f"{x:g}" if abs(x) < 1e15 else str(x)


def number_value(tok: Token) -> str | None:
    """A normalised number value for a digit token or number word (``7``, ``سبعة`` → ``7``)."""
    t = tok.norm
    if strip_marks(tok.text) in lexicon.number_lookalikes():
        return None  # وأحد ("and one of"), not واحد
    if t and t[0].isdigit():
        if t.endswith("%"):
            try:
                return _fmt(float(t[:-1].replace(",", ".")) / 100)
            except ValueError:
                return t
        return _DECIMAL_COMMA.sub(".", t).replace(",", "")
    times = lexicon.time_words()
    if t in times or (len(t) > 4 and t[1:] in times):
        return None  # الاثنين (Monday), not اثنين (two)
    bare = strip_clitics(t)
    nums = lexicon.numbers()
    return nums.get(bare) or nums.get(t)


def _float(v: str) -> float | None:
    try:
        return float(v)
    except ValueError:
        return None


def _percent_after(toks: Sequence[Token], i: int) -> int:
    """How many tokens from ``i`` on spell a percent sign (في المئة، بالمئة), else 0."""
    for seq in lexicon.percent_words():
        n = len(seq)
        if tuple(t.norm for t in toks[i : i + n]) == seq:
            return n
    return 0


def number_spans(toks: Sequence[Token]) -> list[tuple[int, int, str]]:
    """The numbers of a token list as (first token, end token, value): a number word run is
    one value (units + tens, units + عشر, a multiplier), a percent phrase after a number
    divides it by 100."""
    out = []
    i = 0
    while i < len(toks):
        v = number_value(toks[i])
        if v is None:
            i += 1
            continue
        start, x = i, _float(v)
        j = i + 1
        if x is not None and not toks[i].norm.endswith("%"):
            total, cur = 0.0, x
            if x in MULTIPLIERS:
                total, cur = x, 0.0
            while j < len(toks) and not toks[j].norm[:1].isdigit():
                if _percent_after(toks, j):
                    break
                w = number_value(toks[j])
                y = None if w is None else _float(w.removesuffix("s"))
                if y is None or (w.endswith("s") and y not in MULTIPLIERS):
                    break
                if y in MULTIPLIERS:
                    total += (cur or 1.0) * y
                    cur = 0.0
                else:
                    cur += y
                j += 1
            x = total + cur
            k = _percent_after(toks, j)
            if k:
                x, j = x / 100, j + k
            v = _fmt(x)
        if not _round_name(toks, start, j, x):
            out.append((start, j, v))
        i = j
    return out


def _round_name(toks: Sequence[Token], start: int, end: int, value: float | None) -> bool:
    """Whether a fraction word names a competition round (دور الربع، ربع النهائي)."""
    if value is None or not 0 < value < 1 or end - start != 1 or toks[start].norm[:1].isdigit():
        return False
    before, after = lexicon.round_words()
    prev = start > 0 and strip_clitics(toks[start - 1].norm) in before
    nxt = end < len(toks) and (toks[end].norm in after or strip_clitics(toks[end].norm) in after)
    return bool(prev or nxt)
