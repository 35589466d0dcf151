"""Speaker mentions, implicit speakers and canonical names of a document.

The pieces live in ``quotecheck.engine.names``; ``Namer`` runs them over the candidates the
finders made: every speaker phrase is named first (so the fullest name is known), then each
quote gets its speaker's mention and name, an implicit quote the previous speaker's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from quotecheck.engine.entities import Entity
from quotecheck.engine.entities import entities_from as _entities_from  # old name, kept
from quotecheck.engine.evidence import _Cand, _Doc
from quotecheck.engine.names.book import NameBook, NameKey, add_entity_names
from quotecheck.engine.names.context import NameContext
from quotecheck.engine.names.earlier import title_mention_before
from quotecheck.engine.names.phrase import name_of
from quotecheck.engine.names.resolve import Resolved, resolve
from quotecheck.engine.names.titles import TitleNames
from quotecheck.engine.speakers import SpeakerSpan
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.types import Mention, Quote

__all__ = ["Namer", "_Namer", "_entities_from"]

Event = tuple[int, SpeakerSpan]  # (offset, speaker): a speaker that later quotes may take


class Namer:
    """Speaker mentions, implicit speakers and canonical names for one document."""

    def __init__(self, d: _Doc, lex: Lexicon, entities: Sequence[Entity],
                 starts: list[int]) -> None:
        self.ctx = NameContext(d, lex, entities, starts)
        self.book = NameBook()
        self.titles = TitleNames(self.ctx, self.book)
        self.keys: dict[tuple[int, int], NameKey | None] = {}  # name key of each phrase

    def quotes(self, cands: list[_Cand], events: list[Event]) -> list[Quote]:
        """The quotes of the candidates (in their order), speakers resolved and named;
        ``events`` are speakers without a quote of their own (a cue before a paragraph)."""
        add_entity_names(self.ctx, self.book)
        for sp in [c.speaker for c in cands if c.speaker is not None] + [e[1] for e in events]:
            if (sp.first, sp.last) not in self.keys:
                key = self.keys[(sp.first, sp.last)] = name_of(self.ctx, self.book, sp)
                if key is not None:
                    self.book.add_person(key)
        events = sorted(events + [(c.cue[0] if c.cue else c.start, c.speaker) for c in cands
                                  if c.speaker is not None and not c.implicit
                                  and not c.speaker.issuer],
                        key=lambda e: e[0])
        event_pos = [e[0] for e in events]
        return [self._quote(c, self._resolved(c, events, event_pos)) for c in cands]

    def _resolved(self, c: _Cand, events: list[Event], event_pos: list[int]) -> Resolved | None:
        """A candidate's speaker: its own, else the last speaker before it, else the last
        title + name phrase before it."""
        if c.speaker is not None and not c.implicit:
            return self._resolve(c.speaker)
        pos = min(c.start, c.cue[0]) if c.cue else c.start
        j = bisect_left(event_pos, pos) - 1
        sp = events[j][1] if j >= 0 else title_mention_before(
            self.ctx.lex, self.ctx.wi, pos, self._name_of)
        return None if sp is None else self._resolve(sp)

    def _name_of(self, sp: SpeakerSpan) -> NameKey | None:
        return name_of(self.ctx, self.book, sp)

    def _resolve(self, sp: SpeakerSpan) -> Resolved:
        span = (sp.first, sp.last)
        if span not in self.keys:
            self.keys[span] = name_of(self.ctx, self.book, sp)
        return resolve(self.ctx, self.book, self.titles, sp, self.keys[span])

    def _quote(self, c: _Cand, resolved: Resolved | None) -> Quote:
        text = self.ctx.text
        mention, name, anonymous = resolved if resolved else (None, None, False)
        cue = Mention(text[c.cue[0] : c.cue[1]], c.cue[0], c.cue[1]) if c.cue else None
        return Quote(
            text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            kind=c.kind,
            cue=cue,
            speaker=mention,
            speaker_name=name,
            cue_lemma=c.cue_form.lemma if c.cue_form else None,
            stance=c.cue_form.stance if c.cue_form else None,
            anonymous=anonymous,
            headline=c.headline,
            truncated=c.pair is not None and c.pair.truncated,
            speaker_resolved=c.implicit and mention is not None,
        )


_Namer = Namer  # the name the extractor imports
