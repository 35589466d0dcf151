"""After a comma, a feminine participle of a haal's shape (، مستغربة صمت الرئاسة، مجددة عزمها
على) in a clause whose cue is a feminine singular verb (وأضافت النقابة أنها ...) is the
speaker's next act: the reported clause ends before it, as it does before the masculine haal
(clauses.ends_clause) (round 9, qb12).  Not a passive مفعولة (مسروقة، مشنوقة), a word joined
by و, a nisba noun (منهجية), a verbal noun of the shape مفاعلة (، مقارنة بالفترة), nor one
before a preposition of state, place or time (، مخزنة في براميل، متجهة إلى، مباشرة بعد): an
adjective or a state of the clause's own subject.  Nor one before a complementizer, a colon
or a quotation mark (، مضيفة "..."، ملاحظة أن "..."): it opens a quote that no cue of the
lexicon reads, which the clause keeps."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from quotecheck.engine.clause_reports import verb_person
from quotecheck.engine.evidence import MARKS_COLON, Doc
from quotecheck.lang.ar.datafiles import DATA
from quotecheck.lang.ar.morphology import morphology
from quotecheck.lang.ar.normalize import fold

#: The most words from the participle to the quotation mark or colon of a quote it opens
#: (، مضيفة نقلا عن السلطات الأمنية "...").
OWN_QUOTE_REACH = 6
#: The fewest words of the clause before the participle.
MIN_CLAUSE = 3


@dataclass(frozen=True)
class HaalWords:
    """particles.json ``feminine_haal``, folded."""

    prefix: str  # م: the active participle of a derived verb
    passive: str  # و before the ة: مفعولة, a passive participle
    state_preps: frozenset[str]  # في، من، إلى ...: a state or place follows, no act
    verbal_noun: re.Pattern[str]  # مفاعلة: مقارنة، مباشرة, the verbal noun of form III


@lru_cache(maxsize=1)
def haal_words() -> HaalWords:
    """The feminine haal's words from particles.json."""
    raw = json.loads((DATA / "particles.json").read_text(encoding="utf-8"))["feminine_haal"]
    return HaalWords(fold(raw["prefix"]), fold(raw["passive_before_ending"]),
                     frozenset(fold(w) for w in raw["state_prepositions"]),
                     re.compile("|".join(f"(?:{p})" for p in raw["verbal_noun_patterns"])))


def feminine_haal(d: Doc, k: int, j: int, cue: int | None, shape: bool) -> bool:
    """Word j (after a comma; ``shape``: it has a haal's shape, clauses.participle_shape) is
    a feminine active participle م...ة, written without و, whose next word is no preposition
    of state, in a clause starting at word k, at least MIN_CLAUSE words before it (not
    جيمس، مؤسسة ...: a title set off after a name), whose cue ``cue`` is a feminine singular
    verb."""
    lex, norms = d.lex, d.wi.norms
    words = haal_words()
    w = norms[j]
    if cue is None or not shape or j - k < MIN_CLAUSE or j + 1 >= len(norms) or d.breaks[j + 1]:
        return False
    if not w.startswith(words.prefix) or not w.endswith(lex.fem_ending):
        return False
    stem = w[: -len(lex.fem_ending)]
    if (stem[:-1].endswith(words.passive) or stem.endswith(morphology().ya)
            or words.verbal_noun.match(w) or norms[j + 1] in words.state_preps):
        return False  # (مسروقة: passive; منهجية: a nisba; مقارنة: a verbal noun; مخزنة في)
    for m in range(j + 1, min(len(norms), j + 1 + OWN_QUOTE_REACH)):
        if d.breaks[m]:
            break
        if not MARKS_COLON.isdisjoint(d.wi.gap(m)) or m < j + 3 and lex.complementizer(norms[m]):
            return False  # (، مضيفة قولها "..."، ملاحظة أن: it opens a quote of its own)
    return verb_person(lex, norms[cue]) == "f"
