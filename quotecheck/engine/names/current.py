"""The name of the current cue's own subject: a person's full name or a body's short phrase
right after a perfect verb (``named_subject``: an antecedent of the bare verbs after it), and
the one whose statement a relative clause is about (``statement_possessor``).  Split from
``engine.cue_speaker``."""

from __future__ import annotations

from quotecheck.engine.candidates import CueSite
from quotecheck.engine.evidence import COMMAS, QUOTE_CHARS, Doc
from quotecheck.engine.names.full_name import full_name_end
from quotecheck.engine.speakers import (
    SpeakerSpan,
    cue_with_object,
    is_medium,
    phrase_after,
    speaker_word_list,
    stops_phrase,
)
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj, without_article

_NAMED_WORDS = 4  # the most words of an untitled subject phrase taken as an antecedent


def named_subject(d: Doc, site: CueSite, sp: SpeakerSpan) -> SpeakerSpan | None:
    """The subject after a perfect verb that opens a sentence or follows a comma (its
    clause: the speech event, whether or not it gave a quote), when it is a person's
    name (a known first name and the name words after it: وتحدث هادي، أكد سامي
    الفهري للصحيفة -> سامي الفهري) or a body's phrase of a few words (the noun, then
    definite or ل words only: أكدت النقابة، دعا المكتب الجهوي للحزب): an antecedent of
    the bare verbs after it.  None otherwise."""
    lex, wi = d.lex, d.wi
    if site.form.form != "perfect" or sp.first <= site.last or not (
            opens_sentence(d, site.i) or not COMMAS.isdisjoint(wi.gap(site.i))):
        return None  # (وأبلغت النيابة inside a clause: a verb of the reported speech)
    norms = wi.norms[sp.first : sp.last + 1]  # (no و stripped: وجود is no name جود)
    if lex.is_first_name(norms[0]):
        last = full_name_end(lex, wi.norms, sp.first, min(sp.last + 1, sp.first + _NAMED_WORDS),
                             lambda j: not wi.gap(j).strip(" ")) - 1
        if last < sp.last and _last_surname(lex, wi, last + 1):
            last += 1  # (وعبر فيليب مورو، خلال لقاء: a surname no list knows)
        if last == sp.first < sp.last:
            return None  # (أعلن رجل أعمال نرويجي: a first name alone opens a noun phrase)
        return SpeakerSpan(sp.first, last)
    m = lex.morph
    if len(norms) <= _NAMED_WORDS and norms[0].startswith(m.article) and lex.is_body(
            norms[0]) and all(w.startswith((m.article, m.lam)) for w in norms[1:]):
        return sp
    return None


def _last_surname(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k, after a name with a space between, is a word of three letters or more with
    no article or ل/ب before a comma, a word that ends a speaker phrase or the text: the
    name's last word, which no list knows (فيليب مورو، محمد سعيدان في تصريح)."""
    w, m = wi.norms[k], lex.morph
    if wi.gap(k).strip(" ") or len(w) < 3 or w.startswith((m.article, m.lam, m.ba)) or (
            stops_phrase(lex, wi, k) or lex.cue(w) is not None):
        return False
    return k + 1 >= len(wi) or not COMMAS.isdisjoint(wi.gap(k + 1)) or stops_phrase(
        lex, wi, k + 1)


def opens_sentence(d: Doc, i: int) -> bool:
    """Word i (a verb) opens a sentence or a line (``WordIndex.opens_line``)."""
    return d.wi.opens_line(i)


def relative_person(lex: Lexicon, norm: str) -> str | None:
    """The person a relative pronoun stands for (الذي m, التي f, الذين p), or None."""
    return lex.relative_persons.get(norm)


def speech_noun(lex: Lexicon, w: str) -> bool:
    """A noun of a speech event (speaker_words.json event_nouns: تصريح، كلمة، خطاب), after
    و/ف too, in the plural in ات too (تصريحات: plural_endings)."""
    nouns = speaker_word_list("event_nouns", lex)
    w = strip_conj(w)
    return w in nouns or any(w.endswith(e) and w[: -len(e)] in nouns
                             for e in speaker_word_list("plural_endings", lex))


_STATEMENT_BACK = 12  # words from a relative pronoun back to its statement noun at most


def statement_possessor(d: Doc, i: int) -> SpeakerSpan | None:
    """The cue at word i opens a relative clause about a statement and points back at it
    (a relative pronoun before it, speaker_words.json ``event_pronoun_phrases`` after it:
    تصريحات وزير التشغيل التي قال فيها إن، تصريح النائب X والذي وصفه فيه بـ): its speaker is
    the one whose statement it is, the phrase right after the statement noun (``event_nouns``,
    their plural in ات too) up to the pronoun, headed by a title, a body or a first name;
    none when the noun carries a pronoun (تصريحاته التي قال فيها: the implicit speaker) or no
    such noun stands in the sentence before it.  The speaker of this verb only (``issuer``):
    the bare verbs after the clause go on with the sentence's own speaker."""
    wi, lex = d.wi, d.lex
    r = i - 1
    if r < 1 or relative_person(lex, strip_conj(wi.norms[r])) is None or i + 1 >= len(wi) or (
            wi.norms[i + 1] not in speaker_word_list("event_pronoun_phrases", lex)) or (
            wi.gap(i).strip(" ") or wi.gap(i + 1).strip(" ")):
        return None
    s = d.sentence_start(i)
    for n in range(r - 1, max(s, r - _STATEMENT_BACK) - 1, -1):
        if speech_noun(lex, wi.norms[n]):
            sp = phrase_after(lex, wi, n + 1, r)
            if sp is None or sp.first != n + 1 or wi.gap(n + 1).strip(" "):
                return None
            head = wi.norms[sp.first]  # (after the noun: no و to strip, وزير)
            if lex.is_title(head) or lex.is_body(head) or lex.is_first_name(head):
                return SpeakerSpan(sp.first, sp.last, issuer=True)  # (its own verb only)
            return None
    return None


_NOTE_VERB_BACK = 2  # words between a note's verb and its subject at most (ما أعلن عنه X)


def note_verb_subject(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> bool:
    """A source note's phrase right after the note's reporting verb (وفق ما أعلن عنه البيت
    الأبيض، حسب ما أكده الاتحاد التونسي للفلاحة) is that verb's subject: a speaker whatever its
    noun, a definite phrase (not وفق القانون: no verb in the note).  Not a statement or a
    medium, which relay (حسب ما أكده البلاغ، حسب ما نقله الموقع الرسمي: their issuer speaks),
    nor a phrase with a quoted outlet in it (وفق ما أكده الجربوعي لـ"وات")."""
    w = wi.norms[sp.first]
    bare = without_article(w)
    if not w.startswith(lex.morph.article) or is_medium(lex, w) or (
            bare in lex.statement_nouns or bare in lex.media
            or bare in speaker_word_list("note_documents", lex)) or any(
            not QUOTE_CHARS.isdisjoint(wi.gap(k)) for k in range(sp.first + 1, sp.last + 1)):
        return False
    for k in range(sp.first - 1, max(-1, sp.first - 1 - _NOTE_VERB_BACK), -1):
        w = wi.norms[k]
        if lex.cue(w) is not None or cue_with_object(lex, w) is not None:
            return True
        if w not in lex.source_note_fillers:
            return False
    return False
