"""Running a pipeline over one text of any length, offsets exact."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language

from quotecheck.component import ENTITY_LABELS, quotes_from_doc
from quotecheck.engine import extract, recut
from quotecheck.types import Quote

_SURROGATE = re.compile("[\ud800-\udfff]")
_LONG_RUN = re.compile(r"\S{1000,}")  # spaCy's affix splitting is quadratic in token length
#: Longest text a pipeline with a neural NER gets as one Doc.  Its memory grows with the
#: Doc's length (500,000 characters peak at about 2.5 GB, 100,000 at under 1 GB, measured
#: with the shipped model) and very long Docs run slower per character (20,000-character
#: pieces took 0.77x the time per character of 100,000-character ones), so longer texts get
#: their entities piece by piece.
NER_PIECE_CHARS = 20_000


def _break_long_runs(text: str) -> str:
    """Every 64th character of a 1,000+ character run without spaces becomes a space."""
    def cut(m: re.Match) -> str:
        run = list(m.group())
        run[63::64] = " " * len(run[63::64])
        return "".join(run)

    return _LONG_RUN.sub(cut, text)


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


def _has_entities(nlp: Language) -> bool:
    return any(name != "quotecheck" and "ner" in name or name.endswith("ruler")
               for name in nlp.pipe_names)


def needs_cleaning(text: str) -> bool:
    """Whether ``text`` holds lone surrogates or very long runs that spaCy cannot take as is."""
    return bool(_SURROGATE.search(text) or _LONG_RUN.search(text))


def one_doc_limit(nlp: Language) -> int:
    """The longest text ``nlp`` analyses as one Doc; longer ones go piece by piece."""
    if _has_entities(nlp):
        return min(nlp.max_length, NER_PIECE_CHARS)
    return nlp.max_length


def extract_with(nlp: Language, text: str) -> list[Quote]:
    """Quotes of ``text`` with ``nlp``: one Doc when it fits, else entities piece by piece.

    Lone surrogates (which spaCy cannot hash) are analysed as U+2060 (a format character the
    folding drops, so words stay whole), and runs of 1,000+ characters without a space (URLs,
    inline images, junk) get a space every 64 characters, one character for one; every string
    of the result is cut again from the original text.
    """
    safe = _SURROGATE.sub("\u2060", text)
    if _LONG_RUN.search(safe):
        safe = _break_long_runs(safe)
    if safe == text:
        return _extract(nlp, text)
    return [recut(q, text) for q in _extract(nlp, safe)]


def _extract(nlp: Language, text: str) -> list[Quote]:
    limit = one_doc_limit(nlp)
    if len(text) <= limit:
        return quotes_from_doc(nlp(text))
    ents: list[tuple[int, int, str]] = []
    if _has_entities(nlp):
        others = [p for p in nlp.pipe_names if p == "quotecheck"]
        with nlp.select_pipes(disable=others):
            for a, b in paragraph_pieces(text, min(nlp.max_length // 2, limit)):
                doc = nlp(text[a:b])
                ents += [(e.start_char + a, e.end_char + a, e.label_) for e in doc.ents
                         if e.label_ in ENTITY_LABELS]
    return extract(text, ents)
