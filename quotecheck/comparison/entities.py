"""Named entities in quote words: gazetteer words and sequences, nisba adjectives (الجزائري →
الجزائر), the speaker names of the compared documents, capitalised Latin words."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from quotecheck.comparison import lexicon
from quotecheck.comparison.text import Token, strip_clitics

_NISBA = ("يين", "يون", "يه", "ي", "ه")


def entity_key(bare: str, gaz: frozenset[str], names: set[str]) -> str | None:
    """The gazetteer word a clitic-stripped word names (its nisba adjective too: الجزائري);
    the shortest matching form, so that عربي and عربية give one key."""
    forms = [bare] + [
        bare[: -len(s)] for s in _NISBA if bare.endswith(s) and len(bare) - len(s) >= 3
    ]
    found = []
    for f in forms:
        if f in gaz or f in names:
            found.append(f)
        elif f + "ا" in gaz:  # سوري → سوريا، افريقي → افريقيا
            found.append(f + "ا")
    return min(found, key=lambda w: (len(w), w)) if found else None


def entities(toks: Sequence[Token], names: set[str]) -> set[str]:
    """The entity keys of a token list (``names``: folded speaker name words count too)."""
    gaz = entity_words()
    out = set()
    bare = [strip_clitics(t.norm) for t in toks]
    for seq in entity_sequences():
        n = len(seq)
        for i in range(len(bare) - n + 1):
            if tuple(bare[i : i + n]) == seq:
                out.add(" ".join(seq))
    for k, t in enumerate(toks):
        key = entity_key(bare[k], gaz, names)
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
        b = strip_clitics(w)
        if len(b) >= 3 and b not in stop and w not in stop:
            words.add(b)
    return frozenset(words)
