"""Soft matching of claim words that differ in form: the same consonants under other long
vowels or hamza (اعتقد / اعتقاد، نتيجة / ناتج، اتفاقات / اتفاقيات)."""

from __future__ import annotations

from functools import lru_cache

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
