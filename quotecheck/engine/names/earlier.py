"""A quote with no speaker and no earlier one: the last "title + name" phrase before it."""

from __future__ import annotations

from collections.abc import Callable

from quotecheck.engine.evidence import _gap_has_text
from quotecheck.engine.names.book import NameKey
from quotecheck.engine.speakers import SpeakerSpan, phrase_after
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj

_LOOK_BACK = 400  # words: a bounded look-back keeps the pass linear
_PHRASE_WORDS = 16
_HEAD_WORDS = 5


def title_mention_before(lex: Lexicon, wi: WordIndex, pos: int,
                         name_of: Callable[[SpeakerSpan], NameKey | None]) -> SpeakerSpan | None:
    """The last phrase before offset ``pos`` that starts at a title and holds a name
    (``name_of`` says which do)."""
    k = wi.last_before(pos)
    stop = max(-1, k - _LOOK_BACK)
    while k > stop:
        w = strip_conj(wi.norms[k])
        if w in lex.titles and (k == 0 or strip_conj(wi.norms[k - 1]) not in lex.titles):
            starts = [k]
            if _modifies_previous(lex, wi, k):
                # الوضع الإقليمي: an adjective; وزير الشؤون الخارجية: read from the head
                # title when there is one, else this is no speaker phrase
                h = _phrase_head(lex, wi, k)
                starts = [h, k] if h is not None else []
            for a in starts:
                sp = phrase_after(lex, wi, a, min(len(wi), a + _PHRASE_WORDS))
                if sp is not None and name_of(sp) is not None:
                    return sp
        k -= 1
    return None


def _phrase_head(lex: Lexicon, wi: WordIndex, k: int) -> int | None:
    """The title word heading the definite noun phrase that word k ends
    (وزير الشؤون الخارجية -> وزير), if any, a few words back."""
    j = k - 1
    while j >= 0 and k - j <= _HEAD_WORDS and not _gap_has_text(wi, j + 1):
        w = strip_conj(wi.norms[j])
        if lex.is_title(wi.norms[j]):
            return j  # (وزيرة السياحة السابقة: the feminine title too)
        if not w.startswith(lex.morph.article):
            return None
        j -= 1
    return None


def _modifies_previous(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k is an adjective of the definite noun before it (الوضع الإقليمي، القرار
    الدولي): title material, but not the start of a speaker phrase."""
    if k == 0 or _gap_has_text(wi, k):
        return False
    prev = strip_conj(wi.norms[k - 1])
    article = lex.morph.article
    return wi.norms[k].startswith(article) and prev.startswith(article) and (
        not lex.is_title(prev) and prev not in lex.time_words
    )
