"""Old import path of the NER features: see :mod:`quotecheck.spacy.ner_features`."""

from quotecheck.spacy.ner_features import *  # noqa: F401,F403
from quotecheck.spacy.ner_features import (  # noqa: F401  (names the star leaves out)
    fold,
    split_clitic,
)
