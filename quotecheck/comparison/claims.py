"""Claim representation of a quote and the clustering of quotes into statements.

A quote is represented by the weighted stems of its content words (function words, negation and
hedge words left out; numbers as values) and, with less weight, the stems of the words around it
in its sentence (the reported clause of a short mixed quote, the rest of a headline), so that a
two-word quote such as «ضرورة» can still be placed.  Words weigh by background inverse
document frequency.

Clustering (``cluster``): quotes whose content covers each other both ways are linked first
("full" links); then a short quote that is mostly contained in a longer one joins it, unless the
longer quote's main claim (the part its full partners share) is elsewhere — the guideline that a
quote carrying several claims belongs with the claim that takes most of its words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from quotecheck.comparison import lexicon
from quotecheck.comparison.text import Token, tokens

_SENT_END = regex.compile(r"[.!?؟\n]|\.\.|…")
LEFT_CONTEXT = 14
RIGHT_CONTEXT = 8


def number_value(tok: Token) -> str | None:
    """A normalised number value for a digit token or number word (``7``, ``سبعة`` → ``7``)."""
    t = tok.norm
    if t and t[0].isdigit():
        if t.endswith("%"):
            try:
                return f"{float(t[:-1].replace(',', '.')) / 100:g}"
            except ValueError:
                return t
        return t.replace(",", "")
    from quotecheck.comparison.text import strip_clitics

    bare = strip_clitics(t)
    nums = lexicon.numbers()
    return nums.get(bare) or nums.get(t)


def content_keys(toks: Sequence[Token]) -> list[str]:
    """Matching keys of the content words of a token list (stems; numbers as ``#value``)."""
    stop = lexicon.stopwords()
    neg = lexicon.negations()
    hedge, _ = lexicon.intensifiers()
    out = []
    for t in toks:
        v = number_value(t)
        if v is not None:
            out.append("#" + v)
            continue
        if t.norm in stop or t.stem in stop or t.stem in neg or t.norm in neg:
            continue
        if t.norm in hedge or t.stem in hedge or len(t.stem) < 2:
            continue
        out.append(t.stem)
    return out


@dataclass
class Claim:
    """The matching representation of one quote."""

    doc: int
    index: int
    qkeys: dict[str, float]  # content stems of the quote → weight
    ckeys: dict[str, float]  # stems around the quote in its sentence → weight
    speaker: int | None
    start: int = 0
    qtokens: list[Token] = field(default_factory=list)

    @property
    def qweight(self) -> float:
        return sum(self.qkeys.values())


def _weights(keys: Sequence[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for k in keys:
        out[k] = lexicon.idf(k) if not k.startswith("#") else 6.0
    return out


def build_claim(
    doc: int,
    index: int,
    text: str,
    start: int,
    end: int,
    speaker: int | None,
    exclude: Sequence[tuple[int, int]] = (),
    drop: set[str] | None = None,
) -> Claim:
    """Represent the quote ``text[start:end]`` of document ``doc``.

    ``exclude`` holds character spans left out of the context (other quotes, the speaker and cue
    mentions); ``drop`` holds stems left out of the context (the speaker's name words).
    """
    qtoks = tokens(text[start:end], start)
    qkeys = _weights(content_keys(qtoks))
    ckeys: dict[str, float] = {}
    if text:
        lo = start
        for m in _SENT_END.finditer(text, max(0, start - 400), start):
            lo = m.end()
        hi = end
        m = _SENT_END.search(text, end)
        hi = m.start() if m else len(text)
        blocked = [(s, e) for s, e in exclude if not (e <= lo or s >= hi)]

        def free(t: Token) -> bool:
            return all(t.end <= s or t.start >= e for s, e in blocked)

        left = [t for t in tokens(text[lo:start], lo) if free(t)]
        # stop at an excluded span: the context of a quote does not reach past another quote
        cut_left = max([e for s, e in blocked if e <= start] or [lo])
        left = [t for t in left if t.start >= cut_left][-LEFT_CONTEXT:]
        cut_right = min([s for s, e in blocked if s >= end] or [hi])
        right = [t for t in tokens(text[end:hi], end) if free(t) and t.end <= cut_right]
        right = right[:RIGHT_CONTEXT]
        for k in content_keys(left + right):
            if drop and k in drop:
                continue
            if k not in qkeys:
                ckeys[k] = lexicon.idf(k) if not k.startswith("#") else 6.0
    return Claim(doc, index, qkeys, ckeys, speaker, start, qtoks)


def coverage(a: Claim, b: Claim, ctx_credit: float = 0.5) -> float:
    """Share of ``a``'s quote weight found in ``b`` (in its quote: full credit; context: partial)."""
    total = a.qweight
    if total <= 0:
        return 0.0
    got = 0.0
    for k, w in a.qkeys.items():
        if k in b.qkeys:
            got += w
        elif k in b.ckeys:
            got += w * ctx_credit
    return got / total


def context_agreement(a: Claim, b: Claim) -> float:
    """Share of ``a``'s context weight found in ``b``'s quote or context."""
    total = sum(a.ckeys.values())
    if total <= 0:
        return 0.0
    got = sum(w for k, w in a.ckeys.items() if k in b.qkeys or k in b.ckeys)
    return got / total


def shared_quote_weight(a: Claim, b: Claim) -> float:
    """Weight of the quote stems the two quotes share."""
    return sum(min(w, b.qkeys[k]) for k, w in a.qkeys.items() if k in b.qkeys)


@dataclass
class Params:
    """Thresholds of the clustering (tuned on the development groups; see docs/compare.md)."""

    full: float = 0.5
    part: float = 0.6
    short_keys: int = 2
    short_ctx: float = 0.3
    other_speaker: float = 0.8
    min_shared: float = 6.0
    main_claim: float = 0.5


def _directed(a: Claim, b: Claim, p: Params) -> float:
    """How well ``a`` is placed inside ``b``: coverage, helped by context for short quotes."""
    cov = coverage(a, b)
    if len(a.qkeys) <= p.short_keys:
        ctx = context_agreement(a, b)
        return 0.5 * cov + 0.5 * ctx if a.ckeys else cov * 0.8
    return cov


def cluster(
    claims: Sequence[Claim],
    candidates: Sequence[tuple[int, int]] | None = None,
    params: Params | None = None,
) -> list[list[int]]:
    """Group claims (indices into ``claims``) into statements; clusters in order of first member."""
    p = params or Params()
    n = len(claims)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    if candidates is None:
        candidates = [(i, j) for i in range(n) for j in range(i + 1, n)]
    full_edges: list[tuple[float, int, int]] = []
    part_edges: list[tuple[float, int, int]] = []  # (score, small, large)
    for i, j in candidates:
        a, b = claims[i], claims[j]
        if not a.qkeys or not b.qkeys:
            continue
        same = a.speaker is not None and a.speaker == b.speaker
        unknown = a.speaker is None or b.speaker is None
        dij, dji = _directed(a, b, p), _directed(b, a, p)
        shared = shared_quote_weight(a, b)
        if not (same or unknown):
            # different speakers: only the same words (flag `speaker`)
            if min(coverage(a, b, 0.0), coverage(b, a, 0.0)) >= p.other_speaker and shared >= 3 * p.min_shared:
                full_edges.append((min(dij, dji), i, j))
            elif max(coverage(a, b, 0.0), coverage(b, a, 0.0)) >= 0.95 and shared >= 2 * p.min_shared:
                small, large = (i, j) if a.qweight <= b.qweight else (j, i)
                part_edges.append((1.0, small, large))
            continue
        if min(dij, dji) >= p.full and (shared >= p.min_shared or min(len(a.qkeys), len(b.qkeys)) <= p.short_keys):
            full_edges.append((min(dij, dji), i, j))
        else:
            small, large = (i, j) if a.qweight <= b.qweight else (j, i)
            d = dij if small == i else dji
            if d >= p.part:
                part_edges.append((d, small, large))
    full_edges.sort(reverse=True)
    partners: dict[int, list[int]] = {}
    for _, i, j in full_edges:
        union(i, j)
        partners.setdefault(i, []).append(j)
        partners.setdefault(j, []).append(i)
    # partial links: best large partner of each short quote, checked against the main claim
    best: dict[int, tuple[float, int]] = {}
    for d, small, large in part_edges:
        if small not in best or d > best[small][0]:
            best[small] = (d, large)
    for small, (_d, large) in sorted(best.items(), key=lambda x: -x[1][0]):
        if find(small) == find(large):
            continue
        s, lg = claims[small], claims[large]
        matched = {k for k in s.qkeys if k in lg.qkeys} | {k for k in s.ckeys if k in lg.qkeys}
        ps = [q for q in partners.get(large, []) if find(q) != find(small)]
        if ps and matched:
            main: set[str] = set()
            for q in ps:
                main |= {k for k in lg.qkeys if k in claims[q].qkeys}
            w_m = sum(lg.qkeys[k] for k in matched)
            w_in = sum(lg.qkeys[k] for k in matched & main)
            if w_in < p.main_claim * w_m:
                continue
        union(small, large)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (claims[g[0]].doc, claims[g[0]].start))
