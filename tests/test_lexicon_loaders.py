"""The Arabic lexicon's loaders (lang/ar/lexicon_*.py): old import paths, tables, lookups."""

from __future__ import annotations

from quotecheck.lang.ar import cueforms, datafiles
from quotecheck.lang.ar.lexicon import (
    DATA,
    CueForm,
    Lexicon,
    inflect,
    lexicon,
    looks_participle,
    rare_inflections,
)
from quotecheck.lang.ar.lexicon_particles import WORD_SETS
from quotecheck.lang.ar.lexicon_words import SPEAKER_SETS, WORD_LISTS
from quotecheck.lang.ar.normalize import fold


def test_old_import_paths_name_the_same_objects() -> None:
    assert CueForm is cueforms.CueForm and inflect is cueforms.inflect
    assert looks_participle is cueforms.looks_participle
    assert rare_inflections is cueforms.rare_inflections
    assert DATA == datafiles.DATA and (DATA / "cues.jsonl").is_file()


def test_with_clitics_adds_wa_and_fa_to_forms_of_three_letters() -> None:
    say, no = CueForm("قال", "neutral", "perfect"), CueForm("x", "neutral", "extra")
    table = cueforms.with_clitics({"قال": say, "قل": no})
    assert table["وقال"] is say and table["فقال"] is say and table["قال"] is say
    assert "وقل" not in table and table["قل"] is no  # near miss: a two-letter form


def test_every_table_of_the_data_files_is_loaded_folded() -> None:
    lex = lexicon()
    particles = datafiles.read_json("particles.json")
    for attr, key in WORD_SETS.items():
        assert getattr(lex, attr) >= {fold(w) for w in particles[key]}, attr
    for attr, name in WORD_LISTS.items():
        assert getattr(lex, attr) >= datafiles.folded_lines(name), attr
    speaker = datafiles.read_json("speaker_words.json")
    for key in SPEAKER_SETS:
        assert getattr(lex, key) == {fold(w) for w in speaker[key]}, key


def test_finders_lists_are_attributes_of_the_same_name() -> None:
    lex = lexicon()
    for key, value in datafiles.read_json("finders.json").items():
        if isinstance(value, list) and key != "haal_patterns":
            assert getattr(lex, key) == frozenset(fold(w) for w in value), key
    assert "ومما" in lex.after_comma_openers and "مما" not in lex.after_comma_openers


def test_cue_lookup_follows_the_cues_after_a_rebuild() -> None:
    lex = Lexicon()
    assert lex.cue("وصرح") is not None
    lex.cues.pop(fold("صرح"))
    lex.build_cue_lookup()
    assert lex.cue("صرح") is None and lex.cue("وصرح") is None
    assert lex.cue(fold("وأكد")) is not None  # the other cues stay
