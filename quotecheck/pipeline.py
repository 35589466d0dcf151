"""Old import path of pipeline loading: see :mod:`quotecheck.spacy.pipeline`."""

from quotecheck.spacy.pipeline import (  # noqa: F401  (re-exported)
    DEFAULT,
    MODEL_NAME,
    NAMES,
    ModelError,
    blank,
    default,
    from_path,
    load,
    model_path,
    trained,
)
from quotecheck.spacy.tokenizer import QuoteTokenizer as TextKeepingTokenizer  # noqa: F401
from quotecheck.spacy.tokenizer import wrap as _keep_text  # noqa: F401
