"""The document's own evidence that a word ends a person's name: it stands elsewhere as the
bare subject of a cue (وأضاف الحوراني، وتابع عبد الحافظ، وقال ولد أحمدو), so a run of words
ending in it after a title is a name even when no list knows its first name (روي فرنانديش،
جان-لوك مارتينو)."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj

_SHORTEST = 3  # letters of a confirmed surname at least

# The index of ``cue_subjects``, built once per document (its WordIndex) and lexicon.
_SUBJECTS: WeakKeyDictionary[WordIndex, tuple[Lexicon, dict[str, list[int]]]] = (
    WeakKeyDictionary())


def cue_subjects(lex: Lexicon, wi: WordIndex) -> dict[str, list[int]]:
    """Each word that follows a cue with only spaces between, itself or behind a name joiner
    (وقال فقيه، وقال ولد أحمدو -> فقيه، أحمدو): the indices where it does, in text order.
    One pass per document, kept while its WordIndex lives."""
    memo = _SUBJECTS.get(wi)
    if memo is not None and memo[0] is lex:
        return memo[1]
    out: dict[str, list[int]] = {}
    norms, joiners = wi.norms, lex.speaker_lists["name_joiners"]
    for x in range(1, len(norms)):
        if wi.gap(x).strip(" "):
            continue
        if norms[x] in joiners:
            continue  # (وقال ولد أحمدو: the joiner opens the subject, أحمدو ends it)
        if lex.cue(norms[x - 1]) is not None and not lex.is_first_name(norms[x - 1]):
            out.setdefault(norms[x], []).append(x)  # (روي فيليبي: a first name, no cue)
        elif (x >= 2 and norms[x - 1] in joiners and not wi.gap(x - 1).strip(" ")
              and lex.cue(norms[x - 2]) is not None and not lex.is_first_name(norms[x - 2])):
            out.setdefault(norms[x], []).append(x)
    _SUBJECTS[wi] = (lex, out)
    return out


def confirmed_surname(lex: Lexicon, wi: WordIndex, i: int, e: int) -> bool:
    """The last word of words [i, e) is a bare subject of a cue somewhere outside them (the
    text names the person by it): no title, body, country, unnamed source, time word or
    function word, three letters at least."""
    if e <= i or e > len(wi):
        return False
    w = wi.norms[e - 1]
    bare = strip_conj(w)
    if (len(w) < _SHORTEST or lex.is_title(w) or lex.is_body(w) or w in lex.anonymous
            or bare in lex.anonymous or w in lex.time_words or w in lex.soft_prep
            or lex.complementizer(bare) or w in lex.statement_nouns):
        return False
    return any(x < i or x >= e for x in cue_subjects(lex, wi).get(w, ()))
