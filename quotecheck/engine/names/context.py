"""What the naming of one document reads: its evidence, the lexicon and the entities."""

from __future__ import annotations

from collections.abc import Sequence

from quotecheck.engine.entities import Entity
from quotecheck.engine.evidence import Doc, close_mark
from quotecheck.engine.speakers import SpeakerSpan
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj
from quotecheck.types import Mention


class NameContext:
    """The document (``d``), the lexicon and the entities (sorted; ``entity_starts`` their
    start offsets) that the naming functions read; none of them changes while naming."""

    __slots__ = ("d", "entities", "entity_starts", "lex", "text", "wi")

    def __init__(self, d: Doc, lex: Lexicon, entities: Sequence[Entity],
                 entity_starts: list[int]) -> None:
        self.d, self.lex = d, lex
        self.entities, self.entity_starts = entities, entity_starts
        self.wi: WordIndex = d.wi
        self.text: str = d.text


def mention_of(ctx: NameContext, sp: SpeakerSpan) -> Mention:
    """The text of a speaker phrase (without its skipped preposition, with a closing mark)."""
    wi = ctx.wi
    a = wi.starts[sp.first] + sp.skip
    b = close_mark(ctx.text, a, wi.ends[sp.last])
    return Mention(ctx.text[a:b], a, b)


def phrase_norms(wi: WordIndex, i: int, j: int, sp: SpeakerSpan) -> list[str]:
    """Folded words i..j-1 of a phrase, its first word without a skipped conjunction."""
    norms = wi.norms[i:j]
    if sp.skip and i == sp.first and norms:
        norms[0] = strip_conj(norms[0])
    return norms


def surface(ctx: NameContext, a: int, last: int) -> str:
    """The text from offset ``a`` to the end of word ``last``, with its closing mark."""
    return ctx.text[a : close_mark(ctx.text, a, ctx.wi.ends[last])]
