"""Where a headline's lead ends: its colon (COLONS, within MAX_LEAD_CHARS), an outlet
addressed right before it (addressee_start: ``لـ«العربية»:``), whether a phrase is the
whole lead (whole_lead) or goes on with the circumstance of the statement
(circumstance_after), where the speaker phrase is cut before that circumstance
(circumstance_cut: ``وزير التربية بعد اجتماع الحكومة:``), and whether the lead is one short
name in marks (marked_lead: ``«الأرصاد»:``)."""

from __future__ import annotations

from quotecheck.engine.evidence import QUOTE_CHARS, Doc, is_latin
from quotecheck.engine.speakers import SpeakerSpan

#: The colons that end a headline's lead (a full-width one too).
COLONS = (":", "\uff1a")
#: The most characters of a headline's lead before its colon (a longer one may end in a
#: speaker phrase after a run of titles: ticker_speaker).
MAX_LEAD_CHARS = 80
#: The most Latin words of an outlet's name after ل at a lead's end (``لـ Sky News``).
LATIN_OUTLET_WORDS = 3


def addressee_start(d: Doc, a: int, colon: int) -> int:
    """Where the lead [a, colon) of a headline ends when its last words are an addressee: ل
    (لـ) then a name in marks that closes right before the colon (``السوداني لـ«العربية»:``,
    ``وزير الخارجية لـ"الشرق الأوسط":``), or ل then up to LATIN_OUTLET_WORDS words in Latin
    letters (``بوريل لـ CNN:``), the outlet the speaker talked to, which is no part of the
    speaker phrase; else ``colon``."""
    text, wi, lex = d.text, d.wi, d.lex
    end = len(text[a:colon].rstrip()) + a
    if end <= a:
        return colon
    k = wi.first_at_or_after(end) - 1
    j = k
    while j > k - LATIN_OUTLET_WORDS and j >= 0 and wi.starts[j] > a and is_latin(wi.words[j]):
        j -= 1
    if j < k and j >= 0 and wi.starts[j] > a and wi.norms[j] == lex.morph.lam:
        return wi.starts[j]  # (بوريل لـ euronews: an outlet in Latin letters, no marks)
    if text[end - 1] not in QUOTE_CHARS:
        return colon
    p = d.pair_at(end - 2)  # (the pair whose closing mark ends the lead)
    if p is None or p.close != end - 1 or p.open <= a:
        return colon
    k = wi.first_at_or_after(p.open) - 1  # the word before the opening mark
    if k < 0 or wi.starts[k] <= a or wi.norms[k] != lex.morph.lam or wi.ends[k] > p.open:
        return colon
    return wi.starts[k]


def whole_lead(d: Doc, sp: SpeakerSpan) -> bool:
    """The phrase ``sp`` is the whole lead: only spaces, or the outlet addressed
    (addressee_start: ``لـ«العربية»``، ``لـ CNN``), stand between it and a colon."""
    text, end = d.text, d.wi.ends[sp.last]
    rest = text[end : end + MAX_LEAD_CHARS]
    colon = min((i for i in (rest.find(c) for c in COLONS) if i >= 0), default=-1)
    if colon < 0:
        return False
    return not text[end : addressee_start(d, end, end + colon)].strip()


def circumstance_after(d: Doc, sp: SpeakerSpan) -> bool:
    """The lead goes on after ``sp`` with the circumstance of the statement, up to a colon
    within MAX_LEAD_CHARS: a leading preposition (أمام الجمعية العامة، خلال زيارته، في
    تغريدة) or a circumstance word of headline_leads.json (ردا على، تعليقا على، عبر)."""
    wi, lex = d.wi, d.lex
    k = sp.last + 1
    if k >= len(wi.norms):
        return False
    w = wi.norms[k]
    if w not in lex.leading_prepositions and w not in lex.headline_leads[
            "circumstance_openers"]:
        return False
    rest = d.text[wi.ends[sp.last] : wi.ends[sp.last] + MAX_LEAD_CHARS]
    return any(c in rest for c in COLONS)


#: The most words of a lead wholly in quotation marks (marked_lead: «الأرصاد»:); two let
#: programmes' and sports' names through on ANT («عقد الكرامة»:، «فوت صال»:).
MARKED_LEAD_WORDS = 1
#: The most words of a lead wholly in marks that opens with an institution's noun or a
#: ministry's portfolio (``«هيئة التخصصات الصحية»:``، ``«الطرق والمواصلات»:``): the body's
#: full name, which the noun makes no programme's.
MARKED_BODY_WORDS = 3


def marked_lead(d: Doc, a: int, end: int) -> bool:
    """The lead [a, end) is one quotation-mark pair and nothing else, around at most
    MARKED_LEAD_WORDS words (``«الأرصاد»: ...``، ``«التعليم»: ...``), or MARKED_BODY_WORDS
    that open with an institution's noun or a portfolio (``«هيئة التخصصات الصحية»: ...``،
    ``«الطرق والمواصلات»: ...``): web outlets set
    the name of an institution in marks before its statement."""
    text = d.text
    s = a + len(text[a:end]) - len(text[a:end].lstrip())
    e = len(text[a:end].rstrip()) + a
    if e - s < 3 or text[s] not in QUOTE_CHARS:
        return False
    p = d.pair_at(s + 1)
    if p is None or p.open != s or p.close != e - 1:
        return False
    ws = d.wi.first_at_or_after(s)
    n = d.wi.first_at_or_after(p.close) - ws
    if 1 <= n <= MARKED_LEAD_WORDS:
        return True
    w = d.wi.norms[ws]
    return n <= MARKED_BODY_WORDS and (d.lex.is_body(w) or w in d.lex.portfolios)


def circumstance_cut(d: Doc, sp: SpeakerSpan) -> SpeakerSpan:
    """A headline's speaker phrase cut before the circumstance of the statement that it runs
    into: a preposition of time or occasion of headline_leads.json circumstance_prepositions
    (بعد، عقب، خلال، أمام) or a circumstance word (ردا، تعليقا، عبر), after the phrase's
    first word (``وزير التربية بعد اجتماع الحكومة:``): the speaker is the words before it;
    في، من، عن may join an office's own complement (المتحدث باسم الوزارة في غزة، مسؤول من
    الوزارة) and are left in."""
    wi, lx = d.wi, d.lex.headline_leads
    for k in range(sp.first + 1, sp.last + 1):
        w = wi.norms[k]
        if w in lx["circumstance_prepositions"] or w in lx["circumstance_openers"]:
            return SpeakerSpan(sp.first, k - 1, skip=sp.skip)
    return sp
