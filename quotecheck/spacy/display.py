"""Quotes, cues and speakers in one displaCy view (``style="span"``, right to left)."""

from __future__ import annotations

from typing import Any

from spacy import displacy
from spacy.tokens import Doc

from quotecheck.spacy.extensions import cue_of, speaker_of

COLORS = {"DIRECT": "#7aecec", "MIXED": "#feca74", "INDIRECT": "#c9ede1", "CUE": "#bfe1d9",
          "SPEAKER": "#e4e7d2"}


def view_spans(doc: Doc, spans_key: str = "quotes") -> list[dict[str, Any]]:
    """displaCy's span records for every quote, its cue and its speaker (the speaker's label
    carries the speaker name), each cue and speaker once, in document order."""
    out: dict[tuple[int, int, str], dict[str, Any]] = {}
    for span in doc.spans.get(spans_key, []):
        q = span._.quote or {}
        parts = [(span, span.label_), (cue_of(span), "CUE"), (speaker_of(span), "SPEAKER")]
        for s, label in parts:
            if s is None:
                continue
            if label == "SPEAKER" and q.get("speaker_name"):
                label = f"SPEAKER: {q['speaker_name']}"
            out.setdefault((s.start, s.end, label.split(":")[0]), {
                "start": s.start_char, "end": s.end_char, "start_token": s.start,
                "end_token": s.end, "label": label, "kb_id": "", "kb_url": "#"})
    return [out[k] for k in sorted(out)]


def render(doc: Doc, spans_key: str = "quotes", *, page: bool = False,
           jupyter: bool | None = None, options: dict[str, Any] | None = None) -> str:
    """HTML of ``doc`` with its quotes, cues and speakers marked (see :func:`view_spans`).

    ``page=True`` gives a whole HTML page; in a notebook the view is shown, as
    ``displacy.render`` does.
    """
    spans = view_spans(doc, spans_key)
    colors = {s["label"]: COLORS[s["label"].split(":")[0]] for s in spans}
    data = {"text": doc.text, "spans": spans, "tokens": [t.text for t in doc], "title": None,
            "settings": {"lang": doc.lang_, "direction": "rtl"}}
    opts = {"colors": colors, **(options or {})}
    return displacy.render(data, style="span", manual=True, page=page, jupyter=jupyter,
                           options=opts)
