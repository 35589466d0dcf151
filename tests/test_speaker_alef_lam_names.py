"""First names whose first letters fold like the article (ألفة -> الفه, إلياس -> الياس:
speaker_words.json alef_lam_names) are names, not definite words: ``Lexicon.is_first_name``
reads them so, and after a title they open the person's name (``names.part``).  Sentences
written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.lang.ar.lexicon import lexicon
from quotecheck.lang.ar.normalize import fold


def test_alfa_and_ilyas_are_first_names() -> None:
    lex = lexicon()
    assert lex.is_first_name(fold("ألفة"))
    assert lex.is_first_name(fold("إلياس"))


def test_a_definite_word_that_is_also_a_name_stays_definite() -> None:
    """The near miss: الحبيب and الهام (the adjective "important", written like إلهام) are
    definite words, no first name."""
    lex = lexicon()
    assert not lex.is_first_name(fold("الحبيب"))
    assert not lex.is_first_name(fold("الهام"))


def test_the_name_after_two_titles_starts_at_alfa() -> None:
    text = ("أكدت الأستاذة والباحثة ألفة يوسف أن الوضع صعب للغاية. وأضافت الباحثة أن الحل"
            " يكمن في الحوار.")
    assert [q.speaker_name for q in extract_quotes(text)] == ["ألفة يوسف", "ألفة يوسف"]


def test_an_occasion_ends_a_headline_speaker() -> None:
    """بمناسبة (speaker_words.json adverbs_after_subject) ends the speaker phrase."""
    text = 'ألفة يوسف بمناسبة عيد الأمهات : "النساء في كفة وأمي في كفة"'
    assert [q.speaker.text for q in extract_quotes(text) if q.speaker] == ["ألفة يوسف"]


def test_maghrebi_first_names_of_ant() -> None:
    """سنية and بوبكر (person_names.txt round 5 block) are first names; the definite السنية
    (the adjective "Sunni") is none."""
    lex = lexicon()
    assert lex.is_first_name(fold("سنية")) and lex.is_first_name(fold("بوبكر"))
    assert not lex.is_first_name(fold("السنية"))


def test_a_name_in_apposition_opening_with_boubaker() -> None:
    text = ("أكد عميد كلية العلوم القانونية بجندوبة، بوبكر غريب، اليوم الاثنين أنه تمت"
            " الإحاطة بالطالب.")
    assert [q.speaker_name for q in extract_quotes(text)] == ["بوبكر غريب"]
