"""Evidence of one document, computed once: its words, quotation-mark pairs and hot word
indices, plus the character sets and small text helpers the finders and the namer share."""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count, repeat
from operator import methodcaller

from quotecheck.engine.licensed import licensed_cues
from quotecheck.engine.names.part import name_part
from quotecheck.engine.open_marks import reopened_pairs
from quotecheck.find.marks import ALL_MARKS, MarkPair, pair_marks
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import DATA, Lexicon
from quotecheck.lang.ar.morphology import is_nisba
from quotecheck.lang.ar.normalize import fold, is_dropped
from quotecheck.lang.ar.punctuation import COMMAS as PUNCT_COMMAS
from quotecheck.lang.ar.punctuation import SENTENCE_ENDS

Entity = tuple[int, int, str]
# Characters a gap is asked about (the Arabic comma, semicolon and question mark from
# lang/ar/data/punctuation.json).
COMMAS = PUNCT_COMMAS
_SEMICOLONS = frozenset(";") | frozenset(
    json.loads((DATA / "punctuation.json").read_text(encoding="utf-8"))["semicolon"])
CLAUSE_COMMAS = COMMAS | _SEMICOLONS
COLON_QUOTE = frozenset(':"“”«»')
PHRASE_END = frozenset(':"“”«»\n.()') | _SEMICOLONS
SEGMENT_END = PHRASE_END | COMMAS
NAME_END = frozenset(":.\n\"“”«»()")
COMMA_SPLIT = re.compile("[" + re.escape("".join(sorted(COMMAS))) + "]")
NAME_END_COMMA = NAME_END | COMMAS
MARKS_COLON = frozenset(ALL_MARKS | {":"})
QUOTE_CHARS = frozenset(ALL_MARKS)
#: A colon between two digits with no space (a clock time 10:30, a score 2:1): no colon of a
#: quote or a headline.
DIGIT_COLON = re.compile(r"(?<=\d)[:\uff1a](?=\d)")
# Gap characters a scan must look at: commas end clauses, colons and marks open quotes,
# sentence punctuation ends both.
_HOT_GAP_CHARS = COMMAS | SENTENCE_ENDS | frozenset(":：\n…") | ALL_MARKS
_HOT_GAP = re.compile("[" + re.escape("".join(sorted(_HOT_GAP_CHARS))) + "]")
_START = methodcaller("start")
SCAN_WORDS = 35  # how far a cue looks for its trigger
CLAUSE_WORDS = 150  # the longest reported clause
_TRIM = frozenset(" \t\r\n\u00a0.:-–—\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d"
                  "\u202e\u2066\u2067\u2068\u2069\ufeff") | CLAUSE_COMMAS
#: What joins two quoted parts besides their conjunction: spaces and commas.
JOIN_GAP = " \u00a0" + "".join(sorted(COMMAS))


class Doc:
    """Everything the rules ask about one text, computed once."""

    def __init__(self, text: str, lex: Lexicon, layout: str | None = None) -> None:
        """``layout``: the text as given when ``text`` is its canonical form (its paragraph
        breaks end an unclosed quotation mark)."""
        self.text = text
        self.lex = lex
        self.wi = WordIndex(text)
        # (a mark opened in a reported clause and left open past its line closes nothing)
        self.pairs = reopened_pairs(text, self.wi, lex, pair_marks(text, layout), layout)
        self.opens = [p.open for p in self.pairs]
        self.breaks = self.wi.breaks
        # مضيفة أن، بيّن: shadowed cue forms where the context makes them cues
        self.licensed = licensed_cues(text, self.wi, lex)
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
        hot = set(compress(count(), map(hot_words(self.lex).__contains__, wi.norms)))
        hot.update(map(bisect_right, repeat(wi.starts),
                       map(_START, _HOT_GAP.finditer(self.text))))
        hot.add(len(wi))
        hot.update(self.licensed)
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

    def pair_at(self, pos: int) -> MarkPair | None:
        """The pair whose inside holds a character offset (None outside every pair)."""
        j = bisect_left(self.opens, pos) - 1
        return self.pairs[j] if j >= 0 and self.pairs[j].close > pos else None

    def pairs_between(self, a: int, b: int) -> list[MarkPair]:
        """The pairs whose opening mark lies in [a, b), in order."""
        j = bisect_left(self.opens, a)
        out = []
        while j < len(self.pairs) and self.pairs[j].open < b:
            out.append(self.pairs[j])
            j += 1
        return out

    def pair_words(self, p: MarkPair) -> int:
        """How many words a pair holds."""
        a = self.wi.first_at_or_after(p.open)
        b = self.wi.first_at_or_after(p.close)
        return b - a

    def word_after(self, pos: int) -> int:
        """The first word starting at or after a character offset."""
        return self.wi.first_at_or_after(pos)

    # -- sentences ----------------------------------------------------------------
    def sentence_start(self, k: int) -> int:
        """First word of the sentence holding word k (at most 80 words back: linear time)."""
        stop = max(0, k - 80)
        while k > stop and not self.breaks[k]:
            k -= 1
        return k


@dataclass(frozen=True)
class ClauseWords:
    """The words of particles.json that only the clause ends read (folded)."""

    accordance_heads: frozenset[str]  # وفق، حسب: "according to" or "in accordance with"
    accordance_nouns: frozenset[str]  # رزنامة، قانون: what makes them "in accordance with"
    report_joiners: tuple[tuple[str, ...], ...]  # حيث، ثم: join a verb of statement
    also_joiners: tuple[tuple[str, ...], ...]  # كما "also": joins one, unless "as X said"
    as_said_lemmas: frozenset[str]  # قال: كما قال X is "as X said", a source note
    contrast_joiners: tuple[tuple[str, ...], ...]  # فيما، في حين: another party's verb follows
    request_cue_lemmas: frozenset[str]  # ناشد: a cue whose object is a request, no quote
    causal_complementizers: frozenset[str]  # لأن: no report's complementizer
    omission_heads: frozenset[str]  # دون، بدون: "without" ...
    omission_leads: frozenset[str]  # من (من دون)
    omission_words: frozenset[str]  # ذكر، الكشف، أن يوضح: ... saying what was left unsaid
    unit_signs: frozenset[str]  # %، ٪: signs after a number that belong to the clause
    resumable_openers: frozenset[str]  # وهي، وذلك: a comment that ، وأن may resume after
    comment_openers: frozenset[str]  # وهو، وهذا: open the narrator's وهو ما نفاه ...
    comment_relative: str  # ما (وهو ما)
    note_relative_heads: frozenset[str]  # حسب، وفق، حسبما: حسب ما أكده X, a source note
    comment_object_suffixes: tuple[str, ...]  # ه، ها: the object pronoun of نفاه، أعلنته
    not_haal: frozenset[str]  # حاليا، مؤخرا: adverbs of a haal's shape
    elative_lookalikes: frozenset[str]  # أبرز: an elative, no joined verb of statement
    naming_heads: frozenset[str]  # يعرف، يسمى: ما يعرف بـ "...", a term in marks
    masdar_patterns: tuple[str, ...]  # تفعيل: a verbal noun no verb shares
    share_heads: frozenset[str]  # أكثر، قرابة، من: a quantity before a share of people
    share_words: frozenset[str]  # بالمائة، المائة: a share (64 بالمائة من ...)
    plural_verb_ending: str  # وا (كانوا): a verb, no haal
    noun_pronoun_ending: str  # تها (مطالبتها): a noun with its pronoun, no haal
    speech_adjunct_heads: frozenset[str]  # في، خلال (، في تعليقه على: the speech event)
    speech_adjunct_nouns: frozenset[str]  # تعليق، رد، تصريح: ... nouns of that event
    gloss_openers: frozenset[str]  # وهو، وهي: after a comma, end a clause only before ال
    tail_openers: frozenset[str]  # هو، لكني: after و/ف, open a marked sentence ending a clause
    request_participles_m: frozenset[str]  # داعيا، مطالبا: a request ends a clause, no comma
    request_participles_f: frozenset[str]  # داعية، مطالبة (feminine)
    request_participles_p: frozenset[str]  # داعين، مطالبين (plural)
    negation_particles: frozenset[str]  # لا، لم: before a verb after a comma, the predicate
    claim_particles: frozenset[str]  # ما، ليس، غير: opening marks, a negated claim, no term


@lru_cache(maxsize=1)
def clause_words() -> ClauseWords:
    """particles.json's clause-end words, read once: word sets, phrases and endings."""
    raw = json.loads((DATA / "particles.json").read_text(encoding="utf-8"))
    values = {}
    for name, kind in ClauseWords.__annotations__.items():
        if kind == "str":
            values[name] = fold(raw[name])
        elif kind == "tuple[str, ...]":
            values[name] = tuple(fold(w) for w in raw[name])
        elif kind.startswith("tuple"):
            values[name] = tuple(tuple(fold(p).split()) for p in raw[name])
        else:
            values[name] = frozenset(fold(w) for w in raw[name])
    return ClauseWords(**values)


@lru_cache(maxsize=4)
def hot_words(lex: Lexicon) -> frozenset[str]:
    """Folded words at which a cue scan or a clause must look closer."""
    first = {words[0] for words in lex.clause_end_words if words}
    omission = clause_words().omission_heads
    joined = {c + w for c in lex.chain_joiners for w in lex.comp_forms}  # وأنها: coordinated
    return (frozenset(lex.cue_lookup) | frozenset(lex.comp_forms) | first | joined
            | lex.clause_note_heads | frozenset(lex.account_rest) | lex.contrast_openers
            | omission | {c + w for c in lex.conj_clitics for w in omission}
            | clause_words().comment_openers | clause_words().note_relative_heads
            | clause_words().request_participles_m | clause_words().request_participles_f
            | clause_words().request_participles_p)


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """[a, b) without the spaces, punctuation and format characters at its ends."""
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return a, b


def trim_marks(text: str, a: int, b: int) -> tuple[int, int]:
    """``trim``, also dropping quotation marks at the ends."""
    a, b = trim(text, a, b)
    while a < b and text[a] in ALL_MARKS:
        a += 1
    while b > a and text[b - 1] in ALL_MARKS:
        b -= 1
    return trim(text, a, b)


def after_first_letter(raw: str) -> int:
    """Characters of a word up to and including its first letter (a clitic و or ل) and the
    marks or controls around it: what a mention leaves out of the word."""
    k = 0
    while k < len(raw) and is_dropped(raw[k]):
        k += 1
    k += 1
    while k < len(raw) and is_dropped(raw[k]):
        k += 1
    return k


def close_mark(text: str, a: int, b: int) -> int:
    """``b``, or one past it when text[a:b] leaves a quoted name or a bracket open and its
    closing mark follows (مراسل "الجوهرة أف أم"، صندوق الأمم المتحدة للطفولة (اليونيسف))."""
    if b < len(text) and text[b] in ALL_MARKS and sum(c in ALL_MARKS for c in text[a:b]) % 2:
        return b + 1
    if b < len(text) and text[b] == ")" and text.count("(", a, b) > text.count(")", a, b):
        return b + 1
    return b


def gap_has_text(wi: WordIndex, k: int) -> bool:
    """The gap before word k holds more than spaces (punctuation, a line break)."""
    return bool(wi.gap(k).strip(" "))


def skip_space(text: str, pos: int) -> int:
    """The first offset at or after ``pos`` that is no space."""
    while pos < len(text) and text[pos] in " \t\r\n\u00a0":
        pos += 1
    return pos


def has_name(lex: Lexicon, norms: list[str]) -> bool:
    """Whether a speaker phrase holds a name that does not start with the article (المعينة in
    وزير ... الليبية المعينة من قبل is an adjective, not a name)."""
    part = name_part(lex, norms, strict=True)
    return part is not None and part[1] > part[0] and not norms[part[0]].startswith(
        lex.article)


def colon_before(text: str, open_pos: int, gap_start: int) -> bool:
    """A colon stands between a gap's start and an opening mark."""
    return ":" in text[gap_start:open_pos]


def is_latin(w) -> bool:
    """A word with a Latin letter."""
    return any("a" <= ch.lower() <= "z" for ch in w.text)


def statement_complement(lex: Lexicon, w: str, first: bool) -> bool:
    """A word that goes on a statement noun's issuer: a ل- phrase (للجيش، لوزارة), the
    definite issuer (first), or an adjective after it (السعودية، العامة)."""
    if w.startswith(lex.prep_li):
        return True
    return w.startswith(lex.article) and (first or is_nisba(w) or w.endswith(lex.fem_ending))
