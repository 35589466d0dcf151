"""Agreement between a bare reporting verb and its antecedent: وأضافت takes a feminine
speaker (الوزيرة، وزارة الصحة), وأضاف a masculine one (الوزير، المتحدث)."""

from __future__ import annotations

from quotecheck.engine.before_cue import verb_person
from quotecheck.engine.speakers import SpeakerSpan, speaker_word_list
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj, without_article

_PERSONS = frozenset({"m", "f"})
_PLURAL = "p"


def phrase_gender(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> str | None:
    """"f" or "m" for a phrase headed by a title or a body (وزيرة، الوزارة: its ة; وزير،
    المتحدث، الحزب); None when the head says nothing (a name, an unnamed source, whose
    plural takes a feminine verb: أكدت مصادر)."""
    head = strip_conj(wi.norms[sp.first])
    if head in lex.anonymous or not (lex.is_title(head) or lex.is_body(head)):
        return None
    if head in lex.countries:
        return None  # (تونس، قطر: a country's verb is feminine whatever its form)
    return "f" if head.endswith(lex.morph.closed_ta) else "m"


def singular_person(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> bool:
    """The phrase names one person or one body: headed by a known first name, a body noun
    (الوزارة) or an office in the singular (الوزير، رئيس، المتحدث: not a plural of
    speaker_words.json plural_heads, nor one with a plural ending: مسؤولون، المحتجين)."""
    head = strip_conj(wi.norms[sp.first])
    bare = without_article(head)
    if lex.is_first_name(head):
        return True
    if lex.is_body(head):
        return True
    if not lex.is_title(head) or head in lex.countries:
        return False
    return bare not in speaker_word_list("plural_heads", lex) and not bare.endswith(
        tuple(speaker_word_list("plural_endings", lex)))


def agrees(lex: Lexicon, wi: WordIndex, cue_word: str, sp: SpeakerSpan) -> bool:
    """The bare cue ``cue_word`` (folded) may have ``sp`` as its speaker: unless the cue is
    masculine or feminine singular and the phrase's head the other gender, or the cue is
    plural (وأضافوا) and the phrase names one person or body."""
    person = verb_person(lex, cue_word)
    if person == _PLURAL:
        return not singular_person(lex, wi, sp)
    if person not in _PERSONS:
        return True
    gender = phrase_gender(lex, wi, sp)
    return gender is None or gender == person
