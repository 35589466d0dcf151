"""The quote tokenizer of quotecheck.load(): quotation marks split from words and
punctuation (every mark family), so doc.spans["quotes"] matches the quotes' offsets; any str
taken; long runs linear.  Sentences written for the test."""

from __future__ import annotations

import pytest
import spacy

import quotecheck
from quotecheck.find.marks import ALL_MARKS
from quotecheck.spacy.tokenizer import QuoteTokenizer, add_quote_rules

# (opening, closing) of every family the engine pairs
FAMILIES = [('"', '"'), ("“", "”"), ("„", "“"), ("«", "»"), ("‹", "›"), ("‘", "’"), ("'", "'")]


@pytest.fixture(scope="module")
def nlp():
    return quotecheck.load()


def test_every_mark_is_covered():
    assert {c for pair in FAMILIES for c in pair} <= ALL_MARKS


@pytest.mark.parametrize("open_, close", FAMILIES)
@pytest.mark.parametrize("after", [".", "،", "؛", ":", "", ")."])
def test_spans_match_quote_offsets(nlp, open_, close, after):
    text = (f"وقال المتحدث باسم الوزارة:{open_}سنواصل العمل مع الشركاء{close}{after}\n"
            f"وأضاف أن {open_}الاتفاق قريب جدا{close}{after} ثم غادر.")
    doc = nlp(text)
    quotes = quotecheck.quotes_from_doc(doc)
    assert quotes, text
    assert [(s.start_char, s.end_char) for s in doc.spans["quotes"]] == [
        (q.start, q.end) for q in quotes]


@pytest.mark.parametrize("open_, close", FAMILIES)
def test_marks_are_tokens_of_their_own(nlp, open_, close):
    words = [t.text for t in nlp(f"و{open_}كلمة{close}.")]
    assert words == ["و", open_, "كلمة", close, "."]


def test_near_miss_punctuation_without_a_mark_keeps_the_language_rules(nlp):
    """Only punctuation next to a quotation mark is split by these rules: a time, a decimal
    number or an abbreviation tokenizes as in spaCy's blank Arabic pipeline."""
    text = "الساعة 10:30 ونسبة 3.5 في المئة"
    assert [t.text for t in nlp(text)] == [t.text for t in spacy.blank("ar")(text)]


def test_rules_are_added_once():
    tok = spacy.blank("ar").tokenizer
    add_quote_rules(tok)
    pattern = tok.prefix_search.__self__.pattern
    add_quote_rules(tok)
    assert tok.prefix_search.__self__.pattern == pattern


def test_saved_pipeline_keeps_the_tokenizer(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert isinstance(again.tokenizer, QuoteTokenizer)
    text = 'وقال الوزير:"سنواصل العمل".'
    assert [t.text for t in again(text)] == [t.text for t in nlp(text)]


@pytest.mark.parametrize("run", ['"' * 3000, "«»" * 1500, "ب" * 1086, ". " * 10 + "!?" * 800])
def test_long_runs_keep_the_text(nlp, run):
    text = f"قال الوزير: «{run} نعم» وانتهى."
    doc = nlp(text)
    assert doc.text == text
    assert quotecheck.quotes_from_doc(doc) == quotecheck.extract_quotes(text)


def test_pickled_pipeline_keeps_the_tokenizer(nlp):
    """Process pools that spawn (not fork) pickle the pipeline."""
    import pickle

    again = pickle.loads(pickle.dumps(nlp))
    text = 'وقال الوزير:"سنواصل العمل".'
    assert [t.text for t in again(text)] == [t.text for t in nlp(text)]
    assert quotecheck.quotes_from_doc(again(text)) == quotecheck.extract_quotes(text)
