"""Orthographic folding of Arabic: diacritics and tatweel removed, letter variants unified.

``fold`` works on short strings (words, lexicon entries). A whole text is folded in two
parts that keep offsets apart: ``fold_letters`` (letter for letter, offsets unchanged) and
``strip_dropped`` on the few words that ``dropped_at`` shows to hold dropped characters.
"""

from __future__ import annotations

import re

import regex

# Harakat, Quranic marks, superscript alef, tatweel; zero-width and bidi controls.
_DROP = regex.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)
_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ی": "ي",  # Persian yeh
        "ي": "ي",
        "ک": "ك",  # Persian kaf
        "ۀ": "ه",
        "ھ": "ه",
    }
)
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


_RANGES = [(0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED),
           (0x0640, 0x0640), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2069),
           (0xFEFF, 0xFEFF)]
_TABLE = dict(_MAP)
for _a, _b in _RANGES:
    for _cp in range(_a, _b + 1):
        _TABLE[_cp] = None


# Folded forms of the strings seen so far.  A plain str -> str dict: the garbage collector
# does not track it (an lru_cache keeps one tracked node per entry, which every full
# collection walks).
FOLDED: dict[str, str] = {}
FOLD_CACHE_SIZE = 200_000


def fold(s: str) -> str:
    """Fold one string: drop diacritics/tatweel/format controls, unify alef, ya, ta marbuta."""
    r = FOLDED.get(s)
    if r is None:
        if len(FOLDED) >= FOLD_CACHE_SIZE:
            FOLDED.clear()  # bounded: an archive's vocabulary does not pile up
        r = FOLDED[s] = s.translate(_TABLE)
    return r


# The same characters for the stdlib ``re`` (a plain BMP set: faster than ``regex``).
_DROP_BMP = re.compile(_DROP.pattern)
# The letter-for-letter part of the folding, as (from, to) pairs for ``str.replace``.
_LETTERS = tuple((chr(a), b) for a, b in _MAP.items() if chr(a) != b)


def fold_letters(s: str) -> str:
    """The letter-for-letter part of ``fold`` on a whole text (alef, ya, ta marbuta...):
    offsets unchanged.  A few C-level replaces of the whole text are much cheaper than
    folding its words one by one."""
    for a, b in _LETTERS:
        s = s.replace(a, b)
    return s


def dropped_at(s: str) -> list[int]:
    """Offsets of the characters that ``fold`` drops (diacritics, tatweel, format controls)."""
    return [m.start() for m in _DROP_BMP.finditer(s)]


def strip_dropped(s: str) -> str:
    """The dropping part of ``fold``: ``fold(w) == strip_dropped(fold_letters(w))``."""
    return _DROP_BMP.sub("", s)


def is_dropped(ch: str) -> bool:
    """True for characters that folding removes."""
    return _DROP.match(ch) is not None


# Letters that transliterations of foreign names swap (سيرغي / سيرجي, كيري / كيرى after
# folding, غوتيريش / جوتيريش, ايرولت / إيرولت after folding).
_NAME_VARIANTS = str.maketrans({"غ": "ج", "ق": "ك", "ث": "ت", "ذ": "د", "ظ": "ض", "ؤ": "و",
                                "ئ": "ي", "ء": None, "و": None, "ي": None, "ا": None})


_NAME_KEYS: dict[str, str] = {}


def name_key(folded_word: str) -> str:
    """A spelling-insensitive key for a folded name word (long vowels and swapped letters)."""
    key = _NAME_KEYS.get(folded_word)
    if key is None:
        if len(_NAME_KEYS) >= FOLD_CACHE_SIZE:
            _NAME_KEYS.clear()
        key = _NAME_KEYS[folded_word] = folded_word.translate(_NAME_VARIANTS) or folded_word
    return key
