"""One walker of a person's full name for the speaker rules (``names.full_name.
full_name_end``, read by ``names.current``, ``names.earlier`` and ``engine.holder_name``).
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.engine.names.full_name import full_name_end
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import lexicon


def _end(text: str) -> int:
    norms = WordIndex(text).norms
    return full_name_end(lexicon(), norms, 0, len(norms))


def test_a_joiner_goes_on_with_the_word_it_joins() -> None:
    assert _end("عمر بن مسعود") == 3


def test_a_joiner_without_its_word_ends_the_name() -> None:
    """Near miss: بن with no word after it joins nothing."""
    assert _end("سمير الهادي بن") == 2


def test_a_common_noun_after_a_first_name_is_no_name_word() -> None:
    assert _end("حسن التصرف") == 1


def test_a_relatives_name_ends_before_the_relation() -> None:
    quotes = extract_quotes("وأوضح سمير الهادي ابن عم التلميذ أن المرض منتشر.")
    assert [(q.speaker.text if q.speaker else None, q.speaker_name) for q in quotes] == [
        ("سمير الهادي ابن عم التلميذ", "سمير الهادي")]
