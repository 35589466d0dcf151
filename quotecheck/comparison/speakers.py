"""Speaker linking: resolve each quote's speaker inside its document, then across documents.

The phrase level (``speaker_form``, ``same_speaker``, role and unnamed-source resolution) is in
``speaker_phrases``; the entities of one comparison (``SpeakerIndex``) in ``speaker_index``.
This module keeps the old import path of both.
"""

from quotecheck.comparison.speaker_index import TITLE_TEXT_DOCS, SpeakerIndex
from quotecheck.comparison.speaker_phrases import (
    SpeakerForm,
    folded_name_words,
    is_title,
    name_word,
    quote_speaker,
    same_speaker,
    speaker_form,
)

__all__ = [
    "TITLE_TEXT_DOCS",
    "SpeakerForm",
    "SpeakerIndex",
    "folded_name_words",
    "is_title",
    "name_word",
    "quote_speaker",
    "same_speaker",
    "speaker_form",
]
