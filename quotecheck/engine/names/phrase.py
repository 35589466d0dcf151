"""The name inside one speaker phrase: the rules' name part (or a name in apposition after a
comma), snapped to a PERS entity that holds it; none for a body or a quoted name."""

from __future__ import annotations

from quotecheck.engine.apposition import apposed_name_words
from quotecheck.engine.entities import PERSON_LABELS, entities_from
from quotecheck.engine.evidence import COMMAS, QUOTE_CHARS, has_name
from quotecheck.engine.names.book import NameBook, NameKey
from quotecheck.engine.names.context import NameContext, phrase_norms, surface
from quotecheck.engine.names.full_name import person_after_titles
from quotecheck.engine.names.part import complement_as_name
from quotecheck.engine.speakers import (
    SpeakerSpan,
    is_name_ali,
    name_part,
    named_later,
    quoted_person_name,
    speaker_word_list,
)
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj

WordRange = tuple[int, int]  # word indices [i, j)


def name_of(ctx: NameContext, book: NameBook, sp: SpeakerSpan) -> NameKey | None:
    """The name key of a speaker phrase (its text noted in ``book``), or None when the phrase
    names a body or holds no person's name."""
    wi, lex = ctx.wi, ctx.lex
    if (sp.skip and sp.issuer) or body_phrase(lex, wi, sp):
        return None  # a body (وزارة الثقافة، لوزارة الداخلية): its phrase is its name
    if _kin(lex, wi.norms[sp.first]):
        return None  # والد سلمان العبيدي: a relative of the person named, not that person
    rule = _rule_name(lex, wi, sp)
    ent = _person_entity(ctx, sp)
    # Snap to a PERS entity when the rules found no name, or the entity holds it and more.
    if ent is not None and (rule is None or (ent[0] <= rule[0] and ent[1] >= rule[1])):
        rule = ent
    if rule is None:
        return None
    i, j = rule
    if rule != ent and lex.is_body(wi.norms[i]):
        return None  # وزارة الداخلية الفرنسية: a body, its phrase is its name
    if rule != ent and _in_quoted_name(ctx, i, sp):
        # مراسل "الجوهرة أف أم": the rest of a quoted name is no person's name; one may
        # follow it (المتحدث باسم حركة "حماس" فوزي برهوم)
        while i < j and ctx.d.inside_pair(wi.starts[i]):
            i += 1
        if i >= j or wi.norms[i].startswith(lex.morph.article):
            return None
    if rule != ent:
        k = _past_outlet(lex, wi, i, j)
        if k > i and (k >= j or wi.norms[k].startswith(lex.morph.ba)):
            return None  # مراسل الجوهرة أف أم (بالقيروان): the outlet is no person's name
        i = k
    key = tuple(phrase_norms(wi, i, j, sp))
    lead = sp.skip if i == sp.first else 0
    book.note_surface(key, surface(ctx, wi.starts[i] + lead, j - 1))
    return key


def _past_outlet(lex: Lexicon, wi: WordIndex, i: int, j: int) -> int:
    """The first word in [i, j) after an outlet's name (الجوهرة أف أم: media.txt words and
    speaker_words.json outlet_suffixes, both; the outlet's word may stand right before
    ``i``), ``i`` when none opens the range (أم الشهيد:
    a mother, no outlet)."""
    suffixes = speaker_word_list("outlet_suffixes", lex)
    k = i
    while k < j and (wi.norms[k] in lex.media or wi.norms[k] in suffixes):
        k += 1
    run = wi.norms[i:k]
    return k if any(x in suffixes for x in run) and any(
        x in lex.media for x in wi.norms[max(0, i - 1) : k]) else i


def _rule_name(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> WordRange | None:
    """The name the rules find in a phrase: its name part, or the name in apposition after
    its last comma (وزير ... لجنة الطوارئ، هشام شكيوات) when nothing before it is a name."""
    quoted = quoted_person_name(lex, wi, sp)
    if quoted is not None:
        return quoted  # مدير المهرجان "نجيب عياد": the name in marks, not the title's words
    norms = phrase_norms(wi, sp.first, sp.last + 1, sp)
    part = name_part(lex, norms)
    rule = None
    if part is not None and part[1] > part[0]:
        rule = (sp.first + part[0], sp.first + part[1])
    cut = next((j for j in range(sp.last, sp.first, -1) if not COMMAS.isdisjoint(wi.gap(j))),
               None)
    if cut is not None:
        tail = name_part(lex, wi.norms[cut : sp.last + 1], strict=True)
        before = norms[: cut - sp.first]
        if tail is not None and tail[1] > tail[0] and (
            not has_name(lex, before) or complement_as_name(lex, before)
        ) and not wi.norms[cut + tail[0]].startswith(lex.morph.article):
            rule = (cut + tail[0], cut + tail[1])
    held = person_after_titles(lex, wi.norms[sp.first : sp.last + 1], at_least=1)
    if held is not None and (rule is None or rule[1] <= sp.first + held and not any(
            lex.is_first_name(w) or is_name_ali(lex, wi, x)
            for x, w in enumerate(wi.norms[rule[0] : rule[1]], rule[0]))):
        rule = (sp.first + held, sp.last + 1)  # (... من أجل الجمهورية طارق الكحلاوي: the
        # name part stopped at من and holds no name; the phrase ends in a person's full name)
    later = _tail_named_later(lex, wi, sp)
    if later is not None and (rule is None or rule[0] < later[0] and not any(
            lex.is_first_name(w) for w in wi.norms[rule[0] : later[0]])):
        rule = later  # الوجه الشهير في موريتانيا الا دي اتراوري ... وأضاف اتراوري
    apposed = apposed_name_words(lex, wi, sp)
    if apposed is not None and (rule is None or rule[0] > sp.first or not (
            rule[0] <= apposed[0] and rule[1] >= apposed[1])):
        rule = apposed  # مدرب الفريق، التونسي نبيل الحمروني: the name after the comma, not
        # the nisba with it nor words before it (a phrase named whole keeps its title words)
    return rule


_TAIL_NAME = (2, 3)  # words of a name at a phrase's end after a place complement


def _tail_named_later(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> WordRange | None:
    """The last two or three words of a phrase, after a place preposition and its
    complement, none definite, a title or a place, whose last word the text shows again as
    a cue's bare subject (names the lists need not know): the person's name."""
    lo, hi = _TAIL_NAME
    end = sp.last + 1
    for n in range(hi, lo - 1, -1):
        i = end - n
        if i - 2 < sp.first or wi.norms[i - 2] not in lex.place_prepositions:
            continue
        words = wi.norms[i:end]
        if any(w.startswith(lex.morph.article) or lex.is_title(w) or w in lex.countries
               for w in words) or wi.gap(i).strip(" "):
            continue
        if named_later(lex, wi, i, end):
            return (i, end)
    return None


def _kin(lex: Lexicon, norm: str) -> bool:
    """والد، ووالدة، زوجة: a kinship noun (speaker_words.json), bare or after و/ف."""
    kin = speaker_word_list("kinship_nouns", lex)
    return norm in kin or (len(norm) > 2 and norm[0] in lex.morph.conjunction_clitics
                           and norm[1:] in kin)


def body_phrase(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> bool:
    """The phrase begins with the head noun of an institution (وزارة، منظمة العفو) or of a
    statement (بيان الخارجية، بلاغ لوزارة الداخلية): the phrase is its own name."""
    w = wi.norms[sp.first]
    return lex.is_body(w) or w in lex.statement_nouns


def _in_quoted_name(ctx: NameContext, i: int, sp: SpeakerSpan) -> bool:
    """Word i of a phrase lies in the quoted name of a body after an indefinite naming
    noun (مراسل "الجوهرة أف أم", حركة "حماس"), not in a person's name quoted after a
    title (المتحدث باسم المنظمة "فلان")."""
    d, wi = ctx.d, ctx.wi
    if not d.inside_pair(wi.starts[i]) or d.inside_pair(wi.starts[sp.first]):
        return False
    k = next((x for x in range(i, sp.first, -1) if not QUOTE_CHARS.isdisjoint(wi.gap(x))),
             None)
    return k is not None and strip_conj(wi.norms[k - 1]) in ctx.lex.name_nouns


def _person_entity(ctx: NameContext, sp: SpeakerSpan) -> WordRange | None:
    """Word range of the last PERS entity inside a speaker phrase (not one of title words
    only: وزير ليبي is no name)."""
    wi, lex = ctx.wi, ctx.lex
    a = wi.starts[sp.first]
    b = wi.ends[sp.last]
    best = None
    for ea, eb, label in entities_from(ctx.entities, ctx.entity_starts, a, b):
        if label in PERSON_LABELS and eb <= b:
            i, j = wi.first_at_or_after(ea), wi.first_at_or_after(eb)
            if j > i and not all(lex.is_title(w) for w in wi.norms[i:j]):
                best = (i, j)
    return best
