"""Two-part titles: ``NEWS.. وX: STATEMENT``.  The conjunction that opens the lead after the
``..`` joins X to the news item as the second party: an unnamed source (``.. ومصدر:``), a
short name in marks after a lone و (``.. و"الهيئة":``), or one definite word no list holds
that the text writes elsewhere after an institution's noun or an office (``.. والإسعاف:``
... ``جهاز الإسعاف``; a topic's word, ``.. والأسعار:``, stands after neither) speaks; such a
lead may follow a dateline's line too (``PLACE: news.. ومصدر: ...``), where no headline
stands before it."""

from __future__ import annotations

from quotecheck.engine.evidence import QUOTE_CHARS, Doc, skip_space
from quotecheck.engine.headline_body import body_institution
from quotecheck.engine.headline_leads import parallel_surname
from quotecheck.engine.headline_lexicon import conj_joined
from quotecheck.engine.speakers import SpeakerSpan
from quotecheck.lang.ar.normalize import fold

#: The key of a headline's ``extra`` that marks its lead as joined by و after ``..``.
JOINED = "joined"


def marked_after_conj(d: Doc, a: int) -> int:
    """Where the lead at ``a`` opens when it is a lone conjunction (و) before a quotation
    mark (``و"الهيئة":``): at the mark; else ``a``."""
    text, wi = d.text, d.wi
    k = wi.first_at_or_after(a)
    if k >= len(wi.norms) or wi.starts[k] != a or wi.norms[k] not in d.lex.conj_clitics:
        return a
    m = skip_space(text, wi.ends[k])
    return m if m < len(text) and text[m] in QUOTE_CHARS else a


def joined_after(d: Doc, a: int, b: int) -> bool:
    """The text after a ``..`` at ``a`` (up to ``b``) opens with a word joined by و/ف
    (conj_joined: والإسعاف، ومصدر, not وزير) or a lone و before a mark: the second part of
    a two-part title."""
    a = skip_space(d.text, a)
    if a >= b:
        return False
    if marked_after_conj(d, a) != a:
        return True
    k = d.wi.first_at_or_after(a)
    return k < len(d.wi.norms) and d.wi.starts[k] < b and conj_joined(d.lex, d.wi.norms[k])


def joined_party(d: Doc, sp: SpeakerSpan) -> bool:
    """The joined lead ``sp`` (its و skipped) is one definite word that no list holds, the
    whole lead and no noun of findings (parallel_surname's shape), and the text writes it
    after an institution's noun or an office (body_institution: ``جهاز الإسعاف``)."""
    wi = d.wi
    word = fold(d.text[wi.starts[sp.first] + sp.skip : wi.ends[sp.first]])
    return parallel_surname(d, sp) and body_institution(d, sp, [word])
