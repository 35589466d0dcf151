"""An interview's layout: its turns written as lines that open with a question or answer
label and a colon (``س: لماذا ...؟`` then ``ج: لأن ...``; headline_leads.json
question_labels, answer_labels).  The labels are no speakers: a question is the
interviewer's and gives no quote (no report is taken from its line); an answer is the
interviewee's words, a direct quote of its whole line, and only in a text that holds a
question label too.  The interviewee is the last title's speaker named before the first
turn; with none, the answers give no quote (no speaker is invented for them, nor taken from
a body's report: a FAQ after a report is not the reporter's).  An interview written as a
bullet before each question and a dash before each answer (``* كيف ...؟`` / ``- لعبنا ...``)
is read the same way.  The layout is read once per document (layout)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from quotecheck.engine.candidates import HELD_PAIRS, Cand
from quotecheck.engine.evidence import Doc, trim
from quotecheck.engine.speakers import SpeakerSpan
from quotecheck.lang.ar.normalize import fold

#: A line's first word, then a colon after it (the label of an interview's turn).
_TURN = re.compile(r"^[ \t\u00a0*\-\u2013\u2022]*(\S+?)[ \t\u00a0]*[:\uff1a]", re.MULTILINE)


def turn_label(d: Doc, ws: int, we: int) -> str | None:
    """``"question"`` or ``"answer"`` when the lead's words [ws, we) are one turn label of an
    interview (س، سؤال / ج، جواب), else None."""
    if we - ws != 1:
        return None
    lx, w = d.lex.headline_leads, d.wi.norms[ws]
    if w in lx["question_labels"]:
        return "question"
    return "answer" if w in lx["answer_labels"] else None


def has_questions(d: Doc) -> bool:
    """The text holds a line that opens with a question label and a colon (س:، سؤال:)."""
    return layout(d).labelled


def answer(d: Doc, a: int, b: int) -> Cand | None:
    """The answer [a, b) after an answer label, all of it (an answer runs over sentences), a
    direct quote whose speaker is the interviewee (label_answers); None outside an interview
    (no question label in the text) or for an empty answer."""
    if not has_questions(d):
        return None
    ca, cb = trim(d.text, a, b)
    if cb <= ca:
        return None
    c = Cand(ca, cb, "direct", headline=True, prio=0)
    c.implicit = True
    c.extra[ANSWER] = True  # (find_headlines gives it the interviewee: label_answers)
    return c


#: The key of a candidate's ``extra`` that marks an answer after an answer label.
ANSWER = "answer"


def interviewee(d: Doc, speakers: Sequence[SpeakerSpan]) -> SpeakerSpan | None:
    """The interviewee: the last of ``speakers`` (a title's) named before the interview's
    first turn, none inside a question or an answer; None when none is (then the answers
    give no quote: no speaker is invented for them)."""
    first = layout(d).first
    before = [sp for sp in speakers if d.wi.starts[sp.first] < first]
    return max(before, key=lambda sp: sp.first) if before else None


def label_answers(d: Doc, cands: list[Cand], speakers: Sequence[SpeakerSpan]) -> None:
    """The answers after answer labels among ``cands`` (answer), all given the interviewee
    (interviewee) as their speaker; dropped from ``cands`` when the text names none."""
    answers = [c for c in cands if c.extra.get(ANSWER)]
    if not answers:
        return
    who = interviewee(d, speakers)
    if who is None:
        cands[:] = [c for c in cands if not c.extra.get(ANSWER)]
    for c in answers if who is not None else ():
        c.speaker, c.implicit = who, False


#: What opens an interview's question on its line when no label does (``* كيف ...؟``).
QUESTION_BULLETS = "*\u2022"
#: What opens the answer on the next line (``- لعبنا بتركيز ...``).
ANSWER_DASHES = "-\u2013\u2014"
#: The fewest question-answer pairs that make a text an interview.
MIN_TURNS = 2
#: The question marks, one of which some question of the interview holds.
QUESTION_MARKS = "?\u061f"


def _lines(text: str) -> list[tuple[int, int]]:
    """The [start, end) of each line of ``text``, its leading blanks skipped."""
    out, pos = [], 0
    while pos <= len(text):
        e = text.find("\n", pos)
        e = len(text) if e < 0 else e
        a = pos
        while a < e and text[a] in " \t\u00a0":
            a += 1
        out.append((a, e))
        pos = e + 1
    return out


def _dash_turns(text: str, lines: list[tuple[int, int]]
                ) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The bullet/dash pairs of ``lines`` (non-empty [start, end) spans): see dash_turns."""
    turns = [(q, r) for q, r in zip(lines, lines[1:], strict=False)
             if text[q[0]] in QUESTION_BULLETS and text[r[0]] in ANSWER_DASHES]
    if len(turns) < MIN_TURNS or not any(
            ch in text[q[0] : q[1]] for q, _ in turns for ch in QUESTION_MARKS):
        return []
    return turns


def dash_turns(d: Doc) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """An interview written as bullets and dashes: each line that opens with a bullet (the
    question) and the line right after it that opens with a dash (the answer), as their
    [start, end) spans; none unless the text holds MIN_TURNS such pairs or more and one of
    its questions holds a question mark (a list's items are no interview)."""
    return layout(d).turns


@dataclass(frozen=True)
class Layout:
    """A document's interview layout, read once (layout)."""

    #: Some line opens with a question label and a colon (س:، سؤال:).
    labelled: bool
    #: The bullet/dash turns (dash_turns).
    turns: list[tuple[tuple[int, int], tuple[int, int]]]
    #: The sorted [start, end) of every question line (labelled or after a bullet).
    questions: list[tuple[int, int]]
    #: The offset of the interview's first turn (a question or an answer line).
    first: int


_LAYOUTS: WeakKeyDictionary[Doc, Layout] = WeakKeyDictionary()


def layout(d: Doc) -> Layout:
    """The interview layout of ``d``, read once per document (every cue word asks it)."""
    got = _LAYOUTS.get(d)
    if got is None:
        got = _LAYOUTS[d] = _read_layout(d)
    return got


def _read_layout(d: Doc) -> Layout:
    """One pass over the lines of ``d`` and one over its turn labels (Layout)."""
    text, leads = d.text, d.lex.headline_leads
    questions, answers = [], []
    for m in _TURN.finditer(text):
        label = fold(m.group(1))
        end = text.find("\n", m.start())
        span = (m.start(), len(text) if end < 0 else end)
        if label in leads["question_labels"]:
            questions.append(span)
        elif label in leads["answer_labels"]:
            answers.append(span)
    labelled = bool(questions)
    turns = _dash_turns(text, [(a, e) for a, e in _lines(text) if e > a])
    questions += [q for q, _ in turns]
    starts = [a for a, _ in questions] + [r[0] for _, r in turns]
    if labelled:
        starts += [a for a, _ in answers]
    return Layout(labelled, turns, sorted(questions), min(starts, default=len(text)))


def dash_answers(d: Doc, speakers: Sequence[SpeakerSpan] = ()) -> list[Cand]:
    """The answers of an interview written as bullets and dashes (dash_turns): each a direct
    quote of its whole line after the dash, all by the interviewee (interviewee: a title's
    speaker among ``speakers`` named before the first turn); none when the text names no
    interviewee; a report inside an answer is the interviewee's words (the outer quote
    wins)."""
    turns = dash_turns(d)
    who = interviewee(d, speakers) if turns else None
    if who is None:
        return []  # (no interviewee named before the first question: no speaker invented)
    out = []
    for _, (a, b) in turns:
        ca, cb = trim(d.text, a + 1, b)
        if cb <= ca:
            continue
        c = Cand(ca, cb, "direct", prio=ANSWER_PRIO, speaker=who)
        held = [p.open for p in d.pairs_between(ca, cb)]
        if held:
            c.extra[HELD_PAIRS] = held  # (its words in marks are its own, no other quote)
        out.append(c)
    return out


#: An answer's priority: as a quotation mark's (the layout marks the interviewee's words).
ANSWER_PRIO = 2


def question_line(d: Doc, pos: int) -> bool:
    """The offset ``pos`` stands on an interview's question, after a question label (س:) or
    a bullet (dash_turns): the interviewer's words, from which no report is taken."""
    questions = layout(d).questions
    j = bisect_right(questions, (pos, len(d.text) + 1)) - 1
    return j >= 0 and questions[j][0] <= pos < questions[j][1]
