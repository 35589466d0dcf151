"""Running a pipeline over one text of any length, offsets exact.

The rules always read the original text.  What spaCy cannot take as is only changes what the
tokenizer and the NER see: lone surrogates (spaCy cannot hash them) are read as U+2060, and
runs of 1,000+ characters without a space are cut into pieces before spaCy's affix rules (which
are quadratic in a token's length) see them.  The quote tokenizer of ``quotecheck.load()``
does both itself; for other pipelines the entities are taken from a cleaned copy of the text
(one character for one) and the rules run on the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language

from quotecheck.lang.ar.lexicon import Lexicon, lexicon
from quotecheck.spacy.component import ENTITY_LABELS, QuoteFinder, quotes_from_doc
from quotecheck.spacy.tokenizer import LONG_RUN, RUN_PIECE, QuoteTokenizer
from quotecheck.text_path import extract_rules, safe_text
from quotecheck.types import Quote

#: Longest text a pipeline with a neural NER gets as one Doc.  Its memory grows with the
#: Doc's length (500,000 characters peak at about 2.5 GB, 100,000 at under 1 GB, measured
#: with the shipped model) and very long Docs run slower per character (20,000-character
#: pieces took 0.77x the time per character of 100,000-character ones), so longer texts get
#: their entities piece by piece.
NER_PIECE_CHARS = 20_000
#: A stretch this long without a letter holds no entity: the NER skips it (its cost is per
#: token, and lines of quotation marks or spaced punctuation are nearly all tokens).
LETTERLESS = re.compile(r"[\W\d_]{64,}")
_LETTER = re.compile(r"[^\W\d_]")
_WORD_CHAR = re.compile(r"[^\W_]")


def _break_long_runs(text: str) -> str:
    """Runs of 1,000+ characters without a space get a space about every 64 characters, for
    the NER's copy of the text only (the rules never see it).  Only a letter or digit is
    replaced, never a quotation mark or other punctuation; one character for one."""
    def cut(m: re.Match) -> str:
        group = m.group()
        run = list(group)
        i = RUN_PIECE - 1
        while i < len(run):
            w = _WORD_CHAR.search(group, i)
            if w is None:
                break
            run[w.start()] = " "
            i = w.start() + RUN_PIECE
        return "".join(run)

    return LONG_RUN.sub(cut, text)


def paragraph_pieces(text: str, max_chars: int) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of at most ``max_chars``, cut after a newline where possible."""
    n = len(text)
    a = 0
    while a < n:
        b = min(n, a + max_chars)
        if b < n:
            cut = text.rfind("\n\n", a, b)
            if cut <= a:
                cut = text.rfind("\n", a, b)
            if cut <= a:
                cut = text.rfind(" ", a, b)
            if cut > a:
                b = cut + 1
        yield a, b
        a = b


def letter_segments(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """The parts of ``text[a:b]`` between stretches of 64+ characters without a letter, those
    with a letter only."""
    pos = a
    for m in LETTERLESS.finditer(text, a, b):
        if _LETTER.search(text, pos, m.start()):
            yield pos, m.start()
        pos = m.end()
    if pos < b and _LETTER.search(text, pos, b):
        yield pos, b


def _has_entities(nlp: Language) -> bool:
    return any(name != "quotecheck" and "ner" in name or name.endswith("ruler")
               for name in nlp.pipe_names)


def needs_cleaning(text: str) -> bool:
    """Whether ``text`` holds lone surrogates or very long runs that spaCy cannot take as is."""
    return safe_text(text) is not text or bool(LONG_RUN.search(text))


def one_doc_limit(nlp: Language) -> int:
    """The longest text ``nlp`` analyses as one Doc; longer ones go piece by piece."""
    if _has_entities(nlp):
        return min(nlp.max_length, NER_PIECE_CHARS)
    return nlp.max_length


def _quote_pipes(nlp: Language) -> list[str]:
    """The names under which ``nlp`` runs a quotecheck component (whatever it was named)."""
    return [name for name, pipe in nlp.pipeline if isinstance(pipe, QuoteFinder)]


def lexicon_of(nlp: Language) -> Lexicon:
    """The lexicon of ``nlp``'s quotecheck component (its overrides), else the shipped one."""
    names = _quote_pipes(nlp)
    return nlp.get_pipe(names[0]).lexicon if names else lexicon()


def extract_with(nlp: Language, text: str) -> list[Quote]:
    """Quotes of ``text`` with ``nlp``: one Doc when it fits, else entities piece by piece
    (stretches without letters skipped) and the rules on the whole text."""
    text = str(text)  # numpy.str_, pandas values
    own = isinstance(nlp.tokenizer, QuoteTokenizer)
    if len(text) <= one_doc_limit(nlp) and (own or not needs_cleaning(text)):
        return quotes_from_doc(nlp(text))
    return extract_rules(text, entities(nlp, text), lexicon_of(nlp))


def entities(nlp: Language, text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of the persons and organisations ``nlp`` finds in ``text``, piece
    by piece; stretches without letters are skipped."""
    if not _has_entities(nlp):
        return []
    limit = min(nlp.max_length // 2, one_doc_limit(nlp))
    spans = [s for a, b in paragraph_pieces(text, limit) for s in letter_segments(text, a, b)]
    if not spans:
        return []
    clean = _break_long_runs(safe_text(text))
    others = _quote_pipes(nlp)
    ents: list[tuple[int, int, str]] = []
    with nlp.select_pipes(disable=others):
        docs = nlp.pipe(clean[a:b] for a, b in spans)
        for (a, _), doc in zip(spans, docs, strict=True):
            ents += [(e.start_char + a, e.end_char + a, e.label_) for e in doc.ents
                     if e.label_ in ENTITY_LABELS]
    return ents
