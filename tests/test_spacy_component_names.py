"""The component under another name, its factory's old signature, and span getters on many
quotes (the Doc's quotes indexed once, not scanned per span)."""

from __future__ import annotations

import spacy

import quotecheck
from quotecheck.component import make_quotecheck
from quotecheck.spacy import extensions

CUE = {"cues": [{"lemma": "هتف", "stance": "neutral", "perfect": ["هتف"]}]}


def test_renamed_component_keeps_its_lexicon_on_long_texts() -> None:
    """A pipeline whose component is named "qc" still lends its lexicon when a text is read
    in pieces; without the override the made-up verb is no cue (near miss)."""
    text = "هتف الوزير: «سنواصل العمل في المشروع»."
    nlp = spacy.blank("ar")
    nlp.add_pipe("quotecheck", name="qc", config={"lexicon": CUE})
    nlp.max_length = 10  # forces the piecewise path
    got = quotecheck.extract_quotes(text, nlp=nlp)
    assert [(q.text, q.cue_lemma) for q in got] == [("سنواصل العمل في المشروع", "هتف")]
    plain = spacy.blank("ar")
    plain.add_pipe("quotecheck", name="qc")
    plain.max_length = 10
    assert all(q.cue is None for q in quotecheck.extract_quotes(text, nlp=plain))


def test_factory_keeps_its_old_signature() -> None:
    nlp = spacy.blank("ar")
    comp = make_quotecheck(nlp, "quotecheck", "quotes", True)
    assert comp.lexicon is not None


def test_span_getters_read_one_index_per_doc() -> None:
    nlp = quotecheck.load()
    text = "\n".join(f"وقال الوزير أحمد الكعبي: «سنواصل العمل في المشروع رقم {i}»."
                     for i in range(300))
    doc = nlp(text)
    calls = 0
    real = extensions._index

    def counting(d):
        nonlocal calls
        calls += 1
        return real(d)

    extensions._index = counting
    try:
        triples = [(s._.cue, s._.speaker, s._.speaker_name) for s in doc.spans["quotes"]]
    finally:
        extensions._index = real
    assert len(triples) == 300
    assert all(c.text == "وقال" and n.text == "أحمد الكعبي" for c, _, n in triples)
    assert len(extensions._INDEX) >= 1 and extensions._INDEX.get(doc) is not None
    assert calls <= 4 * len(triples)  # a lookup per getter, no scan of all quotes
