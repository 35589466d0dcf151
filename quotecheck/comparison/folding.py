"""The comparison's fold: the one Arabic fold (``quotecheck.lang.ar.normalize``) plus the
letters and digits the comparison also unifies.

``normalize.fold`` removes diacritics, tatweel and format controls and folds alef, ya and
ta-marbuta; the comparison also folds the hamza carriers ئ / ؤ, the Persian letters گ ڤ پ,
Arabic-Indic digits and the Arabic decimal and percent signs, and lower-cases Latin letters.
"""

from __future__ import annotations

from quotecheck.lang.ar import normalize

_MORE = {
    **normalize.DIGITS,
    **str.maketrans({"ئ": "ي", "ؤ": "و", "گ": "ك", "ڤ": "ف", "پ": "ب", "٫": ".", "٪": "%"}),
}


def fold(text: str) -> str:
    """Fold ``text`` for comparison: ``normalize.fold``, then hamza carriers, digits, case."""
    return normalize.fold(text).translate(_MORE).lower()
