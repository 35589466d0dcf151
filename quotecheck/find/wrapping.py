"""Hard-wrapped text: line breaks inside sentences, found and turned into spaces.

Some scraped pages break their prose every few dozen characters (``... رئيس الحكومة نجيب\\n
ميقاتي في حديث\\nتلفزيوني ...``). A line break ends a sentence and a speaker phrase, so such a
text loses names and attributions. :func:`unwrap` finds a hard-wrapped text (most of its long
lines end mid-sentence) and replaces each of those inner line breaks with a space, one
character for one, so every offset stays the same.

:func:`unwrap` is what the engine reads: the text in its canonical form first (every space a
plain space, every line end ``\n``: :func:`quotecheck.lang.ar.normalize.canonical`), then
unwrapped.  :func:`unwrap_lines` is the unwrapping alone.
"""

from __future__ import annotations

import re

from quotecheck.lang.ar.normalize import CONTROLS, NOISE, canonical, chars
from quotecheck.lang.ar.punctuation import ARABIC_QUESTION, ARABIC_SEMICOLON

#: What ends a line that is not wrapped: sentence punctuation and closing marks.
_LINE_END = frozenset('.!?…:;"”»\'’)' + ARABIC_QUESTION + ARABIC_SEMICOLON)
_MIN_WORDS = 5  # a "prose line": enough words to be a wrapped stretch of a sentence
_WORDS = re.compile(r"[^\W_]+(?:\S*[^\W_])?")  # a whitespace token with a letter or digit
_MIN_WRAPPED = 3
_WRAPPED_SHARE = 0.6
_MAX_MEDIAN_CHARS = 120  # paragraphs on one line are longer than this
#: What a line's ends are read without: spaces and invisible controls (a line may open with a
#: byte order mark or a bidi embedding and end with its pop).
_BLANK = " \t\r\u00a0" + chars(CONTROLS) + chars(NOISE)


def _wrapped(line: str, nxt: str) -> bool:
    """The line ends mid-sentence and the next one goes on with a word (not a list item)."""
    body = line.rstrip(_BLANK)
    head = nxt.lstrip(_BLANK)
    return (bool(body) and body[-1] not in _LINE_END and bool(head) and head[0].isalpha()
            and not _list_line(nxt))


def _list_line(line: str) -> bool:
    """A list item, a table row or a fixture: a leading number or bullet, a dash between
    items, a number after a colon (1- ...، أولمبيك سيدي بوزيد - النجم الساحلي، ملعب سوسة :
    2500 متفرج)."""
    head = line.lstrip(_BLANK)
    return (not head or not head[0].isalpha() or " - " in line or " – " in line
            or line.count(":") >= 2 or ":" in line and _has_digit(line.split(":", 1)[1]))


def _has_digit(s: str) -> bool:
    return any(c.isdigit() for c in s)


def _prose(line: str) -> bool:
    """Five words or more (a colon, dash or bullet standing alone is no word: ``كلمات دلالية :
    X``), not a list item."""
    return (len(line.split()) >= _MIN_WORDS and len(_WORDS.findall(line)) >= _MIN_WORDS
            and not _list_line(line))


def is_hard_wrapped(text: str) -> bool:
    """Most lines of five words or more end mid-sentence, and lines are short."""
    lines = text.split("\n")
    prose = [k for k, ln in enumerate(lines[:-1]) if _prose(ln)]
    if len(prose) < _MIN_WRAPPED:
        return False
    wrapped = sum(_wrapped(lines[k], lines[k + 1]) for k in prose)
    lengths = sorted(len(lines[k]) for k in prose)
    return (wrapped >= _MIN_WRAPPED and wrapped >= _WRAPPED_SHARE * len(prose)
            and lengths[len(lengths) // 2] <= _MAX_MEDIAN_CHARS)


def unwrap(text: str) -> str:
    """The text the rules read, one character for one: ``text`` in canonical form
    (spaces, line ends) with its inner line breaks as spaces when it is hard-wrapped;
    ``text`` itself when neither changes anything."""
    return unwrap_lines(canonical(text))


def unwrap_lines(text: str) -> str:
    """``text`` with its inner line breaks as spaces when it is hard-wrapped; else itself."""
    if text.count("\n") < _MIN_WRAPPED or not is_hard_wrapped(text):
        return text
    lines = text.split("\n")
    out = []
    for k, line in enumerate(lines[:-1]):
        out.append(line)
        out.append(" " if _wrapped(line, lines[k + 1]) else "\n")
    out.append(lines[-1])
    return "".join(out)
