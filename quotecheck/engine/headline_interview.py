"""An interview's layout: its turns written as lines that open with a question or answer
label and a colon (``س: لماذا ...؟`` then ``ج: لأن ...``; headline_leads.json
question_labels, answer_labels).  The labels are no speakers: a question is the
interviewer's and gives no quote; an answer is the interviewee's words, a direct quote of
its whole line whose speaker is the one the text names before it (an implicit quote), and
only in a text that holds a question label too."""

from __future__ import annotations

import re

from quotecheck.engine.candidates import Cand
from quotecheck.engine.evidence import Doc, trim
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
    questions = d.lex.headline_leads["question_labels"]
    return any(fold(m.group(1)) in questions for m in _TURN.finditer(d.text))


def answer(d: Doc, a: int, b: int) -> Cand | None:
    """The answer [a, b) after an answer label, all of it (an answer runs over sentences), a
    direct quote whose speaker is the previous one (implicit); None outside an interview
    (no question label in the text) or for an empty answer."""
    if not has_questions(d):
        return None
    ca, cb = trim(d.text, a, b)
    if cb <= ca:
        return None
    c = Cand(ca, cb, "direct", headline=True, prio=0)
    c.implicit = True
    return c
