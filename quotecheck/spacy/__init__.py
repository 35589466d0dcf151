"""quotecheck for spaCy: the ``quotecheck`` component, its tokenizer, loading and display.

* :mod:`~quotecheck.spacy.component`: the factory and :class:`QuoteFinder`;
* :mod:`~quotecheck.spacy.extensions`: ``doc._.quotecheck`` and the Span getters;
* :mod:`~quotecheck.spacy.lexicon`: per-pipeline lexicon overrides;
* :mod:`~quotecheck.spacy.tokenizer`: quotation marks split from words, any ``str`` taken;
* :mod:`~quotecheck.spacy.pipeline`: ``load("rules" | "trained" | path)``;
* :mod:`~quotecheck.spacy.display`: quotes, cues and speakers in one displaCy view.

The NER features of the trained pipeline are in :mod:`quotecheck.spacy.ner_features` (old path
:mod:`quotecheck.ner_features` kept).
"""

from __future__ import annotations

from quotecheck.spacy.component import (
    ENTITY_LABELS,
    QuoteFinder,
    make_quotecheck,
    quotes_from_doc,
    set_quotes,
)
from quotecheck.spacy.display import render, view_spans
from quotecheck.spacy.pipeline import DEFAULT, ModelError, blank, default, load, model_path
from quotecheck.spacy.tokenizer import QuoteTokenizer, add_quote_rules

__all__ = [
    "DEFAULT",
    "ENTITY_LABELS",
    "ModelError",
    "QuoteFinder",
    "QuoteTokenizer",
    "add_quote_rules",
    "blank",
    "default",
    "load",
    "make_quotecheck",
    "model_path",
    "quotes_from_doc",
    "render",
    "set_quotes",
    "view_spans",
]
