"""The finders in their fixed order, each given what the earlier ones found, then overlap
resolution and naming."""

from __future__ import annotations

from collections.abc import Sequence

from quotecheck.engine.after_quote import find_after_quote
from quotecheck.engine.candidates import claimed_pairs, resolve
from quotecheck.engine.cue_speaker import CueSpeakers
from quotecheck.engine.cues import find_cue_quotes
from quotecheck.engine.evidence import Doc, Entity
from quotecheck.engine.headlines import find_headlines
from quotecheck.engine.naming import Namer
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.types import Quote


def run_finders(text: str, entities: Sequence[Entity], lex: Lexicon,
                layout: str | None = None) -> list[Quote]:
    """All quotes of one text: cues, then headlines, then attributions after a quote (for
    the pairs neither claimed); overlaps resolved, speakers named (``layout``: the text as
    given, when ``text`` is its canonical form)."""
    d = Doc(text, lex, layout)
    ents = sorted(entities)
    starts = [e[0] for e in ents]
    speakers = CueSpeakers(d, ents, starts)
    cue_cands = find_cue_quotes(d, speakers)
    head_cands, head_events = find_headlines(
        d, [c.speaker for c in cue_cands if c.speaker is not None and not c.implicit])
    after = find_after_quote(d, claimed_pairs(cue_cands + head_cands))
    cands = resolve(cue_cands + head_cands + after)
    return Namer(d, lex, ents, starts).quotes(cands, speakers.events + head_events)
