"""Speaker phrases read before a cue for before_cue.speaker_before: a statement's issuer
(في بيان لوزارة الداخلية، قالت; issuer_phrase), and the subject of a sentence's first verb
that a joined cue takes (خرجت الفتاة المحجبة ... وقالت; joined_verb_subject, with
_one_person, apposed_subject and the word tests a subject is read with)."""

from __future__ import annotations

from quotecheck.engine.apposition import name_range
from quotecheck.engine.evidence import (
    COMMAS,
    PHRASE_END,
    QUOTE_CHARS,
    Doc,
    after_first_letter,
)
from quotecheck.engine.phrase_complements import complement_end
from quotecheck.engine.speakers import (
    SpeakerSpan,
    is_medium,
    phrase_after,
    speaker_word_list,
    stops_phrase,
)
from quotecheck.lang.ar.lexicon import CueForm, Lexicon
from quotecheck.lang.ar.morphology import is_nisba, strip_conj


def statement_issuer(d: Doc, s: int, i: int) -> SpeakerSpan | None:
    """``وفي بيان لوزارة الداخلية، قالت إن`` / ``في بلاغ صادر عن الوزارة، أكدت``: a verb
    without a subject after a statement issued by someone earlier in its sentence."""
    wi, lex = d.wi, d.lex
    for j in range(i - 1, s - 1, -1):
        w = strip_conj(wi.norms[j])
        if j < i - 1 and lex.cue(wi.norms[j]) is not None and not lex.is_title(wi.norms[j]):
            return None  # another report's verb: the statement is not this cue's
        if w not in lex.statement_words:
            continue
        start, skip = _issuer_start(d, j, i, w)
        if start is None:
            continue
        if start >= i or is_medium(lex, wi.norms[start][1 if skip else 0 :]):
            return None
        sp = phrase_after(lex, wi, start, i) if not skip else issuer_phrase(d, start, i)
        if sp is None or sp.last >= i:
            return None
        return SpeakerSpan(sp.first, sp.last, skip, issuer=True)
    return None


def _issuer_start(d: Doc, j: int, i: int, w: str) -> tuple[int | None, int]:
    """Where the issuer of the statement word j (folded ``w``) begins, and the characters
    its mention leaves out (the ل of لوزارة); (None, 0) when it names none."""
    wi, lex = d.wi, d.lex
    for words in lex.issued_by:
        if tuple(strip_conj(x) for x in wi.norms[j : j + len(words)]) == words:
            return j + len(words), 0
    if w in lex.statement_nouns and j + 1 < i:
        nxt = wi.norms[j + 1]
        if (nxt.startswith(lex.prep_li) and not nxt.startswith(lex.li_article) and len(nxt) > 3
                and COMMAS.isdisjoint(wi.gap(j + 1))):
            raw = wi.text[wi.starts[j + 1] : wi.ends[j + 1]]
            return j + 1, after_first_letter(raw)  # لِوزارة: the preposition and its vowel
    return None, 0


def issuer_phrase(d: Doc, start: int, i: int) -> SpeakerSpan | None:
    """The phrase of a ل-prefixed issuer (لرئاسة الجمهورية التونسية): its first word read
    without the preposition, then the words that follow it up to the comma."""
    wi = d.wi
    last = start
    for k in range(start + 1, i):
        if not PHRASE_END.isdisjoint(wi.gap(k)) or not COMMAS.isdisjoint(wi.gap(k)):
            break
        if stops_phrase(d.lex, wi, k) and complement_end(d.lex, wi, start, last, k, i) is None:
            break  # (بيان لحزب المؤتمر الشعبي: the party's name goes on)
        last = k
    return SpeakerSpan(start, last)


_JOINED_WORDS = 40  # words from a sentence's first verb to a joined cue at most


def joined_verb_subject(d: Doc, s: int, i: int, form: CueForm | None) -> SpeakerSpan | None:
    """``خرجت الفتاة المحجبة عن صمتها وقالت إنها``, ``و نفت الجامعة ما ورد ... مشيرة``: a cue
    joined by و to its sentence's first verb (or a participle of it), with no subject of its
    own, has that verb's subject when the two agree in person (قالت and خرجت, مشيرة and
    نفت) and the subject reads as a speaker (a title, a name, a body, an unnamed source, or
    a definite noun after a feminine or plural verb).  Not after a passive or impersonal
    verb (تم إمضاء الاتفاق: no subject that speaks)."""
    wi, lex = d.wi, d.lex
    if form is None or form.form not in ("perfect", "imperfect", "participle"):
        return None
    cue = wi.norms[i]
    if form.form != "participle" and not (
            cue[:1] in lex.conj_clitics and cue not in lex.cues
            or i > s and wi.norms[i - 1] in lex.conj_clitics):
        return None  # (قال إن: a verb that opens its own clause)
    person = verb_person(lex, cue)
    if person is None:
        return None
    if wi.norms[s] in lex.conj_clitics and s + 1 < i:
        s += 1  # و نفت: a conjunction written apart from its verb
    s = after_leading_phrases(d, s, i)
    if i - s > _JOINED_WORDS or s + 1 >= i or not _verb_like(d, s):
        return None
    if verb_person(lex, wi.norms[s], cue_only=False) != person:
        return None
    sp = phrase_after(lex, wi, s + 1, i)
    if sp is None or sp.first != s + 1:
        return None
    last = next((k - 1 for k in range(sp.first + 1, sp.last + 1)
                 if _preposition(lex, wi.norms[k], not COMMAS.isdisjoint(wi.gap(k)))
                 or _adverbial(d, k)),
                sp.last)  # (واشارت الونيسي، الى أهمية: the subject ends at the comma)
    sp = SpeakerSpan(sp.first, last)
    if sp.last >= i or sp.last - sp.first >= _SUBJECT_WORDS:
        return None
    keep = _speaker_subject(lex, wi.norms[sp.first : sp.last + 1], person)
    if keep is None:
        return apposed_subject(d, sp, i) or _one_person(d, sp)
    return SpeakerSpan(sp.first, sp.first + keep - 1)


def _adverbial(d: Doc, k: int) -> bool:
    """Word k opens an adverbial in quotation marks after the verb's subject, ب and a word
    that is no name (أدانت المفوضية "بأشد العبارات" الهجوم); not a name in marks (جمعية
    "أقليات"، حزب "البديل")."""
    wi, lex = d.wi, d.lex
    w = wi.norms[k]
    return (not QUOTE_CHARS.isdisjoint(wi.gap(k)) and w[:1] == lex.morph.ba
            and not w.startswith(lex.morph.ba_article) and len(w) > 3
            and not (w in lex.person_names or w[1:] in lex.person_names))


def apposed_subject(d: Doc, sp: SpeakerSpan, i: int) -> SpeakerSpan | None:
    """A subject of a title phrase and a person's name set off by commas after it
    (انتقد نقيب أصحاب الشاحنات، خالد محمود الرواشدة، القرار، وقال): up to the name's end
    (apposition.name_range: evidence that the words set off are a person's name)."""
    wi, lex = d.wi, d.lex
    cut = next((k for k in range(sp.first + 1, min(i, sp.first + _SUBJECT_WORDS + 1))
                if not COMMAS.isdisjoint(wi.gap(k))), None)
    w = wi.norms[sp.first]
    if cut is None or any(lex.is_first_name(x) or lex.is_body(x) for x in (w, strip_conj(w))):
        return None  # (a body speaks through its own name: وزارة الصحة، بمناسبة العيد)
    found = name_range(lex, wi, cut, i)
    if found is None or found[1] >= i or COMMAS.isdisjoint(wi.gap(found[1])):
        return None
    return SpeakerSpan(sp.first, found[1] - 1)


def _one_person(d: Doc, sp: SpeakerSpan) -> SpeakerSpan | None:
    """One person of a group (أعرب أحد المجني عليهم عن ...، وقال) or a person named by a
    kunya, أم/أبو and a first name (عبرت أم محمد عن سعادتها، وقالت): the subject, up to
    the group's definite noun or the name (speaker_words.json one_of_group, kunya_heads)."""
    wi, lex = d.wi, d.lex
    head = strip_conj(wi.norms[sp.first])
    if sp.first == sp.last:
        return None
    nxt = wi.norms[sp.first + 1]
    if wi.gap(sp.first + 1).strip(" "):
        return None
    if head in speaker_word_list("one_of_group", lex) and nxt.startswith(lex.morph.article):
        wanted = complement_end(lex, wi, sp.first, sp.first + 1, sp.first + 2, sp.last + 1)
        return SpeakerSpan(sp.first, sp.first + 1 if wanted is None else wanted)
    if head in speaker_word_list("kunya_heads", lex) and lex.is_first_name(nxt):
        return SpeakerSpan(sp.first, sp.first + 1)
    return None


_SUBJECT_WORDS = 6


def _speaker_subject(lex: Lexicon, norms: list[str], person: str) -> int | None:
    """How many words of a verb's subject read as a speaker (None: none do).  No
    preposition first (بوجود تعاون); every later word definite, a title, a nisba, ل + a
    definite or a body, or a personal name; a definite noun right after a name is the
    verb's object and ends the subject (جان ماري الأسباب، قطر الاتهامات), as does one that
    cannot agree with a feminine noun before it (رئيس الحكومة الشباب); any other word
    means the object ran on (الوزيرة جانبا، الخلفاوي بفتح تحقيق).  Among the words kept: a
    title, a body, an unnamed source or two words of a personal name; after a feminine or
    plural verb a definite noun is enough (خرجت الفتاة المحجبة)."""
    m = lex.morph
    words = [strip_conj(norms[0])] + norms[1:]  # (والدة الشهيد: no و after the first)
    first = words[0]
    if first[:1] in m.preposition_clitics and not lex.is_title(first):
        return None
    names = [lex.is_first_name(w) for w in words]
    keep = len(words)
    for k, w in enumerate(words[1:], 1):
        # a name (or country) opening the subject: a definite word after it is the object,
        # unless a title precedes (رئيس الحكومة يوسف الشاهد) or a name or title follows
        # (عبد المالك سلال، سليم سعد الله رئيس المنظمة)
        named_before = _proper(lex, words[k - 1]) and not any(
            lex.is_title(x) and x not in lex.countries for x in words[: k - 1]) and not (
            k + 1 < len(words) and (names[k + 1] or lex.is_title(words[k + 1])))
        if lex.is_title(w) and not (named_before and w in lex.countries) or is_nisba(w):
            continue
        if names[k] or w.startswith(m.lam_article) or (
                w[:1] in m.preposition_clitics and lex.is_body(w[1:])):
            continue
        if w.startswith(m.article) and not named_before and not _not_agreeing(
                lex, words[k - 1], w):
            continue
        if not w.startswith(m.article):
            return None
        keep = k  # (the object after the name)
        break
    words = words[:keep]
    speaker = (any(lex.is_title(w) for w in words) or sum(names[:keep]) >= 2
               or lex.is_body(first) or first in lex.anonymous
               or person != "m" and first.startswith(m.article))
    return keep if speaker else None


def _not_agreeing(lex: Lexicon, prev: str, w: str) -> bool:
    """A definite word that cannot be an adjective of the definite feminine title or body
    noun before it (رئيس الحكومة الشباب: the verb's object; الهيئة العليا، الحكومة
    التونسية agree)."""
    m = lex.morph
    return (prev.startswith(m.article) and prev.endswith(m.closed_ta)
            and (lex.is_title(prev) or lex.is_body(prev))
            and not w.endswith((m.closed_ta, m.ya, m.alef)) and not lex.is_title(w))


def _proper(lex: Lexicon, w: str) -> bool:
    """A word read as a proper name inside a subject: no article, and no title, body,
    unnamed-source or naming noun (عبير موسي، قطر; not رئيس، مصادر، وزارة، حركة)."""
    return not (w.startswith(lex.morph.article) or lex.is_title(w) and w not in lex.countries
                or lex.is_body(w) or w in lex.anonymous or w in lex.name_nouns
                or w[:1] in lex.morph.preposition_clitics)


def _preposition(lex: Lexicon, w: str, after_comma: bool) -> bool:
    """A preposition that ends a verb's subject: إلى or على (the verb's complement), or any
    after a comma (الونيسي، الى أهمية; الى folds like a definite word); not في or باسم
    inside a title (الخبير في الشأن الليبي، الناطق باسم)."""
    return w in lex.complement_prepositions or after_comma and (
        w in lex.soft_prep or w in lex.place_prepositions)


def _verb_like(d: Doc, k: int) -> bool:
    """Word k may be a sentence's finite verb: no article, title, name, particle, stop word
    or preposition."""
    wi, lex = d.wi, d.lex
    w = wi.norms[k]
    bare = strip_conj(w)
    return not (len(bare) < 3 or w.startswith(lex.morph.article) or lex.is_title(w)
                or w in lex.person_names or bare in lex.person_names
                or (stops_phrase(lex, wi, k) and lex.cue(w) is None)
                or bare in lex.leading_prepositions or w in lex.soft_prep
                or bare in lex.sentence_particles or bare in lex.kana_forms
                or bare in lex.topic_particles or lex.is_body(bare)
                or w in lex.subject_particles or bare in lex.subject_particles)


def verb_person(lex: Lexicon, w: str, cue_only: bool = True) -> str | None:
    """The person of a verb: a cue's from the lexicon ("m", "f", "p"); another verb's
    (``cue_only`` False) from its ending, ت feminine (خرجت), وا plural, else masculine."""
    bare = strip_conj(w)
    for x in (w, bare):
        if x in lex.person:
            return lex.person[x]
    if cue_only:
        return None
    feminine, plural = lex.verb_endings
    if bare.endswith(plural):
        return "p"
    return "f" if bare.endswith(feminine) and len(bare) >= 3 else "m"


_LEADING_WORDS = 12  # words of a leading phrase before its comma at most


def after_leading_phrases(d: Doc, s: int, i: int) -> int:
    """The first word after the leading prepositional phrases set off by commas (بعد جدل
    من أيام، حول الصورة التي التقطت لها ...، خرجت), up to the cue at word i; ``s`` when
    none opens the sentence."""
    wi, lex = d.wi, d.lex
    for _ in range(3):
        w = wi.norms[s]
        if w not in lex.leading_prepositions and not (
                w[:1] in lex.conj_clitics and w[1:] in lex.leading_prepositions):
            break
        end = next((j for j in range(s + 1, min(s + _LEADING_WORDS, i))
                    if not COMMAS.isdisjoint(wi.gap(j)) or not PHRASE_END.isdisjoint(wi.gap(j))),
                   None)
        if end is None or not PHRASE_END.isdisjoint(wi.gap(end)):
            break
        s = end
    return s
