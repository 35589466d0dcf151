"""Kept for the training scripts: the features live in the package (quotecheck.ner_features)."""

from quotecheck.ner_features import *  # noqa: F401,F403
from quotecheck.ner_features import fold, split_clitic  # noqa: F401  (used by lexicon.py)
