"""The headline finder: lines of the form ``SPEAKER: statement``."""

from __future__ import annotations

from quotecheck.engine.candidates import Cand, pair_cand
from quotecheck.engine.evidence import Doc, is_latin, trim, trim_marks
from quotecheck.engine.speakers import SpeakerSpan, phrase_after
from quotecheck.lang.ar.morphology import strip_conj


def find_headlines(d: Doc) -> tuple[list[Cand], list[tuple[int, SpeakerSpan]]]:
    """The headline quotes of a document, and their speakers as coreference events."""
    cands: list[Cand] = []
    events: list[tuple[int, SpeakerSpan]] = []
    text = d.text
    pos = 0
    while pos <= len(text):
        e = text.find("\n", pos)
        e = len(text) if e < 0 else e
        c = headline(d, pos, e)
        if c is not None:
            cands.append(c)
            events.append((pos, c.speaker))
        pos = e + 1
    return cands, events


def _speaker_words(d: Doc, a: int, colon: int) -> tuple[int, int] | None:
    """Words [ws, we) before the colon of the line at ``a`` when they may name a speaker
    (1 to 7 words, no digits, marks, labels, cues, complementizers, lists or Latin)."""
    text, wi, lex = d.text, d.wi, d.lex
    ws = wi.first_at_or_after(a)
    we = wi.first_at_or_after(a + colon)
    if not 1 <= we - ws <= 7:
        return None
    head = wi.norms[ws:we]
    if any(ch.isdigit() for ch in text[a : a + colon]) or any(
        c in text[a : a + colon] for c in '"“”«»<>=/@#|'
    ):
        return None
    if " ".join(head) in lex.labels or head[0] in lex.labels or strip_conj(head[0]) in lex.labels:
        return None
    if " ".join(head) in lex.places:
        return None  # سوسة : حجز ...: a dateline
    if any(lex.cue(w) is not None and not lex.is_title(w) for w in head):
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


def headline(d: Doc, a: int, b: int) -> Cand | None:
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
    if wi.first_at_or_after(cb) - wi.first_at_or_after(ca) < 3:
        return None
    first_body = wi.first_at_or_after(ca)
    if first_body < len(wi.norms) and wi.norms[first_body] in lex.time_words:
        return None  # مقابلات المستوى الأول : الأربعاء 17 ماي ...: a schedule, not a statement
    sp = phrase_after(lex, wi, ws, we) if we - ws > 1 else None
    if sp is None or sp.first != ws:
        sp = SpeakerSpan(ws, we - 1)
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
