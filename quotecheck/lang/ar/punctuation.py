"""Punctuation of Arabic text (data/punctuation.json) beside the Latin marks: the sets the
speaker rules ask a gap about."""

from __future__ import annotations

import json
from pathlib import Path

_RAW = json.loads((Path(__file__).with_name("data") / "punctuation.json")
                  .read_text(encoding="utf-8"))

#: Commas, Latin and Arabic.
COMMAS = frozenset(",") | frozenset(_RAW["comma"])
#: Marks that end a sentence or clause: full stop, semicolons, exclamation and question marks.
SENTENCE_ENDS = (frozenset(".;!?") | frozenset(_RAW["semicolon"])
                 | frozenset(_RAW["question_mark"]))
#: The Arabic comma, semicolon and question mark alone (for character classes).
ARABIC_COMMA = "".join(_RAW["comma"])
ARABIC_SEMICOLON = "".join(_RAW["semicolon"])
ARABIC_QUESTION = "".join(_RAW["question_mark"])
#: Proclitics that, written as a word of their own right before a quotation mark with a letter
#: after it (و"الأف سي آر"، بـ"الطفل"), make the mark an opening one (tatweel left out).
GLUED_OPENERS = frozenset(_RAW["glued_openers"])
#: Quotation marks some outlets write -> the form the rules read (low and high-reversed
#: double marks, double prime, full-width, single guillemets, CJK brackets): the text the
#: rules read has the second, one character for one (``normalize.canonical``).
MARK_FORMS: dict[str, str] = dict(_RAW["mark_forms"])
