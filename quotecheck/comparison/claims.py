"""Claim representation of a quote and the clustering of quotes into statements.

A quote is represented by the weighted stems of its content words (function words, negation and
hedge words left out; numbers as values) and, with less weight, the stems of the words around it
in its sentence (the reported clause of a short mixed quote, the rest of a headline), so that a
two-word quote such as «ضرورة» can still be placed.  Words weigh by background inverse
document frequency.

Clustering (``cluster``): a pair's similarity is how well the smaller quote is found in the
other (context helps a short quote); unrelated speakers link only on near-identical words; a link
that reaches a quote on a side claim is dropped (COMPARE_GUIDELINES: a quote that carries several
claims goes with the claim that takes most of its words); then average-linkage agglomerative
clustering runs inside each connected component of the similarity graph.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import regex

from quotecheck.comparison import lexicon
from quotecheck.comparison.numbers import number_spans
from quotecheck.comparison.paraphrase import soft_key, synonym_groups
from quotecheck.comparison.text import Token, tokens

_SENT_END = regex.compile(r"[.!?؟\n]|\.\.|…")
_INNER_MARKS = regex.compile(r"[\"«“„][^\"«»“”„]{1,200}[\"»”“]")
_UNIT_END = regex.compile(r"(?<![.!?؟;؛…])[.!?؟;؛…]++(?=\s)")
# غير before a word makes one concept (غير المبرر "unjustified"), kept apart from the bare word
_PRIVATIVE = frozenset({"غير", "بغير", "وغير"})
LEFT_CONTEXT = 14
RIGHT_CONTEXT = 8


def content_keys(toks: Sequence[Token]) -> list[str]:
    """Matching keys of the content words of a token list (stems; numbers as ``#value``)."""
    stop = lexicon.stopwords()
    neg = lexicon.negations()
    hedge, _ = lexicon.intensifiers()
    out = []
    privative = False
    numbers = {start: (end, v) for start, end, v in number_spans(toks)}
    skip_to = 0
    for i, t in enumerate(toks):
        if i < skip_to:
            continue
        if i in numbers:
            skip_to, v = numbers[i]
            out.append("#" + v)
            privative = False
            continue
        if t.norm in _PRIVATIVE:
            privative = True
            continue
        if privative and t.norm not in stop:
            out.append("غير_" + t.stem)
            privative = False
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
    units: list[dict[str, float]] = field(default_factory=list)  # sentences of a long quote
    rkeys: set[str] = field(default_factory=set)  # context stems after the quote
    date: int | None = None  # the document's date (ordinal), if known
    date_given: bool = False  # the date came with the input (not read from the text)
    _soft: dict[str, str] | None = field(default=None, repr=False)
    _syn: frozenset[int] | None = field(default=None, repr=False)

    @property
    def qweight(self) -> float:
        return sum(self.qkeys.values())

    @property
    def soft(self) -> dict[str, str]:
        """Consonant key of each quote stem that has one (``paraphrase.soft_key``) → the stem."""
        if self._soft is None:
            self._soft = {}
            for k in self.qkeys:
                sk = soft_key(k) if "_" not in k else None
                if sk is not None:
                    self._soft.setdefault(sk, k)
        return self._soft

    @property
    def syn(self) -> frozenset[int]:
        """The near-synonym groups of the quote stems (``paraphrase.synonym_groups``)."""
        if self._syn is None:
            self._syn = frozenset(g for k in self.qkeys for g in synonym_groups(k))
        return self._syn


def soft_credit(k: str, b: Claim, p: Params | None) -> float:
    """Credit for a quote stem ``k`` absent from ``b`` that ``b``'s quote carries in another
    form, the same consonants (``p.soft_credit``), or as a listed near-synonym
    (``p.syn_credit``); 0 without ``p``."""
    if p is None or "_" in k:
        return 0.0
    got = 0.0
    if p.soft_credit > 0:
        sk = soft_key(k)
        if sk is not None and sk in b.soft:
            got = p.soft_credit
    if p.syn_credit > got and b.syn and not synonym_groups(k).isdisjoint(b.syn):
        got = p.syn_credit
    return got


NUMBER_WEIGHT = 6.0  # a number weighs as a rare word


def _weights(keys: Sequence[str]) -> dict[str, float]:
    """Word weights: background idf (rare words weigh most), numbers as rare words."""
    return {k: lexicon.idf(k) if not k.startswith("#") else NUMBER_WEIGHT for k in keys}


def build_claim(
    doc: int,
    index: int,
    text: str,
    start: int,
    end: int,
    speaker: int | None,
    exclude: Sequence[tuple[int, int]] = (),
    drop: set[str] | None = None,
    marked_weight: float = 1.0,
) -> Claim:
    """Represent the quote ``text[start:end]`` of document ``doc``.

    ``exclude`` holds character spans left out of the context (other quotes, the speaker and cue
    mentions); ``drop`` holds stems left out of the context (the speaker's name words).
    """
    qtoks = tokens(text[start:end], start)
    qkeys = _weights(content_keys(qtoks))
    if marked_weight != 1.0:
        inner = [
            t
            for m in _INNER_MARKS.finditer(text, start, end)
            for t in qtoks
            if m.start() <= t.start and t.end <= m.end()
        ]
        for k in content_keys(inner):
            if k in qkeys:
                qkeys[k] *= marked_weight
    units = []
    cuts = [m.end() + start for m in _UNIT_END.finditer(text[start:end])]
    if cuts:
        bounds = [start, *cuts, end]
        for lo_, hi_ in zip(bounds, bounds[1:], strict=False):
            keys = [
                k for k in content_keys([t for t in qtoks if lo_ <= t.start < hi_]) if k in qkeys
            ]
            if keys:
                units.append({k: qkeys[k] for k in keys})
    if len(units) < 2:
        units = []
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
                ckeys[k] = _weights([k])[k]
        rkeys = {k for k in content_keys(right) if k in ckeys}
    else:
        rkeys = set()
    return Claim(doc, index, qkeys, ckeys, speaker, start, qtoks, units, rkeys)


def reweight(claims: Sequence[Claim], alpha: float = 0.5) -> None:
    """Scale word weights down by their frequency among the compared quotes (topic words that
    every quote of a story carries — the country, the agreement — tell statements apart least)."""
    df: dict[str, int] = {}
    for c in claims:
        for k in set(c.qkeys) | set(c.ckeys):
            df[k] = df.get(k, 0) + 1
    for c in claims:
        for keys in (c.qkeys, c.ckeys):
            for k in keys:
                keys[k] /= 1.0 + alpha * math.log(df[k])


def coverage(a: Claim, b: Claim, ctx_credit: float = 0.5, p: Params | None = None) -> float:
    """Share of ``a``'s quote weight found in ``b`` (its quote: full credit; context: partial;
    with ``p``, another form of the word in ``b``'s quote: ``soft_credit``)."""
    total = a.qweight
    if total <= 0:
        return 0.0
    got = 0.0
    for k, w in a.qkeys.items():
        if k in b.qkeys:
            got += w
        elif k in b.ckeys:
            got += w * max(ctx_credit, soft_credit(k, b, p))
        else:
            got += w * soft_credit(k, b, p)
    return got / total


def context_agreement(a: Claim, b: Claim) -> float:
    """Share of ``a``'s context weight found in ``b``'s quote or context."""
    total = sum(a.ckeys.values())
    if total <= 0:
        return 0.0
    got = sum(w for k, w in a.ckeys.items() if k in b.qkeys or k in b.ckeys)
    return got / total


def context_in_quote(a: Claim, b: Claim) -> float:
    """Share of the weight of ``a``'s right context (the clause that goes on after a short
    quote, as in «مخطط إجرامي» يستهدف تركيبة السكان) found in ``b``'s quote words."""
    total = sum(a.ckeys[k] for k in a.rkeys)
    if total <= 0:
        return 0.0
    return sum(a.ckeys[k] for k in a.rkeys if k in b.qkeys) / total


def shared_quote_weight(a: Claim, b: Claim, p: Params | None = None) -> float:
    """Weight of the quote stems the two quotes share (with ``p``, soft matches count at
    their credit, as ``coverage`` counts them)."""
    got = sum(min(w, b.qkeys[k]) for k, w in a.qkeys.items() if k in b.qkeys)
    if p is not None and (p.soft_credit > 0 or p.syn_credit > 0):
        got += sum(w * soft_credit(k, b, p) for k, w in a.qkeys.items() if k not in b.qkeys)
    return got


@dataclass
class Params:
    """Thresholds of the clustering, chosen by leave-one-group-out over the 16 development
    groups (bench/compare_logo.py; see docs/compare.md)."""

    short_keys: int = 2  # quotes of at most this many content words lean on their context
    short_base: float = 0.5  # a short quote scores coverage * (base + (1 - base) * context)
    ctx_only: float = 0.75  # weight of a short quote's context found in the other quote
    short_weight: float = 5.0  # a short quote lighter than this counts for less
    unit_share: float = 0.5  # a sentence taking this share of a quote's weight may stand for it
    main_claim: float = 0.3  # share of a partial link's words that must fall on the main claim
    occasion_days: int = 7  # documents further apart than this report different occasions
    occasion_given: float = 1.0  # taken off for such documents with dates given in the input
    occasion_read: float = 0.5  # the same with dates read from the datelines
    unknown_penalty: float = 0.0  # taken off when a speaker is unknown
    other_penalty: float = 0.3  # unrelated speakers otherwise: similarity minus this (1: never)
    other_speaker: float = 0.8  # unrelated speakers: only near-identical words link
    min_shared: float = 3.0  # minimal shared weight of a full link between longer quotes
    w_max: float = 1.0  # similarity = w_max * best direction + (1 - w_max) * other direction
    same_doc_penalty: float = 0.1  # taken off the similarity of two quotes of one document
    marked_weight: float = 1.0  # weight factor of words in marks inside a quote («ضرورة»)
    batch_alpha: float = 0.0  # down-weighting of words frequent among the compared quotes
    threshold: float = 0.38  # average-linkage stopping point (the LOGO rule on all 16 groups)
    soft_credit: float = 0.0  # credit of a word found in the other quote in another form
    syn_credit: float = 1.0  # credit of a word whose listed near-synonym the other quote has
    vague_related: bool = True  # a bare unnamed source or a medium links on ordinary evidence
    hub_keys: int = 3  # a quote this small that fits unrelated quotes equally stays alone (0: off)
    share_repeats: bool = True  # a quote repeated in its document links as its best repetition


def _directed(a: Claim, b: Claim, p: Params) -> float:
    """How well ``a`` is placed inside ``b``: coverage, helped by context for short quotes."""
    cov = coverage(a, b, p=p)
    if len(a.qkeys) <= p.short_keys:
        ctx = context_agreement(a, b) if a.ckeys else 0.0
        score = cov * (p.short_base + (1 - p.short_base) * ctx)
        # a short quote whose own words differ may still sit in the same reported clause
        score = max(score, p.ctx_only * context_in_quote(a, b))
        return score * min(1.0, a.qweight / p.short_weight)
    if a.units:
        # a quote of several sentences: its main sentence alone may be what the other carries
        total = a.qweight
        for u in a.units:
            w = sum(u.values())
            if w >= p.unit_share * total:
                got = sum(
                    v if k in b.qkeys else v * 0.5 if k in b.ckeys else 0.0 for k, v in u.items()
                )
                cov = max(cov, got / w)
    return cov


def _occasion_penalty(a: Claim, b: Claim, p: Params) -> float:
    """Documents whose dates lie far apart most likely report different occasions."""
    if a.date is None or b.date is None or abs(a.date - b.date) <= p.occasion_days:
        return 0.0
    return p.occasion_given if (a.date_given and b.date_given) else p.occasion_read


def similarity(a: Claim, b: Claim, p: Params, rel: bool = True) -> float:
    """Symmetric similarity of two claims in [0, 1] (0 when they cannot be one statement)."""
    if not a.qkeys or not b.qkeys:
        return 0.0
    if not rel:
        cij, cji = coverage(a, b, 0.0), coverage(b, a, 0.0)
        if min(cij, cji) >= p.other_speaker and shared_quote_weight(a, b) >= 3 * p.min_shared:
            return max(0.0, min(cij, cji) - _occasion_penalty(a, b, p))
        if p.other_penalty < 1.0 and shared_quote_weight(a, b) >= 2 * p.min_shared:
            # a speaker phrase may be wrong or unresolved: strong evidence still links
            return max(0.0, similarity(a, b, p, True) - p.other_penalty)
        return 0.0
    dij, dji = _directed(a, b, p), _directed(b, a, p)
    hi, lo = max(dij, dji), min(dij, dji)
    short = min(len(a.qkeys), len(b.qkeys)) <= p.short_keys
    if not short and shared_quote_weight(a, b, p) < p.min_shared:
        return 0.0
    s = p.w_max * hi + (1 - p.w_max) * lo
    if a.doc == b.doc:
        s -= p.same_doc_penalty
    if a.speaker is None or b.speaker is None:
        s -= p.unknown_penalty
    s -= _occasion_penalty(a, b, p)
    return max(0.0, s)


def _matched(x: Claim, other: Claim) -> set[str]:
    """The quote stems of ``x`` that ``other`` carries (in its quote or context)."""
    return {k for k in x.qkeys if k in other.qkeys or k in other.ckeys}


def _main_claim_filter(
    claims: Sequence[Claim], sims: dict[tuple[int, int], float], p: Params
) -> None:
    """Drop links that reach a quote on a side claim (COMPARE_GUIDELINES: a quote that carries
    several claims goes with its main claim, the one that takes most of its words).

    For a quote X only partly covered by a partner Y, the words of X that Y carries must fall
    mostly on X's main claim: the words carried by X's best-covering partner.
    """
    partners: dict[int, list[int]] = {}
    for i, j in sims:
        partners.setdefault(i, []).append(j)
        partners.setdefault(j, []).append(i)
    main: dict[int, set[str]] = {}
    for x, ps in partners.items():
        best = max(ps, key=lambda y: coverage(claims[x], claims[y], p=p))
        main[x] = _matched(claims[x], claims[best])
    for i, j in list(sims):
        for x, y in ((i, j), (j, i)):
            cx = claims[x]
            if coverage(cx, claims[y], p=p) >= 0.5:
                continue
            m = _matched(cx, claims[y])
            w_m = sum(cx.qkeys[k] for k in m)
            w_in = sum(cx.qkeys[k] for k in m & main.get(x, set()))
            if w_m > 0 and w_in < p.main_claim * w_m:
                del sims[(i, j)]
                break


def _tied_hub_filter(
    claims: Sequence[Claim], sims: dict[tuple[int, int], float], p: Params
) -> None:
    """Drop the links of a small quote that fits unrelated quotes equally well.

    A quote of a few content words (at most ``p.hub_keys``: ``«المنتخب قوي»``) whose
    words are the story's topic words scores the same against many quotes.  When its best
    partners tie and are not similar to one another, it cannot tell which statement it belongs
    to, and average linkage would glue them together through it: it stays alone.
    """
    partners: dict[int, list[tuple[float, int]]] = {}
    for (i, j), s in sims.items():
        if s >= p.threshold:
            partners.setdefault(i, []).append((s, j))
            partners.setdefault(j, []).append((s, i))
    hubs = []
    for x, ps in partners.items():
        if len(claims[x].qkeys) > p.hub_keys or len(ps) < 2:
            continue
        top = max(s for s, _ in ps)
        best = [y for s, y in ps if s >= top - TIE]
        if any(
            sims.get((min(y, z), max(y, z)), 0.0) < p.threshold
            for k, y in enumerate(best)
            for z in best[k + 1 :]
        ):
            hubs.append(x)
    for x in hubs:
        for _, y in partners[x]:
            sims.pop((min(x, y), max(x, y)), None)


TIE = 1e-6  # scores closer than this are equal


def _share_repeats(claims: Sequence[Claim], sims: dict[tuple[int, int], float]) -> None:
    """A quote that its document repeats (the same content words and speaker, in a headline
    and in the body) is one quote: every repetition links to the other quotes as well as its
    best-placed repetition does (a headline's thin context no longer pulls the average down)."""
    by_words: dict[tuple[int, int | None, frozenset[str]], list[int]] = {}
    for i, c in enumerate(claims):
        if c.qkeys:
            by_words.setdefault((c.doc, c.speaker, frozenset(c.qkeys)), []).append(i)
    repeats = [ids for ids in by_words.values() if len(ids) > 1]
    if not repeats:
        return
    near: dict[int, dict[int, float]] = {i: {} for i in range(len(claims))}
    for (i, j), s in sims.items():
        near[i][j] = near[j][i] = s
    for ids in repeats:
        best: dict[int, float] = {}
        for i in ids:
            for j, s in near[i].items():
                if j not in ids:
                    best[j] = max(best.get(j, 0.0), s)
        for i in ids:
            for j, s in best.items():
                # ``near`` follows, so two repeated quotes of two documents take the best of both
                sims[(min(i, j), max(i, j))] = near[i][j] = near[j][i] = s


def cluster(
    claims: Sequence[Claim],
    candidates: Sequence[tuple[int, int]] | None = None,
    params: Params | None = None,
    related: Callable[[int | None, int | None], bool] | None = None,
    vague: Callable[[int | None], bool] | None = None,
) -> list[list[int]]:
    """Group claims (indices into ``claims``) into statements; clusters in order of first member.

    Average-linkage agglomerative clustering over the candidate pairs (all pairs by default; a
    pair left out counts as similarity 0), stopping at ``params.threshold``.  ``related`` tells
    whether two different speaker ids are related (a country and its ministry): their quotes
    then link on ordinary evidence (and the pair is flagged ``speaker``); unrelated speakers link
    only on near-identical words.
    """
    p = params or Params()
    n = len(claims)
    if candidates is None:
        candidates = [(i, j) for i in range(n) for j in range(i + 1, n)]
    sims: dict[tuple[int, int], float] = {}
    for i, j in candidates:
        a, b = claims[i], claims[j]
        same = a.speaker is not None and a.speaker == b.speaker
        unknown = a.speaker is None or b.speaker is None
        rel = same or unknown or (related is not None and related(a.speaker, b.speaker))
        if not rel and p.vague_related and vague is not None:
            # a bare unnamed source or a medium may relay anyone's words
            rel = vague(a.speaker) or vague(b.speaker)
        s = similarity(a, b, p, rel)
        if s > 0:
            sims[(min(i, j), max(i, j))] = s
    if p.share_repeats:
        _share_repeats(claims, sims)
    _main_claim_filter(claims, sims, p)
    if p.hub_keys > 0:
        _tied_hub_filter(claims, sims, p)
    # average linkage inside each connected component of the similarity graph
    comp = list(range(n))

    def root(i: int) -> int:
        while comp[i] != i:
            comp[i] = comp[comp[i]]
            i = comp[i]
        return i

    for (i, j), s in sims.items():
        if s < p.threshold:
            continue  # only links at the threshold can start a merge
        ri, rj = root(i), root(j)
        if ri != rj:
            comp[max(ri, rj)] = min(ri, rj)
    parts: dict[int, list[int]] = {}
    for i in range(n):
        parts.setdefault(root(i), []).append(i)
    part_edges: dict[int, list[tuple[int, int, float]]] = {}
    for (i, j), s in sims.items():
        ri = root(i)
        if ri == root(j):
            part_edges.setdefault(ri, []).append((i, j, s))
    groups: list[list[int]] = []
    for r, part in parts.items():
        if len(part) == 1:
            groups.append(part)
        else:
            groups.extend(_average_linkage(part, part_edges.get(r, []), p.threshold))
    groups = [sorted(g, key=lambda c: (claims[c].doc, claims[c].start)) for g in groups]
    return sorted(groups, key=lambda g: (claims[g[0]].doc, claims[g[0]].start))


def _average_linkage(
    part: list[int], edges: list[tuple[int, int, float]], threshold: float
) -> list[list[int]]:
    """Average-linkage agglomerative clustering of one component (missing pairs count as 0).

    A heap of cluster pairs with lazy invalidation: each merge costs the size of the merged
    rows, so the whole run is close to linear in the number of edges for sparse graphs.
    """
    members: dict[int, list[int]] = {i: [i] for i in part}
    link: dict[int, dict[int, float]] = {i: {} for i in part}
    for i, j, s in edges:
        link[i][j] = link[i].get(j, 0.0) + s
        link[j][i] = link[j].get(i, 0.0) + s
    version = dict.fromkeys(part, 0)
    heap: list[tuple[float, int, int, int, int]] = []
    for i, j, _s in edges:
        a, b = min(i, j), max(i, j)
        avg = link[a][b]
        if avg >= threshold:
            heapq.heappush(heap, (-avg, a, b, 0, 0))
    while heap:
        neg, a, b, va, vb = heapq.heappop(heap)
        if a not in members or b not in members or version[a] != va or version[b] != vb:
            continue
        # merge b into a
        members[a].extend(members.pop(b))
        row_b = link.pop(b)
        for k, total in row_b.items():
            if k == a:
                continue
            link[a][k] = link[a].get(k, 0.0) + total
            link[k][a] = link[k].get(a, 0.0) + total
            del link[k][b]
        link[a].pop(b, None)
        version[a] += 1
        size_a = len(members[a])
        for k, total in link[a].items():
            avg = total / (size_a * len(members[k]))
            if avg >= threshold:
                x, y = min(a, k), max(a, k)
                heapq.heappush(heap, (-avg, x, y, version[x], version[y]))
    return list(members.values())
