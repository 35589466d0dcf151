"""Named entities in quote words: gazetteer words and sequences, nisba adjectives (الجزائري →
الجزائر), the speaker names of the compared documents, capitalised Latin words."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from quotecheck.comparison import lexicon
from quotecheck.comparison.text import Token, article_forms, strip_article, strip_clitics

_NISBA = ("يين", "يون", "يه", "ي", "ه")


def entity_key(bare: str, gaz: frozenset[str], names: set[str]) -> str | None:
    """The entity a word without its article names: a hand-written place (``nisba_bases``),
    the word itself or as a nisba adjective (الجزائري، الإسرائيلية، سوري → سوريا; the shortest
    form, so that عربي and عربية give one key), else the word itself in ``gaz`` or ``names``.
    Nisba endings are not stripped to reach other gazetteer words: الرامية is no رام (of
    رام الله), الجاري no جار."""
    bases = nisba_bases()
    found = []
    forms = [bare] + [
        bare[: -len(s)] for s in _NISBA if bare.endswith(s) and len(bare) - len(s) >= 3
    ]
    for f in forms:
        if f in bases:
            found.append(f)
        elif f + "ا" in bases:  # سوري → سوريا، افريقي → افريقيا
            found.append(f + "ا")
    if found:
        return min(found, key=lambda w: (len(w), w))
    return bare if bare in gaz or bare in names else None


def entities(toks: Sequence[Token], names: set[str]) -> set[str]:
    """The entity keys of a token list (``names``: the speakers' name words, ``name_key``
    forms, count too)."""
    gaz = entity_words()
    out = set()
    bare = [strip_clitics(t.norm) for t in toks]
    for seq in entity_sequences():
        n = len(seq)
        for i in range(len(bare) - n + 1):
            if tuple(bare[i : i + n]) == seq:
                out.add(" ".join(seq))
    for t in toks:
        key = next(
            (k for f in article_forms(t.norm) if (k := entity_key(f, gaz, names)) is not None),
            None,
        )
        if key is not None:
            out.add(key)
        elif t.text.isascii() and t.text[:1].isupper() and len(t.text) > 1:
            out.add(t.norm)
    return out


@cache
def entity_sequences() -> tuple[tuple[str, ...], ...]:
    """Multi-word names (الأمم المتحدة، حزب الله) as clitic-stripped word sequences."""
    seqs = {tuple(strip_clitics(p) for p in w.split()) for w in lexicon.gazetteer() if " " in w}
    return tuple(sorted(seqs, key=len, reverse=True))


@cache
def entity_words() -> frozenset[str]:
    """One-word names (clitic-stripped), titles and function words left out."""
    words = set()
    stop = lexicon.stopwords() | lexicon.titles()
    for w in lexicon.gazetteer():
        if " " in w:
            continue  # مجلس الأمن is matched as a sequence, not word by word
        b = strip_article(w)
        if len(b) >= 3 and b not in stop and w not in stop:
            words.add(b)
    return frozenset(words)


@cache
def nisba_bases() -> frozenset[str]:
    """The one-word hand-written places without their article, which nisba adjectives name."""
    return frozenset(strip_article(w) for w in lexicon.places() if " " not in w)


def name_key(norm: str) -> str:
    """The form in which a speaker's name word is looked for in quote text (``strip_article``)."""
    return strip_article(norm)
