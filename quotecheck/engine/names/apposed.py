"""A name set before a comma and its title after it (نجيب ميقاتي، رئيس الوزراء; الأمير
عبد العزيز بن سلمان، وزير الطاقة): where that name begins."""

from __future__ import annotations

from quotecheck.engine.speakers import stops_phrase
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.punctuation import COMMAS

_TITLED_NAME = 5  # words between a title before the name and the comma at most


def name_before_comma(lex: Lexicon, wi: WordIndex, k: int) -> int | None:
    """The first word of a name that ends right before a comma in front of word k: the
    words after a title word a few words back (الأمير عبد العزيز بن سلمان،), else the two
    words before the comma (a third when it is a known name too), the first not definite,
    none a title or stop word, one a known personal name (evidence).  None when no name."""
    if k < 2 or not any(c in wi.gap(k) for c in COMMAS):
        return None
    a = k - 1
    while a > 0 and k - a < _TITLED_NAME and _plain(lex, wi, a) and not _breaks(wi, a):
        if _office(lex, wi.norms[a - 1]):
            while a < k and wi.norms[a].startswith(lex.morph.article):
                a += 1  # (نواب الشعب هاجر ...: the title's complement first)
            return a if k - a >= 2 else None  # title + name: the name after the title
        a -= 1
    if not _words_ok(lex, wi, k - 2, k) or not any(
            x in lex.person_names for x in wi.norms[k - 2 : k]):
        return None
    a = k - 2
    if a > 0 and wi.norms[a - 1] in lex.person_names and _words_ok(lex, wi, a - 1, k):
        a -= 1  # محمد سالم داود
    return a


def _office(lex: Lexicon, norm: str) -> bool:
    return lex.is_title(norm) and not norm.startswith(lex.morph.article + lex.morph.lam)


def _plain(lex: Lexicon, wi: WordIndex, x: int) -> bool:
    """Word x may be part of a name: no title, stop word or preposition."""
    w = wi.norms[x]
    return not (lex.is_title(w) or stops_phrase(lex, wi, x) or w in lex.soft_prep
                or w in lex.place_prepositions)


def _breaks(wi: WordIndex, x: int) -> bool:
    """Punctuation or a line break between word x-1 and word x."""
    return bool(wi.gap(x).strip(" "))


def _words_ok(lex: Lexicon, wi: WordIndex, a: int, k: int) -> bool:
    """Words a..k-1 can be a name: the first not definite, no punctuation between them, no
    title and no stop word among them."""
    return not wi.norms[a].startswith(lex.morph.article) and not any(
        _breaks(wi, x) for x in range(a + 1, k)) and all(_plain(lex, wi, x) for x in range(a, k))
