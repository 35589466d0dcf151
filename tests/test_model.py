"""Smoke tests for the trained Arabic NER pipeline in models/ar_quotecheck.

The sentences are written for this test (not taken from any corpus).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ar_quotecheck"

spacy = pytest.importorskip("spacy")


def _register_custom_code() -> None:
    """Import the module that registers the pipeline's custom architecture."""
    for name in ("quotecheck.ner_features", "ner_features"):
        try:
            importlib.import_module(name)
            return
        except ImportError:
            continue
    training = Path(__file__).resolve().parent.parent / "training"
    if (training / "ner_features.py").exists():
        sys.path.insert(0, str(training))
        importlib.import_module("ner_features")


@pytest.fixture(scope="module")
def nlp():
    if not (MODEL_DIR / "config.cfg").exists():
        pytest.skip(f"no trained pipeline at {MODEL_DIR} (run `make -C training all`)")
    _register_custom_code()
    return spacy.load(MODEL_DIR)


def _ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_pipeline_components(nlp):
    assert "ner" in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == {"PERS", "LOC", "ORG", "MISC"}


@pytest.mark.parametrize(
    "text, entity, label",
    [
        ("وصل الرئيس الأمريكي جورج بوش إلى بغداد صباح اليوم في زيارة مفاجئة .", "بغداد", "LOC"),
        ("وقال وزير الخارجية الفرنسي إن فرنسا ستدعم القرار .", "فرنسا", "LOC"),
        ("أعلنت الحكومة في القاهرة أن مصر ستستضيف المؤتمر في الشهر المقبل .", "مصر", "LOC"),
        ("التقى الأمين العام للأمم المتحدة كوفي أنان بالرئيس المصري حسني مبارك .", "حسني مبارك",
         "PERS"),
        ("وصرح توني بلير رئيس الوزراء البريطاني بأن لندن لن تغير موقفها .", "توني بلير", "PERS"),
    ],
)
def test_obvious_entities(nlp, text, entity, label):
    ents = _ents(nlp, text)
    assert any(entity in e_text and e_label == label for e_text, e_label in ents), ents


def test_person_after_title(nlp):
    doc = nlp("قال الرئيس الفلسطيني محمود عباس في مؤتمر صحفي في رام الله إن المفاوضات ستستمر .")
    pers = [e.text for e in doc.ents if e.label_ == "PERS"]
    assert any("عباس" in p for p in pers), [(e.text, e.label_) for e in doc.ents]


def test_empty_and_latin_text(nlp):
    assert list(nlp("").ents) == []
    doc = nlp("123 abc ... !")
    assert len(doc) > 0


def test_named_pipelines():
    """load() is rules only (the default chosen on dev2); load("trained") is the shipped NER
    pipeline; the older rules_only=True keeps working."""
    import quotecheck
    from quotecheck.spacy.tokenizer import QuoteTokenizer

    if not (MODEL_DIR / "config.cfg").exists():
        pytest.skip("no trained pipeline")
    rules, old, trained = (quotecheck.load(), quotecheck.load(rules_only=True),
                           quotecheck.load("trained"))
    assert rules.pipe_names == old.pipe_names == ["quotecheck"]
    assert "ner" in trained.pipe_names and trained.pipe_names[-1] == "quotecheck"
    assert isinstance(trained.tokenizer, QuoteTokenizer)
    text = "قال الرئيس الفلسطيني محمود عباس: «المفاوضات ستستمر».\n\ud800"
    quotes = quotecheck.quotes_from_doc(trained(text))
    assert quotes == quotecheck.extract_quotes(text, nlp=trained)
    assert [q.speaker_name for q in quotes] == ["محمود عباس"]
