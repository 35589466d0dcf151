"""Flags of a pair of quotes (COMPARE_GUIDELINES.md) and their word-level diff."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

import regex

from quotecheck.comparison import lexicon
from quotecheck.comparison.entities import entities
from quotecheck.comparison.model import DiffOp
from quotecheck.comparison.numbers import number_spans
from quotecheck.comparison.text import Token, skeleton, stem, strip_clitics
from quotecheck.types import Quote

NEGATION_SCOPE = 4
_CLAUSE = regex.compile(r"[،,;؛:.!?؟]")
_SENTENCE = regex.compile(r"[.!?؟\n]")
# Complementizers that open a reported clause: «إن عملية ...» carries the same words as «عملية ...».
_OPENERS = frozenset({"ان", "انه", "انها", "بان", "بانه"})


def _bare(t: Token) -> str:
    return strip_clitics(t.norm)


def diff_tokens(a: Sequence[Token], b: Sequence[Token]) -> list[DiffOp]:
    """Word-level alignment of two token lists (on light stems), as equal/insert/delete/replace."""
    ka = [t.stem for t in a]
    kb = [t.stem for t in b]
    sm = difflib.SequenceMatcher(a=ka, b=kb, autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        sa = (a[i1].start, a[i2 - 1].end) if i2 > i1 else _point(a, i1)
        sb = (b[j1].start, b[j2 - 1].end) if j2 > j1 else _point(b, j1)
        out.append(
            DiffOp(
                op=op,
                a=" ".join(t.text for t in a[i1:i2]),
                b=" ".join(t.text for t in b[j1:j2]),
                a_span=sa,
                b_span=sb,
            )
        )
    return out


def _point(toks: Sequence[Token], i: int) -> tuple[int, int]:
    if not toks:
        return (0, 0)
    if i < len(toks):
        return (toks[i].start, toks[i].start)
    return (toks[-1].end, toks[-1].end)


CONTRAST_REACH = 12  # tokens from a negation to a contrast word (بل) it carries over


def _negators(toks: Sequence[Token], sentences: frozenset[int] = frozenset()) -> list[int]:
    """The negation words of a token list, and each contrast word (بل، إنما) that follows a
    negation inside its sentence (``sentences``: indices of tokens that start a sentence):
    «لم يكن عطلا متعمدا، بل خللا فنيا» negates «خللا فنيا» too."""
    neg, contrast = lexicon.negations(), lexicon.negation_contrasts()
    out: list[int] = []
    last = -1  # the latest negation word of the current sentence
    for i, t in enumerate(toks):
        if i in sentences:
            last = -1
        if t.norm in neg or _bare(t) in neg:
            out.append(i)
            last = i
        elif (t.norm in contrast or _bare(t) in contrast) and last >= 0:
            if i - last <= CONTRAST_REACH:
                out.append(i)
    return out


def _scope_keys(toks: Sequence[Token], i: int, breaks: frozenset[int] = frozenset()) -> set[str]:
    """The content stems a negation at ``i`` stands on: the next few, inside its clause."""
    stop = lexicon.stopwords() | lexicon.negations()
    keys = []
    for j in range(i + 1, len(toks)):
        if j in breaks:
            break  # ولا يخفى على أحد، أن ...: the negation ends with its clause
        t = toks[j]
        if t.norm in stop or _bare(t) in stop:
            continue
        keys.append(t.stem)
        if len(keys) >= NEGATION_SCOPE:
            break
    return set(keys)


def clause_breaks(
    toks: Sequence[Token], text: str, offset: int = 0, marks: regex.Pattern = _CLAUSE
) -> frozenset[int]:
    """Indices of the tokens that a clause mark (، , ; : . ! ?; with ``marks``, another set)
    separates from the token before (``text`` is the text the token offsets point into, from
    ``offset``)."""
    out = set()
    for j in range(1, len(toks)):
        if marks.search(text, toks[j - 1].end - offset, toks[j].start - offset):
            out.add(j)
    return frozenset(out)


def sentence_breaks(toks: Sequence[Token], text: str, offset: int = 0) -> frozenset[int]:
    """Indices of the tokens that a sentence end (. ! ? or a line break) separates from the
    token before."""
    return clause_breaks(toks, text, offset, _SENTENCE)


def _negated_shared(
    toks: Sequence[Token], other: set[str], breaks: frozenset[int], sentences: frozenset[int]
) -> set[str]:
    """The words of ``other`` that a negation of ``toks`` stands on (inside its clause)."""
    out: set[str] = set()
    for i in _negators(toks, sentences):
        out |= _scope_keys(toks, i, breaks) & other
    return out


def negation_differs(
    a: Sequence[Token],
    b: Sequence[Token],
    breaks_a: frozenset[int] = frozenset(),
    breaks_b: frozenset[int] = frozenset(),
    sentences_a: frozenset[int] = frozenset(),
    sentences_b: frozenset[int] = frozenset(),
) -> bool:
    """A negation word stands on shared content in one quote and not in the other: the shared
    words that each side negates (inside the negation's clause; a بل after a negation
    negates what follows it) have nothing in common.  A negation on words only one side has
    (ولا يخفى على أحد) does not count."""
    sa, sb = {t.stem for t in a}, {t.stem for t in b}
    neg_a = _negated_shared(a, sb, breaks_a, sentences_a)
    neg_b = _negated_shared(b, sa, breaks_b, sentences_b)
    return bool(neg_a or neg_b) and not (neg_a & neg_b)


def _is_time(t: Token, words: frozenset[str]) -> bool:
    norm = t.norm
    return (
        _bare(t) in words or t.stem in words or norm in words
        or (len(norm) > 4 and norm[1:] in words)  # والاثنين: و + الاثنين
    )


def _months(toks: Sequence[Token]) -> dict[int, tuple[int, int]]:
    """Month names in a token list: first token → (end token, month number), in any of the
    calendars' names (ديسمبر = كانون الأول = دجنبر)."""
    names = lexicon.month_names()
    longest = max((len(k) for k in names), default=0)
    bare = [_bare(t) for t in toks]
    norms = [t.norm for t in toks]
    out = {}
    i = 0
    while i < len(toks):
        for n in range(min(longest, len(toks) - i), 0, -1):
            month = names.get(tuple(norms[i : i + n])) or names.get(tuple(bare[i : i + n]))
            if month:
                out[i] = (i + n, month)
                i += n
                break
        else:
            i += 1
    return out


def _values(toks: Sequence[Token]) -> set[str]:
    """Numbers (compounds and percentages as one value), months (one value for the names of
    every calendar) and time words; a word such as نهاية or مطلع counts only before a time
    word or a number (نهاية العام, not نهاية المؤتمر), a unit such as يوم or عام before
    one is part of it (عام 2019 = 2019), and الماضي / المقبل after a time word tell which
    one it is (الأسبوع الماضي ≠ الأسبوع المقبل)."""
    times, heads, units = lexicon.time_words(), lexicon.time_heads(), lexicon.time_units()
    spans = number_spans(toks)
    out = {v for _, _, v in spans}
    starts = {s for s, _, _ in spans}
    inside = {k for s, e, _ in spans for k in range(s, e)}
    for i, (end, month) in _months(toks).items():
        out.add(f"month:{month}")
        inside.update(range(i, end))
        starts.add(i)
    for i, t in enumerate(toks):
        if i in inside:
            continue
        nxt_date = i + 1 < len(toks) and (i + 1 in starts or _is_time(toks[i + 1], times))
        if _is_time(t, units) and nxt_date:
            continue
        if _is_time(t, heads):
            nxt = i + 1 < len(toks) and (i + 1 in starts or _is_time(toks[i + 1], times))
            if nxt:
                out.add(stem(_bare(t)))
        elif _is_time(t, times):
            which = i + 1 < len(toks) and lexicon.time_relatives().get(_bare(toks[i + 1]))
            out.add(stem(_bare(t)) + (f":{which}" if which else ""))
    return out


def number_differs(a: Sequence[Token], b: Sequence[Token]) -> bool:
    """A number, quantity, date or time differs or appears in one only."""
    return _values(a) != _values(b)


def _hedges(toks: Sequence[Token]) -> set[str]:
    single, multi = lexicon.intensifiers()
    bare = [_bare(t) for t in toks]
    norms = [t.norm for t in toks]
    out = set()
    used = set()
    for seq in multi:
        n = len(seq)
        for i in range(len(toks) - n + 1):
            if used & set(range(i, i + n)):
                continue  # inside a longer entry already found
            if tuple(norms[i : i + n]) == seq or tuple(bare[i : i + n]) == seq:
                out.add(" ".join(seq))
                used.update(range(i, i + n))
    for i, t in enumerate(toks):
        if i in used:
            continue
        if t.norm in single or bare[i] in single:
            out.add(stem(bare[i]))
        elif t.stem in single:
            out.add(t.stem)
    return out


def intensifier_differs(a: Sequence[Token], b: Sequence[Token]) -> bool:
    """A hedge, intensifier or degree word differs or appears in one only."""
    return _hedges(a) != _hedges(b)


def _spelling_key(entity: str) -> str:
    """An entity key up to transliteration and spelling variants (أمريكا / أميركا,
    ترامب / ترمب): the consonant skeleton of each word."""
    return " ".join(skeleton(w) for w in entity.split())


def entity_differs(a: Sequence[Token], b: Sequence[Token], names: set[str] = frozenset()) -> bool:
    """A named person, place, organisation or country differs or appears in one only (spelling
    variants of one name are one name)."""
    ka = {_spelling_key(e) for e in entities(a, set(names))}
    kb = {_spelling_key(e) for e in entities(b, set(names))}
    return ka != kb


def wording_differs(a: Sequence[Token], b: Sequence[Token]) -> bool:
    """The words differ beyond spelling, diacritics, punctuation and quotation marks."""
    wa = [t.norm for t in a]
    wb = [t.norm for t in b]
    if wa and wa[0] in _OPENERS:
        wa = wa[1:]
    if wb and wb[0] in _OPENERS:
        wb = wb[1:]
    return wa != wb


def pair_flags(
    qa: Quote,
    qb: Quote,
    ta: Sequence[Token],
    tb: Sequence[Token],
    same_speaker: bool,
    names: Iterable[str] = (),
) -> frozenset[str]:
    """The set of flags for two quotes of one statement (``ta``/``tb`` their tokens)."""
    flags = set()
    if negation_differs(
        ta,
        tb,
        clause_breaks(ta, qa.text, qa.start),
        clause_breaks(tb, qb.text, qb.start),
        sentence_breaks(ta, qa.text, qa.start),
        sentence_breaks(tb, qb.text, qb.start),
    ):
        flags.add("negation")
    if number_differs(ta, tb):
        flags.add("number")
    if entity_differs(ta, tb, set(names)):
        flags.add("entity")
    if intensifier_differs(ta, tb):
        flags.add("intensifier")
    if (qa.kind == "direct") != (qb.kind == "direct"):
        flags.add("kind")
    if not same_speaker:
        flags.add("speaker")
    content = flags & {"negation", "number", "entity", "intensifier", "kind"}
    if not content and wording_differs(ta, tb):
        flags.add("wording")
    return frozenset(flags)
