"""The rule engine: text (and optional entities) in, Quote objects out.

Evidence is gathered in one pass each: quotation-mark pairs, reporting cues with what
follows them (a complementizer, a colon, a quotation mark), headlines of the form
``SPEAKER: statement``, and attributions after a quote.  Candidates are then made
non-overlapping, implicit speakers are resolved to the previous speaker, and each speaker
gets the fullest name the document gives.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress, count, repeat
from operator import methodcaller

from quotecheck.find.marks import ALL_MARKS, MarkPair, pair_marks
from quotecheck.find.positions import WordPositions
from quotecheck.find.words import WordIndex
from quotecheck.find.wrapping import unwrap
from quotecheck.lang.ar.lexicon import CueForm, Lexicon, lexicon, strip_article_clitic
from quotecheck.lang.ar.normalize import fold, is_dropped, name_key
from quotecheck.speakers import (
    SpeakerSpan,
    is_addressee,
    is_medium,
    is_nisba,
    name_part,
    phrase_after,
    stops_phrase,
    strip_conj,
)
from quotecheck.types import Mention, Quote

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


class _Extractor:
    def __init__(self, text: str, entities: Sequence[Entity], lex: Lexicon) -> None:
        self.d = _Doc(text, lex)
        self.lex = lex
        self.text = text
        self.entities = sorted(entities)
        self.entity_starts = [e[0] for e in self.entities]
        self.cands: list[_Cand] = []
        self.claimed: set[int] = set()  # opening offsets of pairs used by a quote
        self.cue_speakers: dict[int, SpeakerSpan | None] = {}
        self.events: list[tuple[int, SpeakerSpan]] = []  # speaker mentions, for implicit ones

    # -- helpers --------------------------------------------------------------------
    def _pair_cand(self, p: MarkPair, kind: str, **kw) -> _Cand | None:
        a, b = _trim(self.text, p.open + 1, p.close)
        if a >= b:
            return None
        self.claimed.add(p.open)
        return _Cand(a, b, kind, pair=p, prio=2, **kw)

    def _accepted_pair(self, p: MarkPair, min_words: int = 2) -> bool:
        return self.d.pair_words(p) >= min_words and p.open not in self.claimed

    # -- cues -----------------------------------------------------------------------
    def run_cues(self) -> None:
        wi, lex = self.d.wi, self.lex
        get = lex.cue_lookup.get
        norms = wi.norms
        for i in self.d.hot[:-1]:  # every cue word is hot (the last index is len)
            w = norms[i]
            form = get(w)
            if form is None:
                continue
            if lex.is_title(w) or (
                i > 0 and norms[i - 1] in lex.not_before_cue and not self.d.breaks[i]
                and w not in lex.described_as
            ):
                continue  # مما يشير إلى أن: a relative clause, not a report (مما وصفه بـ is)
            self._cue(i, form)

    def _cue(self, i: int, form: CueForm) -> None:
        d, wi, lex = self.d, self.d.wi, self.lex
        n = len(wi)
        cue_last = i
        tail = False
        if i + 1 < n and not d.breaks[i + 1] and wi.norms[i + 1] in lex.cue_tails:
            if _COLON_QUOTE.isdisjoint(wi.gap(i + 1)):
                cue_last = i + 1
                tail = True
        if wi.norms[i] in ("قائلا", "قائله"):
            tail = True
        cue = (wi.starts[i], wi.ends[cue_last])
        k = cue_last + 1
        trigger = None
        fallback = None
        while k <= n and k - cue_last <= _SCAN_WORDS:
            h = d.next_hot(k)
            if h != k:  # the words before h are plain: the scan passes them
                if h - cue_last > _SCAN_WORDS:
                    k = cue_last + _SCAN_WORDS + 1
                    break
                k = h
            a, b = wi.gap_span(k)
            p = d.pair_in(a, b)
            if p is not None and p.close < b:
                p = None  # an empty pair inside the gap: nothing to skip
            if p is not None:
                short = (d.pair_words(p) <= 3 and not _colon_before(self.text, p.open, a)
                         ) or self._titled_pair(p)
                before = wi.norms[k - 1] if k - 1 > cue_last else ""
                near = d.pair_words(p) >= 2 and not self._is_name_pair(p) and (
                    k - cue_last <= 2
                    or (k - cue_last <= 6 and before in ("من", "علي", "عن", "الي", "ب"))
                )
                if short and not near:
                    # A name in marks («أدرعي», "سكاى نيوز"): go on, keep it as a fallback.
                    if (fallback is None and d.pair_words(p) >= 2 and not self._is_name_pair(p)
                            and self._colon_after_pair(p)):
                        fallback = ("mark", k, p)
                    k = d.word_after(p.close + 1)
                    if k >= n or d.breaks[k] and not self._colon_after_pair(p):
                        break
                    continue
                trigger = ("mark", k, p)
                break
            gap = wi.gap(k)
            if ":" in gap or "：" in gap:
                trigger = ("colon", k, None)
                break
            if k == n or d.breaks[k]:
                break
            w = wi.norms[k]
            prev = wi.norms[k - 1]
            if lex.complementizer(w) and not (k - 1 > cue_last and prev in lex.not_after) and not (
                w == "ان" and k + 1 < n and wi.norms[k + 1] in ("لم", "كان")
            ):
                trigger = ("comp", k, None)
                break
            if k > cue_last + 0 and lex.cue(w) is not None and not lex.is_title(w) and k != i:
                break
            k += 1
        if trigger is None:
            trigger = fallback
        self._cue_speaker(i, cue_last, trigger[1] if trigger else k, form)
        if trigger is None:
            if tail and cue_last + 1 < n and not d.breaks[cue_last + 1]:
                start = wi.starts[cue_last + 1]
                end = d.clause_end(cue_last + 1, i)
                self._add_clause(start, end, cue, form, i, cue_last, cue_last + 1)
            else:
                self._parenthetical(i, cue_last, cue, form)
            return
        kind, k, p = trigger
        if kind == "mark":
            if not self._accepted_pair(p, 2):
                return
            qkind = "direct"
            region_last = k - 1
            prev_norm = wi.norms[region_last] if region_last > cue_last else ""
            if prev_norm in ("علي", "عن", "الي", "ب", "من") or (
                prev_norm.startswith("ب") and len(prev_norm) > 4 and region_last > cue_last
                and not lex.is_title(prev_norm)
            ) or (
                region_last > cue_last and prev_norm in lex.object_nouns
            ) or (region_last > cue_last and self._embedded_pair(p, prev_norm, wi.gap_span(k)[0])):
                qkind = "mixed"
            elif region_last == cue_last and not tail:
                first = d.word_after(p.open)
                if first < n and wi.norms[first].startswith("ال") and form.form != "imperfect":
                    qkind = "mixed"
            c = self._pair_cand(p, qkind, cue=cue, cue_form=form)
            if c:
                self._speaker_for(c, i, cue_last, k)
                self.cands.append(c)
                self._chain_after(c, p)
            return
        if kind == "colon":
            colon_pos = self.text.find(":", *wi.gap_span(k))
            if colon_pos < 0:
                colon_pos = self.text.find("：", *wi.gap_span(k))
            nxt = _skip_space(self.text, colon_pos + 1)
            p2 = d.pair_in(colon_pos, nxt + 1)
            if p2 is not None and self._accepted_pair(p2, 1):
                c = self._pair_cand(p2, "direct", cue=cue, cue_form=form)
                if c:
                    self._speaker_for(c, i, cue_last, k)
                    self.cands.append(c)
                    self._chain_after(c, p2)
                return
            if k >= n:
                return
            if nxt < len(self.text) and self.text[nxt] in ALL_MARKS and p2 is None:
                # An opening mark that never closes: the quote runs to the clause end.
                end = d.clause_end(k, i)
                c = _Cand(*_trim_marks(self.text, nxt + 1, end), "direct", cue=cue,
                          cue_form=form, prio=1)
                if c.end > c.start:
                    self._speaker_for(c, i, cue_last, k)
                    self.cands.append(c)
                return
            if self._bullets(colon_pos, cue, form, i, cue_last, k):
                return
            start_word = k
            if lex.complementizer(wi.norms[k]):
                start_word = k + 1
            if start_word >= n or (d.breaks[start_word] and start_word != k):
                return
            end = d.clause_end(start_word, i)
            self._add_clause(wi.starts[start_word], end, cue, form, i, cue_last, k)
            return
        # complementizer
        start_word = k + 1
        if start_word >= n:
            return
        end = d.clause_end(start_word, i)
        self._add_clause(wi.gap_span(start_word)[0], end, cue, form, i, cue_last, k)

    def _embedded_pair(self, p: MarkPair, prev_norm: str, gap_start: int) -> bool:
        """Marks inside the cue's object phrase (يأسف للقرار الأحادي "..." للسلطات، وصف
        الأسباب "بالمبررات ..."): no colon before them, and they open with a preposition
        and article, or follow a definite word and the sentence goes on right after them."""
        d, wi = self.d, self.d.wi
        if _colon_before(self.text, p.open, gap_start) or self.lex.is_title(prev_norm):
            return False
        first = d.word_after(p.open)
        if first < len(wi) and wi.norms[first].startswith(("بال", "لل")):
            return True
        j = d.word_after(p.close + 1)
        return (prev_norm.startswith(("ال", "لل")) and j < len(wi) and not d.breaks[j]
                and not self.text[p.close + 1 : wi.starts[j]].strip()
                and self.lex.cue(wi.norms[j]) is None)

    def _parenthetical(self, i: int, cue_last: int, cue, form: CueForm) -> None:
        """``من جانبها، يضيف البلاغ، ستظل ...``: a cue and its speaker set off by commas near
        the start of a sentence; the rest of the clause is the reported speech."""
        d, wi = self.d, self.d.wi
        n = len(wi)
        if form.lemma not in self.lex.parenthetical_cues or i == 0 or d.breaks[i] or not any(
            c in wi.gap(i) for c in ",،"
        ):
            return
        if i - d.sentence_start(i) > 4:
            return
        for k in range(cue_last + 2, min(n, cue_last + 7)):
            gap = wi.gap(k)
            if d.breaks[k] or not _MARKS_COLON.isdisjoint(gap):
                return
            if not _COMMAS.isdisjoint(gap):
                if wi.norms[k] in self.lex.relative_pronouns or wi.norms[k] in self.lex.soft_prep:
                    return  # قال الوزير، الذي ترأس الوفد، / في بيان، : not the reported speech
                self._forget_speaker(i)  # the scan looked past the comma; the phrase ends there
                sp = self._cue_speaker(i, cue_last, k, form)
                statement = k == cue_last + 2 and is_medium(self.lex, wi.norms[cue_last + 1])
                if sp is None and not statement or sp is not None and sp.last >= k:
                    return  # (يضيف البيان، : the statement's author, found as for وأضاف)
                self._add_clause(wi.starts[k], d.clause_end(k, i), cue, form, i, cue_last, k)
                return

    def _colon_after_pair(self, p: MarkPair) -> bool:
        return self.text[p.close + 1 : p.close + 3].strip().startswith(":")

    def _add_clause(self, a: int, b: int, cue, form, i: int, cue_last: int, k: int) -> None:
        """A reported clause: mixed quotes for its quoted parts, else one indirect quote."""
        d = self.d
        inner = [p for p in d.pairs_between(a, b) if self._accepted_pair(p, 2)]
        inner = [p for p in inner if not self._is_name_pair(p)
                 and not self._name_opening_clause(p, a)]
        if inner:
            for p in inner:
                c = self._pair_cand(p, "mixed", cue=cue, cue_form=form)
                if c:
                    self._speaker_for(c, i, cue_last, k)
                    self.cands.append(c)
            j = self._coordinated_clause(inner[-1].close, b)
            if j is not None:  # "...", وأن واشنطن لا تضغط ...: a second reported clause
                self._add_clause(d.wi.gap_span(j)[0], b, cue, form, i, cue_last, k)
            return
        a, b = _trim(self.text, a, b)
        if b - a < 2 or d.wi.first_at_or_after(b) - d.wi.first_at_or_after(a) < 2:
            p = d.pair_in(a, a + 1)  # وصف الاتفاق بأنه «ضرورة»: the clause is one quoted word
            if p is None or p.close not in (b - 1, b) or p.close - p.open < 3:
                return
            a, b = p.open + 1, p.close  # marks excluded, as for every quote
        c = _Cand(a, b, "indirect", cue=cue, cue_form=form, prio=1)
        self._speaker_for(c, i, cue_last, k)
        self.cands.append(c)

    def _coordinated_clause(self, a: int, b: int) -> int | None:
        """The first word after ``، وأن`` in [a, b): a coordinated complement clause."""
        wi = self.d.wi
        for j in range(wi.first_at_or_after(a), wi.first_at_or_after(b) - 1):
            w = wi.norms[j]
            if w[:1] == "و" and self.lex.complementizer(w[1:]) and any(
                c in wi.gap(j) for c in ",،"
            ):
                return j + 1
        return None

    def _name_opening_clause(self, p: MarkPair, a: int) -> bool:
        """“إعلان نيويورك” يمهد ...: a short quoted name as the subject of the clause."""
        if self.d.pair_words(p) > 3 or self.text[a : p.open].strip():
            return False
        first = strip_conj(self.d.wi.norms[self.d.word_after(p.open)])
        return (first[2:] if first.startswith("ال") else first) in self.lex.name_nouns

    def _titled_pair(self, p: MarkPair) -> bool:
        """تحت عنوان "المجتمع المدني ومكافحة الفساد": the title of an event or a work (up
        to 12 words) after a title noun, not a quote."""
        d, wi = self.d, self.d.wi
        k = d.word_after(p.open) - 1
        return (0 <= k and wi.ends[k] <= p.open and d.pair_words(p) <= 12
                and strip_conj(wi.norms[k]) in self.lex.title_nouns
                and _COLON_QUOTE.isdisjoint(self.text[wi.ends[k] : p.open].replace(
                    self.text[p.open], "")))

    def _is_name_pair(self, p: MarkPair) -> bool:
        """A short quoted stretch that names something: digits or Latin, or after قناة، عملية ..."""
        d, wi, lex = self.d, self.d.wi, self.lex
        nw = d.pair_words(p)
        if self._titled_pair(p):
            return True
        if nw > 3:
            return False
        if nw <= 1:
            return True
        inner = self.text[p.open + 1 : p.close]
        first = wi.norms[d.word_after(p.open)]
        if first in ("حسب", "بحسب", "وفق") or first == "علي" and "حد" in inner:
            return True  # "حسب زعمه": an attribution note in marks
        if any(ch.isdigit() or "a" <= ch.lower() <= "z" for ch in inner):
            return True
        if strip_conj(first) in lex.name_heads:
            return True  # "مقهى لينت"، "أبو يوسف البلجيكي": a place or a person named
        k = d.word_after(p.open) - 1
        if k >= 0 and wi.ends[k] <= p.open:
            w = strip_conj(wi.norms[k])
            w = w[2:] if w.startswith("ال") else w
            if w in lex.name_nouns or w[1:] in lex.name_nouns and w[0] in "بل":
                return True
        return False

    def _chain_after(self, c: _Cand, p: MarkPair) -> None:
        """``"...", و"..."``: a second quoted part joined by و continues the same quote kind."""
        d = self.d
        while True:
            q = d.pair_in(p.close + 1, p.close + 8)
            if q is None:
                return
            between = self.text[p.close + 1 : q.open].strip(" \u00a0,،")
            if between not in ("و",) or not self._accepted_pair(q, 2):
                return
            c2 = self._pair_cand(q, c.kind, cue=c.cue, cue_form=c.cue_form)
            if c2 is None:
                return
            c2.speaker, c2.implicit = c.speaker, c.implicit
            c2.extra = dict(c.extra)
            self.cands.append(c2)
            p = q

    def _bullets(self, colon_pos: int, cue, form, i: int, cue_last: int, k: int) -> bool:
        """``قال X:`` followed by bulleted lines: each bullet is an indirect quote."""
        text = self.text
        line_end = text.find("\n", colon_pos)
        if line_end < 0 or text[colon_pos + 1 : line_end].strip():
            return False
        pos = line_end
        found = False
        while pos < len(text):
            j = _skip_space(text, pos)
            if j >= len(text) or text[j] not in self.lex.bullets:
                break
            e = text.find("\n", j)
            e = len(text) if e < 0 else e
            a, b = _trim(text, j + 1, e)
            if b > a:
                c = _Cand(a, b, "indirect", cue=cue, cue_form=form, prio=1)
                self._speaker_for(c, i, cue_last, k)
                if c.speaker is not None or c.implicit:
                    self.cands.append(c)
                    found = True
            pos = e
        return found

    # -- speakers around a cue --------------------------------------------------------
    def _speaker_for(self, c: _Cand, i: int, cue_last: int, k: int) -> None:
        sp = self._cue_speaker(i, cue_last, k, c.cue_form)
        c.speaker = sp
        c.implicit = sp is None

    def _cue_speaker(self, i: int, cue_last: int, k: int,
                     form: CueForm | None) -> SpeakerSpan | None:
        """The explicit speaker of the cue at word i (memoised; also a coreference event)."""
        if i in self.cue_speakers:
            return self.cue_speakers[i]
        wi, lex = self.d.wi, self.lex
        limit = min(k, len(wi))
        sp = None
        participle = form is not None and form.form == "participle"
        # Relay: قالت الوكالة نقلا عن مصدر أمني -> the relayed source.
        for j in range(cue_last + 1, limit - 1):
            if wi.norms[j] in ("نقلا", "نقلاً") and wi.norms[j + 1] == "عن":
                if j + 2 < limit and wi.norms[j + 2] in lex.relay_not_sources:
                    break  # نقلا عن معلومات لأجهزة مخابرات: information, not a source
                sp = phrase_after(lex, wi, j + 2, limit)
                break
        if sp is None and form is not None and form.lemma == "نقل":
            for j in range(cue_last + 1, limit):
                if wi.norms[j] == "عن":
                    sp = phrase_after(lex, wi, j + 1, limit)
                    break
        if sp is None and cue_last + 1 < limit and not participle:
            sp = phrase_after(lex, wi, cue_last + 1, limit)
            if sp is not None and form is not None and form.lemma in lex.object_first and not any(
                strip_conj(w) in lex.titles for w in wi.norms[sp.first : sp.last + 1]
            ):
                sp = None  # اتهم روسيا بـ: the object, not the speaker
        if sp is None and cue_last + 1 < limit and not participle:
            sp = self._statement_subject(cue_last + 1, limit)
        if sp is not None:
            sp = self._apposed_name(sp, limit) or sp
        if sp is None:
            sp = self._speaker_before(i, form)
        self.cue_speakers[i] = sp
        if sp is not None and not sp.issuer and self._strong_speaker(sp):
            # (an issuer read from في بيان لـX is this verb's speaker only: the bare verbs
            # after it relay the person the statement quotes, the earlier antecedent)
            self.events.append((self.d.wi.starts[i], sp))
        return sp

    def _statement_subject(self, k: int, limit: int) -> SpeakerSpan | None:
        """وأكد بيان الخارجية المغربية أن، بلاغ لوزارة الداخلية، بيان صادر عن ...: an indefinite
        statement noun right after the verb with the issuer in its complement is the subject
        (the phrase is the speaker).  A bare or definite one (وأضاف البيان) points back to an
        issuer named before, and البيان الوضع is a subject and its object."""
        wi = self.d.wi
        if not _COLON_QUOTE.isdisjoint(wi.gap(k)) or wi.norms[k] not in self.lex.statement_nouns:
            return None
        for issued in self.lex.issued_by:  # بيان صادر عن وزارة الخارجية: up to the issuer's end
            m = len(issued)
            if tuple(wi.norms[k : k + m]) == issued:
                issuer = phrase_after(self.lex, wi, k + m, limit)
                if issuer is not None and issuer.first == k + m:
                    return SpeakerSpan(k, issuer.last)
        last = k
        while (last + 1 < limit and last - k < 5 and _SEGMENT_END.isdisjoint(wi.gap(last + 1))
               and _statement_complement(wi.norms[last + 1], first=last == k)
               and wi.norms[last + 1] not in self.lex.soft_prep
               and wi.norms[last + 1] not in self.lex.comp_prefix
               and not stops_phrase(self.lex, wi, last + 1)):
            last += 1
        return SpeakerSpan(k, last) if last > k else None

    def _apposed_name(self, sp: SpeakerSpan, limit: int) -> SpeakerSpan | None:
        """``قال وزير ... في الحكومة المعينة من قبل البرلمان، هشام شكيوات، الثلاثاء، إن``: a
        title phrase without a name, then the name set off by commas before the clause."""
        wi, lex = self.d.wi, self.lex
        if _has_name(lex, wi.norms[sp.first : sp.last + 1]):
            return None
        j = sp.last + 1
        while j < limit and j - sp.last <= 12:
            if not _PHRASE_END.isdisjoint(wi.gap(j)):
                return None
            if _COMMAS.isdisjoint(wi.gap(j)):
                j += 1
                continue
            e = j
            while e + 1 < limit and _SEGMENT_END.isdisjoint(wi.gap(e + 1)):
                e += 1
            # The name may also end where an adverbial or an addressee begins (، أحمد
            # الكلبوسي في تصريح لمراسلة ...), not only at a comma.
            cut = next((x for x in range(j + 2, e + 1) if self._ends_apposed_name(x)), None)
            if cut is not None and not any(lex.is_title(w) and not lex.is_body(w)
                                           for w in wi.norms[sp.first : sp.last + 1]):
                cut = None  # (only after a person's title: المجلس، ... وضع إطار is no name)
            if cut is not None:
                e = cut - 1
            seg = range(j, e + 1)
            if len(seg) <= 4 and not wi.norms[j].startswith("ال") and not any(
                stops_phrase(lex, wi, x) or lex.is_title(wi.norms[x]) or is_medium(lex, wi.norms[x])
                or wi.norms[x] in lex.soft_prep for x in seg
            ) and (e + 1 >= limit or not _COMMAS.isdisjoint(wi.gap(e + 1)) or cut is not None):
                return SpeakerSpan(sp.first, e)
            j = e + 1
        return None

    def _ends_apposed_name(self, x: int) -> bool:
        """Word x opens what follows a name: في, a ل-addressee or medium, a time word."""
        w = self.d.wi.norms[x]
        return w in ("في", "خلال") or w.startswith("ل") or w in self.lex.time_words

    def _forget_speaker(self, i: int) -> None:
        """Drop the memoised speaker of the cue at word i (and its coreference event)."""
        if self.cue_speakers.pop(i, None) is not None:
            pos = self.d.wi.starts[i]
            self.events = [e for e in self.events if e[0] != pos]

    def _strong_speaker(self, sp: SpeakerSpan) -> bool:
        """A phrase with a title or an unnamed-source noun (a safe antecedent for وأضاف)."""
        norms = [strip_conj(w) for w in self.d.wi.norms[sp.first : sp.last + 1]]
        return any(w in self.lex.titles or w in self.lex.anonymous for w in norms) or any(
            self._entity_at(sp)
        )

    def _entity_at(self, sp: SpeakerSpan):
        """PERS/ORG entities starting in the first words of a phrase."""
        a = self.d.wi.starts[sp.first]
        b = self.d.wi.ends[min(sp.last, sp.first + 2)]
        return (1 for e in _entities_from(self.entities, self.entity_starts, a, b)
                if e[2] in ("PERS", "PER", "ORG"))

    def _speaker_before(self, i: int, form: CueForm | None) -> SpeakerSpan | None:
        """``وكان الجبير قد أكد``, ``ميقاتي لفت``, or the subject before a participle."""
        d, wi, lex = self.d, self.d.wi, self.lex
        s = d.sentence_start(i)
        label = False
        for j in range(i - 1, s, -1):
            if ":" in wi.gap(j):  # عاجل : وزير ليبي يؤكد: a label before the subject
                s, label = j, True
                break
        if s >= i:
            return None
        first = strip_conj(wi.norms[s])
        participle = form is not None and form.form == "participle"
        if (not participle and self.cands and self.cands[-1].start >= wi.starts[s]
                and self.cands[-1].start < wi.starts[i]
                and (wi.norms[i - 1] in ("و", "ف") or wi.norms[i][0] in "وف"
                     and wi.norms[i] not in lex.cues)):
            return None  # وقال إن ... وأضاف أن: a verb joined after a report in the sentence
        if not participle:
            i = self._before_seat(s, i)  # المرصد ... ومقره لندن أعلن: the phrase before ومقره
            issuer = self._statement_issuer(s, i)
            if issuer is not None:
                return issuer
        if participle:
            # وتوجه سريع إلى المملكة قائلا: the subject of the sentence's first verb.
            if self.cands and self.cands[-1].start >= wi.starts[s]:
                return None
            if wi.norms[s] in ("و", "ف") and s + 1 < i:
                s += 1  # و استبعد الدكتور ...: a conjunction written apart from its verb
            s0, s = s, self._after_leading_phrase(s, i)
            if not lex.is_title(wi.norms[s]) and i - s <= 14:
                sp = phrase_after(lex, wi, s + 1, i)
                if sp is not None and self._looks_named(sp) and (
                    s == s0 or sp.last - sp.first < 2
                    or any(lex.is_title(w) for w in wi.norms[sp.first : sp.last + 1])
                ):  # (after a leading phrase, no untitled run: نفى أوباما اتهامات ترامب)
                    return sp
            return None
        if (first == "سبق" and s + 2 < i and wi.norms[s + 1].startswith("ل")
                and len(wi.norms[s + 1]) > 2 and lex.complementizer(wi.norms[i - 1])):
            # وسبق للرئيس محمود عباس، أن أعلن: the ل-phrase before أن is the speaker
            sp = self._issuer_phrase(s + 1, i - 1)
            if sp is not None and sp.last == i - 2:
                return SpeakerSpan(sp.first, sp.last, skip=0 if wi.norms[s + 1].startswith("لل")
                                   else 1)
        if first in ("كان", "كانت", "وكان", "وكانت"):
            sp = phrase_after(lex, wi, s + 1, i)
            if sp is not None:
                return sp
            return None
        if first in ("اما",):
            return phrase_after(lex, wi, s + 1, i)
        # فإن المجلس يهدد، لكن الوزارة أكدت: a subject right after a particle, before the verb.
        for j in range(i - 1, max(s, i - 6) - 1, -1):
            if strip_conj(wi.norms[j]) in ("فان", "ان", "لكن", "بينما", "فيما") and j < i - 1:
                sp = phrase_after(lex, wi, j + 1, i)
                if sp is not None and sp.first == j + 1 and sp.last == i - 1:
                    return sp
                break
        sp = self._conjoined_subject(s, i, form)
        if sp is not None:
            return sp
        if i - s <= 6:
            sp = phrase_after(lex, wi, s, i, after_label=label)
            if sp is not None and sp.last >= i - 1 and sp.first == s:
                return sp
        return None

    def _before_seat(self, s: int, i: int) -> int:
        """Where a body's seat in apposition begins just before the verb at word i
        (المرصد السوري لحقوق الإنسان ومقره لندن أعلن); else ``i``."""
        wi = self.d.wi
        for k in range(i - 2, max(s, i - 4) - 1, -1):
            if wi.norms[k] in self.lex.seat_words:
                if all(_PHRASE_END.isdisjoint(wi.gap(x)) for x in range(k, i)):
                    return k
                break
        return i

    def _after_leading_phrase(self, s: int, i: int) -> int:
        """The first word after a leading prepositional phrase set off by a comma (وفي سياق
        متصل، تحدث الحرشاني ... مشيرا): where the sentence's verb stands; else ``s``."""
        wi, lex = self.d.wi, self.lex
        w = wi.norms[s]
        if w not in lex.leading_prepositions and not (
            w[:1] in "وف" and w[1:] in lex.leading_prepositions
        ):
            return s
        for j in range(s + 1, min(s + 6, i)):
            if not _PHRASE_END.isdisjoint(wi.gap(j)):
                return s
            if not _COMMAS.isdisjoint(wi.gap(j)):
                return j
            if lex.cue(wi.norms[j]) is not None or lex.is_title(wi.norms[j]):
                return s  # و استبعد الدكتور ...، أن: a verb and its subject, no leading phrase
        return s

    def _conjoined_subject(self, s: int, i: int, form: CueForm | None) -> SpeakerSpan | None:
        """``والدبيبة يقول إن`` / ``، والوزير أكد أن``: a new clause whose subject, joined by
        و, stands right before a bare verb; the mention leaves the conjunction out.  After a
        plain noun (وسط الزغاريد والضحكات قال) the و may join two nouns instead, so there it
        takes a title (والوزير), a comma before it, or an imperfect verb (والدبيبة يقول)."""
        wi, lex = self.d.wi, self.lex
        if wi.norms[i] not in lex.cues:
            return None  # ويقول، وأكد: the verb carries the conjunction, not its subject
        for j in range(i - 1, max(s, i - 4) - 1, -1):
            if not _PHRASE_END.isdisjoint(wi.gap(j + 1)) or not _COMMAS.isdisjoint(wi.gap(j + 1)):
                return None
            w = wi.norms[j]
            if w[0] == "و" and len(w) > 4 and w not in lex.titles and (
                w not in lex.cue_lookup and w not in lex.conjunction_lookalikes
            ) and (w[1:].startswith("ال") or lex.is_title(w[1:])):
                if w[1:] in lex.relative_pronouns or not (
                    lex.is_title(w[1:]) or j == s or not _COMMAS.isdisjoint(wi.gap(j))
                    or (form is not None and form.form == "imperfect")
                ):
                    return None  # والذي أكد: a relative clause; الزغاريد والضحكات قال
                sp = phrase_after(lex, wi, j, i)
                if sp is None or sp.first != j or sp.last != i - 1:
                    return None
                raw = wi.text[wi.starts[j] : wi.ends[j]]
                return SpeakerSpan(j, i - 1, _after_first_letter(raw))  # وَالوزير: no و
            if stops_phrase(lex, wi, j):
                return None
        return None

    def _statement_issuer(self, s: int, i: int) -> SpeakerSpan | None:
        """``وفي بيان لوزارة الداخلية، قالت إن`` / ``في بلاغ صادر عن الوزارة، أكدت``: a verb
        without a subject after a statement issued by someone earlier in its sentence."""
        wi, lex = self.d.wi, self.lex
        for j in range(i - 1, s - 1, -1):
            w = strip_conj(wi.norms[j])
            if j < i - 1 and lex.cue(wi.norms[j]) is not None and not lex.is_title(wi.norms[j]):
                return None  # another report's verb: the statement is not this cue's
            if w not in lex.statement_words:
                continue
            start, skip = None, 0
            for words in lex.issued_by:
                if tuple(strip_conj(x) for x in wi.norms[j : j + len(words)]) == words:
                    start = j + len(words)
                    break
            if start is None and w in lex.statement_nouns and j + 1 < i:
                nxt = wi.norms[j + 1]
                if (nxt.startswith("ل") and not nxt.startswith("لل") and len(nxt) > 3
                        and _COMMAS.isdisjoint(wi.gap(j + 1))):
                    start = j + 1
                    raw = wi.text[wi.starts[j + 1] : wi.ends[j + 1]]
                    skip = _after_first_letter(raw)  # لِوزارة: the preposition and its vowel
            if start is None:
                continue
            if start >= i or is_medium(lex, wi.norms[start][1 if skip else 0 :]):
                return None
            sp = phrase_after(lex, wi, start, i) if not skip else self._issuer_phrase(start, i)
            if sp is None or sp.last >= i:
                return None
            return SpeakerSpan(sp.first, sp.last, skip, issuer=True)
        return None

    def _issuer_phrase(self, start: int, i: int) -> SpeakerSpan | None:
        """The phrase of a ل-prefixed issuer (لرئاسة الجمهورية التونسية): its first word read
        without the preposition, then the words that follow it up to the comma."""
        wi = self.d.wi
        last = start
        for k in range(start + 1, i):
            if not _PHRASE_END.isdisjoint(wi.gap(k)) or not _COMMAS.isdisjoint(wi.gap(k)):
                break
            if stops_phrase(self.lex, wi, k):
                break
            last = k
        return SpeakerSpan(start, last)

    def _looks_named(self, sp: SpeakerSpan) -> bool:
        norms = self.d.wi.norms[sp.first : sp.last + 1]
        return len(norms) <= 8

    # -- headlines ----------------------------------------------------------------------
    def run_headlines(self) -> None:
        text = self.text
        pos = 0
        while pos <= len(text):
            e = text.find("\n", pos)
            e = len(text) if e < 0 else e
            self._headline(pos, e)
            pos = e + 1

    def _headline(self, a: int, b: int) -> None:
        text, d, wi, lex = self.text, self.d, self.d.wi, self.lex
        line = text[a:b]
        colon = -1
        for ch in ":：":
            j = line.find(ch)
            if j >= 0 and (colon < 0 or j < colon):
                colon = j
        if colon <= 0 or colon > 80:
            return
        ws = wi.first_at_or_after(a)
        we = wi.first_at_or_after(a + colon)
        if not 1 <= we - ws <= 7:
            return
        head = wi.norms[ws:we]
        head_text = " ".join(head)
        if any(ch.isdigit() for ch in text[a : a + colon]) or any(
            c in text[a : a + colon] for c in '"“”«»<>=/@#|'
        ):
            return
        if head_text in lex.labels or head[0] in lex.labels or strip_conj(head[0]) in lex.labels:
            return
        if any(lex.cue(w) is not None and not lex.is_title(w) for w in head):
            return
        if any(lex.complementizer(w) for w in head) or head[0] in lex.time_words:
            return
        if head[0] in ("في", "من") or (
            head[0][:1] in "وف" and head[0][1:] in lex.leading_prepositions
        ):
            # وفي ما يلي البرنامج: ...، ومن أهم الحاضرين: ...: a list, no speaker (a bare
            # على may be the name علي: على عبد العال: ...)
            return
        if any(_latin(w) for w in wi.words[ws:we]):
            return
        ca, cb = _trim(text, a + colon + 1, b)
        if cb <= ca:
            return
        body_words = wi.first_at_or_after(cb) - wi.first_at_or_after(ca)
        if body_words < 3:
            return
        first_body = wi.first_at_or_after(ca)
        if first_body < len(wi) and wi.norms[first_body] in lex.time_words:
            return  # مقابلات المستوى الأول : الأربعاء 17 ماي ...: a schedule, not a statement
        sp = phrase_after(lex, wi, ws, we) if we - ws > 1 else None
        if sp is None or sp.first != ws:
            sp = SpeakerSpan(ws, we - 1)
        p = d.pair_in(ca, ca + 1)
        if p is not None and _trim(text, p.close + 1, cb)[0] >= cb:
            c = self._pair_cand(p, "direct", headline=True)
            if c is None:
                return
        else:
            ca, cb = _trim_marks(text, ca, cb)
            if cb <= ca:
                return
            c = _Cand(ca, cb, "direct", headline=True, prio=0)
        c.speaker = sp
        self.cands.append(c)
        self.events.append((a, sp))

    # -- quotes attributed after the marks -------------------------------------------
    def run_unclaimed(self) -> None:
        d, wi, lex, text = self.d, self.d.wi, self.lex, self.text
        n = len(wi)
        for p in d.pairs:
            if p.open in self.claimed or d.pair_words(p) < 3:
                continue
            k = d.word_after(p.close + 1)
            if k >= n:
                continue
            gap = text[p.close + 1 : wi.starts[k]]
            if "\n" in gap or "." in gap or ":" in gap:
                if "-" in gap and "\n" not in gap:
                    self._dash_speaker(p, k)
                continue
            w = wi.norms[k]
            on_account = w == "علي" and k + 1 < n and wi.norms[k + 1] == "حد"
            if w in ("حسب", "بحسب", "وفق") or on_account:
                j = k + 1 if w != "علي" else k + 2
                if j < n and (wi.norms[j].startswith("قول") or wi.norms[j].startswith("تعبير")
                              or wi.norms[j].startswith("زعم")):
                    c = self._pair_cand(p, "direct", cue=(wi.starts[k], wi.ends[j]))
                    if c:
                        c.implicit = True
                        self.cands.append(c)
                continue
            form = lex.cue(w)
            if form is not None and form.form in ("perfect", "imperfect") and not lex.is_title(w):
                sp = phrase_after(lex, wi, k + 1, min(n, k + 12))
                c = self._pair_cand(p, "direct", cue=(wi.starts[k], wi.ends[k]),
                                    cue_form=form)
                if c:
                    c.speaker = sp
                    c.implicit = sp is None
                    self.cands.append(c)

    def _dash_speaker(self, p: MarkPair, k: int) -> None:
        wi = self.d.wi
        e = self.text.find("\n", p.close)
        e = len(self.text) if e < 0 else e
        last = wi.first_at_or_after(e) - 1
        if not 1 <= last - k + 1 <= 8:
            return
        c = self._pair_cand(p, "direct")
        if c:
            c.speaker = SpeakerSpan(k, last)
            self.cands.append(c)

    # -- assembly -----------------------------------------------------------------------
    def resolve(self) -> list[_Cand]:
        cands = sorted(self.cands, key=lambda c: (c.start, -c.prio, -(c.end - c.start)))
        out: list[_Cand] = []
        for c in cands:
            if out and c.start < out[-1].end:
                prev = out[-1]
                if c.prio > prev.prio:
                    out[-1] = c
                continue
            out.append(c)
        # A later higher-priority candidate may overlap the one that replaced an earlier one.
        final: list[_Cand] = []
        for c in out:
            if final and c.start < final[-1].end:
                continue
            final.append(c)
        return final

    def build(self) -> list[Quote]:
        self.run_cues()
        self.run_headlines()
        self.run_unclaimed()
        cands = self.resolve()
        return _Namer(self.d, self.lex, self.entities, self.entity_starts).quotes(cands,
                                                                                 self.events)


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


class _Namer:
    """Speaker mentions, implicit speakers and canonical names for a document."""

    def __init__(self, d: _Doc, lex: Lexicon, entities: Sequence[Entity],
                 starts: list[int]) -> None:
        self.d, self.lex, self.entities, self.entity_starts = d, lex, entities, starts
        self.wi = d.wi
        self.person_names: list[list[str]] = []  # folded token lists of names seen
        self.by_word: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        self.surface: dict[tuple[str, ...], str] = {}
        self._title_memo: dict[tuple[str, ...], tuple[str, ...] | None] = {}
        self._word_positions: WordPositions | None = None
        self._fullest_memo: dict[tuple[str, ...], tuple[str, ...]] = {}

    def _mention(self, sp: SpeakerSpan) -> Mention:
        a = self.wi.starts[sp.first] + sp.skip
        b = self.wi.ends[sp.last]
        b = _close_mark(self.d.text, a, b)
        return Mention(self.d.text[a:b], a, b)

    def _name_of(self, sp: SpeakerSpan) -> tuple[str, ...] | None:
        if (sp.skip and sp.issuer) or self._body_phrase(sp):
            return None  # a body (وزارة الثقافة، لوزارة الداخلية): its phrase is its name
        norms = self._norms(sp.first, sp.last + 1, sp)
        part = name_part(self.lex, norms)
        rule = None
        if part is not None and part[1] > part[0]:
            rule = (sp.first + part[0], sp.first + part[1])
        cut = next((j for j in range(sp.last, sp.first, -1)
                    if not _COMMAS.isdisjoint(self.wi.gap(j))), None)
        if cut is not None:  # وزير ... لجنة الطوارئ، هشام شكيوات: the name in apposition
            tail = name_part(self.lex, self.wi.norms[cut : sp.last + 1], strict=True)
            if tail is not None and tail[1] > tail[0] and not _has_name(
                self.lex, norms[: cut - sp.first]
            ) and not self.wi.norms[cut + tail[0]].startswith("ال"):
                rule = (cut + tail[0], cut + tail[1])
        ent = self._person_entity(sp)
        # Snap to a PERS entity when the rules found no name, or the entity holds it and more.
        if ent is not None and (rule is None or (ent[0] <= rule[0] and ent[1] >= rule[1])):
            rule = ent
        if rule is None:
            return None
        i, j = rule
        if rule != ent and self.lex.is_body(self.wi.norms[i]):
            return None  # وزارة الداخلية الفرنسية: a body, its phrase is its name
        if rule != ent and self._in_quoted_name(i, sp):
            # مراسل "الجوهرة أف أم": the rest of a quoted name is no person's name; one may
            # follow it (المتحدث باسم حركة "حماس" فوزي برهوم)
            while i < j and self.d.inside_pair(self.wi.starts[i]):
                i += 1
            if i >= j or self.wi.norms[i].startswith("ال"):
                return None
        key = tuple(self._norms(i, j, sp))
        lead = sp.skip if i == sp.first else 0
        a = self.wi.starts[i] + lead
        self.surface.setdefault(key, self.d.text[a : _close_mark(self.d.text, a,
                                                                 self.wi.ends[j - 1])])
        return key

    def _norms(self, i: int, j: int, sp: SpeakerSpan) -> list[str]:
        """Folded words i..j-1 of a phrase, its first word without a skipped conjunction."""
        norms = self.wi.norms[i:j]
        if sp.skip and i == sp.first and norms:
            norms[0] = strip_conj(norms[0])
        return norms

    def _body_phrase(self, sp: SpeakerSpan) -> bool:
        """The phrase begins with the head noun of an institution (وزارة، منظمة العفو) or of a
        statement (بيان الخارجية، بلاغ لوزارة الداخلية): the phrase is its own name."""
        w = self.wi.norms[sp.first]
        return self.lex.is_body(w) or w in self.lex.statement_nouns

    def _in_quoted_name(self, i: int, sp: SpeakerSpan) -> bool:
        """Word i of a phrase lies in the quoted name of a body after an indefinite naming
        noun (مراسل "الجوهرة أف أم", حركة "حماس"), not in a person's name quoted after a
        title (المتحدث باسم المنظمة "فلان")."""
        d, wi = self.d, self.wi
        if not d.inside_pair(wi.starts[i]) or d.inside_pair(wi.starts[sp.first]):
            return False
        k = next((x for x in range(i, sp.first, -1) if not _QUOTE_CHARS.isdisjoint(wi.gap(x))),
                 None)
        return k is not None and strip_conj(wi.norms[k - 1]) in self.lex.name_nouns

    def _person_entity(self, sp: SpeakerSpan) -> tuple[int, int] | None:
        """Word range of the last PERS entity inside a speaker phrase."""
        a = self.wi.starts[sp.first]
        b = self.wi.ends[sp.last]
        best = None
        for ea, eb, label in _entities_from(self.entities, self.entity_starts, a, b):
            if label in ("PERS", "PER", "PERSON") and eb <= b:
                i, j = self.wi.first_at_or_after(ea), self.wi.first_at_or_after(eb)
                if j > i and not all(self.lex.is_title(w) for w in self.wi.norms[i:j]):
                    best = (i, j)  # (an entity of title words only, وزير ليبي، is no name)
        return best

    def _entity_names(self) -> None:
        for a, b, label in self.entities:
            if label not in ("PERS", "PER", "PERSON") or any(
                c in self.d.text[a:b] for c in '"“”«»=<>'
            ):
                continue
            i = self.wi.first_at_or_after(a)
            j = self.wi.first_at_or_after(b)
            if j > i:
                key = tuple(strip_article_clitic(w) if k == 0 else w
                            for k, w in enumerate(self.wi.norms[i:j]))
                key = tuple(self.wi.norms[i:j])
                self.surface.setdefault(key, self.d.text[self.wi.starts[i]:
                                                         self.wi.ends[j - 1]])
                self.person_names.append(list(key))

    def _title_name(self, sp: SpeakerSpan) -> tuple[str, ...] | None:
        """A title-only speaker (وزير الخارجية الأمريكي): the name that follows it elsewhere."""
        words = self.wi.norms[sp.first : sp.last + 1]
        title = [strip_conj(w) for w in words]
        if not any(w in self.lex.titles for w in title + words):  # (وزيرة strips to زيرة)
            return None  # الولايات المتحدة: a country or body, no person's name to find
        memo_key = tuple(title)
        if memo_key not in self._title_memo:
            self._title_memo[memo_key] = self._find_title_name(title)
        return self._title_memo[memo_key]

    def _find_title_name(self, title: list[str]) -> tuple[str, ...] | None:
        norms = self.wi.norms
        m = len(title)
        if m == 0:
            return None
        for s in self._positions(title[0]):
            if s + m > len(norms) or [strip_conj(w) for w in norms[s : s + m]] != title:
                continue
            j = self._past_joined_portfolios(s + m)
            e = j
            while e < len(norms) and e - j < 4:
                gap = self.wi.gap(e)
                if e > j and not _NAME_END_COMMA.isdisjoint(gap):
                    break
                if e == j and not _NAME_END.isdisjoint(gap):
                    break
                w = norms[e]
                if (stops_phrase(self.lex, self.wi, e) or self.lex.is_title(w)
                        or w in self.lex.soft_prep or (e == j and is_nisba(w))
                        or w in self.lex.apposed_roles or w.startswith("ل")
                        or (e - j >= 2 and w.startswith("بال"))
                        or self.lex.accusative(self.wi.text[self.wi.starts[e] : self.wi.ends[e]],
                                               w)):
                    break
                e += 1
            if e > j:
                key = tuple(norms[j:e])
                self.surface.setdefault(key, self.d.text[self.wi.starts[j]:
                                                         self.wi.ends[e - 1]])
                return key
        return None

    def _past_joined_portfolios(self, j: int) -> int:
        """The first word after the nouns joined to a title at word j (وزير الفلاحة
        والموارد المائية والصيد البحري سمير الطيب; الصناعة و الطاقة), each with at most one
        definite adjective (a nisba, or any definite word not followed by another one),
        and a بال- complement first: where the name after the title begins."""
        norms, n = self.wi.norms, len(self.wi.norms)
        if j < n and norms[j].startswith("بال") and _COMMAS.isdisjoint(self.wi.gap(j)):
            j += 1  # (المدير الجهوي بالشابة أحمد بنور: a place; بالاستقالة: no name after)
        while j < n and _COMMAS.isdisjoint(self.wi.gap(j)):
            w = norms[j]
            if w.startswith("وال") and len(w) > 4 and w not in self.lex.conjunction_lookalikes:
                j += 1
            elif (w.startswith("و") and len(w) > 3 and j + 1 < n and norms[j + 1].startswith("ال")
                  and w not in self.lex.conjunction_lookalikes
                  and _COMMAS.isdisjoint(self.wi.gap(j + 1))):
                j += 2  # (والحوكمة ومقاومة الفساد: a joined noun in construct)
            elif w == "و" and j + 1 < n and norms[j + 1].startswith("ال"):
                j += 2
            else:
                break
            if (j < n and norms[j].startswith("ال") and _COMMAS.isdisjoint(self.wi.gap(j))
                    and (is_nisba(norms[j]) or j + 1 >= n or not norms[j + 1].startswith("ال"))):
                j += 1  # (المائية، البحري، المتجددة: the joined noun's adjective; not the
                #          الحبيب of الحبيب الصيد)
        return j

    def _positions(self, word: str) -> Iterator[int]:
        """Ascending indices of the words w with strip_conj(w) == word, found lazily."""
        if self._word_positions is None:
            self._word_positions = WordPositions(self.wi.norms, strip_conj, _conj_spellings)
        return self._word_positions.of(word)

    def _title_mention_before(self, pos: int) -> SpeakerSpan | None:
        """With no earlier speaker: the last 'title + name' phrase before ``pos``."""
        wi, lex = self.wi, self.lex
        k = wi.last_before(pos)
        stop = max(-1, k - 400)  # bounded look-back keeps the pass linear
        best = None
        while k > stop and best is None:
            w = strip_conj(wi.norms[k])
            if w in lex.titles and (k == 0 or strip_conj(wi.norms[k - 1]) not in lex.titles):
                starts = [k]
                if self._modifies_previous(k):
                    # الوضع الإقليمي: an adjective; وزير الشؤون الخارجية: read from the head
                    # title when there is one, else this is no speaker phrase
                    h = self._phrase_head(k)
                    starts = [h, k] if h is not None else []
                for a in starts:
                    sp = phrase_after(lex, wi, a, min(len(wi), a + 16))
                    if sp is not None and self._name_of(sp) is not None:
                        best = sp
                        break
            k -= 1
        return best

    def _phrase_head(self, k: int) -> int | None:
        """The title word heading the definite noun phrase that word k ends
        (وزير الشؤون الخارجية -> وزير), if any, a few words back."""
        wi, lex = self.wi, self.lex
        j = k - 1
        while j >= 0 and k - j <= 5 and not _gap_has_text(wi, j + 1):
            w = strip_conj(wi.norms[j])
            if lex.is_title(wi.norms[j]):
                return j  # (وزيرة السياحة السابقة: the feminine title too)
            if not w.startswith("ال"):
                return None
            j -= 1
        return None

    def _modifies_previous(self, k: int) -> bool:
        """Word k is an adjective of the definite noun before it (الوضع الإقليمي، القرار
        الدولي): title material, but not the start of a speaker phrase."""
        if k == 0 or _gap_has_text(self.wi, k):
            return False
        prev = strip_conj(self.wi.norms[k - 1])
        return self.wi.norms[k].startswith("ال") and prev.startswith("ال") and (
            not self.lex.is_title(prev) and prev not in self.lex.time_words
        )

    def _fullest(self, key: tuple[str, ...]) -> tuple[str, ...]:
        hit = self._fullest_memo.get(key)
        if hit is None:
            hit = self._fullest_memo[key] = self._find_fullest(key)
        return hit

    def _find_fullest(self, key: tuple[str, ...]) -> tuple[str, ...]:
        if not self.by_word:
            for cand in self.person_names:
                keys = tuple(map(name_key, cand))
                for w in set(keys):
                    self.by_word.setdefault(w, []).append((tuple(cand), keys))
        short = list(map(name_key, key))
        matches = [c for c, keys in self.by_word.get(short[-1], ()) if _in_order(short, keys)]
        if not matches:
            return key
        longest = max(len(c) for c in matches)
        return next(c for c in matches if len(c) == longest)  # ties: the earliest spelling

    def _resolve(self, sp: SpeakerSpan, key: tuple[str, ...] | None):
        mention = self._mention(sp)
        first = strip_conj(self.wi.norms[sp.first])
        anonymous = first in self.lex.anonymous and (key is None or key[0] in self.lex.anonymous)
        if anonymous:
            return mention, mention.text, True  # مصدر مسؤول: the head noun phrase is the name
        if key is None and not self._body_phrase(sp):
            key = self._title_name(sp)  # (a body, وزارة الداخلية, is named by its phrase)
        if key is not None:
            name = self.surface.get(self._fullest(key)) or self.surface.get(key)
        else:
            name = self._issuer_name(sp) or mention.text
        return mention, self._name_in_apposition(name), anonymous

    def _name_in_apposition(self, name: str | None) -> str | None:
        """A name made of comma-separated parts (آفاق تونس، ياسين ابراهيم; مبروك كورشيد، كاتب;
        فرانسيس، بابا الفاتيكان): the last part that looks like a person's name, else the
        first; the whole when neither does."""
        if not name or not _COMMAS.intersection(name):
            return name
        parts = [p.strip(" \t\n\u00a0") for p in _COMMA_SPLIT.split(name)]
        parts = [p for p in parts if p]
        if len(parts) > 1:
            for part, least in ((parts[-1], 2), (parts[0], 1)):
                if self._person_like(part, least):
                    return part
        return name

    def _person_like(self, part: str, least: int) -> bool:
        """``least`` to five words, none a title, an unnamed-source noun, a country or a
        medium, and no preposition or stop word first: what a person's name looks like."""
        words = [fold(w) for w in part.split()]
        if not least <= len(words) <= 5 or any(not w for w in words):
            return False
        lex = self.lex
        first = strip_conj(words[0])
        if (first in lex.hard_stop or first in lex.soft_prep or first in lex.comp_prefix
                or words[0].startswith(("لل", "بال")) or lex.complementizer(first)
                or is_addressee(lex, words[0]) or first in lex.not_before_cue
                or len(words) > 1 and words[0].startswith("ال") and words[1].startswith("ل")):
            return False  # (ما اعتبرته; المالكة لتطبيق واتساب: an adjective and its complement)
        for w in words:
            bare = w[2:] if w.startswith("ال") else w
            for x in (w, bare, bare[:-1] if bare.endswith("ه") else bare):
                if x in lex.titles or x in lex.anonymous or x in lex.countries:
                    return False
            if is_medium(lex, w):
                return False
        return True

    def _issuer_name(self, sp: SpeakerSpan) -> str | None:
        """The issuer in a statement phrase: بيان السفارة السعودية -> السفارة السعودية, بلاغ
        لوزارة الداخلية -> وزارة الداخلية, بيان صادر عن السلطات المصرية -> السلطات المصرية."""
        wi, lex = self.wi, self.lex
        if wi.norms[sp.first] not in lex.statement_nouns or sp.last <= sp.first:
            return None
        k = next((sp.first + len(p) for p in lex.issued_by
                  if tuple(wi.norms[sp.first : sp.first + len(p)]) == p), None)
        if k is None:
            k = sp.first + 1
            while k <= sp.last and not wi.norms[k].startswith(("ال", "ل")):
                k += 1  # (بلاغ إعلامي لرئاسة الجمهورية)
        if k > sp.last:
            return None
        a, b = wi.starts[k], _close_mark(self.d.text, wi.starts[k], wi.ends[sp.last])
        text = self.d.text[a:b]
        w = wi.norms[k]
        if w.startswith("لل"):
            return "ا" + text[1:]  # للشرطة -> الشرطة
        if w.startswith("ل") and not w.startswith("ال"):
            return text[1:]  # لوزارة -> وزارة
        return text

    def quotes(self, cands: list[_Cand], events: list[tuple[int, SpeakerSpan]]) -> list[Quote]:
        self._entity_names()
        keys: dict[tuple[int, int], tuple[str, ...] | None] = {}
        for sp in [c.speaker for c in cands if c.speaker is not None] + [e[1] for e in events]:
            if (sp.first, sp.last) not in keys:
                key = self._name_of(sp)
                keys[(sp.first, sp.last)] = key
                if key is not None:
                    self.person_names.append(list(key))
        events = sorted(events + [(c.cue[0] if c.cue else c.start, c.speaker) for c in cands
                                  if c.speaker is not None and not c.implicit
                                  and not c.speaker.issuer],
                        key=lambda e: e[0])
        event_pos = [e[0] for e in events]
        out: list[Quote] = []
        text = self.d.text
        for c in cands:
            resolved = None
            if c.speaker is not None and not c.implicit:
                resolved = self._resolve(c.speaker, keys[(c.speaker.first, c.speaker.last)])
            else:
                pos = min(c.start, c.cue[0]) if c.cue else c.start
                j = bisect_left(event_pos, pos) - 1
                sp = events[j][1] if j >= 0 else self._title_mention_before(pos)
                if sp is not None:
                    if (sp.first, sp.last) not in keys:
                        keys[(sp.first, sp.last)] = self._name_of(sp)
                    resolved = self._resolve(sp, keys[(sp.first, sp.last)])
            mention, name, anonymous = resolved if resolved else (None, None, False)
            cue = Mention(text[c.cue[0] : c.cue[1]], c.cue[0], c.cue[1]) if c.cue else None
            out.append(
                Quote(
                    text=text[c.start : c.end],
                    start=c.start,
                    end=c.end,
                    kind=c.kind,
                    cue=cue,
                    speaker=mention,
                    speaker_name=name,
                    cue_lemma=c.cue_form.lemma if c.cue_form else None,
                    stance=c.cue_form.stance if c.cue_form else None,
                    anonymous=anonymous,
                    headline=c.headline,
                    speaker_resolved=c.implicit and mention is not None,
                )
            )
        return out


def _in_order(short: list[str], long: tuple[str, ...]) -> bool:
    """The name keys ``short`` occur in order inside ``long`` (سيرغي = سيرجي after name_key)."""
    it = iter(long)
    return all(x in it for x in short)


def _entities_from(entities: Sequence[Entity], starts: list[int], a: int,
                   b: int) -> Iterator[Entity]:
    """The entities (sorted by start) that start in ``[a, b)``."""
    for k in range(bisect_left(starts, a), len(entities)):
        if entities[k][0] >= b:
            return
        yield entities[k]


def extract(text: str, entities: Sequence[Entity] = ()) -> list[Quote]:
    """All quotes of one text, in document order (rules only; entities optional)."""
    if not text or not text.strip():
        return []
    work = unwrap(text)  # (hard-wrapped prose: its inner line breaks read as spaces)
    quotes = _Extractor(work, entities, lexicon()).build()
    if work is text:
        return quotes
    return [recut(q, text) for q in quotes]


def recut(q: Quote, text: str) -> Quote:
    """``q`` with its strings cut again from ``text`` (same offsets, original characters)."""
    def m(x: Mention | None) -> Mention | None:
        return None if x is None else Mention(text[x.start : x.end], x.start, x.end)

    return replace(q, text=text[q.start : q.end], cue=m(q.cue), speaker=m(q.speaker))
