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

from spacy.tokens import Doc, Span

QUOTE_LABELS = ("DIRECT", "MIXED", "INDIRECT")


def quote_of(span: Span) -> dict[str, Any] | None:
    """The quote dict behind a quote span (None for other spans or a Doc without results)."""
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
    text = span.doc.text
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
