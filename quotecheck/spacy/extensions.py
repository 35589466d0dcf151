"""The custom attributes of Docs and Spans: the stored results and Span-valued getters.

``doc._.quotecheck`` holds the JSON-ready quote dicts (exact character offsets).  Every
attribute of a quote span is computed from them on access, so ``DocBin(store_user_data=True)``
and ``nlp.pipe(n_process=2)`` carry everything:

* ``span._.quote``: the quote's dict;
* ``span._.cue``, ``span._.speaker``: the quote's cue and speaker as Spans (or None);
* ``span._.speaker_name``: where the speaker's name (the fullest one the document gives)
  stands, as a Span: inside the speaker mention, else its last mention before the quote, else
  its first one (None when the text does not spell it out).

``(span._.speaker, span._.cue, span)`` is the textacy-style (speaker, cue, content) triple.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span

QUOTE_LABELS = ("DIRECT", "MIXED", "INDIRECT")

# Per Doc, built on first access: the stored quotes by (label, start, end) and the Doc's text
# (spaCy rebuilds doc.text from its tokens on every access).  Keyed weakly: a Doc's entry goes
# with it; checked against the stored list, so results set again are read afresh.
_INDEX: WeakKeyDictionary[Doc, tuple[list, dict, str]] = WeakKeyDictionary()


def _index(doc: Doc) -> tuple[dict[tuple[str, int, int], dict[str, Any]], str]:
    data = doc._.quotecheck or []
    hit = _INDEX.get(doc)
    if hit is None or hit[0] is not data or len(hit[1]) > len(data):
        exact = {(q["kind"].upper(), q["start"], q["end"]): q for q in reversed(data)}
        hit = _INDEX[doc] = (data, exact, doc.text)
    return hit[1], hit[2]


def quote_of(span: Span) -> dict[str, Any] | None:
    """The quote dict behind a quote span (None for other spans or a Doc without results)."""
    exact, _ = _index(span.doc)
    q = exact.get((span.label_, span.start_char, span.end_char))
    if q is not None:
        return q
    best = None
    for q in span.doc._.quotecheck or ():
        if q["kind"].upper() != span.label_:
            continue
        if q["start"] == span.start_char and q["end"] == span.end_char:
            return q
        if best is None and q["start"] >= span.start_char and q["end"] <= span.end_char:
            best = q  # the span was widened to token boundaries (a foreign tokenizer)
    return best


def _char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def _mention(span: Span, key: str, label: str) -> Span | None:
    q = quote_of(span)
    m = q.get(key) if q else None
    return None if m is None else _char_span(span.doc, m["start"], m["end"], label)


def cue_of(span: Span) -> Span | None:
    """The reporting cue of a quote span."""
    return _mention(span, "cue", "CUE")


def speaker_of(span: Span) -> Span | None:
    """The speaker mention of a quote span."""
    return _mention(span, "speaker", "SPEAKER")


def speaker_name_of(span: Span) -> Span | None:
    """Where the quote's speaker name stands in the text (see the module docstring)."""
    q = quote_of(span)
    name = q.get("speaker_name") if q else None
    if not name:
        return None
    _, text = _index(span.doc)
    at = -1
    sp = q.get("speaker")
    if sp is not None:
        at = text.find(name, sp["start"], sp["end"])
    if at < 0:
        at = text.rfind(name, 0, q["start"])
    if at < 0:
        at = text.find(name)
    return None if at < 0 else _char_span(span.doc, at, at + len(name), "SPEAKER_NAME")


def register() -> None:
    """Register the attributes (once per process; safe to call again)."""
    if not Doc.has_extension("quotecheck"):
        Doc.set_extension("quotecheck", default=None)
    for name, getter in (("quote", quote_of), ("cue", cue_of), ("speaker", speaker_of),
                         ("speaker_name", speaker_name_of)):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)


register()
