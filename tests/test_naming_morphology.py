"""The affixes and function words of the speaker and naming rules, read from data files
(lang/ar/data/morphology.json, speaker_words.json), and the old import paths kept working."""

from __future__ import annotations

import pytest

from quotecheck.lang.ar import morphology as morph
from quotecheck.lang.ar.lexicon import lexicon, strip_article_clitic
from quotecheck.lang.ar.normalize import fold


@pytest.mark.parametrize(("word", "stripped"), [
    ("والوزير", "الوزير"),  # و + a definite noun
    ("فالرئيس", "الرئيس"),  # ف
    ("وزير", "زير"),  # four letters: stripped (callers check the title list both ways)
])
def test_strip_conj_drops_a_leading_conjunction(word: str, stripped: str) -> None:
    assert morph.strip_conj(fold(word)) == fold(stripped)


@pytest.mark.parametrize("word", ["وهو", "فيه", "الوزير", "بيان"])
def test_strip_conj_keeps_short_words_and_other_letters(word: str) -> None:
    assert morph.strip_conj(fold(word)) == fold(word)


def test_one_conjunction_stripper() -> None:
    assert strip_article_clitic is morph.strip_conj
    from quotecheck.speakers import strip_conj

    assert strip_conj is morph.strip_conj


def test_conj_spellings_are_what_strip_conj_undoes() -> None:
    word = fold("الوزير")
    spellings = morph.conj_spellings(word)
    assert spellings == {word, "و" + word, "ف" + word}
    assert all(morph.strip_conj(s) == word for s in spellings)


@pytest.mark.parametrize(("word", "base"), [
    ("تغريدتها", "تغريدة"),
    ("كلمته", "كلمة"),  # the ta marbuta comes back before a suffix
    ("حسابها", "حساب"),
])
def test_noun_base_drops_a_possessive(word: str, base: str) -> None:
    assert morph.noun_base(fold(word)) == fold(base)


def test_noun_base_keeps_a_short_stem() -> None:
    assert morph.noun_base(fold("منه")) == fold("منه")  # two letters would be left


@pytest.mark.parametrize("word", ["الأمريكي", "الفلسطينية", "التونسي"])
def test_nisba(word: str) -> None:
    assert morph.is_nisba(fold(word))


@pytest.mark.parametrize("word", ["أمريكي", "الرئيس", "الحي"])  # indefinite; no ي; too short
def test_not_nisba(word: str) -> None:
    assert not morph.is_nisba(fold(word))


def test_strip_possessive_and_article() -> None:
    assert morph.strip_possessive(fold("نفسها")) == fold("نفس")
    assert morph.strip_possessive(fold("نفس")) == fold("نفس")
    assert morph.without_article(fold("الوزير")) == fold("وزير")
    assert morph.without_article(fold("وزير")) == fold("وزير")


def test_lexicon_carries_the_affixes_and_words() -> None:
    lex = lexicon()
    assert lex.morph is morph.morphology()
    assert lex.morph.article == fold("ال") and lex.morph.closed_ta == fold("ة")
    assert lex.ala == fold("على")
    assert fold("إلى") in lex.complement_prepositions and fold("في") in lex.place_prepositions
    assert fold("بهذا") in lex.demonstrative_adverbials
    assert fold("لدى") in lex.pronoun_prepositions


def test_old_import_paths() -> None:
    from quotecheck.component import ENTITY_LABELS
    from quotecheck.engine.entities import PERSON_LABELS
    from quotecheck.engine.naming import _entities_from, _Namer
    from quotecheck.engine.speakers import SpeakerSpan as New
    from quotecheck.speakers import (
        SpeakerSpan,
        is_addressee,
        is_medium,
        is_nisba,
        name_part,
        phrase_after,
        stops_phrase,
    )

    assert SpeakerSpan is New and is_nisba is morph.is_nisba
    assert all(callable(f) for f in (is_addressee, is_medium, name_part, phrase_after,
                                      stops_phrase, _entities_from, _Namer))
    assert PERSON_LABELS < set(ENTITY_LABELS)
    with pytest.raises(AttributeError):
        from quotecheck import speakers

        _ = speakers.no_such_name


def test_punctuation_from_data() -> None:
    from quotecheck.lang.ar.punctuation import COMMAS, SENTENCE_ENDS

    assert {",", "\u060c"} <= COMMAS and "." not in COMMAS
    assert {".", "\u061f", "\u061b"} <= SENTENCE_ENDS and "\u060c" not in SENTENCE_ENDS
