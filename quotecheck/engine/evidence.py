"""Evidence of one document: its words, quotation-mark pairs, hot gap indices, and the
shared helpers and candidate type of the finders."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count, repeat
from operator import methodcaller

from quotecheck.find.marks import ALL_MARKS, MarkPair, pair_marks
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import CueForm, Lexicon
from quotecheck.lang.ar.normalize import is_dropped
from quotecheck.speakers import (
    SpeakerSpan,
    is_nisba,
    name_part,
    strip_conj,
)

Entity = tuple[int, int, str]
# Characters a gap is asked about.
_COMMAS = frozenset(",،")
_CLAUSE_COMMAS = frozenset(",،;؛")
_COLON_QUOTE = frozenset(':"“”«»')
_PHRASE_END = frozenset(':"“”«»\n.؛;()')
_SEGMENT_END = frozenset(',،:"“”«»\n.؛;()')
_NAME_END = frozenset(":.\n\"“”«»()")
_COMMA_SPLIT = re.compile("[,،]")
_NAME_END_COMMA = frozenset(",،:.\n\"“”«»()")
_MARKS_COLON = frozenset(ALL_MARKS | {":"})
_QUOTE_CHARS = frozenset(ALL_MARKS)
# Gap characters a scan must look at: commas end clauses, colons and marks open quotes,
# sentence punctuation ends both.
_HOT_GAP_CHARS = frozenset(",،;؛:：.!?؟\n…") | ALL_MARKS
_HOT_GAP = re.compile("[" + re.escape("".join(sorted(_HOT_GAP_CHARS))) + "]")
_START = methodcaller("start")
_BY_ACCOUNT = ("حسب", "بحسب")  # حسب قوله: a source note ends a clause
_SCAN_WORDS = 35
_CLAUSE_WORDS = 150
_TRIM = (" \t\r\n\u00a0.,،:;؛-–—\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
         "\u2066\u2067\u2068\u2069\ufeff")


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None = None
    cue_form: CueForm | None = None
    speaker: SpeakerSpan | None = None
    implicit: bool = False
    headline: bool = False
    pair: MarkPair | None = None
    prio: int = 0
    extra: dict = field(default_factory=dict)


class _Doc:
    """Everything the rules ask about one text, computed once."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.wi = WordIndex(text)
        self.pairs = pair_marks(text)
        self.opens = [p.open for p in self.pairs]
        self.breaks = self.wi.breaks
        self.hot = self._hot_indices()

    def _hot_indices(self) -> list[int]:
        """Sorted word indices (and len) where a cue scan or a clause may stop: a word that
        could be a cue, complementizer or clause end, or a gap holding a break, a comma, a
        colon or an opening mark.  Scans jump between them instead of visiting every word."""
        wi = self.wi
        # A gap is hot when it holds any such character (a superset of the breaks and the
        # opening marks: a hot index only means "look closer"); such a character at offset
        # pos lies in the gap before the first word starting after it.  C-level passes
        # throughout; index len (after the last word) is always hot.
        hot = set(compress(count(), map(_hot_words(self.lex).__contains__, wi.norms)))
        hot.update(map(bisect_right, repeat(wi.starts),
                       map(_START, _HOT_GAP.finditer(self.text))))
        hot.add(len(wi))
        return sorted(hot)

    def next_hot(self, j: int) -> int:
        """The first hot index at or after word j (j itself past the last word)."""
        hot = self.hot
        return hot[bisect_left(hot, j)] if j <= hot[-1] else j

    # -- quotation-mark pairs -------------------------------------------------------
    def pair_in(self, a: int, b: int) -> MarkPair | None:
        """The first pair whose opening mark lies in [a, b)."""
        j = bisect_left(self.opens, a)
        if j < len(self.pairs) and self.pairs[j].open < b:
            return self.pairs[j]
        return None

    def inside_pair(self, pos: int) -> bool:
        """True when a character offset lies inside a quotation-mark pair."""
        j = bisect_left(self.opens, pos) - 1
        return j >= 0 and self.pairs[j].close > pos

    def pairs_between(self, a: int, b: int) -> list[MarkPair]:
        j = bisect_left(self.opens, a)
        out = []
        while j < len(self.pairs) and self.pairs[j].open < b:
            out.append(self.pairs[j])
            j += 1
        return out

    def pair_words(self, p: MarkPair) -> int:
        a = self.wi.first_at_or_after(p.open)
        b = self.wi.first_at_or_after(p.close)
        return b - a

    def word_after(self, pos: int) -> int:
        return self.wi.first_at_or_after(pos)

    # -- sentences and clauses ----------------------------------------------------
    def sentence_start(self, k: int) -> int:
        """First word of the sentence holding word k (at most 80 words back: linear time)."""
        stop = max(0, k - 80)
        while k > stop and not self.breaks[k]:
            k -= 1
        return k

    def clause_end(self, k: int, cue: int | None = None) -> int:
        """Character offset where a reported clause starting at word k ends (``cue``: the
        word index of its reporting verb, whose person a joined verb must share to start
        another report of the same speaker)."""
        wi, lex = self.wi, self.lex
        n = len(wi)
        last = k
        closed = 0  # end of the last quoted stretch jumped over (its closing mark included)
        j = k + 1
        while j < n and j - k < _CLAUSE_WORDS:
            h = self.next_hot(j)
            if h != j:  # the words before h pass: nothing in them can end the clause
                lim = min(n, k + _CLAUSE_WORDS)
                last = max(last, min(h, lim) - 1)
                if h >= lim:
                    break
                j = h
            a, b = wi.gap_span(j)
            p = self.pair_in(a, b)
            if p is not None and p.close > wi.starts[j]:
                # Jump over a quoted stretch: its inside never ends the clause.
                after = self.word_after(p.close + 1)
                last = max(last, after - 1)
                closed = p.close + 1
                if after >= n or self.breaks[after]:
                    return closed
                j = after
                continue
            if self.breaks[j]:
                break
            gap = wi.gap(j)
            if not _CLAUSE_COMMAS.isdisjoint(gap):
                w = wi.norms[j]
                if _ends_clause(lex, w, wi.norms[j + 1] if j + 1 < n else ""):
                    break
            elif _participle_cue(lex, wi, j) or _clause_end_word(lex, wi, j):
                break
            elif cue is not None and (cut := _conjoined_report(lex, wi, j, cue)) is not None:
                last = max(k, min(last, cut))
                break
            elif _embedded_report(lex, wi, j):
                if wi.norms[j - 1] in lex.relative_pronouns and last == j - 1 and last > k:
                    last -= 1  # the relative pronoun opens the other report
                break
            elif wi.norms[j] in _BY_ACCOUNT and j + 1 < n and (
                wi.norms[j + 1].startswith("قول") or wi.norms[j + 1].startswith("تعبير")
            ):
                break
            last = j
            j += 1
        return max(wi.ends[last], closed)


@lru_cache(maxsize=4)
def _hot_words(lex: Lexicon) -> frozenset[str]:
    """Folded words at which a cue scan or a clause must look closer."""
    first = {words[0] for words in lex.clause_end_words if words}
    return frozenset(lex.cue_lookup) | frozenset(lex.comp_forms) | first | set(_BY_ACCOUNT)


def _ends_clause(lex: Lexicon, w: str, nxt: str) -> bool:
    """After a comma: a new cue, an adverbial participle, or a source note ends a clause."""
    base = strip_conj(w)
    if lex.cue(w) is not None:
        return True
    if base in ("حسب", "بحسب", "وفق", "وفقا", "نقلا", "وذلك", "مما", "ما", "وهو", "وهي"):
        return True
    # مطالبا، داعيا، معربا ...: an accusative active participle (haal) opens a new clause.
    if base.startswith("م") and len(base) >= 5 and base.endswith("ا"):
        return True
    return len(base) == 5 and base[1] == "ا" and base.endswith("ا")  # داعيا، قائلا


def _clause_end_word(lex: Lexicon, wi: WordIndex, j: int) -> bool:
    """بينما، في حين: a contrast opens another clause (not the speaker's words)."""
    for words in lex.clause_end_words:
        if tuple(wi.norms[j : j + len(words)]) == words:
            return True
    return False


def _embedded_report(lex: Lexicon, wi: WordIndex, j: int) -> bool:
    """الحل الذي وصفه بأنه ...: a relative clause that reports another claim ends the clause."""
    w = wi.norms[j]
    if lex.cue(w) is None or not (
        j > 0 and wi.norms[j - 1] in lex.relative_pronouns or w in lex.described_as
    ):
        return False
    return any(lex.complementizer(wi.norms[k]) for k in range(j + 1, min(j + 3, len(wi))))


def _conjoined_report(lex: Lexicon, wi: WordIndex, j: int, cue: int) -> int | None:
    """و أكد أنّ، وأوضح أن، غير أنه أكد أن: a verb of statement joined by و (or after غير أنه),
    followed by its complementizer and in the person of the clause's own cue (أضاف ... وأكد;
    not أضاف أن الجمعية اتصلت ... ونفت أنها: another subject) starts another report of the
    same speaker; the clause ends before the joining words (the index of its last word)."""
    w = wi.norms[j]
    form = lex.cue(w)
    if form is None or form.form not in ("perfect", "imperfect"):
        return None
    if j + 1 >= len(wi) or not lex.complementizer(wi.norms[j + 1]):
        return None
    person = _person(lex, w)
    if person is None or person != _person(lex, wi.norms[cue]):
        return None
    if w[0] in "وف" and w not in lex.cues:
        return j - 1
    if j >= 1 and wi.norms[j - 1] in ("و", "ف"):
        return j - 2
    if j >= 2 and wi.norms[j - 2] == "غير" and lex.complementizer(wi.norms[j - 1]):
        return j - 3
    return None


def _person(lex: Lexicon, w: str) -> str | None:
    """"m", "f" or "p" (masculine, feminine, plural) of a reporting verb's form, clitic
    و/ف or not; None when the form does not say."""
    if w in lex.person:
        return lex.person[w]
    return lex.person.get(w[1:]) if w[:1] in ("و", "ف") else None


def _participle_cue(lex: Lexicon, wi: WordIndex, j: int) -> bool:
    """لافتا إلى أن ..., قائلا "...": an adverbial cue followed by its complementizer, a colon
    or a quotation mark starts a new quote."""
    form = lex.cue(wi.norms[j])
    if form is None or form.form != "participle":
        return False
    if j + 1 < len(wi) and not _MARKS_COLON.isdisjoint(wi.gap(j + 1)):
        return True
    for k in range(j + 1, min(j + 3, len(wi))):
        if lex.complementizer(wi.norms[k]):
            return True
    return False


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return a, b


def _trim_marks(text: str, a: int, b: int) -> tuple[int, int]:
    a, b = _trim(text, a, b)
    while a < b and text[a] in ALL_MARKS:
        a += 1
    while b > a and text[b - 1] in ALL_MARKS:
        b -= 1
    return _trim(text, a, b)


def _after_first_letter(raw: str) -> int:
    """Characters of a word up to and including its first letter (a clitic و or ل) and the
    marks or controls around it: what a mention leaves out of the word."""
    k = 0
    while k < len(raw) and is_dropped(raw[k]):
        k += 1
    k += 1
    while k < len(raw) and is_dropped(raw[k]):
        k += 1
    return k


def _close_mark(text: str, a: int, b: int) -> int:
    """``b``, or one past it when text[a:b] leaves a quoted name open and its closing mark
    follows (مراسل "الجوهرة أف أم")."""
    if b < len(text) and text[b] in ALL_MARKS and sum(c in ALL_MARKS for c in text[a:b]) % 2:
        return b + 1
    return b


def _gap_has_text(wi: WordIndex, k: int) -> bool:
    """The gap before word k holds more than spaces (punctuation, a line break)."""
    return bool(wi.gap(k).strip(" "))


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n\u00a0":
        pos += 1
    return pos


def _has_name(lex: Lexicon, norms: list[str]) -> bool:
    """Whether a speaker phrase holds a name that does not start with ال (المعينة in
    وزير ... الليبية المعينة من قبل is an adjective, not a name)."""
    part = name_part(lex, norms, strict=True)
    return part is not None and part[1] > part[0] and not norms[part[0]].startswith("ال")


def _colon_before(text: str, open_pos: int, gap_start: int) -> bool:
    return ":" in text[gap_start:open_pos]


def _latin(w) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in w.text)


def _statement_complement(w: str, first: bool) -> bool:
    """A word that goes on a statement noun's issuer: a ل- phrase (للجيش، لوزارة), the
    definite issuer (first), or an adjective after it (السعودية، العامة)."""
    if w.startswith("ل"):
        return True
    return w.startswith("ال") and (first or is_nisba(w) or w.endswith("ه"))


def _conj_spellings(word: str) -> set[str]:
    """The words that strip_conj can turn into ``word``."""
    return {word, "و" + word, "ف" + word}
