"""Data lists are read from disk once, not once per word (a cache that holds one entry but
is asked for several lists reloads the JSON file on every call)."""

from __future__ import annotations

from quotecheck.engine.speakers import speaker_word_list


def test_speaker_word_lists_are_read_once() -> None:
    keys = ("correspondent_nouns", "outlet_suffixes", "object_nouns", "name_joiners")
    for key in keys:
        speaker_word_list(key)
    before = speaker_word_list.cache_info().misses
    for _ in range(3):
        for key in keys:
            assert speaker_word_list(key)  # every list is non-empty
    assert speaker_word_list.cache_info().misses == before
