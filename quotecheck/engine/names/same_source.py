"""An unnamed source that points back (وأضاف ذات المصدر، نفس المصدر، المصادر ذاتها،
وقال المصدر): its
mention stays as written, its name is the one of the unnamed source given before (مصدر
أمني, often in a source note: وفق ما أفاد به مصدر أمني)."""

from __future__ import annotations

from quotecheck.engine.speakers import SpeakerSpan, speaker_word_list
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj, strip_possessive, without_article

Event = tuple[int, SpeakerSpan]


def _bare_head(lex: Lexicon, w: str) -> str:
    return without_article(strip_conj(w))


def same_source(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> bool:
    """The phrase is an unnamed source marked as the same one: ذات/نفس/عين + the noun
    (ذات المصدر), the noun + ذاته/نفسه (المصادر ذاتها), or the definite noun alone
    (وقال المصدر، وأكدت المصادر)."""
    if sp.last == sp.first:  # المصدر، المصادر: the definite article points back too
        w = strip_conj(wi.norms[sp.first])
        return (w.startswith(lex.morph.article) and _bare_head(lex, w) in lex.anonymous
                and not lex.is_title(w))  # (المتحدث: an office, named by its holder)
    if sp.last != sp.first + 1:
        return False
    a, b = wi.norms[sp.first], wi.norms[sp.last]
    same = speaker_word_list("same_words", lex)  # ذات، نفس، عين
    if strip_conj(a) in same:
        return _bare_head(lex, b) in lex.anonymous
    return strip_possessive(b) in same and _bare_head(lex, a) in lex.anonymous


def source_before(lex: Lexicon, wi: WordIndex, events: list[Event], pos: int,
                  sp: SpeakerSpan) -> SpeakerSpan | None:
    """The latest speaker before offset ``pos`` headed by an unnamed-source noun, the same
    noun first (مصدر for ذات المصدر), else (after ذات، نفس، عين) any; None when there is
    none."""
    words = {_bare_head(lex, wi.norms[k]) for k in (sp.first, sp.last)}
    before = [e[1] for e in events if e[0] < pos and e[1] != sp
              and _bare_head(lex, wi.norms[e[1].first]) in lex.anonymous
              and not same_source(lex, wi, e[1])]
    same = [x for x in before if _bare_head(lex, wi.norms[x.first]) in words]
    if sp.last == sp.first:
        before = []  # (وقال المتحدث: only a spokesman named before, no other source)
    return (same or before or [None])[-1]


def named_source_before(lex: Lexicon, wi: WordIndex, events: list[Event], pos: int,
                        sp: SpeakerSpan) -> SpeakerSpan | None:
    """A singular source marked as the same one (ذات المصدر، المصدر ذاته، نفس المسؤول)
    with no unnamed source before it: the latest speaker before offset ``pos`` (أكد الوكيل
    العام، محمد عبيد، أن ... وبين ذات المصدر أن: the person quoted before).  None for the
    definite noun alone (وقال المصدر: a new source) and for a plural (المصادر ذاتها: other
    sources, not one person)."""
    if sp.last == sp.first or not same_source(lex, wi, sp):
        return None
    if any(_bare_head(lex, wi.norms[k]) in speaker_word_list("plural_heads", lex)
           for k in (sp.first, sp.last)):
        return None
    before = [e[1] for e in events if e[0] < pos and e[1] != sp
              and not same_source(lex, wi, e[1])]
    return before[-1] if before else None
