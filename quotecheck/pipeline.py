"""Loading the default pipeline: the shipped trained one from models/, else blank Arabic."""

from __future__ import annotations

import threading
import warnings
from pathlib import Path

import spacy
from spacy.language import Language

from quotecheck.component import TEXT_KEY

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


class TextKeepingTokenizer:
    """Wraps a tokenizer and keeps the input string on the Doc for the quote component.

    ``Doc.text`` is rebuilt from the tokens on every access, which costs about as much as
    tokenizing; the component pops the kept string instead.  Everything else is delegated.
    """

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        doc = self.tokenizer(text)
        doc.user_data[TEXT_KEY] = text
        return doc

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def to_disk(self, path, **kwargs):
        return self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.tokenizer.from_disk(path, **kwargs)
        return self

    def to_bytes(self, **kwargs):
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.tokenizer.from_bytes(data, **kwargs)
        return self


def _keep_text(nlp: Language) -> Language:
    if not isinstance(nlp.tokenizer, TextKeepingTokenizer):
        nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    return nlp


def blank() -> Language:
    """A blank Arabic pipeline with the quotecheck component (rules only)."""
    nlp = spacy.blank("ar")
    nlp.add_pipe("quotecheck")
    return _keep_text(nlp)


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
    return _keep_text(nlp)


def default() -> Language:
    """The process-wide default pipeline, loaded once, lazily."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = load()
    return _default
