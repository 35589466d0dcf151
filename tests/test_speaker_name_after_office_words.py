"""A speaker's name shown without the office words that ran into a person's full name
(``names.full_name.person_after_titles``, read by ``names.resolve`` and ``names.phrase``):
مدرب المنتخب الوطني للجيدو أنيس X -> أنيس X.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.engine.names.full_name import person_after_titles
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import lexicon


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_office_words_before_a_full_name_are_no_part_of_it() -> None:
    assert _names("وقال مدرب المنتخب الوطني للجيدو أنيس الهادي إن الفريق جاهز.") == [
        "أنيس الهادي"]


def test_a_later_mention_repeating_a_role_word_takes_the_same_name() -> None:
    assert _names("وقال الملازم بلحسن الورتاني إن الوضع مستقر. وأضاف الملازم الورتاني أن "
                  "الدوريات متواصلة.") == ["بلحسن الورتاني", "بلحسن الورتاني"]


def test_a_definite_first_name_before_a_first_name_opens_the_name() -> None:
    """Near miss: الطاهر is a name (طاهر), no office word before محمد."""
    assert _names("قال رئيس الجمعية الطاهر محمد الهمامي إن الوضع صعب.") == [
        "الطاهر محمد الهمامي"]


def test_a_name_part_cut_before_the_holder_reads_the_holder() -> None:
    assert _names("وقال القيادي في حزب العمل من أجل الجمهورية طارق السالمي إن الوضع صعب.") == [
        "طارق السالمي"]


def test_a_relatives_phrase_keeps_its_words() -> None:
    """Near miss: the mother of the pupil named is the speaker, not the pupil."""
    assert _names("وقالت والدة التلميذ مالك بن حمودة إن ابنها بخير.") == [
        "والدة التلميذ مالك بن حمودة"]


def test_a_place_after_office_words_is_no_name() -> None:
    """Near miss: a names-list word before a country's nisba names a place."""
    lex = lexicon()
    assert person_after_titles(lex, WordIndex("وزير الداخلية في إقليم بافاريا الألماني").norms) is None
    assert person_after_titles(lex, WordIndex("مدرب المنتخب أنيس الهادي").norms) == 2
