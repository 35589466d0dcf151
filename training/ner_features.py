"""Kept for the training scripts: the features live in the package (quotecheck.spacy.ner_features)."""

from quotecheck.spacy.ner_features import *  # noqa: F401,F403
from quotecheck.spacy.ner_features import fold, split_clitic  # noqa: F401  (used by lexicon.py)
