"""A plural bare cue (وأكدوا، قالوا) with no plural antecedent among the speakers before
it: the group the narration made the subject before it, a quantified group (وعبر بعض
الأهالي، أكد عدد من المحتجين، عاد 3 شبان) or a plural of persons in the nominative
(ويواصل المحتجون)."""

from __future__ import annotations

from quotecheck.engine.speakers import SpeakerSpan, speaker_word_list
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj, without_article

_PLURAL_BACK = 60  # words a plural bare cue looks back for its group at most
_PARTICIPLE_LETTERS = 6  # letters of a participle's sound plural at least (محتجين; not مليون)


def plural_group_before(lex: Lexicon, wi: WordIndex, cue: int, stop: int) -> SpeakerSpan | None:
    """The nearest group of persons before word ``cue`` (after word ``stop``, in its
    paragraph) that can be the subject of a plural verb: a quantifier (speaker_words.json
    ``partitives``) or a number and a plural of persons, not after a preposition (على بعض
    المحتجين); or a plural of persons in the nominative (المحتجون، مسؤولون)."""
    for k in range(cue - 1, max(stop, cue - 1 - _PLURAL_BACK), -1):
        if "\n" in wi.gap(k + 1):
            return None
        sp = _group_at(lex, wi, k, cue)
        if sp is not None:
            return sp
    return None


def _group_at(lex: Lexicon, wi: WordIndex, k: int, cue: int) -> SpeakerSpan | None:
    norms = wi.norms
    if k > 0 and _after_preposition(lex, norms[k - 1]):
        return None
    w = strip_conj(norms[k])
    if w in speaker_word_list("partitives", lex) or wi.words[k].text.isdigit():
        noun = k + 1
        if noun < cue and norms[noun] in speaker_word_list("partitive_prepositions", lex):
            noun += 1
        if noun < cue and not any(wi.gap(x).strip(" ") for x in range(k + 1, noun + 1)) and (
                _persons(lex, norms[noun])):
            return SpeakerSpan(k, noun)
        return None
    if w.endswith(tuple(speaker_word_list("nominative_plural_endings", lex))) and _persons(
            lex, w) and k > 0 and not wi.gap(k).strip(" "):
        return SpeakerSpan(k, k)
    return None


def _after_preposition(lex: Lexicon, w: str) -> bool:
    """A preposition before the group: it is an object, no subject (على بعض المحتجين)."""
    return w in lex.leading_prepositions or w in lex.soft_prep or strip_conj(
        w) in lex.leading_prepositions


def _persons(lex: Lexicon, w: str) -> bool:
    """A plural of persons: a plural head of speaker_words.json (أهالي، مسؤولو، شبان) or a
    participle with a sound plural ending (المحتجين، المواطنون، معتصمون)."""
    bare = without_article(strip_conj(w))
    if bare in speaker_word_list("plural_heads", lex):
        return True
    return (bare.startswith(tuple(speaker_word_list("participle_prefixes", lex)))
            and len(bare) >= _PARTICIPLE_LETTERS
            and bare.endswith(tuple(speaker_word_list("person_plural_endings", lex))))
