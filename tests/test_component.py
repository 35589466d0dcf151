"""The spaCy side: factory, entry point, doc.spans, DocBin, to_disk, n_process=2."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest
import spacy
from spacy.tokens import DocBin

import quotecheck
from quotecheck import extract_quotes, quotes_from_doc

TEXT = ('وقال وزير الخارجية جون كيري إن المحادثات صعبة.\n'
        'وأضاف: "سنواصل العمل مع جميع الأطراف".')


@pytest.fixture(scope="module")
def nlp():
    return quotecheck.load(rules_only=True)


def test_factory_registered_and_entry_point():
    eps = entry_points(group="spacy_factories")
    assert any(ep.name == "quotecheck" and ep.value.startswith("quotecheck.spacy.")
               for ep in eps)
    nlp = spacy.blank("ar")
    nlp.add_pipe("quotecheck", config={"spans_key": "q"})
    doc = nlp(TEXT)
    assert [s.label_ for s in doc.spans["q"]] == ["INDIRECT", "DIRECT"]
    speakers = [(s.start_char, s.end_char) for s in doc.spans["q_speakers"]]
    assert speakers == sorted(set(speakers))  # each speaker span once, in document order
    assert {(s._.speaker.start_char, s._.speaker.end_char) for s in doc.spans["q"]
            if s._.speaker is not None} == set(speakers)


def test_factory_declares_what_it_assigns():
    meta = spacy.blank("ar").get_factory_meta("quotecheck")
    assert "doc._.quotecheck" in meta.assigns and "doc.spans" in meta.assigns


def test_old_import_paths():
    from quotecheck import component, pipeline
    from quotecheck.spacy import QuoteFinder, load

    assert component.QuoteFinder is QuoteFinder and pipeline.load is load
    assert pipeline.TextKeepingTokenizer is quotecheck.spacy.QuoteTokenizer


# A cue and a title that the shipped lexicon lacks (checked by the near misses below).
NEW_CUE = "وهمس المتحدث بأن الاتفاق قريب."
NEW_TITLE = "وقال الناظر سامي النجار إن المدرسة ستفتح غدا."
OVERRIDES = {"cues": [{"lemma": "همس", "stance": "neutral", "perfect": ["همس"]}],
             "titles": ["الناظر"]}


def test_lexicon_overrides_in_the_config():
    plain = spacy.blank("ar")
    plain.add_pipe("quotecheck")
    assert quotes_from_doc(plain(NEW_CUE)) == []  # near miss: not a cue in the shipped data
    assert [q.speaker_name for q in quotes_from_doc(plain(NEW_TITLE))] == [
        "الناظر سامي النجار"]
    nlp = spacy.blank("ar")
    nlp.add_pipe("quotecheck", config={"lexicon": OVERRIDES})
    (q,) = quotes_from_doc(nlp(NEW_CUE))
    assert q.cue_lemma == "همس" and q.text == "الاتفاق قريب"
    assert [q.speaker_name for q in quotes_from_doc(nlp(NEW_TITLE))] == ["سامي النجار"]
    # the shipped lexicon stays as it was for every other pipeline
    assert quotes_from_doc(plain(NEW_CUE)) == []


def test_lexicon_overrides_saved_by_to_disk(tmp_path):
    nlp = spacy.blank("ar")
    finder = nlp.add_pipe("quotecheck")
    finder.add_lexicon(OVERRIDES)
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert again.get_pipe("quotecheck").lexicon_overrides == finder.lexicon_overrides
    assert quotes_from_doc(again(NEW_CUE)) == quotes_from_doc(nlp(NEW_CUE)) != []
    restored = spacy.blank("ar").add_pipe("quotecheck").from_bytes(finder.to_bytes())
    assert restored.lexicon_overrides == finder.lexicon_overrides


def test_lexicon_overrides_are_checked():
    nlp = spacy.blank("ar")
    with pytest.raises(ValueError, match="unknown lexicon keys"):
        nlp.add_pipe("quotecheck", config={"lexicon": {"verbs": ["x"]}})
    with pytest.raises(ValueError, match="lemma"):
        nlp.add_pipe("quotecheck", name="q2", config={"lexicon": {"cues": [{"perfect": ["x"]}]}})


def test_spans_and_extensions(nlp):
    doc = nlp(TEXT)
    spans = doc.spans["quotes"]
    assert spans[1]._.quote["speaker_name"] == "جون كيري"
    assert [q.text for q in quotes_from_doc(doc)] == [q.text for q in extract_quotes(TEXT)]


def test_docbin_roundtrip(nlp):
    db = DocBin(store_user_data=True)
    db.add(nlp(TEXT))
    docs = list(DocBin(store_user_data=True).from_bytes(db.to_bytes()).get_docs(nlp.vocab))
    assert quotes_from_doc(docs[0]) == quotes_from_doc(nlp(TEXT))
    assert [s.label_ for s in docs[0].spans["quotes"]] == ["INDIRECT", "DIRECT"]


def test_to_disk_from_disk(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert quotes_from_doc(again(TEXT)) == quotes_from_doc(nlp(TEXT))


def test_pipe_two_processes(nlp):
    texts = [TEXT] * 6
    one = [quotes_from_doc(d) for d in nlp.pipe(texts)]
    two = [quotes_from_doc(d) for d in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert one == two


def test_entities_from_another_component():
    nlp = spacy.blank("ar")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERS", "pattern": "جون كيري"}])
    nlp.add_pipe("quotecheck")
    doc = nlp('قال جون كيري: "الأمر صعب جدا".\nوقال كيري: "سنرى ما يحدث غدا".')
    assert [q.speaker_name for q in quotes_from_doc(doc)] == ["جون كيري", "جون كيري"]


def test_long_document_offsets(nlp):
    body = "وقال الوزير إن المصنع سيفتح غدا.\n\n"
    text = body * 40
    small = spacy.blank("ar")
    small.add_pipe("quotecheck")
    small.max_length = 300
    quotes = extract_quotes(text, nlp=small)
    assert len(quotes) == 40
    assert all(text[q.start : q.end] == q.text for q in quotes)


def test_bad_input():
    with pytest.raises(TypeError):
        extract_quotes(b"bytes")  # type: ignore[arg-type]
    assert extract_quotes("") == [] and extract_quotes("  \n\t ") == []


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(quotecheck.pipeline.ModelError):
        quotecheck.load(tmp_path)


def test_broken_model_is_a_clear_error(tmp_path):
    (tmp_path / "config.cfg").write_text("[nlp]\nlang = \"ar\"\npipeline = [\"ner\"]\n")
    with pytest.raises(quotecheck.pipeline.ModelError, match="could not load"):
        quotecheck.load(tmp_path)

