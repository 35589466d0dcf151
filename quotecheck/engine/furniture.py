"""Page furniture: a short line that opens with a byline label (كتب - NAME:، كتبت: NAME), or
whose words before a bar are one (``كتب: NAME | DATE``), belongs to the page, not to the
article: its cue word reports nothing and its name speaks nowhere. A title's cue before a
name or term in marks reports nothing either (engine/headline_title_terms.py)."""

from __future__ import annotations

from quotecheck.engine.evidence import Doc
from quotecheck.engine.headline_furniture import SPACED_DASH
from quotecheck.engine.headline_interview import question_line
from quotecheck.engine.headline_title_terms import title_term

#: A byline line holds at most this many words (the label and a name).
SHORT_LINE = 5
#: The bars that part a byline's name from its date or section (``كتب: NAME | 14 أكتوبر``).
BYLINE_BARS = "|\uff5c\u00a6"
#: How far (characters) a cue word may stand from its line's start, and how far its line may
#: run on, to be looked at.
REACH = 300


def furniture_line(d: Doc, i: int) -> bool:
    """Word i stands on a short line (at most SHORT_LINE words, or that many before the line's
    first bar or spaced dash: ``كتب: بدر المطيري | 14 أكتوبر 2026``، ``كتب: NAME - DATE``;
    the line read from after its last spaced dash before the word: ``القاهرة - كتبت: NAME``)
    that opens with a furniture label of finders.json (كتب - سامي العلوي:، كتبت: ريم حداد),
    or is a title's cue before a term in
    marks (title_term: الهايكا تتهم "الحوار التونسي" ...)."""
    if title_term(d, i) or question_line(d, d.wi.starts[i]):
        return True  # (an interview's question is the interviewer's: no report)
    text, wi, labels = d.text, d.wi, d.lex.furniture_labels
    pos = wi.starts[i]
    start = text.rfind("\n", max(0, pos - REACH), pos) + 1
    if start == 0 and pos > REACH:
        return False  # far from its line's start: no label opens it
    dash = _last_dash(text, start, pos)
    if dash is not None:
        start = dash  # (القاهرة - كتبت: NAME: the byline after its dateline)
    end = text.find("\n", pos, pos + REACH)
    bar = _first_bar(d, pos, end if end >= 0 else min(len(text), pos + REACH))
    if bar >= 0:
        end = bar  # (the name before the bar: what follows is the page's date or section)
    first = wi.first_at_or_after(start)
    after = wi.first_at_or_after(end) if end >= 0 else len(wi.norms)
    if after - first > SHORT_LINE:
        return False
    return any(" ".join(wi.norms[first : first + m]) in labels for m in (1, 2, 3))


def _first_bar(d: Doc, a: int, b: int) -> int:
    """Where the first of BYLINE_BARS, or of the spaced dashes before a date (``كتب: NAME -
    DATE``: _dated), in text[a:b] stands; -1 when none does (كتب الوزير على فيسبوك - "...":
    a dash before a quote is no byline's bar)."""
    text = d.text
    dash = next((m.start() for m in SPACED_DASH.finditer(text, a, b) if _dated(d, m.end())), -1)
    bars = [i for i in (text.find(c, a, b) for c in BYLINE_BARS) if i >= 0]
    return min(bars + ([dash] if dash >= 0 else []), default=-1)


#: How many words after a byline's dash its date opens within.
DATE_WORDS = 3


def _dated(d: Doc, pos: int) -> bool:
    """A date opens within DATE_WORDS words after offset ``pos``: a number or a time word
    (a month, a weekday: time_words.txt)."""
    wi = d.wi
    k = wi.first_at_or_after(pos)
    return any(wi.norms[j][:1].isdigit() or wi.norms[j] in d.lex.time_words
               for j in range(k, min(len(wi.norms), k + DATE_WORDS)))


def _last_dash(text: str, a: int, b: int) -> int | None:
    """Where the text after the last spaced dash in text[a:b] opens (``القاهرة - كتبت:``);
    None when there is none."""
    last = None
    for m in SPACED_DASH.finditer(text, a, b):
        last = m.end()
    return last
