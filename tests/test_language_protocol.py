"""The Language Protocol (lang/base.py) lists what the engine reads, and Arabic answers it."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from pathlib import Path

import quotecheck.engine
from quotecheck.lang.ar.lexicon import Lexicon, lexicon
from quotecheck.lang.base import Language

ENGINE = Path(quotecheck.engine.__file__).parent


def protocol_members() -> set[str]:
    """The attributes and methods the Protocol names."""
    methods = {n for n, v in vars(Language).items() if callable(v) and not n.startswith("_")}
    return set(Language.__annotations__) | methods


def engine_reads() -> set[str]:
    """Every ``lex.<name>`` (also ``d.lex.<name>``, ``ctx.lex.<name>``) in the engine code."""
    found: set[str] = set()
    for path in ENGINE.rglob("*.py"):
        found |= set(re.findall(r"\blex\.([A-Za-z_]\w*)", path.read_text(encoding="utf-8")))
    return found


def test_the_arabic_lexicon_has_every_protocol_member() -> None:
    lex = lexicon()
    missing = sorted(n for n in protocol_members() if not hasattr(lex, n))
    assert missing == []
    assert isinstance(lex, Language)


def test_protocol_tables_have_their_declared_kind() -> None:
    lex = lexicon()
    for name, kind in Language.__annotations__.items():
        value = getattr(lex, name)
        if kind == "str":
            assert isinstance(value, str), name
        elif kind.startswith("Mapping"):
            assert isinstance(value, Mapping), name
        elif kind.startswith(("Collection", "Sequence", "tuple")):
            assert isinstance(value, Collection) and not isinstance(value, str), name


def test_the_engine_reads_only_protocol_members() -> None:
    assert sorted(engine_reads() - protocol_members()) == []


def test_the_protocol_lists_nothing_the_engine_does_not_read() -> None:
    assert sorted(protocol_members() - engine_reads()) == []


def test_a_lexicon_without_the_tables_is_no_language() -> None:
    """The near miss: an object lacking the tables does not satisfy the Protocol."""
    assert not isinstance(object(), Language)
    assert isinstance(Lexicon(), Language)
