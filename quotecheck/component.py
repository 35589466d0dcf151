"""The spaCy pipeline component: ``nlp.add_pipe("quotecheck")``.

Results live in ``doc.spans[spans_key]`` (labels DIRECT / MIXED / INDIRECT), with the cues
and speakers in ``doc.spans[spans_key + "_cues"]`` and ``[spans_key + "_speakers"]``, and in
``doc._.quotecheck``: a JSON-ready list of quote dicts with exact character offsets.  No
``Span`` objects are kept in ``Doc._``, so ``DocBin(store_user_data=True)`` and
``nlp.pipe(n_process=2)`` carry the results.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import ensure_path, minibatch

from quotecheck.engine import extract
from quotecheck.engine.entities import ENTITY_LABELS
from quotecheck.types import Quote

TEXT_KEY = "quotecheck.text"  # set by pipeline.TextKeepingTokenizer, popped here


def _span_quote(span: Span) -> dict[str, Any] | None:
    """The quote dict behind a span of ``doc.spans["quotes"]`` (None for other spans)."""
    for q in span.doc._.quotecheck or ():
        if q["start"] >= span.start_char and q["end"] <= span.end_char and (
            q["kind"].upper() == span.label_
        ):
            return q
    return None


def _register_extensions() -> None:
    if not Doc.has_extension("quotecheck"):
        Doc.set_extension("quotecheck", default=None)
    if not Span.has_extension("quote"):
        Span.set_extension("quote", getter=_span_quote)


_register_extensions()


class QuoteFinder:
    """Finds quotes, cues and speakers in a Doc (rules, helped by ``doc.ents`` if present)."""

    def __init__(self, nlp: Language, name: str = "quotecheck", *, spans_key: str = "quotes",
                 use_entities: bool = True) -> None:
        self.name = name
        self.spans_key = spans_key
        self.use_entities = use_entities

    def __call__(self, doc: Doc) -> Doc:
        ents = []
        if self.use_entities:
            ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents
                    if e.label_ in ENTITY_LABELS]
        text = doc.user_data.pop(TEXT_KEY, None)
        if text is None or len(text) != (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc)
                                         else 0):
            text = doc.text  # built from the tokens: slower, always right
        quotes = extract(text, ents)
        set_quotes(doc, quotes, self.spans_key)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Process a stream of Docs a batch at a time: the tokenizer (or the pipes before)
        makes a whole batch, then the rules run over it, each with its tables warm in the
        CPU caches (alternating them doc by doc costs about a third more time)."""
        for batch in minibatch(stream, size=batch_size):
            yield from [self(doc) for doc in batch]

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        cfg = {"spans_key": self.spans_key, "use_entities": self.use_entities}
        (path / "cfg.json").write_text(json.dumps(cfg), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> QuoteFinder:
        cfg_path = ensure_path(path) / "cfg.json"
        if cfg_path.exists():
            cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
            self.spans_key = cfg.get("spans_key", self.spans_key)
            self.use_entities = cfg.get("use_entities", self.use_entities)
        return self

    def to_bytes(self, *, exclude: tuple = ()) -> bytes:
        return json.dumps({"spans_key": self.spans_key,
                           "use_entities": self.use_entities}).encode()

    def from_bytes(self, data: bytes, *, exclude: tuple = ()) -> QuoteFinder:
        cfg = json.loads(data.decode())
        self.spans_key = cfg.get("spans_key", self.spans_key)
        self.use_entities = cfg.get("use_entities", self.use_entities)
        return self


def set_quotes(doc: Doc, quotes: list[Quote], spans_key: str = "quotes") -> None:
    """Store quotes on a Doc: span groups plus the JSON-ready ``doc._.quotecheck`` list."""
    doc._.quotecheck = [q.to_dict() for q in quotes]
    spans, cues, speakers = [], [], []
    for q in quotes:
        s = doc.char_span(q.start, q.end, label=q.kind.upper(), alignment_mode="expand")
        if s is not None:
            spans.append(s)
        if q.cue is not None:
            c = doc.char_span(q.cue.start, q.cue.end, label="CUE", alignment_mode="expand")
            if c is not None:
                cues.append(c)
        if q.speaker is not None:
            sp = doc.char_span(q.speaker.start, q.speaker.end, label="SPEAKER",
                               alignment_mode="expand")
            if sp is not None:
                speakers.append(sp)
    doc.spans[spans_key] = SpanGroup(doc, name=spans_key, spans=spans)
    doc.spans[spans_key + "_cues"] = SpanGroup(doc, name=spans_key + "_cues", spans=cues)
    doc.spans[spans_key + "_speakers"] = SpanGroup(doc, name=spans_key + "_speakers",
                                                   spans=speakers)


def quotes_from_doc(doc: Doc) -> list[Quote]:
    """The quotes a ``quotecheck`` component stored on a Doc (after DocBin or n_process too)."""
    data = doc._.quotecheck
    if data is None:
        raise ValueError("this Doc has no quotecheck results: add the 'quotecheck' component")
    return [Quote.from_dict(d) for d in data]


@Language.factory(
    "quotecheck",
    default_config={"spans_key": "quotes", "use_entities": True},
)
def make_quotecheck(nlp: Language, name: str, spans_key: str, use_entities: bool) -> QuoteFinder:
    """Factory for the ``quotecheck`` component."""
    return QuoteFinder(nlp, name, spans_key=spans_key, use_entities=use_entities)
