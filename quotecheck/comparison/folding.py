"""The comparison's fold: the one Arabic fold (``quotecheck.lang.ar.normalize``) at its
``COMPARISON`` strength.

``normalize.fold`` removes diacritics, tatweel and format controls and folds alef, ya and
ta-marbuta; the ``COMPARISON`` strength also folds the hamza carriers ئ / ؤ, the Persian
letters گ ڤ پ, Arabic-Indic digits and the Arabic decimal and percent signs, and lower-cases
Latin letters.
"""

from __future__ import annotations

from quotecheck.lang.ar.normalize import COMPARISON, DROPPED
from quotecheck.lang.ar.normalize import fold as _fold


def fold(text: str) -> str:
    """Fold ``text`` for comparison (``normalize.fold`` at the ``COMPARISON`` strength)."""
    return _fold(text, COMPARISON)


_MARKS = str.maketrans("", "", DROPPED)


def strip_marks(text: str) -> str:
    """``text`` without diacritics, tatweel and format controls, letters left as written
    (hamza carriers kept: وأحد stays apart from واحد)."""
    return text.translate(_MARKS)
