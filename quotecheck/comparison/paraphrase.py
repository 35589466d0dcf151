"""Soft matching of claim words that differ in form or wording: the same consonants under other
long vowels or hamza (اعتقد / اعتقاد، نتيجة / ناتج، اتفاقات / اتفاقيات), and the hand-written
near-synonyms of news vocabulary (عطل / خلل، جائحة / وباء: ``synonyms.txt``)."""

from __future__ import annotations

from functools import cache, lru_cache

from quotecheck.comparison import lexicon
from quotecheck.comparison.text import stem

# long vowels, hamza and the feminine ending: what a derived form adds to its consonants
_WEAK = str.maketrans({"ا": None, "و": None, "ي": None, "ء": None})
MIN_SOFT = 3  # a soft key shorter than this says too little


@lru_cache(maxsize=200_000)
def soft_key(key: str) -> str | None:
    """The consonant key of a stem (first letter kept), or None when too short to use."""
    if key.startswith("#") or len(key) < 4:
        return None
    soft = key[0] + key[1:].rstrip("ه").translate(_WEAK)
    return soft if len(soft) >= MIN_SOFT else None


@cache
def _synonym_index() -> dict[str, frozenset[int]]:
    """Stem key (and its consonant key) → the synonym groups it belongs to."""
    out: dict[str, set[int]] = {}
    for gi, words in enumerate(lexicon.synonym_lines()):
        for w in words:
            k = stem(w)
            out.setdefault(k, set()).add(gi)
            sk = soft_key(k)
            if sk is not None:
                out.setdefault("~" + sk, set()).add(gi)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=200_000)
def synonym_groups(key: str) -> frozenset[int]:
    """The near-synonym groups of a stem key, looked up by the stem, else by its consonant key
    (another form of a listed word); empty when it is in none."""
    if key.startswith("#") or "_" in key:
        return frozenset()
    idx = _synonym_index()
    if key in idx:
        return idx[key]
    sk = soft_key(key)
    return idx.get("~" + sk, frozenset()) if sk is not None else frozenset()


def clear() -> None:
    """Forget the synonym index (after the lists were reloaded)."""
    _synonym_index.cache_clear()
    synonym_groups.cache_clear()


lexicon.RELOAD_HOOKS.append(clear)
