"""Quotation-mark pairing: one linear pass, a state per mark family, stray marks dropped.

Limits: a pair's content holds at most ``MAX_QUOTE_CHARS`` characters in ``MarkPair.inner``;
a longer pair is kept whole and says so (``MarkPair.truncated``, for ``Quote.truncated``).
An opening mark waits for its closing mark until a paragraph break (a blank line, ``\r\r``,
U+2029) or for ``MAX_PAIR_CHARS`` characters, then it is dropped as a stray mark.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from itertools import islice

from quotecheck.lang.ar.normalize import DROPPED, SPACES, is_dropped
from quotecheck.lang.ar.punctuation import (
    ARABIC_COMMA,
    ARABIC_QUESTION,
    ARABIC_SEMICOLON,
    GLUED_OPENERS,
)

# Families: marks of one family pair with each other.  Symmetric marks guess their
# direction from the characters around them; directed ones (guillemets, CJK corner and
# angle brackets) say it.
DOUBLE = frozenset('"“”„‟″＂')
GUILLEMET_OPEN, GUILLEMET_CLOSE = "«‹", "»›"
SINGLE = frozenset("‘’‚‛'")
#: Single marks that some outlets double to write a double mark (''نص''): a pair of them is one
#: mark of its own family ("q").
DOUBLED = frozenset("'‘’")
#: Directed marks: opening mark -> family, closing mark -> family.
OPENING = {"«": "g", "‹": "g", "「": "c", "『": "w", "《": "a", "〈": "b"}
CLOSING = {"»": "g", "›": "g", "」": "c", "』": "w", "》": "a", "〉": "b"}
ALL_MARKS = frozenset(DOUBLE | SINGLE | set(OPENING) | set(CLOSING))
_MARK_RE = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]")  # (stdlib: faster)
MAX_QUOTE_CHARS = 4000
MAX_PAIR_CHARS = 4 * MAX_QUOTE_CHARS
_ARABIC = ARABIC_COMMA + ARABIC_SEMICOLON
_OPEN_CONTEXT = set(" \t\n\r\u00a0([{:,;-–—" + _ARABIC) | {""}
_CLOSE_CONTEXT = set(" \t\n\r\u00a0)]}.,;:!?-–—" + _ARABIC + ARABIC_QUESTION) | {""}
# A paragraph break: U+2029, or two line ends (CR LF is one) with only spaces between.
_LINE_END = "(?>\r\n|[\r\n\u2028\x85\x0b\x0c])"
_PARAGRAPH = re.compile(f"\u2029|{_LINE_END}[ \t{SPACES}]*{_LINE_END}")

@dataclass(frozen=True, slots=True)
class MarkPair:
    """A matched pair: offsets of the opening and closing mark characters."""

    open: int
    close: int

    @property
    def truncated(self) -> bool:
        """The content is longer than ``MAX_QUOTE_CHARS``: ``inner`` cuts it there."""
        return self.close - self.open - 1 > MAX_QUOTE_CHARS

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the content, at most ``MAX_QUOTE_CHARS`` characters of it."""
        return self.open + 1, min(self.close, self.open + 1 + MAX_QUOTE_CHARS)


def paragraph_break(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` holds a paragraph break: a paragraph separator (U+2029) or two line ends
    with only spaces between (``\n\n``, ``\r\r``, ``\r\n\r\n``, U+2028 twice...)."""
    return _PARAGRAPH.search(text, a, b) is not None


#: After a mark with a space before it: punctuation that only ends a quote ("نص ".).
_AFTER_CLOSING = frozenset(".,;!?)]}" + ARABIC_COMMA + ARABIC_SEMICOLON + ARABIC_QUESTION)
#: Before a mark with a space after it: a sentence end inside the marks (نص." ثم); not a
#: comma, which may close the speaker's phrase before an opening mark (أزعور،" ليس).
_BEFORE_CLOSING = frozenset(".!?…" + ARABIC_QUESTION)


def _direction(text: str, i: int, width: int = 1) -> int:
    """+1 looks like an opening mark, -1 like a closing one, 0 undecided.  Where both look
    likely (space, colon or comma on one side, space or punctuation on the other), the
    punctuation decides: a comma or full stop after it closes (``" نص ".``), a sentence end
    before it with a space after closes (``نص." ثم``), a colon before it opens
    (``قال: " نص``).  A lone proclitic before it with a space after opens (``و" نص "``:
    GLUED_OPENERS).  ``width``: the mark's length (2 for a doubled apostrophe)."""
    prev = _seen_before(text, i)
    nxt = _seen_after(text, i + width)
    opens = prev in _OPEN_CONTEXT or prev in ALL_MARKS
    closes = nxt in _CLOSE_CONTEXT or nxt in ALL_MARKS
    if opens and not closes:
        return 1
    if closes and not opens:
        if nxt.isspace() and prev.isalpha() and _lone_proclitic(text, i):
            return 1
        return -1
    if opens and closes:
        if nxt in _AFTER_CLOSING or prev in _BEFORE_CLOSING and nxt.isspace():
            return -1
        if prev == ":" and nxt.isspace():
            return 1
    return 0


#: The public name of ``_direction`` (find/words reads it to tell an open quote at a pause).
mark_direction = _direction

#: How many invisible characters (controls, diacritics, tatweel) a mark's neighbour is read
#: past: ``"\u200fنص`` opens as ``"نص`` does.
_LOOK_PAST = 4
_INVISIBLE = frozenset(DROPPED)


def _seen_before(text: str, i: int) -> str:
    """The visible character before offset i ("" at the text's start)."""
    j = i - 1
    while j >= 0 and i - j <= _LOOK_PAST and text[j] in _INVISIBLE:
        j -= 1
    return text[j] if j >= 0 else ""


def _seen_after(text: str, i: int) -> str:
    """The visible character at offset i or after it ("" at the text's end)."""
    j = i
    while j < len(text) and j - i < _LOOK_PAST and text[j] in _INVISIBLE:
        j += 1
    return text[j] if j < len(text) else ""


def _lone_proclitic(text: str, i: int) -> bool:
    """The letters right before offset i are a proclitic written alone (و، بـ، لل:
    GLUED_OPENERS) with a space, a bracket or the text's start before them."""
    j = i
    while j > 0 and i - j <= _GLUED_MAX and (text[j - 1].isalpha() or is_dropped(text[j - 1])):
        j -= 1
    if j > 0 and _seen_before(text, j) not in _OPEN_CONTEXT:
        return False
    return "".join(c for c in text[j:i] if not is_dropped(c)) in GLUED_OPENERS


#: The longest proclitic word read before a mark (لل، بال، وال with tatweel: بـ).
_GLUED_MAX = 1 + max(map(len, GLUED_OPENERS))


def _glued_opener(text: str, i: int) -> bool:
    """``... و"الأف سي آر" باسمها ..."``: inside an open quote, the undecided double mark at i
    opens a nested one when the word right before it is a proclitic alone (و، بـ، لل:
    GLUED_OPENERS; a space, a bracket or the text's start before it), a letter follows it,
    and the next two double marks of its line both look closing (its own closing mark, then
    the outer quote's).  Otherwise the outer mark may be a stray one that never closes: the
    glued mark closes it, as before."""
    if not _seen_after(text, i + 1).isalpha():
        return False
    line_end = text.find("\n", i)
    line_end = len(text) if line_end < 0 else line_end
    nxt = list(islice((m.start() for m in _MARK_RE.finditer(text, i + 1, line_end)
                       if text[m.start()] in DOUBLE), 2))  # (lazy: two marks, not the line)
    if len(nxt) < 2 or any(_direction(text, k) >= 0 for k in nxt):
        return False
    return _lone_proclitic(text, i)


#: Before a spaced mark, what introduces a quote (قوله، " نص، قال: " نص).
_INTRODUCING = frozenset(",:" + ARABIC_COMMA)


def _stray_after_sentence(text: str, i: int) -> bool:
    """``(ماي 2017). " وكانت ... قوله، "لقد ..."``: an undecided mark (a space on each side)
    after a sentence end, whose next mark of its kind on its line opens (by its sides, or a
    comma or colon before it: ``قوله، " لقد``), is a stray one: it opens nothing (else it pairs
    past the real quote and hides it)."""
    j = i - 1
    while j >= 0 and (text[j] in " \t\u00a0" or text[j] in _INVISIBLE):
        j -= 1
    if j < 0 or text[j] not in _BEFORE_CLOSING:
        return False
    kind = DOUBLE if text[i] in DOUBLE else SINGLE
    line_end = text.find("\n", i)
    line_end = len(text) if line_end < 0 else line_end
    nxt = next((m.start() for m in _MARK_RE.finditer(text, i + 1, line_end)
                if text[m.start()] in kind), None)
    if nxt is None:
        return False
    d = _direction(text, nxt)
    return d == 1 or d == 0 and text[:nxt].rstrip()[-1:] in _INTRODUCING


#: What ends a sentence or a phrase between a pending mark and a spaced closing mark (none may).
_SENTENCE_END = frozenset(".!?\u2026\n,:;" + ARABIC_QUESTION + _ARABIC)


def _spaced_closer(text: str, pending: int, i: int) -> bool:
    """``بتهمة "الاعتداء على الأخلاق الحميدة "بسبب ...``: the double mark at i, written with a
    space before it after a word and a letter after it (so it looks opening), closes the
    pending double mark at ``pending`` when both stand in one phrase of one line (no full
    stop, ! ? ؟ …, comma, colon, semicolon nor line end between: ...، لافتا إلى أن "الصراع
    opens) and no other double mark follows on its line (an opening mark there would never
    close; a nested quote's marks come in twos)."""
    j = i - 1
    while j > pending and text[j] in " \t\u00a0":
        j -= 1
    if j == i - 1 or j <= pending or not text[j].isalnum():
        return False
    if not _SENTENCE_END.isdisjoint(text[pending + 1 : i]):
        return False
    line_end = text.find("\n", i)
    line_end = len(text) if line_end < 0 else line_end
    return not any(text[m.start()] in DOUBLE for m in _MARK_RE.finditer(text, i + 1, line_end))


def _is_markup(text: str, i: int) -> bool:
    """A mark of scraped HTML (``style="..."``, ``...;">``): an attribute value, not a quote."""
    return (i > 0 and text[i - 1] == "=") or (i + 1 < len(text) and text[i + 1] == ">")


def _is_apostrophe(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return prev.isalnum() and nxt.isalnum()


#: How many paragraph breaks one quote may run across (each next paragraph opening with a
#: mark of its family: the convention of a quote of several paragraphs).
MAX_PARAGRAPHS = 4
_PARAGRAPH_END = frozenset(".!?\u061f\u2026")


def _continued(text: str, breaks: str, stacks: dict[str, deque[int]], a: int, i: int,
               carried: int) -> str | None:
    """The family of the one pending mark that the paragraph starting at mark i continues:
    the mark at i opens that paragraph, is of the same family and may open, and the paragraph
    before it ended a sentence inside the quote.  None: the pending marks expire."""
    pending = [name for name, st in stacks.items() if st]
    if carried >= MAX_PARAGRAPHS or len(pending) != 1 or len(stacks[pending[0]]) != 1:
        return None
    fam = pending[0]
    ch = text[i]
    if OPENING.get(ch, "d" if ch in DOUBLE else None) != fam or (
            fam == "d" and _direction(text, i) < 0):
        return None
    ends = list(_PARAGRAPH.finditer(breaks, a, i))
    end = ends[-1] if ends else None
    if end is None or text[end.end() : i].strip():
        return None  # the mark does not open the paragraph
    before = text[a : end.start()].rstrip()
    return fam if before and before[-1] in _PARAGRAPH_END else None


def line_continues(text: str, i: int) -> bool:
    """The mark at i opens its line (after spaces) and the line before ended a sentence: with
    a mark of its family pending, it continues that quote on a new line."""
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j < 0 or text[j] not in "\n\r":
        return False
    while j >= 0 and text[j] in " \t\u00a0\n\r":
        j -= 1
    return j >= 0 and text[j] in _PARAGRAPH_END


def _doubled(text: str, i: int, st: deque[int], pairs: list[MarkPair]) -> None:
    """A doubled apostrophe at i (``''``): it opens (the pair's inside starts after it) or
    closes (at its first character) like a double mark."""
    d = _direction(text, i, 2)
    if d == 1 or (d == 0 and not st):
        st.append(i + 1)
    elif st:
        start = st.pop()
        if i - start > 1:
            pairs.append(MarkPair(start, i))


def pair_marks(text: str, layout: str | None = None) -> list[MarkPair]:
    """All outermost quotation-mark pairs of a text, in document order (``layout``: the text
    as given when ``text`` is its canonical form, one character for one: its paragraph
    breaks count, U+2029 or ``\r\r`` that the canonical form writes as one line end).

    Linear in the length of the text.  Each family keeps a stack, so nested quotes of
    the same family pair correctly; an opening mark with no closing mark before a
    paragraph break (or MAX_PAIR_CHARS) is dropped, so it never swallows the text.
    """
    pairs: list[MarkPair] = []
    stacks: dict[str, deque[int]] = {f: deque() for f in ("d", "s", "q", *OPENING.values())}
    skip = -1  # the second apostrophe of a doubled one
    last_check = 0
    carried = 0  # paragraphs a pending mark has been carried across
    breaks = text if layout is None or len(layout) != len(text) else layout
    for m in _MARK_RE.finditer(text):
        i = m.start()
        ch = text[i]
        if i <= skip:
            continue
        if any(stacks.values()):
            # Expire pending marks at a paragraph break (checked once per stretch of text),
            # unless the next paragraph opens by continuing the quote.
            if paragraph_break(breaks, last_check, i):
                fam = _continued(text, breaks, stacks, last_check, i, carried)
                for name, st in stacks.items():
                    if name != fam:
                        st.clear()
                if fam is not None:
                    carried += 1
                    last_check = i
                    continue  # (the continuation mark opens nothing)
                carried = 0
            for st in stacks.values():
                while st and i - st[0] > MAX_PAIR_CHARS:
                    st.popleft()
        else:
            carried = 0
        last_check = i
        fam = OPENING.get(ch)
        if fam is not None:
            if not (stacks[fam] and line_continues(text, i)):
                stacks[fam].append(i)
            continue
        fam = CLOSING.get(ch)
        if fam is not None:
            if stacks[fam]:
                pairs.append(MarkPair(stacks[fam].pop(), i))
            continue
        if ch in DOUBLED and text.startswith(ch, i + 1):
            skip = i + 1
            _doubled(text, i, stacks["q"], pairs)
            continue
        fam = "d" if ch in DOUBLE else "s"
        if fam == "s" and ch in "'’" and _is_apostrophe(text, i) or _is_markup(text, i):
            continue
        st = stacks[fam]
        d = 1 if ch == "„" else _direction(text, i)
        if d == 0 and st and fam == "d" and _glued_opener(text, i):
            d = 1
        if d == 0 and not st and _stray_after_sentence(text, i):
            continue
        if d == 1 and st and line_continues(text, i):
            continue  # the quote goes on on this line: its mark opens nothing new
        if d == 1 and st and fam == "d" and _spaced_closer(text, st[-1], i):
            d = -1
        if d == 1 or (d == 0 and not st):
            st.append(i)
        elif st:
            start = st.pop()
            if i - start > 1:
                pairs.append(MarkPair(start, i))
    pairs.sort(key=lambda p: (p.open, -p.close))
    # Keep the outer pair where pairs nest or cross.
    out: list[MarkPair] = []
    for p in pairs:
        if out and p.open < out[-1].close:
            continue
        out.append(p)
    return out
