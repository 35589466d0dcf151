"""The rule engine: text (and optional entities) in, Quote objects out.

The evidence of a text (evidence.py) is read by the finders in a fixed order (run.py):
reporting cues with what follows them, a complementizer, a colon or a quotation mark
(cues.py, reported.py, clauses.py, cue_speaker.py, before_cue.py); headlines of the form
``SPEAKER: statement`` (headlines.py); attributions after a quote (after_quote.py).  Each
returns candidates (candidates.py); they are made non-overlapping, implicit speakers are
resolved to the previous speaker, and each speaker gets the fullest name the document gives
(naming.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from quotecheck.engine.evidence import Entity
from quotecheck.engine.run import run_finders
from quotecheck.find.wrapping import unwrap
from quotecheck.lang.ar.lexicon import Lexicon, lexicon
from quotecheck.types import Mention, Quote

__all__ = ["Entity", "extract", "recut"]


def extract(text: str, entities: Sequence[Entity] = (), lex: Lexicon | None = None
            ) -> list[Quote]:
    """All quotes of one text, in document order (rules only; entities optional; ``lex``:
    a lexicon other than the shipped one, e.g. with a pipeline's overrides)."""
    if not text or not text.strip():
        return []
    work = unwrap(text)  # (hard-wrapped prose: its inner line breaks read as spaces)
    # (the marks pair on the text as given: its paragraph breaks, U+2029 or \r\r, end an
    # unclosed mark; the canonical form writes them as one line end)
    quotes = run_finders(work, entities, lex or lexicon(), None if work is text else text)
    if work is text:
        return quotes
    return [recut(q, text) for q in quotes]


def recut(q: Quote, text: str) -> Quote:
    """``q`` with its strings cut again from ``text`` (same offsets, original characters)."""
    def m(x: Mention | None) -> Mention | None:
        return None if x is None else Mention(text[x.start : x.end], x.start, x.end)

    return replace(q, text=text[q.start : q.end], cue=m(q.cue), speaker=m(q.speaker))
