"""A purpose form of a verb of saying after a verb of going on (وعاد الوزير ليؤكد في تصريح
لاحق أن ...، ثم عاد X ليعلن في ختام الجلسة أن ...، عاد ليقول في تدوينة على فيسبوك إن): the
licensed imperfect reports the clause even when a frame stands between it and its
complementizer (round 8, qb10).  Licensed forms look only three words ahead
(licensed.COMP_WINDOW); after an auxiliary (speaker_words.json ``auxiliary_verbs``) within
AUX_REACH words before it, in its clause, the complementizer may stand FRAME_REACH words
after it, with no punctuation and no other cue between."""

from __future__ import annotations

import json
from functools import lru_cache

from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.datafiles import DATA
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import morphology
from quotecheck.lang.ar.normalize import fold

#: How many words before the purpose form its auxiliary may stand (عاد + a subject phrase).
AUX_REACH = 6
#: How many words after the purpose form its complementizer may stand (a frame).
FRAME_REACH = 12


@lru_cache(maxsize=1)
def auxiliaries() -> frozenset[str]:
    """speaker_words.json's ``auxiliary_verbs``, folded."""
    raw = json.loads((DATA / "speaker_words.json").read_text(encoding="utf-8"))
    return frozenset(fold(w) for w in raw["auxiliary_verbs"])


def _plain(wi: WordIndex, k: int) -> bool:
    """Word k follows the word before it with spaces only."""
    return not wi.breaks[k] and not wi.gap(k).strip()


def after_auxiliary(wi: WordIndex, lex: Lexicon, i: int) -> bool:
    """Word i is a purpose form (ل + imperfect) with an auxiliary verb, bare or after و/ف,
    at most AUX_REACH words before it and only spaces between."""
    if not wi.norms[i].startswith(morphology().purpose_prefix):
        return False
    aux = auxiliaries()
    for j in range(i - 1, max(-1, i - 1 - AUX_REACH), -1):
        w = wi.norms[j]
        if w in aux or w[:1] in lex.conj_clitics and w[1:] in aux:
            return True
        if not _plain(wi, j) or lex.cue(w) is not None:
            return False
    return False


def framed_comp(wi: WordIndex, lex: Lexicon, i: int) -> int | None:
    """The complementizer (not after a modal) within FRAME_REACH words after word i, with
    only spaces and words that are no cue between; None when there is none."""
    norms = wi.norms
    for k in range(i + 1, min(len(norms), i + 1 + FRAME_REACH)):
        if not _plain(wi, k):
            return None
        if lex.complementizer(norms[k]):
            return k if norms[k - 1] not in lex.not_after else None
        if lex.cue(norms[k]) is not None:
            return None
    return None
