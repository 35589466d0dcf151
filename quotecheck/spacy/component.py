"""The spaCy pipeline component: ``nlp.add_pipe("quotecheck")``.

Results live in ``doc.spans[spans_key]`` (labels DIRECT / MIXED / INDIRECT, in document order),
in ``doc._.quotecheck`` (a JSON-ready list of quote dicts with exact character offsets) and in
the Span getters of :mod:`quotecheck.spacy.extensions` (``span._.cue``, ``span._.speaker``,
``span._.speaker_name``).  ``doc.spans[spans_key + "_cues"]`` and ``[... + "_speakers"]`` hold
each distinct cue and speaker span once, in document order.  No ``Span`` objects are kept in
``Doc._``, so ``DocBin(store_user_data=True)`` and ``nlp.pipe(n_process=2)`` carry the results.

The component's lexicon can be extended per pipeline (the component config's ``lexicon``, or
:meth:`QuoteFinder.add_lexicon`); ``to_disk`` saves the overrides and ``from_disk`` restores them,
as spaCy's ``span_ruler`` does with its patterns.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, SpanGroup
from spacy.util import SimpleFrozenList, ensure_path, minibatch

from quotecheck.engine.entities import ENTITY_LABELS
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.spacy import extensions
from quotecheck.spacy import lexicon as overrides_mod
from quotecheck.spacy.tokenizer import TEXT_KEY
from quotecheck.text_path import extract_rules
from quotecheck.types import Quote

ASSIGNS = ["doc._.quotecheck", "doc.spans"]
DEFAULT_CONFIG: dict[str, Any] = {"spans_key": "quotes", "use_entities": True, "lexicon": {}}

extensions.register()


class QuoteFinder:
    """Finds quotes, cues and speakers in a Doc (rules, helped by ``doc.ents`` if present)."""

    def __init__(self, nlp: Language, name: str = "quotecheck", *, spans_key: str = "quotes",
                 use_entities: bool = True, lexicon: dict[str, Any] | None = None) -> None:
        self.name = name
        self.spans_key = spans_key
        self.use_entities = use_entities
        self._overrides: dict[str, Any] = {}
        self._lexicon: Lexicon | None = None
        self.set_lexicon(lexicon or {})

    @property
    def lexicon_overrides(self) -> dict[str, Any]:
        """The words this component adds to the shipped lexicon (JSON-ready)."""
        return {k: list(v) for k, v in self._overrides.items()}

    @property
    def lexicon(self) -> Lexicon:
        """The lexicon the rules use: the shipped one with this component's overrides."""
        if self._lexicon is None:
            self._lexicon = overrides_mod.build(self._overrides)
        return self._lexicon

    def set_lexicon(self, overrides: dict[str, Any]) -> None:
        """Replace the overrides (see :mod:`quotecheck.spacy.lexicon` for the keys)."""
        self._overrides = overrides_mod.validate(overrides)
        self._lexicon = None

    def add_lexicon(self, overrides: dict[str, Any]) -> None:
        """Add words to the overrides (kept with the ones already there)."""
        self._overrides = overrides_mod.merge(self._overrides, overrides)
        self._lexicon = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None,
                   lexicon: dict[str, Any] | None = None) -> None:
        """``[initialize.components.quotecheck] lexicon = {...}`` sets the overrides."""
        if lexicon is not None:
            self.set_lexicon(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        ents = []
        if self.use_entities:
            ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents
                    if e.label_ in ENTITY_LABELS]
        text = doc.user_data.pop(TEXT_KEY, None)
        n = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        if text is None or len(text) != n:
            text = doc.text  # built from the tokens: slower, always right
        set_quotes(doc, extract_rules(text, ents, self.lexicon), self.spans_key)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Process a stream of Docs a batch at a time: the tokenizer (or the pipes before)
        makes a whole batch, then the rules run over it, each with its tables warm in the
        CPU caches (alternating them doc by doc costs about a third more time)."""
        for batch in minibatch(stream, size=batch_size):
            yield from [self(doc) for doc in batch]

    def _cfg(self) -> dict[str, Any]:
        return {"spans_key": self.spans_key, "use_entities": self.use_entities}

    def _set_cfg(self, cfg: dict[str, Any]) -> None:
        self.spans_key = cfg.get("spans_key", self.spans_key)
        self.use_entities = cfg.get("use_entities", self.use_entities)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        """Save the settings (cfg.json) and the lexicon overrides (lexicon.json)."""
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", self._cfg())
        srsly.write_json(path / "lexicon.json", self._overrides)

    def from_disk(self, path: str | Path, *,
                  exclude: Iterable[str] = SimpleFrozenList()) -> QuoteFinder:
        """Restore what :meth:`to_disk` saved (a missing file keeps the current value)."""
        path = ensure_path(path)
        if (path / "cfg.json").exists():
            self._set_cfg(srsly.read_json(path / "cfg.json"))
        if (path / "lexicon.json").exists():
            self.set_lexicon(srsly.read_json(path / "lexicon.json"))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        return srsly.json_dumps({**self._cfg(), "lexicon": self._overrides}).encode()

    def from_bytes(self, data: bytes, *,
                   exclude: Iterable[str] = SimpleFrozenList()) -> QuoteFinder:
        cfg = srsly.json_loads(data.decode())
        self._set_cfg(cfg)
        if "lexicon" in cfg:
            self.set_lexicon(cfg["lexicon"])
        return self


def _group(doc: Doc, name: str, spans: list) -> SpanGroup:
    return SpanGroup(doc, name=name, spans=spans)


def set_quotes(doc: Doc, quotes: list[Quote], spans_key: str = "quotes") -> None:
    """Store quotes on a Doc: ``doc._.quotecheck`` and the span groups."""
    doc._.quotecheck = [q.to_dict() for q in quotes]
    spans = []
    mentions: dict[str, dict[tuple[int, int], Any]] = {"CUE": {}, "SPEAKER": {}}
    for q in quotes:
        s = doc.char_span(q.start, q.end, label=q.kind.upper(), alignment_mode="expand")
        if s is not None:
            spans.append(s)
        for label, m in (("CUE", q.cue), ("SPEAKER", q.speaker)):
            if m is not None and (m.start, m.end) not in mentions[label]:
                span = doc.char_span(m.start, m.end, label=label, alignment_mode="expand")
                if span is not None:
                    mentions[label][m.start, m.end] = span
    doc.spans[spans_key] = _group(doc, spans_key, spans)
    for suffix, label in (("_cues", "CUE"), ("_speakers", "SPEAKER")):
        ordered = sorted(mentions[label].values(), key=lambda s: (s.start, s.end))
        doc.spans[spans_key + suffix] = _group(doc, spans_key + suffix, ordered)


def quotes_from_doc(doc: Doc) -> list[Quote]:
    """The quotes a ``quotecheck`` component stored on a Doc (after DocBin or n_process too)."""
    data = doc._.quotecheck
    if data is None:
        raise ValueError("this Doc has no quotecheck results: add the 'quotecheck' component")
    return [Quote.from_dict(d) for d in data]


@Language.factory(
    "quotecheck",
    assigns=ASSIGNS,
    default_config=DEFAULT_CONFIG,
)
def make_quotecheck(nlp: Language, name: str, spans_key: str, use_entities: bool,
                    lexicon: dict[str, Any] | None = None) -> QuoteFinder:
    """Factory for the ``quotecheck`` component."""
    return QuoteFinder(nlp, name, spans_key=spans_key, use_entities=use_entities,
                       lexicon=lexicon)
