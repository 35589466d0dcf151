"""Arabic normalisation, tokenisation and light stemming for comparing quotes.

``fold`` (``folding.fold``: the one Arabic fold of ``quotecheck.lang.ar.normalize`` plus hamza
carriers and digits) removes diacritics and tatweel and folds alef, ya, ta-marbuta;
``tokens`` splits a text into word tokens with their character offsets; ``stem`` strips the
leading clitics (و، ف، ب، ل، ك، ال and their combinations) and common suffixes (attached
pronouns, plural and feminine endings, tanween alef) so that حققنا، حققوا and حقق share a key.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from quotecheck.comparison import lexicon
from quotecheck.comparison.folding import fold

__all__ = ["Token", "fold", "skeleton", "stem", "strip_clitics", "tokens"]

# a number (with its percent sign, Latin or Arabic), or a word; a hyphen joins a word and what
# follows it, digits too (كوفيد-19 is a name, not a number)
_TOKEN = regex.compile(r"\d+(?:[.,٫]\d+)*[%٪]?|[\p{L}\p{M}]+(?:[-'][\p{L}\p{M}\d]+)*")

# Leading clitic combinations (folded), longest first; ال and its combinations are always stripped.
_ARTICLE_PREFIXES = ("وبال", "وكال", "وال", "بال", "كال", "فال", "ولل", "فلل", "لل", "ال")
_SINGLE_PREFIXES = ("و", "ف", "ب", "ل", "ك")
# clitics seldom glued to a noun: a word the background corpus never saw that starts with one
# is more often a name or a new term (كورونا، فيدان، كتشالي) than clitic + word
_RARE_PREFIXES = ("ف", "ك")
# Suffixes (folded): attached pronouns, plural / dual / feminine endings, verb person endings.
_SUFFIXES = (
    "تهما",
    "كما",
    "هما",
    "تما",
    "تهم",
    "تها",
    "تنا",
    "يات",
    "يون",
    "يين",
    "هم",
    "هن",
    "كم",
    "كن",
    "نا",
    "ها",
    "ات",
    "ان",
    "ون",
    "ين",
    "وا",
    "تم",
    "يه",
    "ه",
    "ي",
    "ا",
    "ت",
)


@dataclass(frozen=True)
class Token:
    """One word of a text: its surface form, offsets, folded form and stem."""

    text: str
    start: int
    end: int
    norm: str
    stem: str


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Word tokens of ``text`` with offsets (shifted by ``offset``), folded forms and stems."""
    out = []
    for m in _TOKEN.finditer(text):
        norm = fold(m.group())
        out.append(Token(m.group(), m.start() + offset, m.end() + offset, norm, stem(norm)))
    return out


@lru_cache(maxsize=200_000)
def strip_article(norm: str) -> str:
    """A folded word without its article and the clitics before it (والمغرب → مغرب); a
    one-letter clitic alone is not stripped (فيصل stays, not يصل)."""
    for p in _ARTICLE_PREFIXES:
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            return norm[len(p) :]
    return norm


def article_forms(norm: str) -> tuple[str, ...]:
    """``strip_article`` of a word, and of the word without a leading one-letter clitic as
    well (لكيري → كيري) when one may stand there."""
    if len(norm) >= 4 and norm.startswith(_SINGLE_PREFIXES):
        return (strip_article(norm), strip_article(norm[1:]))
    return (strip_article(norm),)


@lru_cache(maxsize=200_000)
def strip_clitics(norm: str) -> str:
    """Strip leading clitics from a folded word: ``والمغرب`` → ``مغرب``, ``لقد`` → ``قد``."""
    for p in _ARTICLE_PREFIXES:
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            return norm[len(p) :]
    if len(norm) >= 4 and norm[0] in _SINGLE_PREFIXES:
        rest = norm[1:]
        if lexicon.prefer_stripped(norm, rest, norm[0] in _RARE_PREFIXES):
            for p in _ARTICLE_PREFIXES:
                if rest.startswith(p) and len(rest) - len(p) >= 2:
                    return rest[len(p) :]
            return rest
    if len(norm) == 3 and norm[0] in "ولف" and norm[1:] in lexicon.particles():
        return norm[1:]
    return norm


@lru_cache(maxsize=200_000)
def stem(norm: str) -> str:
    """Light stem of a folded word (clitics and one or two suffixes stripped, 3 letters kept)."""
    if not norm or norm[0].isdigit() or not norm[0].isalpha():
        return norm
    w = strip_clitics(norm)
    if w in lexicon.stopwords() or len(w) <= 3:
        return w
    for _ in range(2):
        for s in _SUFFIXES:
            if w.endswith(s) and len(w) - len(s) >= 3:
                w = w[: -len(s)]
                break
        else:
            break
    if IMPERFECT_PREFIX and len(w) >= 5 and w[0] in "يتن" and w[1] != "ا":
        w = w[1:]  # imperfect person prefix: نعمل / يعمل / تعمل share a key
    return w


IMPERFECT_PREFIX = True


_SKEL_1 = str.maketrans({"غ": "ج", "ق": "ك", "ث": "ت", "ذ": "ز", "ظ": "ز", "ص": "س"})
_SKEL_2 = str.maketrans({"ط": "ت", "ض": "د", "ء": "", "ه": ""})


@lru_cache(maxsize=200_000)
def skeleton(norm: str) -> str:
    """Consonant skeleton of a folded name word (clitics already stripped), for
    transliterations (سيرغي / سيرجي, جياني / جاني, كتشالي / كاتشالي / كيتشلي)."""
    w = norm.translate(_SKEL_1).translate(_SKEL_2)
    if len(w) > 2:
        w = w[0] + "".join(c for c in w[1:] if c not in "اوي")
    return w
