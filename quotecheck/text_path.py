"""The default path: the rule engine on a text itself, no spaCy pipeline and no Doc.

``quotecheck.extract_rules`` re-exports :func:`extract_rules`; the spaCy component and the
long-document runner call it with their entities and lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from quotecheck.engine import extract, recut
from quotecheck.find.wrapping import unwrap
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.normalize import KEYBOARD_LETTERS, maqsura_restored
from quotecheck.types import Quote

_SURROGATE = re.compile("[\ud800-\udfff]")
#: Runs of spaces in a speaker's name (the text's own, or invisible controls the engine read
#: as spaces): one space.
_SPACES = re.compile(" {2,}")


def as_text(text: object) -> str:
    """``text`` as a plain ``str`` (a subclass such as numpy.str_ too); else ``TypeError``."""
    if not isinstance(text, str):
        raise TypeError(f"extract_quotes expects str, got {type(text).__name__}")
    return str(text)


def safe_text(text: str) -> str:
    """``text`` with lone surrogates (which spaCy cannot hash and which would cut words) read
    as U+2060, a format character the folding drops: one character for one."""
    return _SURROGATE.sub("\u2060", text) if _SURROGATE.search(text) else text


def extract_rules(text: str, entities: Sequence[tuple[int, int, str]] = (),
                  lex: Lexicon | None = None) -> list[Quote]:
    """The rules on ``text`` itself, no spaCy pipeline and no Doc (the default path), with
    optional entities and lexicon (the quotecheck component passes its own)."""
    text = as_text(text)
    if not text.strip():
        return []
    safe = safe_text(text)
    quotes = extract(safe, entities, lex)
    if safe is not text:
        quotes = [recut(q, text) for q in quotes]
    return _names_as_written(quotes, text)


def _names_as_written(quotes: list[Quote], text: str) -> list[Quote]:
    """Speakers' names spelt as the text writes them: a name the rules read from the text's
    working form (its Persian keyboard letters as Arabic ones, say) and that the text does
    not hold is cut from the text where the working form holds it, letters only (a space
    there stays a space); runs of spaces (controls read as spaces) one space."""
    respelt = any(c in text for c in KEYBOARD_LETTERS) or maqsura_restored(text) is not text
    work: str | None = None
    out = []
    for q in quotes:
        name = q.speaker_name
        if name and respelt and name not in text:
            work = unwrap(safe_text(text)) if work is None else work
            k = work.find(name)
            if k >= 0:
                name = "".join(c if c.isspace() else o
                               for c, o in zip(name, text[k : k + len(name)], strict=True))
        if name and "  " in name:
            name = _SPACES.sub(" ", name)
        out.append(q if name == q.speaker_name else replace(q, speaker_name=name))
    return out
