"""Loading the default pipeline: the shipped trained one from models/, else blank Arabic."""

from __future__ import annotations

import threading
import warnings
from pathlib import Path

import spacy
from spacy.language import Language

import quotecheck.component  # noqa: F401  (registers the factory)

MODEL_NAME = "ar_quotecheck"
_lock = threading.Lock()
_default: Language | None = None


class ModelError(RuntimeError):
    """The shipped model is missing, broken, or from an incompatible spaCy version."""


def model_path() -> Path | None:
    """Where the shipped pipeline lives: inside the package (wheel) or the repo's models/."""
    here = Path(__file__).resolve().parent
    for cand in (here / "models" / MODEL_NAME, here.parent / "models" / MODEL_NAME):
        if (cand / "config.cfg").exists():
            return cand
    return None


def blank() -> Language:
    """A blank Arabic pipeline with the quotecheck component (rules only)."""
    nlp = spacy.blank("ar")
    nlp.add_pipe("quotecheck")
    return nlp


def load(path: str | Path | None = None, *, rules_only: bool = False) -> Language:
    """A pipeline with the quotecheck component.

    ``path``: a spaCy pipeline directory (the component is added if it lacks one).  By
    default the trained pipeline shipped in models/ is used when present, else a blank
    Arabic pipeline; ``rules_only=True`` forces the blank one.
    """
    if rules_only:
        return blank()
    if path is None:
        path = model_path()
        if path is None:
            return blank()
    path = Path(path)
    if not (path / "config.cfg").exists():
        raise ModelError(f"no spaCy pipeline at {path} (config.cfg is missing)")
    try:
        import quotecheck.ner_features  # noqa: F401  (architectures the shipped NER uses)

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nlp = spacy.load(path)
    except Exception as exc:  # spaCy raises many kinds here: say what to do instead
        raise ModelError(
            f"could not load the pipeline at {path} with spaCy {spacy.__version__}: {exc}. "
            "Retrain it (see training/README.md) or use quotecheck.load(rules_only=True)."
        ) from exc
    if "quotecheck" not in nlp.pipe_names:
        nlp.add_pipe("quotecheck")
    return nlp


def default() -> Language:
    """The process-wide default pipeline, loaded once, lazily."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = load()
    return _default
