"""Orthographic folding of Arabic: diacritics and tatweel removed, letter variants unified.

``fold`` works on short strings (words, lexicon entries). ``FoldedText`` folds a whole
document and keeps a map from each folded character back to its offset in the original.
"""

from __future__ import annotations

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


def fold(s: str) -> str:
    """Fold one string: drop diacritics/tatweel/format controls, unify alef, ya, ta marbuta."""
    return _DROP.sub("", s).translate(_MAP)


def is_dropped(ch: str) -> bool:
    """True for characters that folding removes."""
    return _DROP.match(ch) is not None
