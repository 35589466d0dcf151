"""A bare cue that carries a pronoun phrase pointing back at an event or statement noun
(أصدر البيت الأبيض بيانا ... قال فيه إن؛ عقد الوزير X، لقاء صحفيا ...، أكد خلاله أن):
its speaker is the subject of the verb whose object that noun is, the phrase that ends
right before the noun."""

from __future__ import annotations

from quotecheck.engine.speakers import (
    SpeakerSpan,
    is_medium,
    phrase_after,
    speaker_head,
    speaker_word_list,
)
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj
from quotecheck.lang.ar.punctuation import COMMAS

_EVENT_BACK = 20  # words between the event noun and the cue at most
_SUBJECT_WORDS = 10  # words of the subject phrase at most


def event_subject(lex: Lexicon, wi: WordIndex, cue: int) -> SpeakerSpan | None:
    """The subject of the event a bare cue at word ``cue`` points back to with the pronoun
    phrase after it (speaker_words.json ``event_pronoun_phrases``: فيه، خلالها), when the
    event noun (``event_nouns``: بيانا، لقاء، ندوة) stands before it in the same sentence;
    None otherwise (قال في البيان: no pronoun; قال فيه after no event noun)."""
    pp = cue + 1
    if pp >= len(wi) or wi.gap(pp).strip(" ") or (
            wi.norms[pp] not in speaker_word_list("event_pronoun_phrases", lex)):
        return None
    for n in range(cue - 1, max(-1, cue - 1 - _EVENT_BACK), -1):
        if _event_noun(lex, wi.norms[n]):
            return _subject_before(lex, wi, n)
        if wi.opens_line(n):
            return None
    return None


def _event_noun(lex: Lexicon, w: str) -> bool:
    """An event or statement noun, in the accusative (بيانا) or after ب (بتصريح) too."""
    nouns = speaker_word_list("event_nouns", lex)
    m = lex.morph
    return w in nouns or (w.endswith(m.alef) and w[:-1] in nouns) or (
        w[:1] == m.ba and w[1:] in nouns)


def _subject_before(lex: Lexicon, wi: WordIndex, n: int) -> SpeakerSpan | None:
    """The speaker phrase that ends right before word ``n`` (commas allowed), headed by a
    title, a body, a first name or a definite noun that is no medium, and that follows a
    word that can be its verb and opens its clause (عقد، وأصدر، وقد أصدر: no article,
    preposition, particle, title or body); the nearest such start (عقد وزير الشؤون
    الخارجية، خميس الجهيناوي، لقاء).  None when there is none (طفلة تركت رسالة: a verb
    before the noun; بثت قناة X كلمة: the medium relays the speech of another)."""
    for s in range(n - 1, max(-1, n - 1 - _SUBJECT_WORDS), -1):
        if wi.opens_line(s + 1) and s + 1 < n:
            return None
        sp = phrase_after(lex, wi, s, n)
        if sp is None or sp.first != s or sp.last != n - 1:
            continue
        if s > 0 and not wi.gap(s).strip(" ") and _verb_like(lex, wi.norms[s - 1]) and not (
                wi.norms[s - 1] in lex.person_names and not _heads_office(lex, wi.norms[s])
        ) and _opens_clause(lex, wi, s - 1) and _subject_head(lex, wi.norms[s]):
            return sp  # (خميس الجهيناوي: a name's first word, not a verb; عقد وزير: a verb)
    return None


def _verb_like(lex: Lexicon, w: str) -> bool:
    """A word that may be the verb before its subject: a cue, or a word of three letters or
    more (after و/ف) that is no definite noun, preposition, particle, title, body or time
    word (a first name right before the phrase: the caller)."""
    if lex.cue(w) is not None:
        return True
    bare = strip_conj(w)
    return len(bare) >= 3 and not any(
        x.startswith(lex.morph.article) or x in lex.leading_prepositions
        or x in lex.soft_prep or x in lex.sentence_particles or lex.is_title(x)
        or lex.is_body(x) or x in lex.time_words
        for x in (w, bare))  # (وزير is no و + زير)


def _heads_office(lex: Lexicon, w: str) -> bool:
    """A title or a body noun, which no first name comes right before (عقد وزير: عقد is
    the verb, whatever a list of names holds)."""
    return lex.is_title(w) or lex.is_body(w)


def _opens_clause(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k opens a clause, as a verb before its subject does: it carries و/ف, or stands
    at a sentence or comma start, or after a verb opener (قد، كما، ثم)."""
    w = wi.norms[k]
    return (len(w) > 3 and w[0] in lex.morph.conjunction_clitics) or wi.opens_line(k) or (
        not COMMAS.isdisjoint(wi.gap(k))) or wi.norms[k - 1] in lex.verb_openers


def _subject_head(lex: Lexicon, w: str) -> bool:
    """A word that can head the subject phrase: a speaker's head (speakers.speaker_head; an
    unnamed-source noun after و/ف too) or a definite noun; no medium (قناة، وكالة: it
    relays)."""
    if is_medium(lex, w):
        return False
    return speaker_head(lex, w) or strip_conj(w) in lex.anonymous or w.startswith(
        lex.morph.article)


def event_noun_events(lex: Lexicon, wi: WordIndex, end: int) -> list[tuple[int, SpeakerSpan]]:
    """(offset, subject) of each event or statement noun before word ``end`` that is the
    object of a verb of issuing (speaker_words.json ``event_verbs``: نشر، أصدر، أدلى، عقد)
    with its subject between (ونشر النائب X تغريدة، أصدرت الوزارة بيانا، أدلى الوزير
    بتصريح): the speech event's speaker, an antecedent of the bare verbs after it whether or
    not the event gave a quote (not في بيان: no subject before it; not ووعد الوفد أهالي
    الولاية بعقد جلسة: وعد issues nothing)."""
    out: list[tuple[int, SpeakerSpan]] = []
    verbs = speaker_word_list("event_verbs", lex)
    for n in range(1, min(end, len(wi))):
        if _event_noun(lex, wi.norms[n]) and not wi.gap(n).strip(" ") and any(
                strip_conj(w) in verbs for w in wi.norms[max(0, n - 1 - _SUBJECT_WORDS) : n - 1]):
            # (the verb stands before the subject's first word, at most _SUBJECT_WORDS back:
            # looked up first, the subject phrases only then)
            sp = _subject_before(lex, wi, n)
            if sp is not None and strip_conj(wi.norms[sp.first - 1]) in verbs:
                out.append((wi.starts[n], sp))
    return out
