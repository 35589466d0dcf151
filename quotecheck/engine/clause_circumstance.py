"""After a comma, وذلك + a reason, purpose, means or time (، وذلك بسبب ...، وذلك قصد ...، وذلك
بقرار من ...، وذلك منذ ...، وذلك لمحاربة ...) goes on with the reported clause: the
circumstance of what was said, the speaker's (round 8, qb9).  Before the speech event's own
time, place or occasion (، وذلك خلال ندوة صحفية، وذلك في تصريح، وذلك على هامش), a concession
(، وذلك رغم ...), a source note (، وذلك وفق ما صرح به) or a consequence (، وذلك فإن) it still
ends the clause, and so it does after a closing quotation mark ("..."، وذلك بعد أن ...): the
narrator's frame."""

from __future__ import annotations

import json
from functools import lru_cache

from quotecheck.engine.evidence import Doc
from quotecheck.find.marks import ALL_MARKS
from quotecheck.lang.ar.datafiles import DATA
from quotecheck.lang.ar.normalize import fold


@lru_cache(maxsize=1)
def circumstance_words() -> tuple[frozenset[str], frozenset[str]]:
    """particles.json's ``circumstance_openers`` and ``circumstance_end_heads``, folded."""
    raw = json.loads((DATA / "particles.json").read_text(encoding="utf-8"))
    return (frozenset(fold(w) for w in raw["circumstance_openers"]),
            frozenset(fold(w) for w in raw["circumstance_end_heads"]))


def circumstance_goes_on(d: Doc, j: int) -> bool:
    """Word j, after a comma, is وذلك (``circumstance_openers``), no quotation mark stands in
    the gap before it, and the word after it heads no frame, concession, source note or
    consequence (``circumstance_end_heads``): the clause goes on."""
    wi = d.wi
    openers, frame_heads = circumstance_words()
    if wi.norms[j] not in openers or j + 1 >= len(wi.norms) or d.breaks[j + 1]:
        return False
    if any(c in ALL_MARKS for c in wi.gap(j)):
        return False
    nxt = wi.norms[j + 1]
    return nxt not in frame_heads
