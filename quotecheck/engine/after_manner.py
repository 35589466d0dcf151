"""A quote that opens a sentence and is attributed after its marks by a word of manner that
points back at it ("..."، بهذه الكلمات علق المحامي X، «...»، هكذا تحدث مدرب الفريق X،
"..."، بهذه العبارة بدأ الوزير X مؤتمره): the lede of a feature or a report (round 8, qb10).
The lead says the marks are words said, so the verb after it need not be a verb of saying
(افتتح، لخص، اختصر); its subject is the speaker.  Not for marks inside a sentence (a name or a
term: بـ"مار أيه لاغو" هكذا وصف ...), a name in marks, or a verb with its own complementizer
or colon."""

from __future__ import annotations

import json
from functools import lru_cache

from quotecheck.engine.candidates import Cand, pair_cand
from quotecheck.engine.evidence import Doc, gap_has_text
from quotecheck.engine.quoted import is_name_pair
from quotecheck.engine.speakers import phrase_after
from quotecheck.find.marks import MarkPair
from quotecheck.lang.ar.datafiles import DATA
from quotecheck.lang.ar.normalize import fold

#: How many words after the verb the subject phrase may run.
SUBJECT_REACH = 12


@lru_cache(maxsize=1)
def manner_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """finders.json's ``after_quote_manner_leads`` (هكذا), ``after_quote_manner_demonstratives``
    (بهذه) and ``after_quote_manner_nouns`` (الكلمات), folded."""
    raw = json.loads((DATA / "finders.json").read_text(encoding="utf-8"))
    return tuple(frozenset(fold(w) for w in raw[key]) for key in (  # type: ignore[return-value]
        "after_quote_manner_leads", "after_quote_manner_demonstratives",
        "after_quote_manner_nouns"))


def manner_verb(d: Doc, k: int) -> int | None:
    """The word after a lead of manner opening at word k (هكذا، بهذه الكلمات [البسيطة]), or
    None when word k opens no such lead."""
    wi = d.wi
    n = len(wi.norms)
    leads, demonstratives, nouns = manner_words()
    w = wi.norms[k]
    if w in leads:
        v = k + 1
    elif w in demonstratives and k + 1 < n and wi.norms[k + 1] in nouns:
        v = k + 2
    else:
        return None
    return v if v < n and not gap_has_text(wi, v) and not d.breaks[v] else None


def manner_attribution(d: Doc, p: MarkPair, k: int) -> Cand | None:
    """The direct quote in ``p`` when word k right after it opens a lead of manner and the
    verb after the lead has a speaker phrase for its subject."""
    from quotecheck.engine.after_quote import reports_own_clause

    v = manner_verb(d, k)
    first = d.word_after(p.open)
    if v is None or first < 0 or (first > 0 and not d.breaks[first]) or is_name_pair(d, p):
        return None
    if reports_own_clause(d, v):
        return None
    wi = d.wi
    sp = phrase_after(d.lex, wi, v + 1, min(len(wi.norms), v + 1 + SUBJECT_REACH))
    if sp is None:
        return None
    c = pair_cand(d.text, p, "direct", cue=(wi.starts[k], wi.ends[v]))
    if c is not None:
        c.speaker = sp
    return c
