"""A title's verb of statement before a name or term in marks: ``منظمة الأعراف تدين "محاولات
حشر" ...``، ``الهايكا تتهم "الحوار التونسي" ...``، ``الرئيس يعلن الجفاف "كارثة وطنية"``.  In
the present tense of titles the marks hold what the news item is about (a name, a term, a
label), not the subject's words: the article's body quotes the statement, if any (GUIDELINES:
names and terms in marks are no quotes).  engine/furniture.py's furniture_line asks
title_term for every cue word, so the cue finder reports nothing there; a title with a
complementizer or a colon (``X تؤكد أنها ...``، ``X يؤكد: "..."``) keeps its quote, and
so does a verb of saying or of statement whose object in marks is the claim itself
(``X يقول "..."``، ``قيس سعيد يحذر من "مخطط إجرامي"``: GUIDELINES' mixed quotes after أكد،
شدد على، أعرب عن)."""

from __future__ import annotations

from quotecheck.engine.evidence import QUOTE_CHARS, Doc
from quotecheck.engine.headline_lead_end import COLONS
from quotecheck.lang.ar.normalize import fold

#: The most words of a title (the text's first line) whose cue words are weighed.
TITLE_WORDS = 25
#: What ends a body's sentence, not a title (a title ends in no full stop).
SENTENCE_END = (".", "\u06d4")
#: How many words may stand between the cue and the opening mark (تكشف حقائق مفزعة عن "...").
TERM_REACH = 3


def title_term(d: Doc, i: int) -> bool:
    """Cue word i is an imperfect (the present of titles) on the text's first line, a title
    (more lines follow, and it ends in no full stop) of at most TITLE_WORDS words, and a
    quotation mark opens within TERM_REACH words after it with no colon or complementizer
    between; its lemma is no verb whose marked object is the claim (headline_leads.json
    ``title_claim_lemmas``: قال، أكد، شدد، حذر ...)."""
    wi, lex = d.wi, d.lex
    if i >= len(wi.norms) or not wi.norms:
        return False
    nl = d.text.find("\n", wi.starts[0])
    if nl < 0 or d.text[wi.starts[0] : nl].rstrip().endswith(SENTENCE_END):
        return False  # one line, or a sentence of the body: no title
    end = wi.first_at_or_after(nl)
    if i >= end or end > TITLE_WORDS:
        return False
    form = lex.cue(wi.norms[i])
    if form is None or form.form != "imperfect" or fold(form.lemma) in lex.headline_leads[
            "title_claim_lemmas"]:
        return False
    for k in range(i + 1, min(end, i + 2 + TERM_REACH)):
        gap = wi.gap(k)
        if any(c in gap for c in COLONS) or lex.complementizer(wi.norms[k]):
            return False
        if not QUOTE_CHARS.isdisjoint(gap):
            return True
    return False
