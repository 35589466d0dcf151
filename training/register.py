"""Passed to `spacy train --code`: registers every custom function used in training."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import augment  # noqa: E402,F401  quotecheck.entity_swap.v1 (training only)
import ner_features  # noqa: E402,F401  quotecheck.ArabicEmbed.v1 (needed at load time)
