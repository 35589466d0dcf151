"""A cue verb's object read where its subject was looked for: the noun phrase right after a
verb that governs an object and a ب-complement (وصف X بأنه) is that object when the
complement follows it at once; the verb's subject stands before it or is implicit."""

from __future__ import annotations

from quotecheck.engine.candidates import CueSite
from quotecheck.engine.evidence import Doc
from quotecheck.engine.speakers import (
    SpeakerSpan,
    cue_with_object,
    speaker_head,
    speaker_word_list,
)
from quotecheck.lang.ar.lexicon import CueForm
from quotecheck.lang.ar.morphology import strip_conj, strip_possessive


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


def attention_object(d: Doc, cue_last: int, form: CueForm | None, sp: SpeakerSpan) -> bool:
    """The phrase ``sp`` right after a verb of drawing attention (speaker_words.json
    attention_verbs: لفت) opens with its fixed object (attention_objects: الانتباه، النظر،
    الأنظار): ولفت الانتباه إلى أن، لفت النظر: no subject; the subject stands before the verb
    or is implicit.  (A subject comes first: لفت الوزير الانتباه إلى.)"""
    wi, lex = d.wi, d.lex
    return (form is not None and form.lemma in speaker_word_list("attention_verbs", lex)
            and sp.first == cue_last + 1
            and strip_conj(wi.norms[sp.first]) in speaker_word_list("attention_objects", lex))


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


def fronted_subject(d: Doc, site: CueSite, sp: SpeakerSpan,
                    last_start: int | None) -> SpeakerSpan | None:
    """The subject written before a bare cue verb (subject-verb-object order: لكن مدرب
    الفريق، X Y، رأى الأمور بطريقة أخرى؛ أما المبعوث X، فقد وصف ...) when the phrase ``sp``
    read right after the verb is no speaker's: a verb whose subject stands right before it
    (قد or لقد between at most, speaker_words.json verb_particles) takes no second subject,
    so ``sp`` is its object.  The phrase before must read as a speaker (a title, a body, an
    unnamed source or a known first name in it, not a place alone); the phrase after must
    not (its head no title, body, unnamed source, personal name or surname the document
    gives after a first name).  None for a verb joined by و/ف (ولفت الانتباه: its own clause)
    or any other cue."""
    from quotecheck.engine.before_cue import speaker_before  # (before_cue reads speakers)
    from quotecheck.engine.names.earlier import is_surname  # (earlier reads this module)

    wi, lex = d.wi, d.lex
    w = wi.norms[site.i]
    if site.form.form not in ("perfect", "imperfect") or site.last != site.i or (
            sp.first != site.last + 1 or w[:1] in lex.conj_clitics and w not in lex.cues):
        return None
    head = strip_conj(wi.norms[sp.first])
    if any(speaker_head(lex, x) for x in (head, wi.norms[sp.first], strip_possessive(head))) or (
            head in lex.person_names or is_surname(lex, wi, sp.first)):
        return None  # (أوضح مصدرنا الأمني: an unnamed source with a pronoun)
    before = speaker_before(d, site.i, site.form, last_start)
    if before is None or before.issuer or before.last >= site.i:
        before = _opening_subject(d, site.i)
    if before is None:
        return None
    particles = speaker_word_list("verb_particles", lex)
    if any(strip_conj(wi.norms[k]) not in particles and wi.norms[k] not in particles
           for k in range(before.last + 1, site.i)):
        return None  # (the phrase does not end right before the verb)
    words = [strip_conj(x) for x in wi.norms[before.first : before.last + 1]]
    if all(x in lex.countries or x in lex.places for x in words) or not (
            speaker_head(lex, words[0]) or _named_phrase(d, words)):
        return None  # (يتعلق بقضية X، أصدر القضاء ...: no speaker's head first)
    return before


def _named_phrase(d: Doc, words: list[str]) -> bool:
    """Folded ``words`` read as a person's phrase though its first word is no speaker's
    head (مدرب الفريق، التونسي X Y): a known first name after the first word, and no word
    that opens with a preposition (يتعلق بقضية معتمد X: a clause, not a subject)."""
    lex = d.lex
    clitics = lex.morph.preposition_clitics
    return any(lex.is_first_name(x) for x in words[1:]) and not any(
        x[:1] in clitics and not speaker_head(lex, x) and x not in lex.person_names
        for x in words)


def _opening_subject(d: Doc, i: int) -> SpeakerSpan | None:
    """The phrase that opens the sentence of the verb at word i (after لكن، إن or أما:
    particles.json subject_particles, topic_particles) and runs up to it, read through a
    person's name set off by commas after a title phrase (لكن مدرب الفريق، التونسي X Y،
    رأى); None when no such phrase reaches the verb."""
    from quotecheck.engine.apposition import apposed_person
    from quotecheck.engine.cue_apposed_name import apposed_name
    from quotecheck.engine.speakers import phrase_after

    wi, lex = d.wi, d.lex
    s = d.sentence_start(i)
    if s < i and (strip_conj(wi.norms[s]) in lex.subject_particles
                  or strip_conj(wi.norms[s]) in lex.topic_particles):
        s += 1
    if s >= i:
        return None
    sp = phrase_after(lex, wi, s, i)
    if sp is None or sp.first != s:
        return None
    return apposed_name(d, sp, i) or apposed_person(d, sp, i) or sp
