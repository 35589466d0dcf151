"""Old import path of the spaCy component: see :mod:`quotecheck.spacy.component`."""

from quotecheck.spacy.component import (  # noqa: F401  (re-exported)
    ENTITY_LABELS,
    QuoteFinder,
    make_quotecheck,
    quotes_from_doc,
    set_quotes,
)
from quotecheck.spacy.extensions import quote_of as _span_quote  # noqa: F401
from quotecheck.spacy.tokenizer import TEXT_KEY  # noqa: F401
