"""quotecheck: quotations in Arabic news text, their cues, speakers and names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotecheck.types import Mention, Quote

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "Mention",
    "Quote",
    "compare",
    "extract_quotes",
    "extract_quotes_batch",
    "load",
    "quotes_from_doc",
]
__version__ = "0.1.0"


def load(path=None, *, rules_only: bool = False) -> Language:
    """The quotecheck pipeline (see ``quotecheck.pipeline.load``)."""
    from quotecheck.pipeline import load as _load

    return _load(path, rules_only=rules_only)


def quotes_from_doc(doc) -> list[Quote]:
    """Quotes stored on a Doc by the quotecheck component."""
    from quotecheck.component import quotes_from_doc as _q

    return _q(doc)


def extract_quotes(text: str, nlp: Language | None = None) -> list[Quote]:
    """Every direct, mixed and indirect quote of ``text``, in document order.

    Uses the default pipeline (loaded once) unless ``nlp`` is given.  Texts longer than
    the pipeline's ``max_length`` (20,000 characters when a neural NER runs) get their
    entities in pieces split at paragraph boundaries; offsets always point into ``text``.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_quotes expects str, got {type(text).__name__}")
    if not text.strip():
        return []
    from quotecheck.longdoc import extract_with

    if nlp is None:
        from quotecheck.pipeline import default

        nlp = default()
    return extract_with(nlp, text)


def __getattr__(name: str):
    """Lazy exports, so ``import quotecheck`` stays light."""
    if name == "compare":
        from quotecheck.comparison import compare

        return compare
    if name == "extract_quotes_batch":
        from quotecheck.batch import extract_quotes_batch

        return extract_quotes_batch
    raise AttributeError(f"module 'quotecheck' has no attribute {name!r}")
