"""quotecheck: quotations in Arabic news text, their cues, speakers and names."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from quotecheck.types import Mention, Quote

if TYPE_CHECKING:
    from spacy.language import Language

    from quotecheck.lang.ar.lexicon import Lexicon

__all__ = [
    "DEFAULT_PIPELINE",
    "Mention",
    "Quote",
    "compare",
    "extract_quotes",
    "extract_quotes_batch",
    "extract_rules",
    "load",
    "quotes_from_doc",
]
__version__ = "0.1.0"

#: What ``extract_quotes(text)``, ``quotecheck.load()`` and the batch API use by default:
#: ``"rules"`` (the engine on the text, no spaCy Doc) or ``"trained"`` (the shipped NER
#: pipeline).  Chosen on dev2 by bench/eval_dev.py: the trained pipeline added under one point
#: of speaker accuracy and ran about ten times slower.
DEFAULT_PIPELINE = "rules"


def load(name: str | Path | None = None, *, rules_only: bool = False) -> Language:
    """A spaCy pipeline with the quotecheck component: ``load()`` / ``load("rules")`` (blank
    Arabic, rules only, the default), ``load("trained")`` (the shipped NER pipeline), or
    ``load(path)`` (a pipeline directory).  ``rules_only=True`` still means ``"rules"``."""
    from quotecheck.spacy.pipeline import load as _load

    return _load(name, rules_only=rules_only)


def quotes_from_doc(doc) -> list[Quote]:
    """Quotes stored on a Doc by the quotecheck component."""
    from quotecheck.spacy.component import quotes_from_doc as _q

    return _q(doc)


def extract_rules(text: str, entities: Sequence[tuple[int, int, str]] = (),
                  lex: Lexicon | None = None) -> list[Quote]:
    """The rules on ``text`` itself, no spaCy pipeline and no Doc (the default path), with
    optional entities and lexicon (see ``quotecheck.text_path``)."""
    from quotecheck.text_path import extract_rules as _extract_rules

    return _extract_rules(text, entities, lex)


def safe_text(text: str) -> str:
    """``text`` with lone surrogates read as U+2060 (see ``quotecheck.text_path``)."""
    from quotecheck.text_path import safe_text as _safe_text

    return _safe_text(text)


def extract_quotes(text: str, nlp: Language | None = None, *, html: bool = False
                   ) -> list[Quote]:
    """Every direct, mixed and indirect quote of ``text``, in document order.

    Without ``nlp`` the default (``DEFAULT_PIPELINE``) runs: the rules on the text.  With a
    pipeline, texts longer than its ``max_length`` (20,000 characters when a neural NER runs)
    get their entities in pieces split at paragraph boundaries; offsets always point into
    ``text``.  ``html=True`` reads ``text`` as HTML (quotecheck.htmlmask, docs/html_input.md):
    the engine sees the text a reader sees, offsets still point into ``text`` itself.
    """
    from quotecheck.text_path import as_text

    text = as_text(text)
    if not text.strip():
        return []
    if html:
        from quotecheck.htmlmask import extract_html

        return extract_html(text, lambda page: extract_quotes(page, nlp))
    if nlp is None:
        if DEFAULT_PIPELINE == "rules":
            return extract_rules(text)
        from quotecheck.spacy.pipeline import default

        nlp = default()
    from quotecheck.longdoc import extract_with

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
