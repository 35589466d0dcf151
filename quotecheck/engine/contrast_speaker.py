"""A cue right after a contrast word (لكنه أكد أن، ولكن أكد الوزير أن): the contrast opens a
new act of the same speaker, so the words before it are another clause, never the cue's
subject (review round 8, S7).  With a pronoun on the contrast word (لكنه، ولكنها) the
pronoun is the subject and none follows the verb either (لكنه يؤكد دائما أن: not دائما): the
cue is a bare verb whose speaker is the antecedent."""

from __future__ import annotations

from functools import lru_cache

from quotecheck.engine.contrast_acts import contrast_words
from quotecheck.engine.evidence import Doc


@lru_cache(maxsize=1)
def _pronoun_openers() -> frozenset[str]:
    """The ``contrast_act_openers`` that extend another one by a pronoun (لكنه after لكن)."""
    openers = contrast_words()[0]
    return frozenset(w for w in openers if any(w != o and w.startswith(o) for o in openers))


def contrast_opener(d: Doc, i: int) -> str | None:
    """``"pronoun"`` when the word right before word i (only a space between, same sentence)
    is a contrast opener with a pronoun (لكنه), ``"bare"`` for one without (لكن، ولكن),
    else None."""
    wi = d.wi
    if i < 1 or d.breaks[i] or wi.gap(i).strip():
        return None
    w = wi.norms[i - 1]
    if w in _pronoun_openers():
        return "pronoun"
    return "bare" if w in contrast_words()[0] else None
