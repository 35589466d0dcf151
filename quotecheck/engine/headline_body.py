"""What the rest of the text says of a headline's lead that no list reads, from where the text
writes the lead's words again (_runs): as a place (body_place: مدينة نابلس، في جنين), as a
person's name (body_person, named_person: after a first name or an office phrase), as an
institution's short name (body_institution: المركز الوطني للأرصاد for الأرصاد) or as the subject
of a verb of saying (said_subject: وأعلن الهلال الأحمر ...)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from heapq import merge
from itertools import islice
from weakref import WeakKeyDictionary

from quotecheck.engine.evidence import Doc
from quotecheck.engine.headline_lead_end import circumstance_after, whole_lead
from quotecheck.engine.headline_lexicon import known_word, office_word
from quotecheck.engine.speakers import SpeakerSpan
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj

#: The most places where the text writes a lead again that are read (the first ones).
MAX_OCCURRENCES = 40
#: _positions' index of each document, kept while its Doc lives (as names/earlier.py keeps
#: its _AFTER_FIRST): built from that Doc alone, so two threads on one Doc would at worst
#: build the same index twice.
_POSITIONS: WeakKeyDictionary[Doc, dict[str, list[int]]] = WeakKeyDictionary()


def _positions(d: Doc) -> dict[str, list[int]]:
    """Each folded word of the text, as written and without its و/ف, with where it stands
    (built once per document)."""
    index = _POSITIONS.get(d)
    if index is None:
        index = {}
        for k, w in enumerate(d.wi.norms):
            for f in {w, strip_conj(w)}:
                index.setdefault(f, []).append(k)
        _POSITIONS[d] = index
    return index


def _occurrences(d: Doc, sp: SpeakerSpan, norms: list[str]) -> list[int]:
    """Where else the text writes the lead's words in a row (ال kept, و/ف aside): the index
    of the word before each such run (-1 at the text's start), the first MAX_OCCURRENCES."""
    forms = {norms[0], strip_conj(norms[0])}
    return [k - 1 for k in islice(_runs(d, sp, norms, forms), MAX_OCCURRENCES)]


def _runs(d: Doc, sp: SpeakerSpan, norms: list[str], forms: set[str]) -> Iterator[int]:
    """Where the text writes the lead's words ``norms`` in a row, the first in one of
    ``forms``, outside the lead's own words [sp.first, sp.last]: each run's first index, in
    text order.  The index lists are in text order: they are merged lazily and the lead's
    span is cut out of each by bisection, so a caller that stops after MAX_OCCURRENCES runs
    reads no more than it needs (linear on a text of repeated headlines)."""
    wi, m, index = d.wi, len(norms), _positions(d)
    last = len(wi.norms) - m
    lists: list[Iterator[int]] = []
    for f in forms:
        ks = index.get(f, [])
        lo, hi = bisect_left(ks, sp.first), bisect_right(ks, sp.last)
        lists += [islice(ks, lo), map(ks.__getitem__, range(hi, len(ks)))]
    prev = -1
    for k in merge(*lists):
        if k > last:
            return
        if k != prev and all(wi.norms[k + x] == norms[x] for x in range(1, m)):
            yield k
        prev = k


def body_place(d: Doc, sp: SpeakerSpan, norms: list[str], after_in: bool) -> bool:
    """The text names the lead (one to three words) elsewhere as a place: after a place noun
    (مدينة، محافظة، ريف، مخيم), or, with ``after_in``, right after في (في جنين): a town's
    dateline, whatever list lacks it (نابلس :، ريف إدلب ... إدلب :).  في may govern a
    person too (الثقة في NAME), so it is weighed only where no list reads a name."""
    lx, wi = d.lex.headline_leads, d.wi
    if len(norms) > 3:
        return False
    return any(k >= 0 and (not lx["place_nouns"].isdisjoint(
        (wi.norms[k], strip_conj(wi.norms[k])))  # (ولاية is no و + لاية)
        or after_in and wi.norms[k] in lx["place_prepositions"])
        for k in _occurrences(d, sp, norms))


def body_person(d: Doc, sp: SpeakerSpan, norms: list[str]) -> bool:
    """A lead of one to three words that no list holds but a first name's or a name link's
    (جوزيب بوريل، أبو الغيط، بن فرحان، الصدر), the whole lead before its colon, that the
    text writes elsewhere right after a first name (أحمد أبو الغيط، فيصل بن فرحان), a
    compound one (عبد الفتاح البرهان: a name head then a definite word), or, a
    lead of two words or more, after a definite office or the definite nisba of a state or
    region that ends an office phrase (الرئيس، الأوروبي: مسؤول السياسة الخارجية في الاتحاد
    الأوروبي جوزيب بوريل): a person's name.  A topic's words follow neither, and an
    office without its article governs its complement (رئيس الترجي الجرجيسي: a club)."""
    if not 1 <= len(norms) <= 3:
        return False
    if not (whole_lead(d, sp) or circumstance_after(d, sp)):
        return False  # (جازف بحياته ... : the lead's first word only)
    return _named_in_body(d, sp, norms)


def _named_in_body(d: Doc, sp: SpeakerSpan, norms: list[str]) -> bool:
    """The text writes the words ``norms`` (no list holds them but as first names or name
    links) elsewhere right after a first name, a compound first name, or, two words or
    more, after the end of an office phrase (body_person)."""
    lex = d.lex
    lx = lex.headline_leads
    if len(norms[-1]) < 3 or known_word(lex, norms[-1]) or any(
            known_word(lex, w) and w not in lx["name_links"] and not lex.is_first_name(w)
            or w in lx["place_heads"] or w.startswith((lex.bi_article, lex.li_article))
            for w in norms):
        return False  # (محطة سيدي خليفة: a place's head; للعام الثالث: a preposition)
    wa = lex.morph.conjunction  # (وفيصل; not ف, which a word may open: فعالية is no ف + عالية)
    for k in _occurrences(d, sp, norms):
        if k < 0:
            continue
        prev = d.wi.norms[k]
        if prev.startswith(wa) and lex.is_first_name(prev[len(wa):]):
            prev = prev[len(wa):]
        if lex.is_first_name(prev) and not known_word(lex, prev):
            return True
        if k > 0 and d.wi.norms[k - 1] in lx["name_links"] and prev.startswith(lex.article):
            return True  # عبد الفتاح البرهان: a compound first name (عبد، أبو + a definite word)
        if len(norms) > 1 and _office_phrase_end(lex, prev):
            return True
    return False


def named_person(d: Doc, ws: int, we: int) -> bool:
    """Words [ws, we) (one to three) name a person: a first name of person_names.txt and
    more words (محمد صلاح), or words the text writes elsewhere after a first name or an
    office phrase (body_person: ميسي after ليونيل)."""
    lex, norms = d.lex, d.wi.norms[ws:we]
    if not 1 <= len(norms) <= 3:
        return False
    if len(norms) > 1 and lex.is_first_name(norms[0]) and not known_word(lex, norms[0]):
        return True
    return _named_in_body(d, SpeakerSpan(ws, we - 1), norms)


def _office_phrase_end(lex: Lexicon, w: str) -> bool:
    """A definite office (الرئيس، الوزير) or a definite adjective of the nisba's shape
    (الفرنسي، الأوروبية، السياسي، الأساسي): the last word of an office phrase before a
    person's name (الناشط السياسي NAME، نقابة التعليم الأساسي NAME)."""
    article, ya, fem = lex.article, lex.morph.ya, lex.fem_ending
    if not w.startswith(article) or len(w) < 5:
        return False
    bare = w[len(article):]
    return bare.endswith(ya) or bare.endswith(ya + fem) or office_word(lex, w)


#: How many words before the lead's word written elsewhere an institution's noun or an
#: office may stand (المركز الوطني للأرصاد، خبير الأرصاد).
INSTITUTION_REACH = 2


def body_institution(d: Doc, sp: SpeakerSpan, norms: list[str]) -> bool:
    """The text writes the lead's one definite word ``norms[0]`` elsewhere, as written or
    after ل (للأرصاد), within INSTITUTION_REACH words after an institution's noun or an
    office (``المركز الوطني للأرصاد``، ``خبير الأرصاد``): the lead is that body's short
    name; a topic's word (الامتحانات) the text writes after neither."""
    lex, wi = d.lex, d.wi
    for k in _written_again(d, sp, norms):
        before = wi.norms[max(0, k - INSTITUTION_REACH) : k]
        if any(lex.is_body(w) or office_word(lex, w) for w in before):
            return True
    return False


#: How many words of an institution's noun, an office or an unnamed source may stand between
#: a verb of saying and the lead's words written as its subject (said_subject).
SUBJECT_REACH = 3
#: The forms of a verb of saying whose subject said_subject reads (not the participle, whose
#: subject is the sentence's: مؤكدا الهلال ... is rare and ambiguous).
_SAYING_FORMS = ("perfect", "imperfect")


def said_subject(d: Doc, sp: SpeakerSpan, norms: list[str]) -> bool:
    """The text writes the lead's words again as the subject of a verb of saying, right after
    it or after up to SUBJECT_REACH words of an institution's noun, an office or an unnamed
    source, من/عن among them (``وأعلن الهلال الأحمر ...``، ``وحذرت جمعية الهلال الأحمر
    ...``، ``قال مسؤول من الهلال الأحمر``، ``قال الناخب الوطني``), outside quotation marks:
    the lead names one who speaks in the article."""
    return _said_at(d, _written_again(d, sp, norms))


def said_head(d: Doc, sp: SpeakerSpan, norms: list[str]) -> bool:
    """The text writes the head word of the lead (its first, with the article: الاتحاد for
    ``اتحاد النقابات :``) as the subject of a verb of saying, as said_subject reads one
    (``وانتقد الاتحاد العام للنقابات ...``): the lead is that body's short name; a topic's
    head (``مهرجان الجاز :`` ... ``ونظم المهرجان ...``) stands after no verb of saying."""
    lex = d.lex
    w = strip_conj(norms[0])
    definite = w if w.startswith(lex.article) else lex.article + w
    return _said_at(d, list(islice(_runs(d, sp, [definite], {definite}), MAX_OCCURRENCES)))


def _said_at(d: Doc, ks: list[int]) -> bool:
    """One of the words ``ks`` (indexes, outside quotation marks) stands right after a verb
    of saying in the perfect or imperfect, or after up to SUBJECT_REACH words of an
    institution's noun, an office, an unnamed source or من/عن after one."""
    lex, wi = d.lex, d.wi
    for k in ks:
        if d.inside_pair(wi.starts[k]):
            continue
        for j in range(k - 1, max(-1, k - 1 - SUBJECT_REACH), -1):
            w = wi.norms[j]
            form = lex.cue(w)
            if form is not None and form.form in _SAYING_FORMS:
                return True
            if not (lex.is_body(w) or office_word(lex, w) or w in lex.anonymous
                    or w in lex.headline_leads["lead_complement_prepositions"]):
                break
    return False


def _written_again(d: Doc, sp: SpeakerSpan, norms: list[str]) -> list[int]:
    """Where the text writes the lead's words ``norms`` again in a row, the first as written
    or after ل (للأرصاد، لفجر), outside the lead: the first word's index, the first
    MAX_OCCURRENCES."""
    lex, w = d.lex, norms[0]
    lam = lex.li_article + w[len(lex.article):] if w.startswith(lex.article) else (
        lex.morph.lam + w)
    return list(islice(_runs(d, sp, norms, {w, lam}), MAX_OCCURRENCES))


#: The fewest letters of a short name's word without its article (short_name): a shorter
#: word (البر، الري) is as often a common noun's or a topic's.
SHORT_NAME_LETTERS = 3


def short_name(d: Doc, sp: SpeakerSpan, norms: list[str]) -> bool:
    """The lead is one definite word that the text writes again within INSTITUTION_REACH
    words after an institution's noun, as written or after ل (``الأرصاد :`` ... ``الهيئة
    العامة للأرصاد``), or without its article as the head of a verb of saying's subject
    (``الأمانة :`` ... ``أعلنت أمانة عمّان``): that body's short name.  A topic's word
    stands after no institution's noun (``الامتحانات :`` ... ``نتائج الامتحانات``) and
    after no verb of saying as its subject."""
    lex, wi = d.lex, d.wi
    w = norms[0]
    if len(norms) != 1 or not w.startswith(lex.article):
        return False
    bare = w[len(lex.article):]
    if len(bare) < SHORT_NAME_LETTERS:
        return False
    for k in _written_again(d, sp, norms):
        if any(lex.is_body(x) for x in wi.norms[max(0, k - INSTITUTION_REACH) : k]):
            return True
    return _said_at(d, list(islice(_runs(d, sp, [bare], {bare}), MAX_OCCURRENCES)))


def genitive_institution(d: Doc, sp: SpeakerSpan, norms: list[str]) -> bool:
    """The text writes the lead (two or three words, the first definite) again after ل, its
    article folded into it, within INSTITUTION_REACH words after an institution's noun
    (``الصليب الأحمر :`` ... ``اللجنة الدولية للصليب الأحمر``): the name of the body that the
    noun heads, its short name; a topic's words after ل follow other nouns (``الدورة الثانية
    لمهرجان الجاز``)."""
    lex, wi = d.lex, d.wi
    w = norms[0]
    if not w.startswith(lex.article):
        return False
    lam = lex.li_article + w[len(lex.article):]
    for k in islice(_runs(d, sp, [lam] + norms[1:], {lam}), MAX_OCCURRENCES):
        before = wi.norms[max(0, k - INSTITUTION_REACH) : k]
        if any(lex.is_body(x) for x in before):
            return True
    return False
