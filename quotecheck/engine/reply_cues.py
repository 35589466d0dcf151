"""The verb of reply ردّ with its complementizer بأن (وردّ الوزير بأن ...، ردت بأن ...، وردت
X على ذلك بأن ...، ورد المستشار X في تعقيبه بأن ...): a cue, though its perfect is written
like ورد "was mentioned" and رد the noun "reply" (round 8, qb10).  Licensed only where it opens
a clause and بأن follows in its sentence within REPLY_WINDOW words, commas allowed (an
apposed name), with no other cue, colon or sentence end before it; never before a word of
``reply_not_next`` (رد فعله: "reaction"; ورد في، ورد على لسان: a statement cue; ردت إلى، رد
الاعتبار: "returned").  The complementizer must be بأن: ورد ... أن is "it was reported that"."""

from __future__ import annotations

import json
from functools import lru_cache

from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.cueforms import CueForm
from quotecheck.lang.ar.datafiles import DATA
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.normalize import fold
from quotecheck.lang.ar.punctuation import SENTENCE_ENDS

#: How many words after the verb its بأن may stand: a title, an apposed name and a frame.
REPLY_WINDOW = 15
_STOPS = SENTENCE_ENDS | frozenset(":\n")


@lru_cache(maxsize=1)
def reply_words() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, ...], ...]]:
    """finders.json's ``reply_verbs``, ``reply_complementizers`` and ``reply_not_next``
    (word sequences), folded."""
    raw = json.loads((DATA / "finders.json").read_text(encoding="utf-8"))
    return (frozenset(fold(w) for w in raw["reply_verbs"]),
            frozenset(fold(w) for w in raw["reply_complementizers"]),
            tuple(tuple(fold(x) for x in w.split()) for w in raw["reply_not_next"]))


@lru_cache(maxsize=1)
def reply_form() -> CueForm:
    """The cue form of the verb of reply: the first of ``reply_verbs`` is its lemma."""
    raw = json.loads((DATA / "finders.json").read_text(encoding="utf-8"))
    return CueForm(fold(raw["reply_verbs"][0]), "neutral", "perfect")


@lru_cache(maxsize=1)
def claim_nouns() -> frozenset[str]:
    """finders.json's ``reply_claim_nouns`` (الاتهامات، المزاعم), folded: a بأن after one
    is the claim's content (ورد X على الاتهامات الموجهة له بأنه ...), not the reply."""
    raw = json.loads((DATA / "finders.json").read_text(encoding="utf-8"))
    return frozenset(fold(w) for w in raw["reply_claim_nouns"])


def reply_sites(wi: WordIndex, lex: Lexicon) -> list[int]:
    """The words that are the verb of reply reporting a بأن clause."""
    verbs, comps, not_next = reply_words()
    norms = wi.norms
    n = len(norms)
    out = []
    for i, w in enumerate(norms):
        if w not in verbs or i + 1 >= n:
            continue
        bare = w[:1] not in lex.conj_clitics or w[1:] not in verbs
        if bare and not (i == 0 or wi.breaks[i] or wi.gap(i).strip()):
            continue  # (بعد رد الوزارة بأن: the noun in construct)
        if any(tuple(norms[i + 1 : i + 1 + len(ph)]) == ph for ph in not_next):
            continue
        if _reply_comp(wi, lex, i, comps):
            out.append(i)
    return out


def _reply_comp(wi: WordIndex, lex: Lexicon, i: int, comps: frozenset[str]) -> bool:
    """The first complementizer after word i in its sentence, within REPLY_WINDOW words and
    with no cue or noun of claim before it, is one of ``comps`` (بأن)."""
    norms = wi.norms
    for k in range(i + 1, min(len(norms), i + 1 + REPLY_WINDOW)):
        if wi.breaks[k] or not _STOPS.isdisjoint(wi.gap(k)):
            return False
        if norms[k] in comps:
            return True
        if norms[k] in claim_nouns():
            return False
        if lex.complementizer(norms[k]) or lex.cue(norms[k]) is not None:
            return False
    return False
