"""Which words before a headline's colon are its speaker phrase: those that may name one
(lead_words: no digits, marks, labels, cues, lists or Latin), the phrase that ends a run of
titles flattened onto one line (ticker_speaker), and a من/عن complement the phrase keeps
(whole_complement)."""

from __future__ import annotations

import re

from quotecheck.engine.evidence import COMMAS, QUOTE_CHARS, Doc, is_latin
from quotecheck.engine.headline_lead_end import marked_lead
from quotecheck.engine.headline_lexicon import (
    conj_joined,
    office_word,
    people_plural,
    person_head,
    word_forms,
)
from quotecheck.engine.speakers import SpeakerSpan, is_medium, phrase_after
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj, without_article
from quotecheck.lang.ar.normalize import fold

#: The most words of a lead before a colon (lead_words); a longer one may end in a
#: speaker phrase after a run of titles (ticker_speaker).
MAX_LEAD_WORDS = 7
#: The most words of a speaker phrase that ends a run of titles (ticker_speaker).
TICKER_WORDS = 4
#: A full stop that ends a sentence (not one of a ``..`` run between titles).
_FULL_STOP = re.compile(r"(?<!\.)\.(?!\.)")
#: The most words of a من/عن complement that a headline's speaker phrase keeps.
COMPLEMENT_WORDS = 4


def _statement_noun(lex: Lexicon, w: str) -> bool:
    """A medium or statement noun (بيان، بلاغ، تصريح), with or without its article."""
    bare = without_article(w)
    return not lex.is_title(w) and (is_medium(lex, w) or bare in lex.statement_nouns)


def _quoted_name_after_person(d: Doc, lead: str, ws: int, we: int) -> bool:
    """Quotation marks before a headline's colon that close a name inside a speaker phrase
    opening with an office, an unnamed source, a first name or a body's noun (مخرج "غدوة
    حيّ" :، مسؤول في "الكنام" :، منظمة "أنا يقظ" :); other marks there belong to a topic
    (قضية "طفلة البامبرز" :)."""
    head, lex = d.wi.norms[ws:we], d.lex
    if len(head) > 1 and head[1] in lex.soft_prep and not lex.is_title(head[0]) and (
            head[0] not in lex.anonymous):
        return False  # يعيش في "ڨراج" : a verb that is also a first name, then its place
    return (sum(ch in QUOTE_CHARS for ch in lead) % 2 == 0
            and lead.strip()[:1] not in QUOTE_CHARS and (
                person_head(lex, head) or any(lex.is_body(w) and w not in lex.labels
                                              for w in {head[0], strip_conj(head[0])})))


def _unnamed_source(lex: Lexicon, head: list[str]) -> bool:
    """An unnamed source's noun (مصدر, also the page label مصدر :) with an indefinite word
    after it, with or without و (``TOPIC.. ومصدر عراقي:``), or alone after its و (``TOPIC..
    ومصدر:``, the second party of a two-part title; a page's label has no و): ``مصدر أمني
    :``، ``مصدر حكومي لـ"...":`` speak; ``مصدر الصورة :`` is a label."""
    bare = strip_conj(head[0])
    if len(head) == 1:
        return bare != head[0] and bare in lex.anonymous
    return bare in lex.anonymous and not head[1].startswith(lex.article)


def lead_words(d: Doc, a: int, colon: int, most: int = MAX_LEAD_WORDS
               ) -> tuple[int, int] | None:
    """Words [ws, we) before the colon of the line at ``a`` when they may name a speaker
    (1 to ``most`` words, no digits, marks, labels, cues, complementizers, lists or Latin);
    ``a`` may fall inside the first word (a date stamp written onto it)."""
    text, wi, lex = d.text, d.wi, d.lex
    ws = wi.first_at_or_after(a)
    if ws > 0 and wi.ends[ws - 1] > a:
        ws -= 1
    we = wi.first_at_or_after(a + colon)
    if not 1 <= we - ws <= most:
        return None
    head = wi.norms[ws:we]
    if wi.starts[ws] < a:
        head[0] = fold(text[a : wi.ends[ws]])
    lead = text[a : a + colon]
    if any(ch.isdigit() for ch in lead) or any(c in lead for c in "<>=/@#|"):
        return None
    if not QUOTE_CHARS.isdisjoint(lead) and not _quoted_name_after_person(
            d, lead, ws, we) and not marked_lead(d, a, a + colon):
        return None
    if (" ".join(head) in lex.labels or head[0] in lex.labels or strip_conj(head[0]) in lex.labels
            ) and not _unnamed_source(lex, head):
        return None
    if " ".join(head[:2]) in lex.labels:
        return None  # رابطة الأبطال الإفريقية : a two-word label opens the lead
    if " ".join(head) in lex.places:
        return None  # سوسة : حجز ...: a dateline
    if any(lex.cue(w) is not None and not lex.is_title(w) for w in head):
        return None
    if any(head[i - 1] in lex.soft_prep and head[i].startswith(lex.article)
           and _statement_noun(lex, head[i]) for i in range(1, len(head))):
        # وجاء في البلاغ : "...": the statement named before, its words; its issuer is
        # elsewhere (an indefinite medium is the speaker's: الوزير في حوار مع X :)
        return None
    if any(lex.complementizer(w) for w in head) or head[0] in lex.time_words and not (
            len(head) == 2 and head[1] in lex.countries):
        return None  # (a time word then a country names a movement: فجر ليبيا :)
    if head[0] in lex.list_openers or (
        head[0][:1] in lex.conj_clitics and head[0][1:] in lex.leading_prepositions
    ):
        # وفي ما يلي البرنامج: ...، ومن أهم الحاضرين: ...: a list, no speaker (a bare
        # على may be the name علي: على عبد العال: ...)
        return None
    if any(is_latin(w) for w in wi.words[ws:we]):
        return None
    return ws, we


def ticker_speaker(d: Doc, a: int, end: int) -> tuple[int, int] | None:
    """Words [ws, we) right before the colon at ``end`` that open with an office or an unnamed
    source (``... والطلبة الأوائل نائب كردي: ...``): the speaker of a headline at the end of a
    run of titles flattened onto one line, whose lead as a whole is too long to be one.  Not
    in prose (a comma or a full stop in the lead), nor after a verb of saying, a
    complementizer, a preposition or another office word (the phrase would go on)."""
    text, wi, lex = d.text, d.wi, d.lex
    lead = text[a:end]
    if not COMMAS.isdisjoint(lead) or _FULL_STOP.search(lead):
        return None
    first, we = wi.first_at_or_after(a), wi.first_at_or_after(end)
    if any(lex.cue(w) is not None for w in wi.norms[first:we]):
        return None  # (وقال ... لمؤتمر الحزب الجمهوري : a report's sentence)
    for ws in range(max(first + 1, we - TICKER_WORDS), we - 1):
        w, prev = wi.norms[ws], wi.norms[ws - 1]
        if conj_joined(lex, w) or not (office_word(lex, w) or w in lex.anonymous):
            continue  # (والطلبة: a conjunction joins the run; وزير opens a phrase)
        if (lex.complementizer(prev) or prev in lex.soft_prep or lex.is_title(prev)
                or strip_conj(prev) in lex.leading_prepositions
                or prev.startswith((lex.morph.lam, lex.prep_bi))):
            continue  # (لمؤتمر الحزب، بوزارة الصحة: the phrase is a complement)
        if lead_words(d, wi.starts[ws], end - wi.starts[ws]) != (ws, we):
            continue
        sp = phrase_after(lex, wi, ws, we)
        if sp is not None and sp.first == ws and sp.last == we - 1:
            return ws, we
    return None


def whole_complement(d: Doc, sp: SpeakerSpan, we: int) -> SpeakerSpan:
    """A headline's speaker phrase cut before من or عن (headline_leads.json
    lead_complement_prepositions) that its lead goes on with up to the colon (word ``we``): the
    complement belongs to the phrase of a body, an unnamed source or a group of people
    (منظمة الدفاع عن المستهلك :، مسؤول من وزارة الفلاحة :، الناجون من الحرب :); a person's
    or an office holder's is the topic or the place (برهان بسيس عن التحاقه :، رئيس الحكومة من
    الغريبة :).  Not a complement of more than COMPLEMENT_WORDS words, nor one with another
    preposition, a verb of saying, a time word or a comma."""
    wi, lex = d.wi, d.lex
    k, head = sp.last + 1, strip_conj(wi.norms[sp.first])
    bare = without_article(head)
    if not k < we <= k + COMPLEMENT_WORDS or wi.norms[k] not in lex.headline_leads[
            "lead_complement_prepositions"]:
        return sp
    if not (lex.is_body(head) or head in lex.anonymous or bare in lex.anonymous
            or people_plural(lex, head) or not word_forms(lex, head).isdisjoint(
                lex.headline_leads["persons"])):
        return sp
    rest = wi.norms[k + 1 : we]
    if any(lex.cue(w) is not None or w in lex.time_words or w in lex.soft_prep
           or w in lex.object_prepositions for w in rest) or any(
            not COMMAS.isdisjoint(wi.gap(j)) for j in range(k, we)):
        return sp
    return SpeakerSpan(sp.first, we - 1, skip=sp.skip)
