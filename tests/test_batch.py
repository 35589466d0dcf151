"""quotecheck.batch: same results as extract_quotes, input order, streaming, failures isolated.

The short sentences are written for these tests; the articles come from the ANT fixture
(tests/fixtures/ant_sample.jsonl, Apache-2.0, see tests/fixtures/README.md).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from quotecheck import extract_quotes
from quotecheck.batch import BatchError, extract_quotes_batch, resolve_backend

FIXTURE = Path(__file__).parent / "fixtures" / "ant_sample.jsonl"

SENTENCES = [
    'قال وزير الخارجية: "سنواصل العمل من أجل السلام في المنطقة".',
    "وأكد الرئيس أن الحكومة ستعمل على تحسين الأوضاع الاقتصادية قريبا.",
    "",
    "   \n ",
    "نص بلا اقتباس على الإطلاق.",
    "وقالت المتحدثة باسم الوزارة إن «المفاوضات ستستأنف الأسبوع المقبل» في جنيف.",
]


def _articles(n: int) -> list[str]:
    with FIXTURE.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in itertools.islice(fh, n)]


def test_same_as_extract_quotes_in_order() -> None:
    texts = SENTENCES + _articles(20)
    expected = [extract_quotes(t) for t in texts]
    got = list(extract_quotes_batch(texts, batch_size=7))
    assert got == expected
    assert any(got)  # the fixture has quotes


def test_two_processes_match_one() -> None:
    texts = _articles(24) + SENTENCES
    one = list(extract_quotes_batch(texts, batch_size=8))
    two = list(extract_quotes_batch(iter(texts), n_process=2, batch_size=8))
    assert two == one


def test_rules_backend_is_blank_pipeline() -> None:
    """The rules backend runs the engine on the text: the blank pipeline's output, and
    ``extract_quotes``'s; ``auto`` is rules unless a model directory is given."""
    import quotecheck

    texts = SENTENCES + _articles(10)
    nlp = quotecheck.load(rules_only=True)
    expected = [extract_quotes(t, nlp=nlp) for t in texts]
    assert list(extract_quotes_batch(texts, backend="rules")) == expected
    assert [extract_quotes(t) for t in texts] == expected
    assert resolve_backend("auto") == "rules"
    assert resolve_backend("auto", "some/model/dir") == "pipeline"
    with pytest.raises(ValueError):
        resolve_backend("gpu")


def test_streams_lazily() -> None:
    """An endless input: results come while only a bounded look-ahead has been read."""
    consumed = 0

    def endless():
        nonlocal consumed
        for k in itertools.count():
            consumed += 1
            yield SENTENCES[k % len(SENTENCES)]

    out = list(itertools.islice(extract_quotes_batch(endless(), batch_size=5), 12))
    assert len(out) == 12
    assert consumed <= 15


def test_streams_lazily_with_processes() -> None:
    consumed = 0

    def endless():
        nonlocal consumed
        for k in itertools.count():
            consumed += 1
            yield SENTENCES[k % len(SENTENCES)]

    gen = extract_quotes_batch(endless(), n_process=2, batch_size=4)
    out = list(itertools.islice(gen, 10))
    gen.close()  # shuts the pool down
    assert len(out) == 10
    assert consumed <= 4 * 2 * 2 + 4 * 2  # window of 2 batches per process, plus one


def test_errors_return_isolates_bad_inputs() -> None:
    texts = [SENTENCES[0], None, SENTENCES[1], b"bytes", SENTENCES[0]]
    for n_process in (1, 2):
        out = list(extract_quotes_batch(texts, n_process=n_process, batch_size=2,
                                        errors="return"))
        assert len(out) == 5
        assert isinstance(out[1], BatchError) and out[1].index == 1
        assert out[1].kind == "TypeError"
        assert isinstance(out[3], BatchError) and out[3].index == 3
        assert out[0] == extract_quotes(SENTENCES[0]) == out[4]
        assert out[2] == extract_quotes(SENTENCES[1])


def test_errors_raise() -> None:
    with pytest.raises(TypeError):
        list(extract_quotes_batch([SENTENCES[0], 42]))
    with pytest.raises(TypeError):
        list(extract_quotes_batch([SENTENCES[0], None], n_process=2, batch_size=1))


def test_bad_arguments() -> None:
    for kw in ({"batch_size": 0}, {"n_process": 0}, {"errors": "ignore"}, {"backend": "x"}):
        with pytest.raises(ValueError):
            extract_quotes_batch(SENTENCES, **kw)
    assert list(extract_quotes_batch([])) == []


def test_long_document_pieces_exact() -> None:
    """A text longer than nlp.max_length: entities piece by piece, exact offsets, the same
    quote spans as in one piece (rules only: the very same quotes)."""
    import quotecheck

    text = "\n\n".join(_articles(12))
    for nlp in (quotecheck.load(rules_only=True), quotecheck.load("trained")):
        whole = extract_quotes(text, nlp=nlp)
        nlp.max_length = 2000
        assert len(text) > 5 * nlp.max_length
        pieces = extract_quotes(text, nlp=nlp)
        for q in pieces:
            assert text[q.start : q.end] == q.text
            if q.cue is not None:
                assert text[q.cue.start : q.cue.end] == q.cue.text
            if q.speaker is not None:
                assert text[q.speaker.start : q.speaker.end] == q.speaker.text
        assert [(q.start, q.end, q.kind) for q in pieces] == [
            (q.start, q.end, q.kind) for q in whole]
        if "ner" not in nlp.pipe_names:
            assert pieces == whole


def test_neural_pipeline_caps_one_doc(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a neural NER, texts over longdoc.NER_PIECE_CHARS (memory grows with a Doc's length)
    get entities piece by piece, in the batch API as in extract_quotes; rules only is not capped."""
    import quotecheck
    from quotecheck import longdoc

    nlp = quotecheck.load("trained")
    rules = quotecheck.load(rules_only=True)
    assert longdoc.one_doc_limit(nlp) == min(nlp.max_length, longdoc.NER_PIECE_CHARS)
    assert longdoc.one_doc_limit(rules) == rules.max_length
    text = "\n\n".join(_articles(6))
    whole = extract_quotes(text, nlp=nlp)
    monkeypatch.setattr(longdoc, "NER_PIECE_CHARS", 1500)
    assert len(text) > 4 * longdoc.one_doc_limit(nlp)
    pieces = extract_quotes(text, nlp=nlp)
    assert [(q.start, q.end, q.kind) for q in pieces] == [(q.start, q.end, q.kind) for q in whole]
    assert list(extract_quotes_batch([text], batch_size=1)) == [pieces]
    assert all(text[q.start : q.end] == q.text for q in pieces)


def test_batch_takes_lone_surrogates() -> None:
    """A text spaCy cannot hash (a lone surrogate) goes the cleaning path inside a batch."""
    bad = SENTENCES[0].replace("العمل", "العم\ud800ل")
    got = list(extract_quotes_batch([SENTENCES[0], bad], batch_size=2))
    assert got[1] == extract_quotes(bad)
    assert got[1] and got[1][0].text == bad[got[1][0].start : got[1][0].end]


def test_one_text_instead_of_many_is_a_type_error() -> None:
    """A str would be iterated character by character; bytes byte by byte."""
    for wrong in (SENTENCES[0], SENTENCES[0].encode(), bytearray(b"abc"), memoryview(b"abc")):
        with pytest.raises(TypeError, match="iterable of texts"):
            extract_quotes_batch(wrong)
        with pytest.raises(TypeError, match="iterable of texts"):
            extract_quotes_batch(wrong, backend="rules", errors="return")
    with pytest.raises(TypeError):
        list(extract_quotes_batch([SENTENCES[0], b"bytes"], backend="rules"))


def test_str_subclasses_are_text() -> None:
    """numpy.str_ (and pandas values, which are numpy strings or str) are text."""
    np = pytest.importorskip("numpy")

    class Marked(str):
        pass

    texts = [SENTENCES[0], SENTENCES[5]]
    expected = list(extract_quotes_batch(texts, backend="rules"))
    assert expected[0]
    for wrap in (np.str_, Marked):
        got = list(extract_quotes_batch([wrap(t) for t in texts], backend="rules"))
        assert got == expected
        assert list(extract_quotes_batch(np.array(texts), backend="rules")) == expected


def test_dask_partitions_take_missing_values_and_numpy() -> None:
    """The Dask partition functions (no Dask needed): NaN text is empty, NaN id is None."""
    np = pytest.importorskip("numpy")
    from quotecheck.integrations.dask import quotes_partition, records_partition
    from quotecheck.render.jsonout import dumps_line

    recs = [{"id": float("nan"), "text": np.str_(SENTENCES[0])},
            {"id": np.int64(4), "text": float("nan")},
            {"id": None, "text": None}]
    out = records_partition(recs, backend="rules", keep_text=True)
    assert [o["id"] for o in out] == [None, 4, None]
    assert out[0]["quotes"] and out[1]["quotes"] == [] and out[1]["text"] == ""
    json.loads(dumps_line(out), parse_constant=lambda c: pytest.fail(c))
    assert quotes_partition([np.str_(SENTENCES[5]), float("nan")], backend="rules")[1] == []


def test_backends_are_named() -> None:
    from quotecheck.batch import BACKENDS

    assert set(BACKENDS) == {"auto", "rules", "pipeline", "trained"}
    assert resolve_backend("trained") == "trained"


def test_trained_backend_is_the_ner_pipeline() -> None:
    """``trained`` loads the shipped NER pipeline whatever ``load()`` defaults to."""
    import quotecheck
    from quotecheck.batch import get_processor
    from quotecheck.pipeline import model_path

    if model_path() is None:
        with pytest.raises(RuntimeError, match="no trained pipeline"):
            get_processor("trained")
        return
    nlp = quotecheck.load(model_path())
    assert "ner" in nlp.pipe_names
    texts = SENTENCES + _articles(3)
    expected = [extract_quotes(t, nlp=nlp) for t in texts]
    assert list(extract_quotes_batch(texts, backend="trained")) == expected
