"""A cue verb's object read where its subject was looked for: the noun phrase right after a
verb that governs an object and a ب-complement (وصف X بأنه) is that object when the
complement follows it at once; the verb's subject stands before it or is implicit."""

from __future__ import annotations

from quotecheck.engine.evidence import Doc
from quotecheck.engine.speakers import (
    SpeakerSpan,
    cue_with_object,
    speaker_head,
    speaker_word_list,
)
from quotecheck.lang.ar.lexicon import CueForm
from quotecheck.lang.ar.morphology import strip_conj


def object_before_complement(d: Doc, cue_last: int, form: CueForm | None,
                             sp: SpeakerSpan) -> bool:
    """The phrase ``sp``, read right after the bare cue word ``cue_last``, is the object of a
    verb that governs an object and a ب-complement (speaker_words.json
    object_complement_verbs: فقد وصف أجواء المشاورات بأنها، ووصف الأمر بـ"..."): the
    complement's ب-word follows the phrase with only spaces between, the phrase is one noun
    phrase (``_one_noun_phrase``) and its head is no speaker's (a title, a body, an unnamed
    source, a known first name or personal name).  Not with a subject and an object before
    the complement (ووصف الشرطة الحادث بأنه، المسؤولون الروس الانفجار: two definite nouns),
    nor after a verb that carries its object as a pronoun (ووصفه العلماء بأنه: the subject)."""
    wi, lex = d.wi, d.lex
    if form is None or form.lemma not in speaker_word_list("object_complement_verbs", lex):
        return False
    nxt = sp.last + 1
    if sp.first != cue_last + 1 or nxt >= len(wi) or wi.gap(nxt).strip(" "):
        return False
    cue = wi.norms[cue_last]
    if not wi.norms[nxt].startswith(lex.morph.ba) or any(
            cue_with_object(lex, w) is not None for w in (cue, strip_conj(cue))):
        return False  # (وصفه: strip_conj reads its و as a conjunction)
    head = strip_conj(wi.norms[sp.first])
    return _one_noun_phrase(d, sp) and not (
        speaker_head(lex, head) or head in lex.person_names
        or speaker_head(lex, wi.norms[sp.first]))


def _one_noun_phrase(d: Doc, sp: SpeakerSpan) -> bool:
    """Words of ``sp`` that can only be one noun phrase: one word (الأمر), an indefinite
    noun in construct with the word after it (أجواء المشاورات، تقرير الصحيفة), or a noun and
    a ل-phrase (الاستعمار للجزائر); two definite words may be a subject and its object."""
    wi, lex = d.wi, d.lex
    if sp.last == sp.first:
        return True
    if sp.last > sp.first + 1 or wi.gap(sp.last).strip(" "):
        return False
    first, second = strip_conj(wi.norms[sp.first]), wi.norms[sp.last]
    if second.startswith(lex.prep_li):
        return True
    return not first.startswith(lex.morph.article) and first not in lex.person_names
