"""The headline finder: lines of the form ``SPEAKER: statement``, cut into segments, and
their quotes; the page furniture around them is engine/headline_furniture.py's, and what a
line's lead is (a speaker or a topic) is engine/headline_leads.py's."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence

from quotecheck.engine.candidates import HELD_PAIRS, Cand, pair_cand
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
from quotecheck.engine.headline_body import named_person
from quotecheck.engine.headline_furniture import (
    CUT_REACH,
    FURNITURE_CUT,
    LEAD,
    MARKED_MIN_WORDS,
    MIN_WORDS,
    SOFT_SEPARATOR,
    SPACED_DASH,
    first_colon,
    furniture_before,
    glued_titles,
    label_lead,
    label_prefix,
    next_item,
    repeated_title,
    segments,
    site_suffix,
    stamp_prefix,
    stray_mark,
    title_before,
)
from quotecheck.engine.headline_interview import (
    answer,
    dash_answers,
    label_answers,
    turn_label,
)
from quotecheck.engine.headline_joined import (
    JOINED,
    joined_after,
    joined_party,
    marked_after_conj,
)
from quotecheck.engine.headline_lead_end import (
    COLONS,
    MAX_LEAD_CHARS,
    addressee_start,
    circumstance_cut,
)
from quotecheck.engine.headline_lead_words import (
    MAX_LEAD_WORDS,
    lead_words,
    ticker_speaker,
    whole_complement,
)
from quotecheck.engine.headline_leads import (
    first_person,
    framed,
    parallel_surname,
    speaker_lead,
    subject_before_verb,
)
from quotecheck.engine.headline_lexicon import conj_joined, office_word, person_head
from quotecheck.engine.headline_statement import (
    caption_credit,
    page_tail,
    statement_end,
    topic_statement,
)
from quotecheck.engine.quoted import is_name_pair
from quotecheck.engine.speakers import SpeakerSpan, phrase_after
from quotecheck.lang.ar.morphology import strip_conj
from quotecheck.lang.ar.punctuation import ARABIC_QUESTION

#: What a line must hold to give a headline: a colon (SPEAKER: ...) or a quotation mark
#: (an office phrase then a statement in marks, marked_headline).
_HEADLINE_SIGNS = re.compile("[" + re.escape("".join(COLONS) + "".join(sorted(QUOTE_CHARS)))
                             + "]")


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
        if _HEADLINE_SIGNS.search(text, pos, e):  # (no colon and no mark: no headline)
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
                c.extra.get("after_headline") and a in spoke and parallel_surname(d, c.speaker)
                or c.extra.get(JOINED) and joined_party(d, c.speaker)):
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
        if c.speaker is not None:  # (an interview's answer: its speaker is the previous one)
            events.append((start, c.speaker))
    # an interview's answers: all the interviewee's, the last title's speaker named before
    # the first turn (a body report's speaker is no interviewee: a FAQ after a report)
    leads = [c.speaker for c in cands if c.speaker is not None]
    label_answers(d, cands, leads)
    cands += dash_answers(d, leads)
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


def line_headlines(d: Doc, a: int, b: int) -> list[tuple[int, Cand]]:
    """The headlines of the line [a, b), with where each starts: one per segment, and
    within a segment one after each ``..`` that a headline follows, the statement before
    it then ending at the ``..``."""
    text = d.text
    out: list[tuple[int, Cand]] = []
    todo = deque((n, sa, sb) for n, (sa, sb) in enumerate(segments(text, a, b)))
    todo.extend(glued_titles(d, a, b))
    while todo:
        n, sa, sb = todo.popleft()
        m = LEAD.match(text, sa, sb)
        sa = label_prefix(d, stray_mark(text, m.end() if m else sa, sb), sb)
        if sb - sa < 4:
            continue
        found: list[tuple[int, int, Cand]] = []  # (separator start, segment start, quote)
        again = repeated_title(d, sa, sb)
        if again is not None:  # the title written twice: each copy is a segment
            todo.appendleft((n, again, sb))
            sb = again
        c = headline(d, sa, sb)
        if c is None and n == 0:
            c = marked_headline(d, sa, sb) or speaker_label(d, sa, sb)
        if c is not None:
            found.append((sa, sa, c))
        for sep in SOFT_SEPARATOR.finditer(text, sa, sb):
            if d.inside_pair(sep.start()) or not found and not joined_after(d, sep.end(), sb):
                continue  # only a headline follows a headline (X: ... .. Y: ...), or a lead
                # joined by و follows a dateline (PLACE: news.. ومصدر: ...)
            # a statement of two words passes there (X: ... .. Y: الحكم قتلنا)
            c = headline(d, marked_after_conj(d, skip_space(text, sep.end())), sb,
                         AFTER_SEPARATOR_WORDS)
            if c is None:
                continue
            sp = c.speaker
            if sp is not None and not sp.skip and conj_joined(d.lex, d.wi.norms[sp.first]):
                # وثنائي الاتفاق: the conjunction joins two titles (وزير opens with no و)
                w = d.wi.words[sp.first].text
                c.speaker = SpeakerSpan(sp.first, sp.last, skip=after_first_letter(w))
                c.extra[JOINED] = True
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


#: The priority of a headline whose lead speaks and whose statement is in no marks: as a
#: clause's, so a report inside its statement (NAME : X أكد أن ...) loses to the outer
#: quote that holds it (GUIDELINES: nested quotes give the outer one); marks still win.
NESTING_PRIO = 1


#: Dashes that stand between the items of a list (teams of a fixture, names of a squad).
LIST_DASHES = 3
#: The most words of an item of a list whose items full stops part (a squad's names).
LIST_ITEM_WORDS = 3


def list_statement(text: str, a: int, b: int) -> bool:
    """The text after a headline's colon is a list, not a statement: it holds a star between
    teams (``النادي الإفريقي * النجم``), LIST_DASHES dashes between items (``الأهلي -
    الفيصلي - الوحدة - النصر``; one or two may set off a clause), or more than LIST_DASHES
    items of at most LIST_ITEM_WORDS words parted by full stops (``أيمن بلعيد . صيام بن
    يوسف. زياد بوغطاس. رامي البدوي``: a squad)."""
    inner = text[a:b]
    if "*" in inner or len(SPACED_DASH.findall(inner)) >= LIST_DASHES:
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
    sp = phrase_after(lex, wi, ws, we, after_label=True) if we - ws > 1 else None
    if sp is None or sp.first != ws:
        sp = SpeakerSpan(ws, we - 1)
    return (wi.starts[ws], sp) if speaker_lead(d, sp, ()) else None


#: The fewest words of a statement after a lead that follows ``..`` (X: ... .. Y: الحكم
#: قتلنا; TOPIC.. والحكومة: القرار نهائي).
AFTER_SEPARATOR_WORDS = 2


#: What ends the news item before a lead: a soft separator (..) or a question or exclamation
#: mark before a space (``TEASER؟ مدرب الفريق: "..."``).
LEAD_SEPARATOR = re.compile(SOFT_SEPARATOR.pattern + "|[?!" + ARABIC_QUESTION + r"](?=\s)")


def _after_separator(d: Doc, a: int, colon: int, min_words: int) -> tuple[int, int, bool]:
    """TOPIC.. SPEAKER: ...: where the lead of the line from ``a`` to its colon opens, after
    the last LEAD_SEPARATOR (.., or ؟ and ! before a space: TEASER؟ SPEAKER:) outside marks
    before the colon; the fewest words of the statement (AFTER_SEPARATOR_WORDS after one:
    .. والحكومة: القرار نهائي); whether there is one.  Unchanged without a separator."""
    seps = [m for m in LEAD_SEPARATOR.finditer(d.text, a, colon) if not d.inside_pair(m.start())]
    if not seps:
        return a, min_words, False
    return (marked_after_conj(d, skip_space(d.text, seps[-1].end())),
            min(min_words, AFTER_SEPARATOR_WORDS), True)


def _lead_speaker(d: Doc, a: int, ws: int, we: int, separated: bool) -> SpeakerSpan:
    """The speaker phrase of the lead's words [ws, we), which the line's lead opens at ``a``:
    the letters of its first word before ``a`` skipped (a lead that opens inside a word)
    or, after a soft separator, the conjunction that joins it to the news item before
    (TOPIC.. والحكومة:)."""
    lex, wi = d.lex, d.wi
    sp = phrase_after(lex, wi, ws, we) if we - ws > 1 else None
    if sp is None or sp.first != ws:
        sp = SpeakerSpan(ws, we - 1)
    sp = circumstance_cut(d, whole_complement(d, sp, we))
    if wi.starts[ws] < a:
        return SpeakerSpan(sp.first, sp.last, skip=a - wi.starts[ws])
    if separated and conj_joined(lex, wi.norms[ws]):
        return SpeakerSpan(sp.first, sp.last, skip=after_first_letter(wi.words[ws].text))
    return sp


def headline(d: Doc, a: int, b: int, min_words: int = MIN_WORDS) -> Cand | None:
    """The headline quote of the line [a, b), with its speaker; None when it is none."""
    text, wi, lex = d.text, d.wi, d.lex
    colon = first_colon(text, a, b)
    if colon < 0:
        return None
    a, min_words, separated = _after_separator(d, a, colon, min_words)
    reach = max(a, colon - CUT_REACH * MAX_LEAD_CHARS)  # (a line of 1,000 crumbs: linear)
    cuts = [m for m in FURNITURE_CUT.finditer(text, reach, colon)
            if not d.inside_pair(m.start()) and (furniture_before(d, a, m)
                                                 or title_before(d, a, m))]
    ticker = bool(cuts) and not furniture_before(d, a, cuts[-1])  # TITLE - SPEAKER: ... - TITLE
    if cuts:
        a = skip_space(text, cuts[-1].end())  # DATE - / SECTION » / SITE - SPEAKER: ...
    a = stamp_prefix(d, label_lead(d, a, colon), colon)
    colon -= a
    if colon <= 0:
        return None
    turn = turn_label(d, wi.first_at_or_after(a), wi.first_at_or_after(a + colon))
    if turn is not None:  # س: / ج: an interview's turn, its label no speaker
        return answer(d, a + colon + 1, b) if turn == "answer" else None
    lead_end = addressee_start(d, a, a + colon)
    words = lead_words(d, a, lead_end - a) if colon <= MAX_LEAD_CHARS else None
    if words is None and (colon > MAX_LEAD_CHARS or wi.first_at_or_after(lead_end)
                          - wi.first_at_or_after(a) > MAX_LEAD_WORDS):
        words = ticker_speaker(d, a, lead_end) or office_lead(d, a, lead_end)
    if words is None:
        return None
    ws, we = words
    ca, cb = site_suffix(d, *trim(text, a + colon + 1, b))
    if ticker:
        cb = next_item(d, ca, cb)
    cb = caption_credit(d, ca, page_tail(d, ca, cb), ws, we)
    cb = statement_end(d, ca, body_start(d, ca, cb, ws, we))
    if cb is None or cb <= ca:
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
    if topic_statement(d, first_body, wi.first_at_or_after(cb)):
        return None  # NAME : الجديد بخصوص ...: a teaser of the news item, no one's words
    if not person_head(lex, wi.norms[ws:we]) and reports_another(
            d, first_body, wi.first_at_or_after(cb)):
        return None
    sp = _lead_speaker(d, a, ws, we, separated)
    joined = separated and sp.skip and wi.starts[ws] >= a
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
        held = [q.open for q in d.pairs_between(ca, cb)]
        if held:
            c.extra[HELD_PAIRS] = held  # (its words in marks are its own, no other quote)
    c.speaker = sp
    if joined:
        c.extra[JOINED] = True  # (TOPIC.. والإسعاف: the second party of a two-part title)
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


def marked_headline(d: Doc, a: int, b: int) -> Cand | None:
    """``المدير الفني لمنتخبنا "statement"``: a line of an office phrase (1 to 6 words, a
    title word first, no verb), or of a person's name (named_person) before words in the
    first person (``محمد صلاح "سنقاتل حتى النهاية"``; a singer's song or an author's book in
    marks is in none), and a quote in marks of 3+ words that ends the line, with no colon:
    a headline.  A name after a title noun (مهرجان "..."، فيلم "...") is none, nor a
    country or capital, which is_title accepts but office_word does not (``دمشق - "وكالة
    الأنباء الرسمية"``: a dateline and its source)."""
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
    office = any(office_word(lex, w) for w in {wi.norms[ws], strip_conj(wi.norms[ws])})
    if we - ws > 6 or not office and not (
            named_person(d, ws, we) and first_person(d, p.open + 1, p.close)):
        return None  # (a person's name before marks: their words only in the first person)
    sp = phrase_after(lex, wi, ws, we, after_label=True)
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
