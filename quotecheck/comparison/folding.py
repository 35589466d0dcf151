"""The comparison's fold: the one Arabic fold (``quotecheck.lang.ar.normalize``) at its
``COMPARISON`` strength.

``normalize.fold`` removes diacritics, tatweel and format controls and folds alef, ya and
ta-marbuta; the ``COMPARISON`` strength also folds the hamza carriers ئ / ؤ, the Persian
letters گ ڤ پ, Arabic-Indic digits and the Arabic decimal and percent signs, and lower-cases
Latin letters.
"""

from __future__ import annotations

from quotecheck.lang.ar.normalize import COMPARISON
from quotecheck.lang.ar.normalize import fold as _fold


def fold(text: str) -> str:
    """Fold ``text`` for comparison (``normalize.fold`` at the ``COMPARISON`` strength)."""
    return _fold(text, COMPARISON)
