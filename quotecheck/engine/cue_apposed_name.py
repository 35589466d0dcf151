"""The name set off by commas after a title phrase that has none, read after the cue
(قال وزير ... في الحكومة المعينة، هشام شكيوات، الثلاثاء، إن): for cue_speaker's speaker
after the verb."""

from __future__ import annotations

from quotecheck.engine.evidence import (
    COMMAS,
    PHRASE_END,
    QUOTE_CHARS,
    SEGMENT_END,
    Doc,
    has_name,
)
from quotecheck.engine.speakers import SpeakerSpan, is_medium, is_name_ali, stops_phrase
from quotecheck.lang.ar.morphology import strip_conj


def apposed_name(d: Doc, sp: SpeakerSpan, limit: int) -> SpeakerSpan | None:
    """``قال وزير ... في الحكومة المعينة من قبل البرلمان، هشام شكيوات، الثلاثاء، إن``: a
    title phrase without a name, then the name set off by commas before the clause."""
    wi, lex = d.wi, d.lex
    quoted = _closes_quoted_name(d, sp)  # (its name is a body's: a person's may follow)
    if quoted and COMMAS.isdisjoint(wi.gap(sp.last + 1)):
        return None  # (only a name set off by a comma right after the mark)
    words = wi.norms[sp.first : sp.last + 1]
    body_named = not quoted and has_name(lex, words)
    if body_named and (not lex.is_title(strip_conj(words[0])) or any(
            w in lex.person_names or is_name_ali(lex, wi, x)
            for x, w in enumerate(words, sp.first)) or any(
            not COMMAS.isdisjoint(wi.gap(x)) for x in range(sp.first + 1, sp.last + 1))):
        return None  # (a person's name in the phrase, or one in apposition already; or
        # no title: no office holder)
    j = sp.last + 1
    while j < limit and j - sp.last <= 12:
        gap = wi.gap(j)
        if j == sp.last + 1 and quoted:
            gap = "".join(c for c in gap if c not in QUOTE_CHARS)  # رئيس منظمة "أنا يقظ"،
        if not PHRASE_END.isdisjoint(gap):
            return None
        if COMMAS.isdisjoint(wi.gap(j)):
            j += 1
            continue
        e = j
        while e + 1 < limit and SEGMENT_END.isdisjoint(wi.gap(e + 1)):
            e += 1
        # The name may also end where an adverbial or an addressee begins (، أحمد
        # الكلبوسي في تصريح لمراسلة ...), not only at a comma.
        cut = next((x for x in range(j + 2, e + 1) if ends_apposed_name(d, x)), None)
        if cut is not None and not any(lex.is_title(w) and not lex.is_body(w)
                                       for w in wi.norms[sp.first : sp.last + 1]):
            cut = None  # (only after a person's title: المجلس، ... وضع إطار is no name)
        if cut is not None:
            e = cut - 1
        if _apposed_segment(d, j, e, limit, cut is not None) and (
                not body_named or wi.norms[j] in lex.person_names):
            # (after a title and a body's name, عميد كلية العلوم بجندوبة، سامي X،: only a
            # segment opening with a known first name is the office holder's name)
            return SpeakerSpan(sp.first, e)
        j = e + 1
    return None


def _closes_quoted_name(d: Doc, sp: SpeakerSpan) -> bool:
    """The phrase ends in the quoted name of a body whose closing mark follows it (رئيس
    منظمة "أنا يقظ"، مراسل "الجوهرة أف أم"، الرئيس التنفيذي لـ"آبل"): a mark opens inside
    the phrase after a naming or body noun (or ل), and the pair holding its last word
    closes right after it.  Not a person's name in marks (رئيس البلدية "كريتسوف ديتريش")."""
    wi, lex = d.wi, d.lex
    p = d.pair_at(wi.starts[sp.last])
    if p is None or not wi.starts[sp.first] < p.open < wi.starts[sp.last] + 1 or (
            sp.last + 1 < len(wi) and p.close > wi.starts[sp.last + 1]):
        return False
    k = wi.first_at_or_after(p.open)  # the first quoted word; the word before names a body
    before = wi.norms[k - 1]
    return (strip_conj(before) in lex.name_nouns or strip_conj(before) in lex.name_heads
            or lex.is_body(before)
            or before == lex.morph.lam or before.startswith(lex.morph.lam) and (
                lex.is_body(before[1:])))  # (لموفد "X": an addressee, its name no speaker's)


def _apposed_segment(d: Doc, j: int, e: int, limit: int, cut: bool) -> bool:
    """Words j..e are a name in apposition: at most 4, no definite first word, no word that
    stops a phrase, a title, a medium or a soft preposition, and a comma (or a cut) after."""
    wi, lex = d.wi, d.lex
    seg = range(j, e + 1)
    return len(seg) <= 4 and not wi.norms[j].startswith(lex.article) and not any(
        stops_phrase(lex, wi, x) or lex.is_title(wi.norms[x]) or is_medium(lex, wi.norms[x])
        or wi.norms[x] in lex.soft_prep for x in seg
    ) and (e + 1 >= limit or not COMMAS.isdisjoint(wi.gap(e + 1)) or cut)


def ends_apposed_name(d: Doc, x: int) -> bool:
    """Word x opens what follows a name: في, a ل-addressee or medium, a time word."""
    lex = d.lex
    w = d.wi.norms[x]
    return w in lex.after_name_words or w.startswith(lex.prep_li) or w in lex.time_words
