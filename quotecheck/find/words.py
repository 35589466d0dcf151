"""Words with offsets into the original text, their folded forms and the gaps between them."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from operator import methodcaller
from typing import NamedTuple

import regex

from quotecheck.find.marks import mark_direction
from quotecheck.lang.ar.datafiles import lines
from quotecheck.lang.ar.normalize import fold, fold_letters, is_dropped, refold_at
from quotecheck.lang.ar.punctuation import ARABIC_QUESTION

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}\p{Cf}_]+")
_WORD_SPLIT = regex.compile(r"([\p{L}\p{M}\p{N}\p{Cf}_]+)")
_BMP = 0x10000
# Sentence punctuation: a full stop not followed by a digit (format characters, marks and tatweel,
# such as U+200E, VS16, CGJ, aside: 12\u200e.5 is still 12.5; "جوان 2017. وأكد" ends a sentence),
# ! ? ؟ and line breaks.
_START = methodcaller("start")
_SENT = regex.compile(r"\.(?![\p{Cf}\p{Mn}\u0640]*\d)|[!?" + ARABIC_QUESTION + r"\n…]")
#: Abbreviated titles whose full stop ends no sentence (وقال د. أحمد): data/abbreviations.txt.
_ABBREVIATIONS = frozenset(lines("abbreviations.txt"))
_ABBREVIATED = regex.compile(r"(?<![\p{L}\p{M}\p{N}\p{Cf}_])(\p{L})\.[ \t]*(?=\p{L})")
_DIGIT_BEFORE = regex.compile(r"\p{N}[ \t\u00a0]*(?:\p{L}[ \t\u00a0.]+)?$")
#: An acronym or initials written with dots and no spaces (سي.إن.إن، تي.تي، م.د، أ.ف.ب): letter
#: groups of up to three letters joined by single full stops, not after a word, digit, dot or
#: slash (كلم/س.و البحر is a unit and a sentence end).
_ACRONYM = regex.compile(r"(?<![\p{L}\p{M}\p{N}\p{Cf}_./])\p{L}\p{M}*(?:\p{L}\p{M}*){0,2}"
                         r"(?:\.\p{L}\p{M}*(?:\p{L}\p{M}*){0,2})+(?![\p{L}\p{M}\p{N}\p{Cf}_])")
_LETTERS = regex.compile(r"\p{L}")
#: Two full stops, no third, after a word or a bracket (a pause in web Arabic: نفوز..لما لا..).
_PAUSE = regex.compile(r"(?<=[\p{L}\p{M}\p{N}\p{Cf})][ \t\u00a0]*)\.\.(?!\.)")
_CLOSING_BRACKET = regex.compile(r"[ \t\u00a0]*\)")
#: Quotation marks whose side or parity on a line tells an open quote: the double ones and the
#: single curly ones some outlets write for them.
_QUOTE_MARKS = frozenset('"“”‘’')


def _abbreviation_stops(text: str) -> set[int]:
    """Offsets of full stops that close an abbreviated title (د. أحمد): a one-letter word of
    data/abbreviations.txt, a word after it on the same line, no number before it or before a
    one-letter word before it (2017 م. closes a date, 12 م د. a sum of money, and a sentence)."""
    return {m.start(1) + 1 for m in _ABBREVIATED.finditer(text)
            if m.group(1) in _ABBREVIATIONS
            and not _DIGIT_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1))}


def _acronym_stops(text: str) -> set[int]:
    """Offsets of the full stops inside an acronym or initials (سي.إن.إن، م.د، س.ج): no sentence
    ends there.  Two groups must be of at most two letters each (تي.تي, not له.وفي or سجن.كما, a
    sentence end with the space left out); three or more groups may have three (إيه.بي.سي)."""
    out: set[int] = set()
    for m in _ACRONYM.finditer(text):
        groups = m.group().split(".")
        if len(groups) == 2 and max(len(_LETTERS.findall(g)) for g in groups) > 2:
            continue
        out.update(i for i in range(m.start(), m.end()) if text[i] == ".")
    return out


class _LineMarks:
    """The quotation marks of one line read from its start up to a growing offset, so that
    _open_mark at each pause of a long line costs the characters since the last one (the
    same answer as reading the line from its start each time)."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.start, self.pos = text, start, start
        self.last_open = self.last_close = -1  # the last « and »
        self.count, self.last = 0, -1  # double marks (not apostrophes) and the last one

    def open_at(self, end: int) -> bool:
        """A quotation mark is open at ``end`` on the line: a « not yet closed, or a last
        double mark (or single curly one, an outlet's double mark) that opens by its sides
        (: "نفوز, even after a stray closing mark; : " نفوز, a colon before a spaced one), or
        an odd number of them before it (a mark glued to the word before it and a space after
        it, وقال" أنت, may open as well as close: its parity tells)."""
        text, start = self.text, self.start
        for k in range(self.pos, end):
            c = text[k]
            if c == "«":
                self.last_open = k
            elif c == "»":
                self.last_close = k
            elif c in _QUOTE_MARKS and not (c == "’" and _WORD.match(text, k + 1) and k > start
                                           and _WORD.match(text, k - 1)):  # (O’Neill)
                self.count, self.last = self.count + 1, k
        self.pos = max(self.pos, end)
        if self.last_open > self.last_close:
            return True
        if not self.count:
            return False
        k = j = self.last
        while j > start and text[j - 1].isspace():
            j -= 1
        if mark_direction(text, k) == 1 or j > start and text[j - 1] == ":":
            return True
        return self.count % 2 == 1


def _pause_stops(text: str) -> set[int]:
    """Offsets of the two stops of a pause (..) that ends no sentence: before a closing bracket
    (والجنسي..) shows a list cut short) or while a quotation mark is open on its line: a
    speaker's pause inside the quote (: "نفوز..لما لا.. رغم).  Between sentences of the
    narrative it ends one."""
    out: set[int] = set()
    line, prev = _LineMarks(text, 0), 0
    for m in _PAUSE.finditer(text):
        a = m.start()
        nl = text.rfind("\n", prev, a)  # (only since the last pause: linear on long lines)
        if nl >= 0:
            line = _LineMarks(text, nl + 1)
        prev = a
        if _CLOSING_BRACKET.match(text, m.end()) or line.open_at(a):
            out.update((a, a + 1))
    return out


def _bmp_split() -> re.Pattern[str]:
    """``_WORD_SPLIT`` for text without astral characters, in the stdlib ``re``: one set of
    the BMP ranges that ``_WORD`` matches, read off ``_WORD`` itself, so the two agree on
    every BMP character.  Faster: ``re`` tests a BMP set in constant time, where ``regex``
    looks up properties (and ``re``'s ``\\w`` beside ranges is slower than ranges alone)."""
    ranges: list[list[int]] = []
    for c in map(ord, "".join(_WORD.findall("".join(map(chr, range(_BMP)))))):
        if ranges and c == ranges[-1][1] + 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    cls = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "")
                  for a, b in ranges)
    return re.compile(f"([{cls}]+)")


_WORD_SPLIT_BMP = _bmp_split()


def split_words(text: str) -> list[str]:
    """gap, word, gap, word, ..., gap: the text cut at word boundaries (``_WORD`` words)."""
    if len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):  # BMP only
        return _WORD_SPLIT_BMP.split(text)
    return _WORD_SPLIT.split(text)


class Word(NamedTuple):
    """One word: offsets into the original text, its text and its folded form."""

    start: int
    end: int
    text: str
    norm: str


class _Words:
    """Read-only sequence of Word, made on access from the parallel lists (cheap to build)."""

    __slots__ = ("_wi",)

    def __init__(self, wi: WordIndex) -> None:
        self._wi = wi

    def __len__(self) -> int:
        return len(self._wi.starts)

    def __getitem__(self, k):
        wi = self._wi
        if isinstance(k, slice):
            return [self[j] for j in range(*k.indices(len(self)))]
        a, b = wi.starts[k], wi.ends[k]
        return Word(a, b, wi.text[a:b], wi.norms[k])


class WordIndex:
    """The words of a text plus cheap questions about the gaps between them."""

    def __init__(self, text: str) -> None:
        self.text = text
        # One C-level split gives gap, word, gap, word, ..., gap; offsets are running sums.
        # Folding maps letters to letters, so the letter-folded text splits into the same
        # words and gaps, and its words are the folded words except the few that hold a
        # dropped character (diacritics, tatweel, controls, noise) or a presentation form:
        # those are folded whole from the text.
        parts = split_words(fold_letters(text))
        norms = parts[1::2]
        offsets = list(accumulate(map(len, parts)))
        refold = refold_at(text)
        if refold:
            starts = offsets[0::2]
            for k in {bisect_right(starts, pos) - 1 for pos in refold}:
                if 0 <= k < len(norms):
                    norms[k] = fold(text[offsets[2 * k] : offsets[2 * k + 1]])
        if all(norms):
            self.starts = offsets[0::2][:-1]
            self.ends = offsets[1::2]
            self.gaps = parts[0::2]
        else:  # a "word" made only of marks or controls (it folds to nothing): drop it
            keep = [k for k, n in enumerate(norms) if n]
            self.starts = [offsets[2 * k] for k in keep]
            self.ends = [offsets[2 * k + 1] for k in keep]
            norms = [norms[k] for k in keep]
            ends = [0] + self.ends
            starts = self.starts + [len(text)]
            self.gaps = [text[a:b] for a, b in zip(ends, starts, strict=True)]
        self.norms = norms
        acronym = _acronym_stops(text) if "." in text else set()
        if acronym:
            self._join(acronym)
        self.words = _Words(self)
        self._breaks = list(map(_START, _SENT.finditer(text)))
        abbreviated = _abbreviation_stops(text) if "." in text else set()
        pauses = _pause_stops(text) if ".." in text else set()
        if abbreviated or acronym or pauses:
            self._breaks = [p for p in self._breaks if p not in abbreviated and p not in acronym
                            and p not in pauses]
        self.abbreviated_gaps = frozenset(bisect_right(self.starts, p) for p in abbreviated)
        self.breaks = self._gap_breaks()

    def _join(self, stops: set[int]) -> None:
        """Make each acronym one word (سي.إن.إن): a word whose gap before it is one of ``stops``
        joins the word before it, the stop kept in its text and its folded form."""
        starts, ends, norms, gaps = [], [], [], [self.gaps[0]]
        for k, (a, b, n) in enumerate(zip(self.starts, self.ends, self.norms, strict=True)):
            if k and self.gaps[k] == "." and a - 1 in stops:
                ends[-1] = b
                norms[-1] += "." + n
                gaps[-1] = self.gaps[k + 1]
                continue
            starts.append(a)
            ends.append(b)
            norms.append(n)
            gaps.append(self.gaps[k + 1])
        self.starts, self.ends, self.norms, self.gaps = starts, ends, norms, gaps

    def _gap_breaks(self) -> list[bool]:
        """For each gap 0..len: does it hold a sentence break?  Breaks are never inside a word,
        so each one falls in the gap before the first word starting after it."""
        out = [False] * (len(self.starts) + 1)
        starts = self.starts
        for pos in self._breaks:
            out[bisect_right(starts, pos)] = True
        return out

    def abbreviation_before(self, i: int) -> bool:
        """The gap before word i holds only the full stop of an abbreviated title (د. أحمد)."""
        return i in self.abbreviated_gaps

    def __len__(self) -> int:
        return len(self.starts)

    def gap(self, i: int) -> str:
        """The text between word i-1 and word i (for i == len, after the last word)."""
        return self.gaps[i]

    def gap_span(self, i: int) -> tuple[int, int]:
        a = self.ends[i - 1] if i > 0 else 0
        b = self.starts[i] if i < len(self.starts) else len(self.text)
        return a, b

    def sentence_break_before(self, i: int) -> bool:
        """True when the gap before word i ends a sentence."""
        return self.breaks[i]

    def opens_line(self, i: int) -> bool:
        """Word i opens a sentence or a line (the first word, a sentence break or a line
        end before it)."""
        return i == 0 or self.breaks[i] or "\n" in self.gaps[i]

    def first_at_or_after(self, pos: int) -> int:
        """Index of the first word starting at or after a character offset (a word whose
        leading controls or marks, which folding drops, lie before it counts)."""
        k = bisect_right(self.starts, pos - 1)
        if k and pos < self.ends[k - 1] and self._dropped(self.starts[k - 1], pos):
            return k - 1
        return k

    def last_before(self, pos: int) -> int:
        """Index of the last word ending at or before a character offset, -1 if none (a word
        whose trailing controls or marks, which folding drops, lie after it counts)."""
        i = bisect_right(self.starts, pos) - 1
        while i >= 0 and self.ends[i] > pos and not (
                self.starts[i] < pos and self._dropped(pos, self.ends[i])):
            i -= 1
        return i

    def _dropped(self, a: int, b: int) -> bool:
        """text[a:b] is only characters that folding drops (and is not empty)."""
        return a < b and all(map(is_dropped, self.text[a:b]))
