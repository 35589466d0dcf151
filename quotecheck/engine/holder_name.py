"""The name of an office's holder after the office's complement: a speaker phrase that
stopped inside a title's complement (a preposition, a medium noun in a body's name, a
number, a comma) goes on to the person's name that ends the subject (رئيس جمعية دار
الحديث الزيتونية فريد الباجي في تصريح، القيادي المؤسس في حركة نداء تونس، لزهر العكرمي
في تصريح، وزيرة الثقافة والمحافظة على التراث سنية مبارك خلال زيارة)."""

from __future__ import annotations

from quotecheck.engine.names.full_name import full_name_end, not_a_person
from quotecheck.engine.phrase_stops import (
    ends_subject,
    is_addressee,
    is_medium,
    speaker_word_list,
    stops_phrase,
)
from quotecheck.engine.speaker_steps import PHRASE_END
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj
from quotecheck.lang.ar.punctuation import COMMAS

_REACH = 12  # words of an office's complement between the phrase and its holder's name


def holder_name_end(lex: Lexicon, wi: WordIndex, start: int, last: int,
                    limit: int) -> int | None:
    """The last word of the holder's name when words start..last name an office only (a
    title head or a definite one, no first name, no pronoun) and the words after it, up to
    twelve in one clause, are its complement: the prepositions of a complement
    (speaker_words.json ``holder_prepositions``: في، عن، على، من، باسم; عن before a definite
    word, a body or a country only), numbers, commas, and no verb of statement,
    complementizer, medium, addressee, time word, adverbial or word with a pronoun (في
    رده على سؤال النائب X: another person's name); then a known first name and its full
    name, two words or more and no place, that ends the subject.  None otherwise, or when
    commas set the name off on both sides (the apposition rules read it)."""
    if not _office_only(lex, wi, start, last):
        return None
    links = speaker_word_list("holder_prepositions", lex)
    joins = speaker_word_list("title_prepositions", lex)
    for p in range(last + 1, min(last + 1 + _REACH, limit, len(wi))):
        gap = wi.gap(p)
        if not PHRASE_END.isdisjoint(gap):
            return None
        w = wi.norms[p]
        if strip_conj(w) in lex.time_words:
            return None  # (في ماي الماضي: a date, whatever the names list holds)
        if lex.is_first_name(w):
            return _name_last(lex, wi, p, last, limit)
        if w in joins and not _constituency(lex, wi, p):
            return None  # (رئيس الحركة عن جريمة اغتيال X: the verb's complement)
        if w in links or w.isdigit() or _body_name_word(lex, wi, p):
            continue
        if w in lex.soft_prep or w in lex.place_prepositions or w in lex.complement_prepositions:
            return None  # (الوفد الياباني إلى تونس بدعوة من رئيس الجمهورية X: a destination)
        if (lex.complementizer(w) or lex.cue(w) is not None or is_medium(lex, w)
                or is_addressee(lex, w) or _with_pronoun(lex, wi, p)
                or ends_subject(lex, w, wi.norms[p - 1]) or stops_phrase(lex, wi, p)):
            return None
        if w.startswith(lex.morph.lam) and w[1:] in speaker_word_list("correspondent_nouns", lex):
            return None  # (لمراسل الجوهرة أف أم NAME: the journalist)
    return None


def _name_last(lex: Lexicon, wi: WordIndex, p: int, last: int, limit: int) -> int | None:
    """The last word of the full name that opens at word p, when it is a person's name of
    two words or more that ends the subject, not set off by commas on both sides."""
    if p == last + 1 or wi.norms[p - 1] in lex.person_names:
        return None  # (the phrase's own word, or a name's: no holder after a complement)
    e = full_name_end(lex, wi.norms, p, limit, lambda j: not wi.gap(j).strip(" "))
    if e - p < 2 or not_a_person(lex, wi.norms[p:e]) or any(
            w in lex.time_words or w in speaker_word_list("period_adjectives", lex)
            for w in wi.norms[p:e]) or not _ends_subject(lex, wi, e, limit):
        return None
    if not COMMAS.isdisjoint(wi.gap(p)) and e < len(wi) and not COMMAS.isdisjoint(wi.gap(e)):
        return None  # (، NAME،: apposition, read by the apposition rules)
    return e - 1


def _office_only(lex: Lexicon, wi: WordIndex, start: int, last: int) -> bool:
    """Words start..last name an office and no person: a title head or a definite one (not
    an unnamed source, مصدر، المسؤول, a body, whose phrase is its name, nor a plural of
    persons), no known first name and no word with a pronoun among them."""
    raw = wi.norms[start]
    head = raw if lex.is_title(raw) else strip_conj(raw)
    if head in lex.anonymous or lex.is_body(head) or _plural(lex, head) or not (
            lex.is_title(head) or head.startswith(lex.morph.article)):
        return False
    return not any(lex.is_first_name(wi.norms[j]) or lex.is_first_name(strip_conj(wi.norms[j]))
                   or j > start and _with_pronoun(lex, wi, j) for j in range(start, last + 1))


_STEM = 4  # letters of a plural's stem at least (المسؤولون; not الأمين)


def _plural(lex: Lexicon, head: str) -> bool:
    """A plural of persons (المسؤولون، المحتجين: speaker_words.json person_plural_endings):
    no single holder's name follows it."""
    bare = head[len(lex.morph.article):] if head.startswith(lex.morph.article) else head
    return any(bare.endswith(e) and len(bare) - len(e) >= _STEM
               for e in speaker_word_list("person_plural_endings", lex))


def _constituency(lex: Lexicon, wi: WordIndex, p: int) -> bool:
    """Word p (عن) opens what an office stands for: a definite word, a body or a country
    after it (النائب عن الجبهة الشعبية، عن ولاية جندوبة), not a verb's complement (عن
    جريمة اغتيال)."""
    if p + 1 >= len(wi) or wi.gap(p + 1).strip(" "):
        return False
    nxt = strip_conj(wi.norms[p + 1])
    return nxt.startswith(lex.morph.article) or lex.is_body(nxt) or nxt in lex.countries


def _body_name_word(lex: Lexicon, wi: WordIndex, p: int) -> bool:
    """Word p, a definite medium noun (الحديث، المؤتمر), follows باسم or an indefinite noun
    in construct with it (دار الحديث، حزب المؤتمر، باسم المؤتمر): a word of a body's name,
    no medium (not في المؤتمر الصحفي)."""
    w, prev = wi.norms[p], wi.norms[p - 1]
    if not (w.startswith(lex.morph.article) and is_medium(lex, w)) or wi.gap(p).strip(" "):
        return False
    if prev in lex.soft_prep:
        return prev not in lex.place_prepositions
    return not (prev.startswith(lex.morph.article) or prev in lex.place_prepositions
                or lex.complementizer(prev) or is_medium(lex, prev)
                or stops_phrase(lex, wi, p - 1))


def _with_pronoun(lex: Lexicon, wi: WordIndex, p: int) -> bool:
    """Word p carries a possessive pronoun (رده، حضوره، نظيره): the verb's adverbial or
    object, no office's complement."""
    raw = wi.text[wi.starts[p] : wi.ends[p]]
    m = lex.morph
    return len(raw) >= 3 and raw.endswith(m.pronoun_object_suffixes
                                          + m.feminine_possessive_suffixes)


def _ends_subject(lex: Lexicon, wi: WordIndex, e: int, limit: int) -> bool:
    """Word e, after a name, ends the subject: punctuation before it, the phrase's limit, a
    complementizer, a preposition, a time word, a medium or a stop word."""
    if e >= limit or e >= len(wi) or wi.gap(e).strip(" "):
        return True
    w = wi.norms[e]
    return (lex.complementizer(w) or w in lex.soft_prep or w in lex.place_prepositions
            or strip_conj(w) in lex.time_words or is_medium(lex, w) or stops_phrase(lex, wi, e))
