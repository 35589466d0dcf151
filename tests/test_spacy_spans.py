"""Span getters of quote spans (cue, speaker, speaker name), computed from the stored data so
DocBin keeps them; the displaCy view; py.typed.  Sentences written for the test."""

from __future__ import annotations

from importlib.resources import files

import pytest
from spacy.tokens import DocBin

import quotecheck
from quotecheck.spacy import render, view_spans

TEXT = ("قال وزير الخارجية سامي النجار إن المحادثات ستستمر.\n"
        'وقال النجار: "المحادثات كانت مثمرة".\n'
        "وأضاف أن اللقاء المقبل سيعقد في الربيع.\n"
        'وكتب مراقبون: "لا جديد".')


@pytest.fixture(scope="module")
def nlp():
    return quotecheck.load()


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_getters_follow_each_quote(doc):
    quotes = quotecheck.quotes_from_doc(doc)
    spans = list(doc.spans["quotes"])
    assert len(spans) == len(quotes) >= 3
    for span, q in zip(spans, quotes, strict=True):
        assert span._.quote["start"] == q.start
        for got, want in ((span._.cue, q.cue), (span._.speaker, q.speaker)):
            if want is None:
                assert got is None
            else:
                assert (got.start_char, got.end_char) == (want.start, want.end)
        if q.speaker_name:
            assert span._.speaker_name.text == q.speaker_name


def test_speaker_name_is_found_where_the_text_spells_it(doc):
    named = [s for s in doc.spans["quotes"] if s._.speaker_name is not None]
    assert any(s._.speaker_name.text == "سامي النجار" for s in named)
    for s in named:
        assert s._.speaker_name.start_char < s.start_char  # the name stands before the quote


def test_getters_survive_docbin(nlp, doc):
    db = DocBin(store_user_data=True)
    db.add(doc)
    (back,) = DocBin(store_user_data=True).from_bytes(db.to_bytes()).get_docs(nlp.vocab)
    triple = [(s._.speaker and s._.speaker.text, s._.cue and s._.cue.text, s.text)
              for s in back.spans["quotes"]]
    assert triple == [(s._.speaker and s._.speaker.text, s._.cue and s._.cue.text, s.text)
                      for s in doc.spans["quotes"]]


def test_non_quote_span_has_no_quote(doc):
    assert doc[0:2]._.quote is None and doc[0:2]._.cue is None


def test_display_shows_quotes_cues_and_speakers(doc):
    spans = view_spans(doc)
    labels = {s["label"].split(":")[0] for s in spans}
    assert {"DIRECT", "CUE", "SPEAKER"} <= labels
    assert any(s["label"] == "SPEAKER: سامي النجار" for s in spans)
    html = render(doc)
    assert "direction: rtl" in html and "سامي النجار" in html and "المحادثات" in html


def test_package_is_typed():
    assert files("quotecheck").joinpath("py.typed").is_file()
