"""The finder of attributions after a quote: a pair no cue claimed, followed by a verb and
its subject (" ...", قال الوزير), a source note (على حد قوله) or a dash and a name."""

from __future__ import annotations

import re

from quotecheck.engine.after_manner import manner_attribution
from quotecheck.engine.candidates import Cand, pair_cand
from quotecheck.engine.clauses import object_cue
from quotecheck.engine.cue_speaker import statement_subject
from quotecheck.engine.evidence import Doc, clause_words, gap_has_text, trim
from quotecheck.engine.licensed import statement_noun
from quotecheck.engine.quoted import (
    NAME_PAIR_WORDS,
    is_name_pair,
    request_object,
    spelled_letters,
    titled_pair,
)
from quotecheck.engine.speakers import (
    SpeakerSpan,
    cue_with_object,
    phrase_after,
    speaker_word_list,
)
from quotecheck.find.marks import ALL_MARKS, MarkPair
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj, without_article


def find_after_quote(d: Doc, claimed: set[int]) -> list[Cand]:
    """Quotes attributed after their marks, for the pairs of 3+ words not in ``claimed``."""
    wi = d.wi
    n = len(wi.norms)
    out: list[Cand] = []
    prev: MarkPair | None = None
    for p in d.pairs:
        before, prev = prev, p
        if p.open in claimed:
            continue
        if d.pair_words(p) == 2:
            c = colon_report(d, p)
            if c is not None:
                out.append(c)
            continue
        if d.pair_words(p) < 3:
            continue
        c = colon_report(d, p)
        if c is not None:
            out.append(c)
            continue
        if before is not None and before.open in claimed and continues_quote(d, before, p):
            c = pair_cand(d.text, p, "direct", implicit=True)
            if c is not None:
                out.append(c)
            continue
        k = d.word_after(p.close + 1)
        if k >= n:
            continue
        gap = d.text[p.close + 1 : wi.starts[k]]
        dash = not DASHES.isdisjoint(gap)
        if "\n" in gap or "." in gap or ":" in gap or dash:
            c = None
            if dash and "\n" not in gap:
                # ("..." - قال الوزير: a verb of saying after the dash attributes as usual)
                c = after_pair(d, p, k) if d.lex.cue(wi.norms[k]) else dash_speaker(d, p, k)
            elif TITLE_GAP.fullmatch(gap.strip()) and opens_line(d.text, p.open):
                c = title_speaker(d, p, k)
            if c is not None:
                out.append(c)
            continue
        c = after_pair(d, p, k)
        if c is not None:
            out.append(c)
    c = cut_off_quote(d)
    if c is not None:
        out.append(c)
    return out


#: The fewest words of a quote cut off by the end of an excerpt.
CUT_OFF_WORDS = 8
_OPENERS = frozenset("\"“«")
_ENDS = frozenset(".!?\u061f\u2026") | ALL_MARKS


def cut_off_quote(d: Doc) -> Cand | None:
    """A quote still open where the text stops mid-sentence (an excerpt cut off inside it):
    an opening mark after a colon or at a line's start, no closing mark after it (only
    marks that open its later paragraphs), 8+ words, and no sentence end at the text's
    end.  The speaker is the last one before it (implicit); a verb of saying that opens the
    colon's sentence gives its own."""
    text, wi = d.text, d.wi
    end = len(text.rstrip())
    if end == 0 or text[end - 1] in _ENDS:
        return None
    last = max(text.rfind(ch) for ch in ALL_MARKS)
    if last < 0:
        return None
    first = last  # the first mark of a run of paragraph-opening marks at the end
    while True:
        prev = max(text.rfind(ch, 0, first) for ch in ALL_MARKS)
        if prev < 0 or text[prev] != text[first] or not opens_line(text, first):
            break
        if d.pair_at(prev) is not None or d.inside_pair(prev):
            break
        first = prev
    if text[first] not in _OPENERS or d.inside_pair(first) or d.pair_in(first, first + 1):
        return None
    before = text[:first].rstrip(" \t\u00a0")
    reported = not before.endswith(":") and not opens_line(text, first) and _cue_opens(
        d, first)
    if not (before.endswith(":") or opens_line(text, first) or reported):
        return None
    a, b = trim(text, first + 1, end)
    i, j = wi.first_at_or_after(a), wi.first_at_or_after(b)
    if j - i < CUT_OFF_WORDS or any(d.lex.cue(w) is not None for w in wi.norms[i:j]):
        return None  # (a verb of saying inside: the text goes on reporting, no quote)
    c = Cand(a, b, "direct", prio=2, implicit=True)
    if before.endswith(":") or reported:
        k = d.word_after(first) - 1
        s = d.sentence_start(k)
        form = d.lex.cue(wi.norms[s]) if 0 <= s < k else None
        sp = phrase_after(d.lex, wi, s + 1, k + 1) if form is not None else None
        if form is not None and form.form in ("perfect", "imperfect"):
            c.cue, c.cue_form = (wi.starts[s], wi.ends[s]), form
            c.speaker, c.implicit = sp, sp is None
    return c


#: The most words between the verb of saying that opens a sentence and a quote cut off
#: right after its speaker (وأوضح مدرب الفريق "...).
CUE_OPEN_REACH = 8


def _cue_opens(d: Doc, first: int) -> bool:
    """The sentence of the opening mark at ``first`` opens with a verb of saying at most
    CUE_OPEN_REACH words before it, with no comma, colon or other mark between: the mark
    opens that verb's quote (وأوضح مدرب الفريق "... cut off)."""
    wi = d.wi
    k = d.word_after(first) - 1
    s = d.sentence_start(k)
    if k < 0 or not 0 <= s <= k or k - s >= CUE_OPEN_REACH:
        return False
    form = d.lex.cue(wi.norms[s])
    after = d.word_after(first)
    if after >= len(wi.norms) or wi.norms[after] in d.lex.relative_pronouns:
        return False  # وقال الرئيس "الذي وصل ...: the speaker's relative clause, a stray mark
    return (form is not None and form.form in ("perfect", "imperfect")
            and not any(ch in d.text[wi.ends[s] : first] for ch in ",:\u060c") and all(
                ch not in ALL_MARKS for ch in d.text[wi.ends[s] : first]))


#: Dashes between a quote and its speaker (``"..." - الوزير``، ``“...” – الناس``).
DASHES = frozenset("-\u2013\u2014")
#: The gap between a quote that opens a title and the clause naming its speaker
#: (``“...”.. طفل في غزة يبكي``), matched on the gap without its spaces (a leading ``\s*``
#: would make a search over a long run of spaces quadratic).
TITLE_GAP = re.compile(r"\.{2,}|\u2026")


def opens_line(text: str, pos: int) -> bool:
    """Nothing but spaces stands between the line's start and ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    return not text[start:pos].strip()


def title_speaker(d: Doc, p: MarkPair, k: int) -> Cand | None:
    """``“statement”.. SPEAKER verb ...``: a quote opening a title line, and the subject of
    the clause after its ``..`` as the speaker (a headline, no cue)."""
    wi = d.wi
    e = d.text.find("\n", p.close)
    last = wi.first_at_or_after(len(d.text) if e < 0 else e)
    if len(wi.norms[k]) < 3:
        return None  # لو، ما، قد: a particle opens the clause, no noun phrase of a speaker
    sp = phrase_after(d.lex, wi, k, min(last, k + 12), after_label=True)
    if sp is None:
        return None
    c = pair_cand(d.text, p, "direct", headline=True)
    if c is not None:
        c.speaker = SpeakerSpan(sp.first, sp.last, issuer=True)  # (as dash_speaker's)
    return c


#: The longest sentence read from its verb of saying to the colon before a quote.
COLON_REACH = 30


def colon_report(d: Doc, p: MarkPair) -> Cand | None:
    """``وردّد المواطن الذي ... إلى ركام: “...”``: a sentence that opens with a verb of saying
    (a licensed one too) and ends in a colon right before the marks; the verb's subject
    speaks them (the cue finder reads no further than its reach, or licenses ردّد only
    right before its quote)."""
    wi, lex = d.wi, d.lex
    k = d.word_after(p.open) - 1
    if k < 1 or wi.ends[k] > p.open:
        return None
    gap = d.text[wi.ends[k] : p.open]
    if ":" not in gap or "\n" in gap or titled_pair(d, p):
        return None  # (تحت عنوان: "...": a title)
    s = d.sentence_start(k)
    if k - s > COLON_REACH or s >= k:
        return None
    w = wi.norms[s]
    form = lex.cue(w) or lex.licensed_lookup.get(w)
    if form is None or form.form not in ("perfect", "imperfect") or lex.is_title(w):
        return None
    sp = phrase_after(lex, wi, s + 1, k + 1)
    if sp is None:
        return None
    c = pair_cand(d.text, p, "direct", cue=(wi.starts[s], wi.ends[s]), cue_form=form)
    if c is not None:
        c.speaker = sp
    return c


def continues_quote(d: Doc, before: MarkPair, p: MarkPair) -> bool:
    """Pair ``p`` fills a paragraph of its own right after the quote in ``before`` (only
    spaces and punctuation between them): the quote goes on in a new paragraph, the same
    speaker's, with no cue."""
    text = d.text
    gap = text[before.close + 1 : p.open]
    if "\n" not in gap or any(ch.isalnum() for ch in gap):
        return False
    e = text.find("\n", p.close)
    rest = text[p.close + 1 : len(text) if e < 0 else e]
    return not any(ch.isalnum() for ch in rest)


def account_end(d: Doc, k: int) -> int | None:
    """The last word of a source note starting at word k (حسب قوله، على حد تعبيرها): None
    when no note starts there, -1 when its words stand without their noun."""
    norms, lex = d.wi.norms, d.lex
    for rest in lex.account_rest.get(norms[k], ()):
        j = k + 1 + len(rest)
        if tuple(norms[k + 1 : j]) == rest:
            return j if j < len(norms) and norms[j].startswith(lex.account_nouns) else -1
    return None


def after_pair(d: Doc, p: MarkPair, k: int) -> Cand | None:
    """The quote in ``p`` when word k right after it attributes it: a source note (its
    speaker implicit) or a verb of saying with its subject."""
    wi, lex = d.wi, d.lex
    j = account_end(d, k)
    if j is not None:
        if j < 0:
            return source_note(d, p, k) if strip_conj(wi.norms[k]) in lex.source_notes else None
        first = d.word_after(p.open)  # (marks inside a sentence: part of it, a mixed quote)
        mid = first > 0 and not d.breaks[first]
        if mid and request_object(d, first):
            return None  # ودعا الوزير إلى "التقليل ..."، بحسب تعبيره: a request's object
        c = pair_cand(d.text, p, "mixed" if mid else "direct", cue=(wi.starts[k], wi.ends[j]))
        if c is not None:
            c.implicit = True
        return c
    w = wi.norms[k]
    if strip_conj(w) in lex.source_notes or _relative_head(lex, w):
        return source_note(d, p, k)
    c = led_attribution(d, p, k) or manner_attribution(d, p, k)
    if c is not None:
        return c
    form = lex.cue(w)
    if form is None or form.form not in ("perfect", "imperfect") or lex.is_title(w):
        return None
    if spelled_letters(d, p, d.pair_words(p)):
        return None  # "بي بي سي" كشفت: an acronym, the verb's subject
    if titled_pair(d, p):
        return None  # يحمل عنوان "..." تروي فيه: the title of a work, no speech
    if d.pair_words(p) <= NAME_PAIR_WORDS and reports_own_clause(d, k):
        return None  # "الجوهرة أف أم"، أوضح الهاروني أنه: a name, the verb reports its clause
    sp = phrase_after(lex, wi, k + 1, min(len(wi.norms), k + 12))
    c = pair_cand(d.text, p, "direct", cue=(wi.starts[k], wi.ends[k]), cue_form=form)
    if c is not None:
        c.speaker = sp
        c.implicit = sp is None
    return c


def led_attribution(d: Doc, p: MarkPair, k: int) -> Cand | None:
    """``"..."، كما قال وزير الخارجية`` / ``"..."، كما جاء في البيان`` / ``"..."، هذا ما قاله
    رئيس الوزراء``: كما ("as") before a verb of saying or a statement cue, or a demonstrative
    and ما before a verb of saying with the object pronoun, right after the marks attributes
    them (a direct quote), when the verb has no complementizer or colon of its own (كما أكد أن
    ...: "also", the speaker's next report)."""
    wi, lex = d.wi, d.lex
    n = len(wi.norms)
    w = wi.norms[k]
    if w in lex.after_quote_leads and k + 1 < n and not gap_has_text(wi, k + 1):
        v = k + 1
        form = lex.cue(wi.norms[v]) or d.licensed.get(v)
    elif (w in lex.after_quote_demonstratives and k + 2 < n
          and wi.norms[k + 1] == clause_words().comment_relative
          and not gap_has_text(wi, k + 1) and not gap_has_text(wi, k + 2)):
        v = k + 2
        form = object_cue(lex, wi.norms[v])
    else:
        return None
    if form is None or form.form not in ("perfect", "imperfect") or reports_own_clause(d, v):
        return None
    if is_name_pair(d, p):
        return None  # من "جبهة الإنقاذ الوطني" كما أعلن سابقا: a name, "as announced"
    if v in d.licensed and lex.cue(wi.norms[v]) is None:  # كما جاء في البيان: its issuer
        c = pair_cand(d.text, p, "direct", cue=(wi.starts[k], wi.ends[v]), cue_form=form)
        if c is not None:
            c.implicit = True
        return c
    sp = phrase_after(lex, wi, v + 1, min(n, v + 12))
    c = pair_cand(d.text, p, "direct", cue=(wi.starts[v], wi.ends[v]), cue_form=form)
    if c is not None:
        c.speaker = sp
        c.implicit = sp is None
    return c


#: How far after a verb of saying its own complementizer or colon may stand.
OWN_CLAUSE_REACH = 15


def reports_own_clause(d: Doc, k: int) -> bool:
    """The verb at word k has its own complementizer or colon later in its sentence (no
    other cue before it, not إلا أن / بعد أن): it reports that clause, not the pair before
    it."""
    wi, lex = d.wi, d.lex
    for j in range(k + 1, min(len(wi.norms), k + 1 + OWN_CLAUSE_REACH)):
        gap = wi.gap(j)
        if d.breaks[j] or "\n" in gap:
            return False
        if ":" in gap:
            return True
        if lex.complementizer(wi.norms[j]):
            return wi.norms[j - 1] not in lex.not_after
        if lex.cue(wi.norms[j]) is not None:
            return False
    return False


#: Words at most between a source note's head and its source (وفق ما صرح به، حسب ما أفاد به).
NOTE_FILLERS = 4


def _source_word(lex: Lexicon, w: str) -> bool:
    """A word that opens a source: a title, an unnamed source, a body, a first name."""
    bare = without_article(w)
    return (lex.is_title(w) or w in lex.anonymous or bare in lex.anonymous or lex.is_body(w)
            or bare == w and w in lex.person_names)


def _relative_head(lex: Lexicon, w: str) -> bool:
    """A source note's head with its relative ما written on it (حسبما، وفقما)."""
    heads = speaker_word_list("relative_note_heads", lex)
    return w in heads or strip_conj(w) in heads


def _cue_before(d: Doc, first: int) -> bool:
    """A verb of saying (or a licensed cue) stands in the sentence before word ``first``."""
    wi, lex = d.wi, d.lex
    return any(lex.cue(wi.norms[i]) is not None or i in d.licensed
               for i in range(d.sentence_start(first), first))


def source_note(d: Doc, p: MarkPair, k: int) -> Cand | None:
    """``"..."، حسب ما صرح به وزير الداخلية`` / ``"..."، بحسب مصدر أمني``: a source note right
    after marks names who said them (a direct quote; after unmarked text the same note is no
    quote).  The source must be a speaker: a title, an unnamed source, a body or a first name
    (not حسب القانون، وفق روايته).  Marks inside a sentence are part of its clause: a quote
    only when the note is a relative clause with a verb of statement (حسبما أكده، وفق ما
    أفاد به) and no verb of saying comes before them in the sentence (لإعداد "..."، حسبما
    أكده الناطق باسم الوزارة: a mixed quote of the note's source)."""
    wi, lex = d.wi, d.lex
    first = d.word_after(p.open)
    mid = first > 0 and not d.breaks[first]
    relative = _relative_head(lex, wi.norms[k])
    verb = False
    j = last = k + 1
    while j < len(wi.norms) and j - k <= NOTE_FILLERS:
        w = wi.norms[j]
        if w in lex.source_note_fillers:
            relative = relative or w in speaker_word_list("relative_ma", lex)
        elif lex.cue(w) is not None or cue_with_object(lex, w) is not None:
            verb = True
        elif relative and not verb and j in d.licensed:
            break  # (وفق ما جاء في بلاغ للوزارة: a statement cue, its issuer speaks)
        elif not (verb and w in lex.time_words):  # (حسبما أكده اليوم الأحد الناطق ...)
            break
        j += 1
        last = j if w not in lex.time_words else last
    if relative and not verb and j < len(wi.norms) and j in d.licensed:
        return _statement_note(d, p, k, j, mid)
    if mid and not (relative and verb) or j >= len(wi.norms) or gap_has_text(wi, j):
        return None
    if mid and (_cue_before(d, first) or is_name_pair(d, p) or titled_pair(d, p)):
        return None  # (قال إن "..." حسب تعبيره: the cue's clause; برنامج "...": a title)
    sp = phrase_after(lex, wi, j, min(len(wi.norms), j + 12))
    if sp is None or sp.first != j:
        return None
    if not any(_source_word(lex, w) for w in {wi.norms[j], strip_conj(wi.norms[j])}):
        return None
    c = pair_cand(d.text, p, "mixed" if mid else "direct", cue=(wi.starts[k], wi.ends[last - 1]))
    if c is not None:
        c.speaker = sp
    return c


def _statement_note(d: Doc, p: MarkPair, k: int, v: int, mid: bool) -> Cand | None:
    """``"..."، وفق ما جاء في بلاغ للوزارة``: a relative note whose verb is a statement cue
    (word v, جاء في / ورد في + a statement noun) whose issuer it names (بيان للنقابة، بيان
    الهيئة: the statement's phrase speaks, as after وجاء في بيان للنقابة أن); none for a bare
    البيان; inside a sentence only with no verb of saying before the marks."""
    first = d.word_after(p.open)
    if mid and (_cue_before(d, first) or is_name_pair(d, p) or titled_pair(d, p)):
        return None
    wi, lex = d.wi, d.lex
    noun = statement_noun(wi, lex, v)
    sp = None if noun is None else statement_subject(d, noun, min(len(wi.norms), noun + 12))
    if sp is None:
        return None  # (وفق ما جاء في البيان: no issuer in the note)
    c = pair_cand(d.text, p, "mixed" if mid else "direct", cue=(wi.starts[k], wi.ends[v]),
                  cue_form=d.licensed[v])
    if c is not None:
        c.speaker = sp  # (the statement's phrase, as for وجاء في بيان للنقابة أن: its issuer)
    return c


def dash_speaker(d: Doc, p: MarkPair, k: int) -> Cand | None:
    """``"..." - الوزير فلان``: a name of 1 to 8 words after a dash, up to the line end."""
    wi = d.wi
    e = d.text.find("\n", p.close)
    e = len(d.text) if e < 0 else e
    last = wi.first_at_or_after(e) - 1
    if not 1 <= last - k + 1 <= 8:
        return None
    title = opens_line(d.text, p.open)
    c = pair_cand(d.text, p, "direct", headline=title)
    if c is not None:
        # a title's speaker is described for its own quote only (“...” – الناس الفارين من
        # ...): no antecedent of the article's bare verbs (SpeakerSpan.issuer)
        c.speaker = SpeakerSpan(k, last, issuer=title)
    return c
