"""Hostile input on the spaCy paths: str subclasses, lone surrogates, long runs without spaces,
and the NER's cost on text of short tokens.  Texts written for the test."""

from __future__ import annotations

import numpy as np
import pytest

import quotecheck
from quotecheck import extract_quotes, longdoc, quotes_from_doc

SENTENCE = "قال الوزير: «سنواصل العمل»"


class Text(str):
    """A str subclass, as data frames and arrays hand out."""


@pytest.fixture(scope="module")
def nlp():
    return quotecheck.load()


@pytest.mark.parametrize("make", [np.str_, Text])
def test_str_subclasses_are_text(nlp, make):
    want = extract_quotes(SENTENCE)
    assert want
    assert extract_quotes(make(SENTENCE)) == want
    assert extract_quotes(make(SENTENCE), nlp=nlp) == want
    assert quotes_from_doc(nlp(make(SENTENCE))) == want
    assert type(extract_quotes(make(SENTENCE))[0].text) is str


@pytest.mark.parametrize("text", ["قال: «\ud800»", "قال الوزير: «سنواصل \udfff العمل»\ud83d"])
def test_lone_surrogates_on_the_pipeline(nlp, text):
    quotes = quotes_from_doc(nlp(text))
    assert quotes == extract_quotes(text) == extract_quotes(text, nlp=nlp)
    assert all(text[q.start : q.end] == q.text for q in quotes)


@pytest.mark.parametrize("run", ["ب" * 1086, "ب" * 600 + "،" + "ب" * 600,
                                 "بـ" * 700, "ب" * 62 + "»" + "ب" * 1200])
def test_long_runs_never_lose_a_mark(nlp, run):
    """A quote around a 1,000+ character run ends at its closing mark, on every path."""
    text = f"قال الوزير: «{run} نعم» وانتهى."
    quotes = extract_quotes(text)
    assert quotes_from_doc(nlp(text)) == quotes == extract_quotes(text, nlp=nlp)
    close = text.rindex("»")
    for q in quotes:
        assert q.end <= close and "وانتهى" not in q.text


def test_foreign_pipeline_agrees_on_long_runs():
    """A pipeline without the quote tokenizer: the rules still read the original text."""
    import spacy

    plain = spacy.blank("ar")
    plain.add_pipe("quotecheck")
    text = "قال الوزير: «" + "ب" * 1100 + " نعم» وانتهى.\n" + SENTENCE
    assert extract_quotes(text, nlp=plain) == extract_quotes(text)


@pytest.mark.parametrize("junk", ["«»\"'\n" * 400, "« » \" ' ، . ! ؟ " * 300])
def test_ner_skips_text_without_letters(monkeypatch, junk):
    """Lines of quotation marks or spaced punctuation hold no entity: the NER never sees
    them; the letters around them it does."""
    seen: list[str] = []

    class Spy:
        pipe_names = ["ner", "quotecheck"]
        pipeline: list = []
        max_length = 1_000_000

        def select_pipes(self, disable):
            import contextlib

            return contextlib.nullcontext()

        def pipe(self, texts):
            for t in texts:
                seen.append(t)
                yield type("D", (), {"ents": ()})()

    assert longdoc.entities(Spy(), junk) == [] and seen == []
    text = SENTENCE + "\n" + junk + "\n" + SENTENCE
    longdoc.entities(Spy(), text)
    assert "".join(seen).count("الوزير") == 2
    assert sum(map(len, seen)) < len(SENTENCE) * 2 + 200


def test_letter_segments_near_miss():
    """Short runs of punctuation inside prose are not cut out."""
    text = 'قال: "نعم"، ثم -- 12, 14 -- انتهى.'
    assert list(longdoc.letter_segments(text, 0, len(text))) == [(0, len(text))]


@pytest.mark.parametrize("run", ["ب" * 1086, '"' * 1100, ("ب" * 63 + "»") * 20,
                                 ("،«" + "ب" * 61) * 20])
def test_splitter_replaces_only_letters_and_digits(run):
    """The NER's copy of a long run gets spaces in place of letters or digits only."""
    text = f"قال: «{run}» انتهى"
    broken = longdoc._break_long_runs(text)
    assert len(broken) == len(text)
    changed = [a for a, b in zip(text, broken, strict=True) if a != b]
    assert all(c.isalnum() for c in changed)
    assert max(len(w) for w in broken.split()) < 1000 or not any(c.isalnum() for c in run)


def test_lexicon_not_cues():
    import spacy

    text = "وأكد المتحدث أن الاتفاق قريب."
    nlp = spacy.blank("ar")
    nlp.add_pipe("quotecheck", config={"lexicon": {"not_cues": ["وأكد", "أكد"]}})
    assert extract_quotes(text) and quotes_from_doc(nlp(text)) == []
