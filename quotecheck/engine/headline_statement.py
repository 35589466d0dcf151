"""How far a headline's statement runs on its line.  A title is one sentence of a few words:
a statement longer than any title ends at its first sentence's end when the rest of the line
is the article (a page that writes the title and the first sentences on one line), and is
no headline when that sentence is itself prose (a run-in label before a paragraph,
``المسوقون : بات الأشخاص ...، إذ ...``), unless the speaker goes on in the first person (an
interview's ``NAME : answer``).  A headline that swallowed a paragraph would hold the quotes
of its sentences (its priority nests them) and lend its lead as the antecedent of the next
implicit quotes.  What a page writes after a title (a tweet's links and hashtags, ``..
فيديو``) is no part of it either."""

from __future__ import annotations

import re

from quotecheck.engine.evidence import Doc, trim
from quotecheck.engine.headline_leads import first_person
from quotecheck.lang.ar.morphology import strip_conj

#: The most words of a headline's statement: annotated headlines (dev, dev2 tune, ANT
#: silver) hold at most 15, the engine's ANT titles at most 14; a longer run is prose.
MAX_STATEMENT_WORDS = 24

#: A sentence's end inside a line: one full stop (not a ``..`` run), or ! ? ؟, with a closing
#: mark or bracket after it, then a space and more text.
_SENTENCE_END = re.compile("(?<!\\.)(?:\\.(?!\\.)|[!?\u061f]+)[\"\u201d\u00bb)]?(?=\\s+\\S)")

#: The fewest letters of the word before a full stop that ends a sentence (``د. NAME``: an
#: abbreviation's stop ends none).
MIN_STOP_WORD = 2

#: A link or a hashtag (a tweet embedded after its text: ``... https://t.co/x #وسم``).
_LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S*|#[^\s#]+")

#: Two or more full stops then a page's tag (``... الأمان.. فيديو``).
_DOTS = re.compile("(?:\\.{2,}|\u2026)\\s*")

#: The most words of a page's tag after ``..`` at a statement's end.
TAG_WORDS = 2


def statement_end(d: Doc, a: int, b: int) -> int | None:
    """Where the statement [a, b) of a headline ends: ``b`` for a title's length (at most
    MAX_STATEMENT_WORDS words); else at its first sentence's end (sentence_end) when that
    sentence has a title's length and the rest of the line is not the speaker's in the first
    person; ``b`` for a speaker's turn in the first person; None for prose (a run-in label's
    paragraph)."""
    if not _too_long(d, a, b):
        return b
    end = sentence_end(d, a, b)
    long_first = _too_long(d, a, end)
    if end < b and first_person(d, end, b) or long_first and first_person(d, a, end):
        return b  # (an interview's answer: its speaker goes on)
    return None if long_first else end


def sentence_end(d: Doc, a: int, b: int) -> int:
    """Where the statement [a, b) ends: before the first sentence end outside quotation marks
    after which the line goes on, else ``b``."""
    text, wi = d.text, d.wi
    for m in _SENTENCE_END.finditer(text, a, b):
        if d.inside_pair(m.start()):
            continue
        k = wi.first_at_or_after(m.start()) - 1  # the word the stop ends
        if text[m.start()] == "." and (k < 0 or wi.ends[k] - wi.starts[k] < MIN_STOP_WORD):
            continue
        end = trim(text, a, m.start())[1]
        if end > a:
            return end
    return b


def _too_long(d: Doc, a: int, b: int) -> bool:
    """The statement [a, b) holds more words than MAX_STATEMENT_WORDS: prose, no title."""
    return d.wi.first_at_or_after(b) - d.wi.first_at_or_after(a) > MAX_STATEMENT_WORDS


def page_tail(d: Doc, a: int, b: int) -> int:
    """Where the statement [a, b) ends before what a page writes after a title: links and
    hashtags that end it (an embedded tweet), or ``..`` then a page label of
    headline_leads.json page_labels (``.. فيديو``); else ``b``."""
    text, wi = d.text, d.wi
    run, prev_end = -1, a  # where the run of links reaching the end starts; one pass
    for m in _LINK.finditer(text, a, b):
        if run < 0 or text[prev_end : m.start()].strip(_BLANKS):
            run = m.start()
        prev_end = m.end()
    if run >= 0 and not text[prev_end:b].strip(_BLANKS):
        return trim(text, a, run)[1]
    labels = d.lex.headline_leads["page_labels"]
    most = max((len(label.split()) for label in labels), default=0)
    last = wi.first_at_or_after(b)
    for m in _DOTS.finditer(text, a, b):
        first = wi.first_at_or_after(m.end())
        if last - first > most:
            continue  # (more words than any page label: no tag; checked without copying)
        tag = text[m.end() : b].strip(" .!\u00a0")
        if tag and len(tag.split()) <= TAG_WORDS and " ".join(wi.norms[first:last]) in labels:
            return trim(text, a, m.start())[1]
    return b


#: What may stand between and after the links of an embedded tweet.
_BLANKS = " .\u00a0"


#: The most words of a caption's credit after a title (the speaker's name and office).
CREDIT_WORDS = 8
#: The fewest words of a statement before a caption's credit.
MIN_CREDIT_GAP = 3


def caption_credit(d: Doc, a: int, b: int, ws: int, we: int) -> int:
    """Where the statement [a, b) of the headline whose lead is words [ws, we) ends before
    an image caption's credit written after it on the line: the lead's words again, after
    titles (``... قبل الصيف المهندس سامي العياري مدير المشروع``), then at most
    CREDIT_WORDS words to the end with no verb of saying, MIN_CREDIT_GAP words or more of
    statement before it; not after a preposition nor before a word joined by و (the
    statement names its speaker: لا خلاف بين وزير الداخلية والنقابات); else ``b``."""
    wi, lex = d.wi, d.lex
    lead, n = wi.norms[ws:we], we - ws
    first, last = wi.first_at_or_after(a), wi.first_at_or_after(b)
    if not lead or max(map(len, lead)) < 3:
        return b
    for k in range(first + MIN_CREDIT_GAP, last - n + 1):
        if wi.norms[k : k + n] != lead or last - k > CREDIT_WORDS:
            continue
        if any(lex.cue(w) is not None for w in wi.norms[k:last]) or d.inside_pair(wi.starts[k]):
            return b
        j = k
        while j > first + MIN_CREDIT_GAP and lex.is_title(wi.norms[j - 1]):
            j -= 1  # (الدكتور، الوزير before the name)
        prev, nxt = wi.norms[j - 1], wi.norms[k + n] if k + n < last else ""
        if prev in lex.soft_prep or strip_conj(prev) in lex.leading_prepositions or (
                prev in lex.object_prepositions or strip_conj(nxt) != nxt):
            return b  # (لا خلاف بين وزير الداخلية والنقابات: the statement's own words)
        return trim(d.text, a, wi.starts[j])[1]
    return b


def topic_statement(d: Doc, i: int, j: int) -> bool:
    """The statement (words [i, j)) is a teaser of the news item, not anyone's words: a noun
    of news or of a communiqué (headline_leads.json ``teaser_nouns``: الجديد، تفاصيل، بيان),
    bare or definite, then a preposition of topic (finders.json ``topic_prepositions``: بخصوص، حول)
    (``NAME : الجديد بخصوص ...``، ``منظمة X : بيان بخصوص ...``)."""
    wi, lex = d.wi, d.lex
    if j - i < 2 or i + 1 >= len(wi.norms):
        return False
    lx = lex.headline_leads
    w = strip_conj(wi.norms[i])
    bare = w[len(lex.article):] if w.startswith(lex.article) else w
    return bare in lx["teaser_nouns"] and wi.norms[i + 1] in lex.topic_prepositions
