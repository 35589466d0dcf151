"""The tokenizer of the pipelines ``quotecheck.load()`` builds.

Two things on top of a language's own tokenizer:

* quotation marks (every mark the engine pairs, ``find.marks.ALL_MARKS``) are split from the
  words and the punctuation next to them (``روسيا".`` -> ``روسيا`` ``"`` ``.``), as prefixes,
  suffixes and infixes, so that ``doc.spans["quotes"]`` starts and ends exactly at the quotes'
  offsets;
* :class:`QuoteTokenizer` keeps the input string on the Doc for the quote component (``Doc.text``
  is rebuilt from the tokens on every access), reads lone surrogates (which spaCy cannot hash)
  as U+2060, one character for one, and cuts runs of 1,000+ characters without a space into
  64-character pieces before the affix rules see them (spaCy's affix splitting is quadratic in
  a token's length): no character is replaced, so ``doc.text`` is the input.

Pipelines that users bring keep their own tokenizer: see :func:`add_quote_rules` and the
README's section on alignment.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from quotecheck.find.marks import ALL_MARKS
from quotecheck.text_path import safe_text

TEXT_KEY = "quotecheck.text"  # set by QuoteTokenizer, popped by the component
LONG_RUN = re.compile(r"\S{1000,}")
RUN_PIECE = 64

_M = "[" + re.escape("".join(sorted(ALL_MARKS))) + "]"
_P = "[" + re.escape(".,،;؛:!?؟…()[]{}-–—") + "]"
PREFIX = rf"^(?:{_M}|{_P}(?={_M}))"
SUFFIX = rf"(?:{_M}|(?<={_M}){_P})$"
INFIX = rf"{_P}(?={_M})|(?<={_M}){_P}|{_M}"


def _extend(search, extra: str, method: str):
    """``search``'s pattern with ``extra`` as one more alternative (once), compiled."""
    pattern = search.__self__.pattern if search is not None else ""
    if extra in pattern:
        return search
    compiled = re.compile(f"{pattern}|{extra}" if pattern else extra)
    return getattr(compiled, method)


def add_quote_rules(tokenizer: Tokenizer) -> Tokenizer:
    """Split quotation marks from adjacent words and punctuation (idempotent)."""
    tokenizer.prefix_search = _extend(tokenizer.prefix_search, PREFIX, "search")
    tokenizer.suffix_search = _extend(tokenizer.suffix_search, SUFFIX, "search")
    tokenizer.infix_finditer = _extend(tokenizer.infix_finditer, INFIX, "finditer")
    return tokenizer


class QuoteTokenizer:
    """Wraps a spaCy tokenizer: keeps the input on the Doc, takes any ``str``, stays linear.

    Everything else (attributes, serialization) is the wrapped tokenizer's.
    """

    def __init__(self, tokenizer: Tokenizer, quote_rules: bool = True) -> None:
        self.quote_rules = quote_rules
        self.tokenizer = add_quote_rules(tokenizer) if quote_rules else tokenizer

    def __call__(self, text: str) -> Doc:
        if isinstance(text, str):
            text = str(text)  # numpy.str_, pandas values: spaCy wants a plain str
        safe = safe_text(text)
        doc = self._runs(safe) if LONG_RUN.search(safe) else self.tokenizer(safe)
        doc.user_data[TEXT_KEY] = text
        return doc

    def _runs(self, text: str) -> Doc:
        """Tokenize with each long run cut into pieces first; ``doc.text == text``."""
        parts: list[Doc] = []
        pos = 0
        for m in LONG_RUN.finditer(text):
            if m.start() > pos:
                parts.append(self.tokenizer(text[pos : m.start()]))
            for i in range(m.start(), m.end(), RUN_PIECE):
                parts.append(self.tokenizer(text[i : min(i + RUN_PIECE, m.end())]))
            pos = m.end()
        if pos < len(text):
            parts.append(self.tokenizer(text[pos:]))
        return Doc.from_docs([p for p in parts if len(p)], ensure_whitespace=False)

    def __getattr__(self, name: str):
        if name.startswith("__") or name in ("tokenizer", "quote_rules"):
            raise AttributeError(name)  # (while unpickling, before __init__ has run)
        return getattr(self.tokenizer, name)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def to_disk(self, path, **kwargs) -> None:
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs) -> QuoteTokenizer:
        self.tokenizer.from_disk(path, **kwargs)
        if self.quote_rules:
            add_quote_rules(self.tokenizer)
        return self

    def to_bytes(self, **kwargs) -> bytes:
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs) -> QuoteTokenizer:
        self.tokenizer.from_bytes(data, **kwargs)
        if self.quote_rules:
            add_quote_rules(self.tokenizer)
        return self


def wrap(nlp: Language, quote_rules: bool = True) -> Language:
    """Give ``nlp`` the quote tokenizer (its own rules kept; the quote rules added unless
    ``quote_rules`` is False)."""
    if not isinstance(nlp.tokenizer, QuoteTokenizer):
        nlp.tokenizer = QuoteTokenizer(nlp.tokenizer, quote_rules)
    return nlp


@registry.tokenizers("quotecheck.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], QuoteTokenizer]:
    """The language's default tokenizer with the quote rules, as a config entry
    (``[nlp.tokenizer] @tokenizers = "quotecheck.Tokenizer.v1"``)."""
    make_default = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> QuoteTokenizer:
        return QuoteTokenizer(make_default(nlp))

    return make
