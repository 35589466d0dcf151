"""The subject after a particle and before its verb when the phrase reader stops short of
the verb: an unnamed source or an office in the accusative, the case after أن/إن/لكن
(غير أن مصدرا دبلوماسيا قال، لكن متحدثا عسكريا كان قد قال), or a speaker's phrase
followed by a modifier with a preposition or an aside set off by commas (غير أن مصادر
مطلعة على اللقاءات قالت، لكن مصدرا طبيا، طلب عدم ذكر اسمه، قال).  Asked by
``engine.before_cue.sentence_subject`` once its own reading fails."""

from __future__ import annotations

from quotecheck.engine.evidence import COMMAS, PHRASE_END, QUOTE_CHARS, Doc
from quotecheck.engine.speakers import (
    SpeakerSpan,
    phrase_after,
    speaker_head,
    speaker_word_list,
)
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj

_BETWEEN_WORDS = 8  # words of a modifier or an aside between the subject and its verb


def particle_subject(d: Doc, j: int, v: int) -> SpeakerSpan | None:
    """The subject that opens right after the particle at word j, its verb (or the كان/قد
    before it) at word v: a phrase headed by an unnamed source, a title, a body or a known
    first name, or by an unnamed source or title in the accusative (مصدرا، متحدثا،
    مسؤولا), then words up to the verb that hold no complementizer, cue, quotation mark or
    end of phrase and an even number of commas (a modifier, or an aside closed before the
    verb); None otherwise."""
    wi, lex = d.wi, d.lex
    k = j + 1
    if k >= v:
        return None
    if accusative_head(lex, strip_conj(wi.norms[k])):
        rest = phrase_after(lex, wi, k + 1, v) if k + 1 < v and not wi.gap(k + 1).strip(
            " ") else None
        sp = SpeakerSpan(k, rest.last if rest is not None and rest.first == k + 1 else k)
    else:
        sp = phrase_after(lex, wi, k, v)
        if sp is None or sp.first != k or not speaker_head(lex, strip_conj(wi.norms[k])):
            return None
    if any(not QUOTE_CHARS.isdisjoint(wi.gap(x)) for x in range(k, v + 1)):
        return None  # (وجاء في الحكم أن الحكومة "لم تشر ... يفيد: a verb inside a quotation)
    if sp.last >= v - 1:
        return SpeakerSpan(sp.first, v - 1) if sp.last == v - 1 else None
    if v - sp.last - 1 > _BETWEEN_WORDS or not _free_between(d, sp.last + 1, v):
        return None
    return sp


def accusative_head(lex: Lexicon, w: str) -> bool:
    """Word w is an unnamed-source noun or an office in the accusative with its alef of
    tanween (مصدرا، متحدثا، مسؤولا), itself no listed word."""
    alef = lex.morph.alef
    if not w.endswith(alef) or len(w) < 4 or speaker_head(lex, w):
        return False
    base = w[: -len(alef)]
    return base in lex.anonymous or lex.is_title(base)


def _free_between(d: Doc, a: int, v: int) -> bool:
    """Words a..v-1 and the gaps up to word v hold no word joined to و/ف, complementizer,
    quotation mark or end of phrase, no cue unless they state the source's anonymity
    (طلب عدم ذكر اسمه: speaker_words.json identity_nouns), and an even number of commas."""
    wi, lex = d.wi, d.lex
    commas = 0
    anonymity = any(strip_conj(wi.norms[x]) in speaker_word_list("identity_nouns", lex)
                    for x in range(a, v))  # (، طلب عدم ذكر اسمه،: the request is no cue)
    for x in range(a, v + 1):
        gap = wi.gap(x)
        if not (PHRASE_END | QUOTE_CHARS).isdisjoint(gap):
            return False
        commas += sum(gap.count(c) for c in COMMAS)
        if x < v:
            w = strip_conj(wi.norms[x])
            if w != wi.norms[x]:
                return False  # (المرصد ... ومقره في وسط العاصمة أعلن: a conjoined phrase)
            if lex.complementizer(w) or not anonymity and (
                    lex.cue(w) is not None or lex.cue(wi.norms[x]) is not None):
                return False
    return commas % 2 == 0
