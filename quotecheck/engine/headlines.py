"""The headline finder: lines of the form ``SPEAKER: statement``, cut into segments, and
their quotes; what a line's lead is (a speaker or a topic) is engine/headline_leads.py's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotecheck.engine.candidates import Cand, pair_cand
from quotecheck.engine.evidence import (
    COMMAS,
    QUOTE_CHARS,
    Doc,
    after_first_letter,
    has_name,
    skip_space,
    trim,
    trim_marks,
)
from quotecheck.engine.headline_leads import (
    COLONS,
    MAX_LEAD_CHARS,
    MAX_LEAD_WORDS,
    addressee_start,
    conj_joined,
    first_person,
    framed,
    lead_words,
    named_person,
    office_word,
    parallel_surname,
    person_head,
    speaker_lead,
    subject_before_verb,
    ticker_speaker,
    whole_complement,
)
from quotecheck.engine.quoted import is_name_pair
from quotecheck.engine.speakers import SpeakerSpan, phrase_after
from quotecheck.lang.ar.morphology import strip_conj

#: What cuts a line of page furniture into segments that each may be a headline: a bar
#: (``تصريحات المباراة| نجم الاتحاد: ...``), a tab, a bullet or an arrow between items
#: (``منذ 5 ساعات • NAME: ...``), or a run of 3+ spaces (a menu or a ticker of titles
#: flattened onto one line).
HARD_SEPARATOR = re.compile("[|\uff5c\t\u2022\u25cf\u25a0\u25ba\u25c4]| {3,}")
#: Two or more full stops (or an ellipsis) between two headlines of one title (``X: ...
#: .. Y: ...``): a segment starts after them only where a headline follows.
SOFT_SEPARATOR = re.compile("\\.{2,}|\u2026")
#: What may open a segment before its speaker: bullets, dashes, an item's number (``1.``,
#: ``2)``) and a date stamp (``- 2025-09-02NAME: ...`` in a list of related articles).
LEAD = re.compile(r"[\s\-\u2013\u2014\u2022*\u00b7]*(?:\d{1,2}[.)](?=\s)\s*)?"
                  r"(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?![\d:]))?[\s\-\u2013\u2014]*")


#: A colon between two digits: a time or a score (``10:45``), never a headline's.
_DIGIT_COLON = re.compile(r"(?<=\d)[:\uff1a](?=\d)")
#: What a page sets between a date stamp, a breadcrumb, a section or a site name and a
#: title on the same line: a dash, a slash, a chevron or an angle quote with spaces around
#: it (``14 مايو 2024 - NAME:``، ``الرئيسية » سياسة » NAME:``، ``اقتصاد - NAME:``).
FURNITURE_CUT = re.compile("\\s[-\u2013\u2014/\u00bb\u203a>]\\s")
#: HTML markup written into the text: a tag, or an attribute whose value is a title
#: (``alt="NAME: ..."``, ``title="..."``), which is a segment of its own.
_TAG = re.compile(r"<[^<>\n]*>")
_TITLE_ATTRIBUTE = re.compile("\\b(?:alt|title)\\s*=\\s*([\"'])((?:(?!\\1)[^\n])*)\\1")
#: The most words of a site's name after a title's last dash (``... - هسبريس``).
SITE_WORDS = 3


def first_colon(text: str, a: int, b: int) -> int:
    """Where the first colon (COLONS) of ``text[a:b]`` stands, or -1; a colon between two
    digits (a time stamp, ``10:45``) is none."""
    pos = a
    while True:
        i = min((i for i in (text.find(c, pos, b) for c in COLONS) if i >= 0), default=-1)
        if i < 0 or not _DIGIT_COLON.match(text, i):
            return i
        pos = i + 1


def find_headlines(d: Doc, spoken: Sequence[SpeakerSpan] = ()
                   ) -> tuple[list[Cand], list[tuple[int, SpeakerSpan]]]:
    """The headline quotes of a document, and their speakers as coreference events.
    ``spoken``: the explicit speakers of the body's quotes, which may vouch for a lead that
    the lexicon does not read as a speaker (speaker_lead); a lead nothing vouches for is a
    topic, so it gives neither a quote nor an antecedent."""
    found: list[tuple[int, int, int, Cand]] = []  # (line start, line end, start, quote)
    text = d.text
    pos = 0
    participles: list[tuple[int, SpeakerSpan]] = []
    while pos <= len(text):
        e = text.find("\n", pos)
        e = len(text) if e < 0 else e
        found.extend((pos, e, start, c) for start, c in line_headlines(d, pos, e))
        lead = participle_lead(d, pos, e)
        if lead is not None:
            participles.append(lead)
        pos = e + 1
    # a speaker label's speaker (NAME، ظهير الاتحاد:) vouches for a headline as a body's does
    spoken = list(spoken) + [c.speaker for *_, c in found if not c.headline and c.speaker]
    cands: list[Cand] = []
    events: list[tuple[int, SpeakerSpan]] = []
    spoke: set[int] = set()  # the lines where a headline's lead spoke
    for a, b, start, c in found:
        others = [sp for sp in spoken if not a <= d.wi.starts[sp.first] < b]
        if c.headline and c.speaker is not None and not _lead_speaks(d, c, others) and (
                framed(d, c.speaker) or not first_person(d, c.start, c.end)) and not (
                c.extra.get("after_headline") and a in spoke
                and parallel_surname(d, c.speaker)):
            if c.pair is None:
                continue  # TOPIC : news, no quote
            # TOPIC : "...": the marks make it a quote, the topic is no speaker (nor antecedent)
            c.speaker, c.implicit = None, True
            cands.append(c)
            continue
        if c.headline and c.pair is None:
            c.prio = NESTING_PRIO  # the outer quote: a report inside it is the speaker's words
        if c.headline and c.speaker is not None:
            spoke.add(a)
        cands.append(c)
        events.append((start, c.speaker))
    return cands, sorted(events + participles, key=lambda e: e[0])


def _lead_speaks(d: Doc, c: Cand, others: Sequence[SpeakerSpan]) -> bool:
    """The lead of the headline ``c`` reads as a speaker (speaker_lead); one that does not
    as a whole but opens with a subject before an imperfect (subject_before_verb) is cut to
    that subject, and read again."""
    marked = c.pair is not None
    if speaker_lead(d, c.speaker, others, marked):
        return True
    cut = subject_before_verb(d, c.speaker, others)
    if cut is None:
        return False
    c.speaker = cut
    return speaker_lead(d, cut, others, marked)


def segments(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The line [a, b) cut at its HTML markup (markup_parts) and its hard separators
    (bars, tabs, runs of spaces)."""
    out = []
    for pa, pb in markup_parts(text, a, b):
        for m in HARD_SEPARATOR.finditer(text, pa, pb):
            before = text[pa : m.start()].rstrip()
            if not before or before.endswith(COLONS):
                continue  # (الوزير :    لن نقبل: spaces after a colon cut nothing)
            out.append((pa, m.start()))
            pa = m.end()
        out.append((pa, pb))
    return out


def markup_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The line [a, b) without the HTML markup written into it: the value of an ``alt`` or
    ``title`` attribute (an image's caption, often the article's title) is a part of its
    own; tags and other attributes are dropped; the text between them is a part."""
    if "<" not in text[a:b] and "=" not in text[a:b]:
        return [(a, b)]
    dead = [(m.start(), m.end()) for m in _TAG.finditer(text, a, b)]
    values = []
    for m in _TITLE_ATTRIBUTE.finditer(text, a, b):
        dead.append((m.start(), m.end()))
        values.append((m.start(2), m.end(2)))
    dead = sorted(dead)
    out, pos = [], a
    for da, db in dead:
        if da > pos:
            out.append((pos, da))
        pos = max(pos, db)
    out.append((pos, b))
    return sorted([p for p in out if text[p[0]:p[1]].strip()] + values)


def stray_mark(text: str, a: int, b: int) -> int:
    """Where the segment [a, b) opens past a quotation mark that opens it and stands alone
    before its first colon (``"الوزير : ... حين قال له "كفى``: the title set in marks, or
    the statement's mark moved to the front); else ``a``.  A lead with a mark of its own
    (``"فيلم" : ...``) keeps it."""
    colon = text.find(":", a, b)
    if a >= b or text[a] not in QUOTE_CHARS or colon < 0:
        return a
    if sum(ch in QUOTE_CHARS for ch in text[a:colon]) != 1:
        return a
    return skip_space(text, a + 1)


def line_headlines(d: Doc, a: int, b: int) -> list[tuple[int, Cand]]:
    """The headlines of the line [a, b), with where each starts: one per segment, and
    within a segment one after each ``..`` that a headline follows, the statement before
    it then ending at the ``..``."""
    text = d.text
    out: list[tuple[int, Cand]] = []
    todo = [(n, sa, sb) for n, (sa, sb) in enumerate(segments(text, a, b))]
    todo += glued_titles(d, a, b)
    while todo:
        n, sa, sb = todo.pop(0)
        m = LEAD.match(text, sa, sb)
        sa = label_prefix(d, stray_mark(text, m.end() if m else sa, sb), sb)
        if sb - sa < 4:
            continue
        found: list[tuple[int, int, Cand]] = []  # (separator start, segment start, quote)
        again = repeated_title(d, sa, sb)
        if again is not None:  # the title written twice: each copy is a segment
            todo.insert(0, (n, again, sb))
            sb = again
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
            if sp is not None and not sp.skip and conj_joined(d.lex, d.wi.norms[sp.first]):
                # وثنائي الاتفاق: the conjunction joins two titles (وزير opens with no و)
                w = d.wi.words[sp.first].text
                c.speaker = SpeakerSpan(sp.first, sp.last, skip=after_first_letter(w))
            c.extra["after_headline"] = True  # (X: ... .. Y: ...: Y stands where X stood)
            if found and found[-1][2].end > sep.start():
                prev = found[-1][2]
                ca, cb = trim_marks(text, prev.start, sep.start())
                if cb <= ca:
                    continue
                prev.start, prev.end, prev.pair = ca, cb, None
            found.append((sep.start(), sep.end(), c))
        out.extend((start, c) for _, start, c in found)
    return out


#: A sentence's end written onto the next word with no space (``... المنطقة".NAME: ...``):
#: a page's blocks flattened into one line, where a title may follow.
_GLUED_END = re.compile("[.!?\u061f][\"\u201d\u00bb]?(?=[^\\W\\d_])")


def glued_titles(d: Doc, a: int, b: int) -> list[tuple[int, int, int]]:
    """Segments (number, start, end) of titles written onto the end of a sentence in the
    line [a, b) with no space (``...في المنطقة".ميقاتي: لبنان لا يريد الحرب``): each starts
    after the glued end when a colon follows within MAX_LEAD_CHARS, and its statement ends
    at the next colon or glued end (the flattened page goes on with the next block)."""
    text = d.text
    out = []
    for m in _GLUED_END.finditer(text, a, b):
        colon = first_colon(text, m.end(), min(b, m.end() + MAX_LEAD_CHARS))
        if colon < 0 or d.inside_pair(m.end()):
            continue
        k = d.wi.first_at_or_after(m.start()) - 1  # the word the full stop ends
        if k < 0 or d.wi.ends[k] - d.wi.starts[k] < 3:
            continue  # (1.5 م.د. في ...: an abbreviation's full stops)
        nxt = _GLUED_END.search(text, colon, b)
        end = min(b, nxt.start() if nxt else b)
        later = first_colon(text, colon + 1, end)
        out.append((1, m.end(), later if later > 0 else end))
    return out


def label_prefix(d: Doc, a: int, b: int) -> int:
    """Where the segment [a, b) goes on past a page label and its colon that open it before
    another colon (``عاجل: NAME: ...``، ``شاهد: ...: ...``): a label of labels.txt in one or
    two words names the section, and the headline follows it; else ``a``."""
    text, wi, lex = d.text, d.wi, d.lex
    colon = first_colon(text, a, b)
    if colon < 0 or first_colon(text, colon + 1, b) < 0:
        return a
    ws, we = wi.first_at_or_after(a), wi.first_at_or_after(colon)
    if not 1 <= we - ws <= 2 or wi.starts[ws] < a:
        return a
    head = wi.norms[ws:we]
    if " ".join(head) not in lex.labels and (len(head) > 1 or head[0] not in lex.labels):
        return a
    return skip_space(text, colon + 1)


#: The most words of a page label that opens a lead with no mark after it (اقرأ أيضا NAME:).
LABEL_WORDS = 3


def label_lead(d: Doc, a: int, colon: int) -> int:
    """Where a lead that opens with a page label of headline_leads.json page_labels and no
    mark after it (``اقرأ أيضا وزير الخارجية:``، ``عاجل وزير الدفاع:``) goes on with a
    speaker: the word after the label, when that word is an office, an unnamed source or a
    first name; else ``a``.  An affair's or event's label is none (قضية وليد زروق :)."""
    wi, lex = d.wi, d.lex
    ws, we = wi.first_at_or_after(a), wi.first_at_or_after(colon)
    if ws < len(wi.starts) and wi.starts[ws] < a:
        return a
    for n in range(min(LABEL_WORDS, we - ws - 1), 0, -1):
        if " ".join(wi.norms[ws : ws + n]) not in lex.headline_leads["page_labels"]:
            continue  # (قضية NAME :، كأس ديفيس :: an affair's or event's label, a topic)
        w = wi.norms[ws + n]
        if office_word(lex, w) or w in lex.anonymous or lex.is_first_name(w):
            return wi.starts[ws + n]
        return a
    return a


def repeated_title(d: Doc, a: int, b: int) -> int | None:
    """Where the segment's lead and colon (``NAME:``) come again after its colon: the title
    written twice on one line (a caption then the title, or a title repeated), whose
    second copy starts there; None when the lead does not recur."""
    text = d.text
    colon = first_colon(text, a, min(b, a + MAX_LEAD_CHARS + 1))
    if colon < 0:
        return None
    lead = text[a : colon + 1].strip()
    if len(lead) < 3:
        return None
    k = text.find(lead, colon + 1, b)
    return k if k > colon + 1 else None


#: The priority of a headline whose lead speaks and whose statement is in no marks: as a
#: clause's, so a report inside its statement (NAME : X أكد أن ...) loses to the outer
#: quote that holds it (GUIDELINES: nested quotes give the outer one); marks still win.
NESTING_PRIO = 1
#: The fewest words of a headline's statement.
MIN_WORDS = 3
#: The fewest words of a statement wholly in marks after a speaker's lead (الوزير : "لن أستقيل").
MARKED_MIN_WORDS = 2


#: Dashes that stand between the items of a list (teams of a fixture, names of a squad).
LIST_DASHES = 3
_LIST_DASHES = re.compile("\\s[-\u2013\u2014]\\s")
#: The most words of an item of a list whose items full stops part (a squad's names).
LIST_ITEM_WORDS = 3


def list_statement(text: str, a: int, b: int) -> bool:
    """The text after a headline's colon is a list, not a statement: it holds a star between
    teams (``النادي الإفريقي * النجم``), LIST_DASHES dashes between items (``الأهلي -
    الفيصلي - الوحدة - النصر``; one or two may set off a clause), or more than LIST_DASHES
    items of at most LIST_ITEM_WORDS words parted by full stops (``أيمن بلعيد . صيام بن
    يوسف. زياد بوغطاس. رامي البدوي``: a squad)."""
    inner = text[a:b]
    if "*" in inner or len(_LIST_DASHES.findall(inner)) >= LIST_DASHES:
        return True
    items = [x for x in inner.split(".") if x.strip()]  # (أيمن بلعيد . صيام بن يوسف. ...)
    return len(items) > LIST_DASHES and all(len(x.split()) <= LIST_ITEM_WORDS for x in items)


#: How far into a statement its own subject and verb of saying may reach.
REPORT_REACH = 5


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


def participle_lead(d: Doc, a: int, b: int) -> tuple[int, SpeakerSpan] | None:
    """``الرئيس محذرا: لن نسمح ...``: a line whose lead is a speaker phrase then the
    participle of a verb of saying right before the colon; the cue finder reports the
    statement, and the phrase, which reads as a headline speaker (speaker_lead), is the
    participle's subject: an event at the phrase's start, None when the line is none."""
    text, wi, lex = d.text, d.wi, d.lex
    m = LEAD.match(text, a, b)
    a = m.end() if m else a
    colon = first_colon(text, a, b)
    if colon < 0 or colon - a > MAX_LEAD_CHARS or not text[colon + 1 : b].strip():
        return None
    k = wi.first_at_or_after(colon) - 1  # the participle, the lead's last word
    if k < 1 or wi.starts[k] <= a or text[wi.ends[k] : colon].strip():
        return None
    form = lex.cue(wi.norms[k])
    if form is None or form.form != "participle":
        return None
    words = lead_words(d, a, wi.starts[k] - a)
    if words is None or words[1] != k:
        return None
    ws, we = words
    sp = phrase_after(lex, wi, ws, we) if we - ws > 1 else None
    if sp is None or sp.first != ws:
        sp = SpeakerSpan(ws, we - 1)
    return (wi.starts[ws], sp) if speaker_lead(d, sp, ()) else None


def headline(d: Doc, a: int, b: int, min_words: int = MIN_WORDS) -> Cand | None:
    """The headline quote of the line [a, b), with its speaker; None when it is none."""
    text, wi, lex = d.text, d.wi, d.lex
    colon = first_colon(text, a, b)
    if colon < 0:
        return None
    seps = [m for m in SOFT_SEPARATOR.finditer(text, a, colon) if not d.inside_pair(m.start())]
    if seps:
        a = skip_space(text, seps[-1].end())  # TOPIC.. SPEAKER: the speaker opens after ..
    cuts = [m for m in FURNITURE_CUT.finditer(text, a, colon) if not d.inside_pair(m.start())
            and furniture_before(d, a, m)]
    if cuts:
        a = skip_space(text, cuts[-1].end())  # DATE - / SECTION » / SITE - SPEAKER: ...
    a = label_lead(d, a, colon)
    colon -= a
    if colon <= 0:
        return None
    lead_end = addressee_start(d, a, a + colon)
    words = lead_words(d, a, lead_end - a) if colon <= MAX_LEAD_CHARS else None
    if words is None and (colon > MAX_LEAD_CHARS or wi.first_at_or_after(lead_end)
                          - wi.first_at_or_after(a) > MAX_LEAD_WORDS):
        words = ticker_speaker(d, a, lead_end) or office_lead(d, a, lead_end)
    if words is None:
        return None
    ws, we = words
    ca, cb = site_suffix(d, *trim(text, a + colon + 1, b))
    cb = body_start(d, ca, cb, ws, we)
    if cb <= ca:
        return None
    p = d.pair_in(ca, ca + 1)
    whole = p is not None and trim(text, p.close + 1, cb)[0] >= cb  # the statement in marks
    short = wi.first_at_or_after(cb) - wi.first_at_or_after(ca) < min_words
    if short and not (whole and d.pair_words(p) >= MARKED_MIN_WORDS):
        return None
    if list_statement(text, ca, cb):
        return None
    if " ".join(wi.norms[ws:we]) in lex.countries and any(
            ch.isdigit() for ch in text[ca:cb]) and not first_person(d, ca, cb):
        return None  # مصر : مقتل 4 سياح ...: a country's dateline before a count, no speech
        # (إيران: سنرد خلال 24 ساعة: the first person speaks for the state)
    first_body = wi.first_at_or_after(ca)
    if first_body < len(wi.norms) and wi.norms[first_body] in lex.time_words and not (
            person_head(lex, wi.norms[ws:we])):
        return None  # مقابلات المستوى الأول : الأربعاء 17 ماي ...: a schedule, not a statement
        # (وزير التربية: الأحد عطلة: an office's statement may open with a day)
    if not person_head(lex, wi.norms[ws:we]) and reports_another(
            d, first_body, wi.first_at_or_after(cb)):
        return None
    sp = phrase_after(lex, wi, ws, we) if we - ws > 1 else None
    if sp is None or sp.first != ws:
        sp = SpeakerSpan(ws, we - 1)
    sp = whole_complement(d, sp, we)
    if wi.starts[ws] < a:
        sp = SpeakerSpan(sp.first, sp.last, skip=a - wi.starts[ws])
    if short and not speaker_lead(d, sp, (), marked=True):
        return None  # a short statement in marks is a quote only after a speaker's lead
    if whole:
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


#: How many words after a verb of saying the lead's word, or the subject phrase holding it,
#: may stand (قال اليوم وزير ...); the most words of that phrase read.
BODY_SUBJECT_REACH = 3
SUBJECT_WORDS = 10


def body_start(d: Doc, a: int, b: int, ws: int, we: int) -> int:
    """Where the statement [a, b) of the headline whose lead is words [ws, we) runs into
    the article's first sentence on the same line (``وزير الصحة: لا إصابات جديدة أكد وزير
    الصحة في تصريح ...``): a verb of saying in the perfect whose subject holds a word of the
    lead (the subject phrase starting within BODY_SUBJECT_REACH words, or those words);
    else ``b``."""
    wi, lex = d.wi, d.lex
    lead = {w for x in wi.norms[ws:we] for w in (x, strip_conj(x)) if len(w) >= 3}
    for k in range(wi.first_at_or_after(a) + 1, wi.first_at_or_after(b)):
        form = lex.cue(wi.norms[k])
        if form is None or form.form != "perfect" or d.inside_pair(wi.starts[k]):
            continue
        n = min(len(wi.norms), k + 1 + SUBJECT_WORDS)
        sp = phrase_after(lex, wi, k + 1, n)
        end = sp.last + 1 if sp is not None and sp.first <= k + BODY_SUBJECT_REACH else k + 1
        if not lead.isdisjoint(wi.norms[k + 1 : max(end, k + 1 + BODY_SUBJECT_REACH)][
                : SUBJECT_WORDS]):
            return trim(d.text, a, wi.starts[k])[1]
    return b


def furniture_before(d: Doc, a: int, cut: re.Match[str]) -> bool:
    """The separator ``cut`` ends page furniture that opens the lead at ``a``: any
    separator but a dash does (a breadcrumb's slash or chevron); before a dash, a date or
    time stamp (digits), a section label of labels.txt or a medium's name (media.txt); a
    dash between two teams or places (النجم الساحلي - النادي الصفاقسي :) is a fixture."""
    text, wi, lex = d.text, d.wi, d.lex
    if text[cut.start() + 1] not in "-\u2013\u2014":
        return True
    before = text[a : cut.start()]
    if any(ch.isdigit() for ch in before):
        return True
    ws, we = wi.first_at_or_after(a), wi.first_at_or_after(cut.start())
    if we <= ws:
        return False
    head = wi.norms[ws:we]
    return (" ".join(head) in lex.labels or head[0] in lex.labels or head[0] in lex.media
            or " ".join(head[:2]) in lex.media)


#: The most words of a lead that is one office phrase (office_lead).
OFFICE_LEAD_WORDS = 10


def office_lead(d: Doc, a: int, end: int) -> tuple[int, int] | None:
    """Words [ws, we) of a lead longer than MAX_LEAD_WORDS (up to OFFICE_LEAD_WORDS) that
    is one speaker phrase opening with an office (``المتحدث باسم وزارة الصحة في غزة NAME:``):
    the office, its complements and the holder's name; else None."""
    wi, lex = d.wi, d.lex
    words = lead_words(d, a, end - a, OFFICE_LEAD_WORDS)
    if words is None:
        return None
    ws, we = words
    if not lex.is_title(wi.norms[ws]) or wi.norms[ws] in lex.countries:
        return None
    sp = phrase_after(lex, wi, ws, we)
    return words if sp is not None and sp.first == ws and sp.last == we - 1 else None


def site_suffix(d: Doc, a: int, b: int) -> tuple[int, int]:
    """The statement [a, b) without what a page appends to its title: a bracketed tag of at
    most SITE_WORDS words (``... (فيديو)``), and the site's name after one spaced dash
    (``NAME: ... - هسبريس``، ``... - سكاي نيوز عربية``): at most SITE_WORDS words after the
    only dash, MIN_WORDS or more before it; two dashes set off a clause."""
    text, wi = d.text, d.wi
    tag = _TAIL_TAG.search(text, a, b)
    if tag is not None and len(tag.group(1).split()) <= SITE_WORDS and (
            wi.first_at_or_after(tag.start()) - wi.first_at_or_after(a) >= MARKED_MIN_WORDS):
        a, b = trim(text, a, tag.start())  # (... شعبنا» (فيديو): the page's media tag)
    dashes = [m for m in _SPACED_DASH.finditer(text, a, b) if not d.inside_pair(m.start())]
    if len(dashes) != 1:
        return a, b
    m = dashes[0]
    if wi.first_at_or_after(b) - wi.first_at_or_after(m.end()) > SITE_WORDS or (
            wi.first_at_or_after(m.start()) - wi.first_at_or_after(a) < MIN_WORDS):
        return a, b
    return trim(text, a, m.start())


_SPACED_DASH = re.compile("\\s[-\u2013\u2014]\\s")
#: A bracketed tag that ends a title (``(فيديو)``، ``[صور]``): the page's, not the speaker's.
_TAIL_TAG = re.compile(r"\s[(\[]([^()\[\]\n]{1,40})[)\]]\s*$")


def marked_headline(d: Doc, a: int, b: int) -> Cand | None:
    """``المدير الفني لمنتخبنا "statement"``: a line of an office phrase (1 to 6 words, a
    title word first, no verb), or of a person's name (named_person) before words in the
    first person (``محمد صلاح "سنقاتل حتى النهاية"``; a singer's song or an author's book in
    marks is in none), and a quote in marks of 3+ words that ends the line, with no colon:
    a headline.  A name after a title noun (مهرجان "..."، فيلم "...") is none."""
    text, wi, lex = d.text, d.wi, d.lex
    p = d.pair_in(a, b)
    if p is None or p.close >= b or text[p.close + 1 : b].strip(" .!?\u061f\u00a0"):
        return None
    if d.pair_words(p) < MIN_WORDS or is_name_pair(d, p) or ":" in text[a : p.open]:
        return None
    words = lead_words(d, a, p.open - a)
    if words is None:
        return None
    ws, we = words
    office = any(lex.is_title(w) for w in {wi.norms[ws], strip_conj(wi.norms[ws])})
    if we - ws > 6 or not office and not (
            named_person(d, ws, we) and first_person(d, p.open + 1, p.close)):
        return None  # (a person's name before marks: their words only in the first person)
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
    words = lead_words(d, a, colon - a)
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
