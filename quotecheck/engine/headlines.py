"""The headline finder: lines of the form ``SPEAKER: statement``."""

from __future__ import annotations

import re

from quotecheck.engine.candidates import Cand, pair_cand
from quotecheck.engine.evidence import (
    COMMAS,
    QUOTE_CHARS,
    Doc,
    after_first_letter,
    has_name,
    is_latin,
    skip_space,
    trim,
    trim_marks,
)
from quotecheck.engine.quoted import is_name_pair
from quotecheck.engine.speakers import SpeakerSpan, is_medium, phrase_after
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj
from quotecheck.lang.ar.normalize import fold

#: What cuts a line of page furniture into segments that each may be a headline: a bar
#: (``تصريحات المباراة| نجم الاتحاد: ...``), a tab, or a run of 3+ spaces (a menu or a
#: ticker of titles flattened onto one line).
HARD_SEPARATOR = re.compile("[|\uff5c\t]| {3,}")
#: Two or more full stops (or an ellipsis) between two headlines of one title (``X: ...
#: .. Y: ...``): a segment starts after them only where a headline follows.
SOFT_SEPARATOR = re.compile("\\.{2,}|\u2026")
#: What may open a segment before its speaker: bullets, dashes and a date stamp (``-
#: 2025-09-02NAME: ...`` in a list of related articles).
LEAD = re.compile(r"[\s\-\u2013\u2014\u2022*\u00b7]*"
                  r"(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?![\d:]))?[\s\-\u2013\u2014]*")


def find_headlines(d: Doc) -> tuple[list[Cand], list[tuple[int, SpeakerSpan]]]:
    """The headline quotes of a document, and their speakers as coreference events."""
    cands: list[Cand] = []
    events: list[tuple[int, SpeakerSpan]] = []
    text = d.text
    pos = 0
    while pos <= len(text):
        e = text.find("\n", pos)
        e = len(text) if e < 0 else e
        for start, c in line_headlines(d, pos, e):
            cands.append(c)
            events.append((start, c.speaker))
        pos = e + 1
    return cands, events


def segments(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The line [a, b) cut at its hard separators (bars, tabs, runs of spaces)."""
    out = []
    for m in HARD_SEPARATOR.finditer(text, a, b):
        before = text[a : m.start()].rstrip()
        if not before or before.endswith((":", "\uff1a")):
            continue  # (الوزير :    لن نقبل: spaces after a colon cut nothing)
        out.append((a, m.start()))
        a = m.end()
    out.append((a, b))
    return out


def line_headlines(d: Doc, a: int, b: int) -> list[tuple[int, Cand]]:
    """The headlines of the line [a, b), with where each starts: one per segment, and
    within a segment one after each ``..`` that a headline follows, the statement before
    it then ending at the ``..``."""
    text = d.text
    out: list[tuple[int, Cand]] = []
    for n, (sa, sb) in enumerate(segments(text, a, b)):
        m = LEAD.match(text, sa, sb)
        sa = m.end() if m else sa
        if sb - sa < 4:
            continue
        found: list[tuple[int, int, Cand]] = []  # (separator start, segment start, quote)
        c = headline(d, sa, sb)
        if c is None and n == 0:
            c = marked_headline(d, sa, sb) or speaker_label(d, sa, sb)
        if c is not None:
            found.append((sa, sa, c))
        for sep in SOFT_SEPARATOR.finditer(text, sa, sb):
            if not found or d.inside_pair(sep.start()):
                continue  # only a headline follows a headline (X: ... .. Y: ...)
            # a statement of two words passes there (X: ... .. Y: الحكم قتلنا)
            c = headline(d, sep.end(), sb, 2)
            if c is None:
                continue
            sp = c.speaker
            if sp is not None and not sp.skip and strip_conj(d.wi.norms[sp.first]) != (
                    d.wi.norms[sp.first]):  # وثنائي الاتفاق: the conjunction joins two titles
                w = d.wi.words[sp.first].text
                c.speaker = SpeakerSpan(sp.first, sp.last, skip=after_first_letter(w))
            if found and found[-1][2].end > sep.start():
                prev = found[-1][2]
                ca, cb = trim_marks(text, prev.start, sep.start())
                if cb <= ca:
                    continue
                prev.start, prev.end, prev.pair = ca, cb, None
            found.append((sep.start(), sep.end(), c))
        out.extend((start, c) for _, start, c in found)
    return out


def _statement_noun(lex: Lexicon, w: str) -> bool:
    """A medium or statement noun (بيان، بلاغ، تصريح), with or without its article."""
    bare = w[len(lex.article):] if w.startswith(lex.article) else w
    return not lex.is_title(w) and (is_medium(lex, w) or bare in lex.statement_nouns)


def _quoted_name_after_person(d: Doc, lead: str, ws: int, we: int) -> bool:
    """Quotation marks before a headline's colon that close a name inside a speaker phrase
    opening with an office, an unnamed source or a first name (مخرج "غدوة حيّ" :، مسؤول في
    "الكنام" :); other marks there belong to a topic (قضية "طفلة البامبرز" :)."""
    head, lex = d.wi.norms[ws:we], d.lex
    if len(head) > 1 and head[1] in lex.soft_prep and not lex.is_title(head[0]) and (
            head[0] not in lex.anonymous):
        return False  # يعيش في "ڨراج" : a verb that is also a first name, then its place
    return (sum(ch in QUOTE_CHARS for ch in lead) % 2 == 0
            and lead.strip()[:1] not in QUOTE_CHARS and _person_head(lex, head))


def _speaker_words(d: Doc, a: int, colon: int) -> tuple[int, int] | None:
    """Words [ws, we) before the colon of the line at ``a`` when they may name a speaker
    (1 to 7 words, no digits, marks, labels, cues, complementizers, lists or Latin); ``a``
    may fall inside the first word (a date stamp written onto it)."""
    text, wi, lex = d.text, d.wi, d.lex
    ws = wi.first_at_or_after(a)
    if ws > 0 and wi.ends[ws - 1] > a:
        ws -= 1
    we = wi.first_at_or_after(a + colon)
    if not 1 <= we - ws <= 7:
        return None
    head = wi.norms[ws:we]
    if wi.starts[ws] < a:
        head[0] = fold(text[a : wi.ends[ws]])
    lead = text[a : a + colon]
    if any(ch.isdigit() for ch in lead) or any(c in lead for c in "<>=/@#|"):
        return None
    if not QUOTE_CHARS.isdisjoint(lead) and not _quoted_name_after_person(d, lead, ws, we):
        return None
    if " ".join(head) in lex.labels or head[0] in lex.labels or strip_conj(head[0]) in lex.labels:
        return None
    if " ".join(head) in lex.places:
        return None  # سوسة : حجز ...: a dateline
    if any(lex.cue(w) is not None and not lex.is_title(w) for w in head):
        return None
    if any(head[i - 1] in lex.soft_prep and head[i].startswith(lex.article)
           and _statement_noun(lex, head[i]) for i in range(1, len(head))):
        # وجاء في البلاغ : "...": the statement named before, its words; its issuer is
        # elsewhere (an indefinite medium is the speaker's: الوزير في حوار مع X :)
        return None
    if any(lex.complementizer(w) for w in head) or head[0] in lex.time_words:
        return None
    if head[0] in lex.list_openers or (
        head[0][:1] in lex.conj_clitics and head[0][1:] in lex.leading_prepositions
    ):
        # وفي ما يلي البرنامج: ...، ومن أهم الحاضرين: ...: a list, no speaker (a bare
        # على may be the name علي: على عبد العال: ...)
        return None
    if any(is_latin(w) for w in wi.words[ws:we]):
        return None
    return ws, we


#: The fewest words of a headline's statement.
MIN_WORDS = 3


#: Dashes that stand between the items of a list (teams of a fixture, names of a squad).
LIST_DASHES = 3
_LIST_DASHES = re.compile("\\s[-\u2013\u2014]\\s")


def list_statement(text: str, a: int, b: int) -> bool:
    """The text after a headline's colon is a list, not a statement: it holds a star between
    teams (``النادي الإفريقي * النجم``) or LIST_DASHES dashes between items (``الأهلي -
    الفيصلي - الوحدة - النصر``; one or two may set off a clause)."""
    inner = text[a:b]
    return "*" in inner or len(_LIST_DASHES.findall(inner)) >= LIST_DASHES


#: How far into a statement its own subject and verb of saying may reach.
REPORT_REACH = 5


def _person_head(lex: Lexicon, head: list[str]) -> bool:
    """Words before a colon that name a person or a source: a title or an unnamed source
    first (وزير، مراقبون), or a first name of person_names.txt (راشد الغنوشي), with the
    article too (a surname: الجبالي)."""
    return any(
        lex.is_title(w) or w in lex.anonymous or w in lex.person_names
        or w.startswith(lex.article) and w[len(lex.article):] in lex.person_names
        for w in {head[0], strip_conj(head[0])})


def reports_another(d: Doc, i: int, j: int) -> bool:
    """The statement (words [i, j)) opens with a subject and a verb of saying of its own in
    the present of titles (``قضية ... : وزارة العدل توضح الملابسات``): it reports someone
    else, and what stands before its colon is a topic, no speaker."""
    wi, lex = d.wi, d.lex
    for k in range(i + 1, min(j, i + REPORT_REACH)):
        if d.inside_pair(wi.starts[k]):
            return False
        form = lex.cue(wi.norms[k])
        if form is not None and form.form == "imperfect" and not lex.is_title(
                wi.norms[k]):
            return True
    return False


def headline(d: Doc, a: int, b: int, min_words: int = MIN_WORDS) -> Cand | None:
    """The headline quote of the line [a, b), with its speaker; None when it is none."""
    text, wi, lex = d.text, d.wi, d.lex
    colon = text.find(":", a, b)
    wide = text.find("：", a, b)  # a full-width colon
    if wide >= 0 and (colon < 0 or wide < colon):
        colon = wide
    colon = colon - a if colon >= 0 else -1
    if colon <= 0 or colon > 80:
        return None
    words = _speaker_words(d, a, colon)
    if words is None:
        return None
    ws, we = words
    ca, cb = trim(text, a + colon + 1, b)
    if cb <= ca:
        return None
    if wi.first_at_or_after(cb) - wi.first_at_or_after(ca) < min_words:
        return None
    if list_statement(text, ca, cb):
        return None
    if " ".join(wi.norms[ws:we]) in lex.countries and any(ch.isdigit() for ch in text[ca:cb]):
        return None  # مصر : مقتل 4 سياح ...: a country's dateline before a count, no speech
    first_body = wi.first_at_or_after(ca)
    if first_body < len(wi.norms) and wi.norms[first_body] in lex.time_words:
        return None  # مقابلات المستوى الأول : الأربعاء 17 ماي ...: a schedule, not a statement
    if not _person_head(lex, wi.norms[ws:we]) and reports_another(
            d, first_body, wi.first_at_or_after(cb)):
        return None
    sp = phrase_after(lex, wi, ws, we) if we - ws > 1 else None
    if sp is None or sp.first != ws:
        sp = SpeakerSpan(ws, we - 1)
    if wi.starts[ws] < a:
        sp = SpeakerSpan(sp.first, sp.last, skip=a - wi.starts[ws])
    p = d.pair_in(ca, ca + 1)
    if p is not None and trim(text, p.close + 1, cb)[0] >= cb:
        c = pair_cand(text, p, "direct", headline=True)
        if c is None:
            return None
    else:
        ca, cb = trim_marks(text, ca, cb)
        if cb <= ca:
            return None
        c = Cand(ca, cb, "direct", headline=True, prio=0)
    c.speaker = sp
    return c


def marked_headline(d: Doc, a: int, b: int) -> Cand | None:
    """``المدير الفني لمنتخبنا "statement"``: a line of an office phrase (1 to 6 words, a
    title word first, no verb) and a quote in marks of 3+ words that ends the line, with no
    colon: a headline.  A name after a title noun (مهرجان "..."، فيلم "...") is none."""
    text, wi, lex = d.text, d.wi, d.lex
    p = d.pair_in(a, b)
    if p is None or p.close >= b or text[p.close + 1 : b].strip(" .!?\u061f\u00a0"):
        return None
    if d.pair_words(p) < MIN_WORDS or is_name_pair(d, p) or ":" in text[a : p.open]:
        return None
    words = _speaker_words(d, a, p.open - a)
    if words is None:
        return None
    ws, we = words
    if we - ws > 6 or not lex.is_title(strip_conj(wi.norms[ws])):
        return None
    sp = phrase_after(lex, wi, ws, we)
    if sp is None or sp.first != ws or sp.last != we - 1:
        return None  # the words do not all belong to the speaker phrase (a verb among them)
    c = pair_cand(text, p, "direct", headline=True)
    if c is not None:
        c.speaker = sp
    return c


def speaker_label(d: Doc, a: int, b: int) -> Cand | None:
    """``* حمدان الشمراني، ظهير الاتحاد:`` alone on its line, its speaker's words in the
    next paragraph: a person's name (2 to 4 words, a first name of person_names.txt) and
    a comma before the rest of the phrase (its title or role), a colon
    ending the line, and a paragraph of 3+ words with no colon of its own after it (a
    direct quote without marks, no headline)."""
    text, wi, lex = d.text, d.wi, d.lex
    colon = text.rfind(":", a, b)
    if colon < 0 or text[colon + 1 : b].strip() or ":" in text[a:colon]:
        return None
    words = _speaker_words(d, a, colon - a)
    if words is None:
        return None
    ws, we = words
    commas = [k for k in range(ws + 1, we) if not COMMAS.isdisjoint(wi.gap(k))]
    if len(commas) != 1 or not 2 <= commas[0] - ws <= 4:
        return None
    name = wi.norms[ws : commas[0]]
    if name[0] not in lex.person_names or not has_name(lex, name):
        return None  # (a person's name before the comma: حمدان الشمراني، ظهير الاتحاد)
    pa = skip_space(text, b)
    pb = text.find("\n", pa)
    pb = len(text) if pb < 0 else pb
    ca, cb = trim_marks(text, pa, pb)
    if cb <= ca or ":" in text[ca:cb] or wi.first_at_or_after(cb) - wi.first_at_or_after(ca) < 3:
        return None
    c = Cand(ca, cb, "direct", prio=0)
    c.speaker = SpeakerSpan(ws, we - 1)
    return c
