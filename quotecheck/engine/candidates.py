"""Candidate quotes, the site of the cue that found them, and overlap resolution."""

from __future__ import annotations

from dataclasses import dataclass, field

from quotecheck.engine.evidence import Doc, trim
from quotecheck.engine.speakers import SpeakerSpan
from quotecheck.find.marks import MarkPair
from quotecheck.lang.ar.lexicon import CueForm


@dataclass(slots=True)
class Cand:
    """A quote found by one finder, before overlaps are resolved and speakers named."""

    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None = None
    cue_form: CueForm | None = None
    speaker: SpeakerSpan | None = None
    implicit: bool = False
    headline: bool = False
    pair: MarkPair | None = None
    prio: int = 0
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class CueSite:
    """A reporting cue in a document: its verb (word ``i``), its last word (``last``: a tail
    such as بالقول joins it), its character span and its form (made once per cue: not
    frozen, which would cost a call per field)."""

    i: int
    last: int
    span: tuple[int, int]
    form: CueForm
    tail: bool = False


def pair_cand(text: str, p: MarkPair, kind: str, **kw) -> Cand | None:
    """The quote inside a mark pair (marks and edge spaces left out); None when empty."""
    a, b = trim(text, *p.inner)  # (at most MAX_QUOTE_CHARS: the quote says it is truncated)
    if a >= b:
        return None
    return Cand(a, b, kind, pair=p, prio=2, **kw)


#: The key of Cand.extra that lists the opening offsets of the mark pairs inside a quote
#: that holds more than one pair (a headline's statement with words in marks).
HELD_PAIRS = "held_pairs"


def claimed_pairs(cands: list[Cand]) -> set[int]:
    """Opening offsets of the mark pairs that candidates hold: their own pair, and the pairs
    inside a statement that holds them (HELD_PAIRS: ``NAME : ... "..." - site``, whose pair
    another finder must not take as a quote of its own)."""
    out = {c.pair.open for c in cands if c.pair is not None}
    for c in cands:
        out.update(c.extra.get(HELD_PAIRS, ()))
    return out


def resolve(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping candidates in document order: the higher priority (marks before
    clauses before headlines), then the longer, wins."""
    ordered = sorted(cands, key=lambda c: (c.start, -c.prio, -(c.end - c.start)))
    out: list[Cand] = []
    for c in ordered:
        if out and c.start < out[-1].end:
            prev = out[-1]
            if c.prio > prev.prio:
                out[-1] = c
            continue
        out.append(c)
    # A later higher-priority candidate may overlap the one that replaced an earlier one.
    final: list[Cand] = []
    for c in out:
        if final and c.start < final[-1].end:
            continue
        final.append(c)
    return final


@dataclass(slots=True)
class Found:
    """What one finder has found so far: its candidates in the order made, and the opening
    offsets of the mark pairs they hold (with those claimed before it ran)."""

    d: Doc
    claimed: set[int] = field(default_factory=set)
    cands: list[Cand] = field(default_factory=list)

    def take_pair(self, p: MarkPair, kind: str, **kw) -> Cand | None:
        """``pair_cand``, marking the pair as claimed when it gives a quote."""
        c = pair_cand(self.d.text, p, kind, **kw)
        if c is not None:
            self.claimed.add(p.open)
        return c

    def free(self, p: MarkPair, min_words: int = 2) -> bool:
        """A pair of at least ``min_words`` words that no quote holds yet."""
        return self.d.pair_words(p) >= min_words and p.open not in self.claimed

    def last_start(self) -> int | None:
        """Where the latest candidate starts (None before the first)."""
        return self.cands[-1].start if self.cands else None
