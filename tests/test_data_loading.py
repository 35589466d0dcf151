"""Data lists are read from disk once, not once per word (a cache that holds one entry but
is asked for several lists reloads the JSON file on every call)."""

from __future__ import annotations

from quotecheck.engine.speakers import speaker_word_list
from quotecheck.lang.ar.lexicon import lexicon


def test_speaker_word_lists_are_read_once() -> None:
    """The lists are read once, with the lexicon: every call hands out the same table."""
    keys = ("correspondent_nouns", "outlet_suffixes", "object_nouns", "name_joiners")
    first = {key: speaker_word_list(key, lexicon()) for key in keys}
    for _ in range(3):
        for key in keys:
            assert speaker_word_list(key, lexicon())  # every list is non-empty
            assert speaker_word_list(key, lexicon()) is first[key] is lexicon().speaker_lists[key]
