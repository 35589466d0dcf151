"""A contrast word right before a perfect verb of statement ends a reported clause, even
with no comma and no complementizer after the verb (... لأول مرة ولكن أكد ضرورة ...، ...
عزلها اقتصاديا لكنه رجح حدوث ...، ... صارم بالفعل لكنها تعهدت بالتعاون): the speaker's next
act, as the pool's gold ends the clause there (round 8, qb9).  Not a verb of acting (لكنه
أصر على البقاء: the clause's own subject may act), nor a homograph (ولكن عبر القانون: the
preposition; لكنه حذر: the adjective)."""

from __future__ import annotations

import json
from functools import lru_cache

from quotecheck.engine.evidence import CLAUSE_COMMAS, Doc
from quotecheck.lang.ar.datafiles import DATA
from quotecheck.lang.ar.normalize import fold


@lru_cache(maxsize=1)
def contrast_words() -> tuple[frozenset[str], frozenset[str]]:
    """particles.json's ``contrast_act_openers`` and ``contrast_act_lemmas``, folded."""
    raw = json.loads((DATA / "particles.json").read_text(encoding="utf-8"))
    return (frozenset(fold(w) for w in raw["contrast_act_openers"]),
            frozenset(fold(w) for w in raw["contrast_act_lemmas"]))


def contrast_act(d: Doc, j: int, k: int) -> bool:
    """Word j is the perfect of a ``contrast_act_lemmas`` cue right after a contrast word
    (``contrast_act_openers``: لكن، ولكنه) that stands inside the clause opening at word k,
    with only a space between the two."""
    wi, lex = d.wi, d.lex
    if j - 1 <= k or d.breaks[j] or d.breaks[j - 1]:
        return False
    openers, lemmas = contrast_words()
    if wi.norms[j - 1] not in openers or wi.gap(j).strip():
        return False
    w = wi.norms[j]
    form = lex.cue(w) or lex.licensed_lookup.get(w)
    return (form is not None and form.form == "perfect" and fold(form.lemma) in lemmas
            and CLAUSE_COMMAS.isdisjoint(wi.gap(j)))


def contrast_cut(d: Doc, j: int, k: int) -> int | None:
    """Where the clause opening at word k ends when word j is a contrast word before such a
    verb or the verb after one (``contrast_act``): the word before the contrast; else None."""
    for v in (j, j + 1):
        if v < len(d.wi.norms) and contrast_act(d, v, k):
            return max(k, v - 2)
    return None
