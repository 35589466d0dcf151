"""Lexicon.is_first_name: a known personal name (person_names.txt), not definite."""

from __future__ import annotations

from quotecheck.lang.ar.lexicon import lexicon
from quotecheck.lang.ar.normalize import fold


def test_a_known_bare_name_is_a_first_name() -> None:
    assert lexicon().is_first_name(fold("محمد"))


def test_a_definite_known_name_is_none() -> None:
    """The near miss: الهادي is listed as a name, but with the article it may be a surname
    or a noun (الحبيب الصيد), so it does not count as a first name."""
    lex = lexicon()
    assert fold("الهادي") in lex.person_names
    assert not lex.is_first_name(fold("الهادي"))


def test_an_office_word_is_no_first_name() -> None:
    assert not lexicon().is_first_name(fold("وزير"))
