"""Loading pipelines: ``"rules"`` (blank Arabic + the component, the default) or ``"trained"``
(the shipped NER pipeline in models/), or any spaCy pipeline directory.

``DEFAULT`` was chosen by ``bench/eval_dev.py`` on dev2 (both halves): the trained pipeline
added under one point of speaker accuracy (0.868 -> 0.876 tune, 0.841 -> 0.844 check) and ran
about ten times slower, so rules only is the default.
"""

from __future__ import annotations

import threading
import warnings
from pathlib import Path

import spacy
from spacy.language import Language

from quotecheck.spacy import component as _component  # noqa: F401  (registers the factory)
from quotecheck.spacy.tokenizer import wrap

MODEL_NAME = "ar_quotecheck"
NAMES = ("rules", "trained")
DEFAULT = "rules"
TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "quotecheck.Tokenizer.v1"}}}
_lock = threading.Lock()
_default: Language | None = None


class ModelError(RuntimeError):
    """The shipped model is missing, broken, or from an incompatible spaCy version."""


def model_path() -> Path | None:
    """Where the shipped pipeline lives: inside the package (wheel) or the repo's models/."""
    pkg = Path(__file__).resolve().parent.parent
    for cand in (pkg / "models" / MODEL_NAME, pkg.parent / "models" / MODEL_NAME):
        if (cand / "config.cfg").exists():
            return cand
    return None


def blank() -> Language:
    """A blank Arabic pipeline with the quote tokenizer and the quotecheck component."""
    nlp = spacy.blank("ar", config=TOKENIZER_CONFIG)
    nlp.add_pipe("quotecheck")
    return nlp


def trained() -> Language:
    """The shipped trained pipeline (its NER feeds the rules names), with the quote tokenizer."""
    path = model_path()
    if path is None:
        raise ModelError("no trained pipeline is shipped with this installation "
                         "(models/ar_quotecheck); use quotecheck.load('rules')")
    return from_path(path)


def from_path(path: str | Path) -> Language:
    """A spaCy pipeline directory, with the quotecheck component added if it lacks one."""
    path = Path(path)
    if not (path / "config.cfg").exists():
        raise ModelError(f"no spaCy pipeline at {path} (config.cfg is missing)")
    try:
        import quotecheck.spacy.ner_features  # noqa: F401  (architectures the shipped NER uses)

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nlp = spacy.load(path)
    except Exception as exc:  # spaCy raises many kinds here: say what to do instead
        raise ModelError(
            f"could not load the pipeline at {path} with spaCy {spacy.__version__}: {exc}. "
            "Retrain it (see training/README.md) or use quotecheck.load('rules')."
        ) from exc
    if "quotecheck" not in nlp.pipe_names:
        nlp.add_pipe("quotecheck")
    return wrap(nlp)


def load(name: str | Path | None = None, *, rules_only: bool = False) -> Language:
    """A pipeline with the quotecheck component.

    ``name``: ``"rules"`` (blank Arabic, no model), ``"trained"`` (the shipped NER pipeline),
    a spaCy pipeline directory (a ``Path``, or any other string), or None for ``DEFAULT``.
    ``rules_only=True`` (the older spelling) is ``"rules"``.
    """
    if rules_only:
        return blank()
    if name is None:
        name = DEFAULT
    if isinstance(name, str) and name in NAMES:
        return blank() if name == "rules" else trained()
    return from_path(name)


def default() -> Language:
    """The process-wide default pipeline (``load()``), loaded once, lazily."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = load()
    return _default
