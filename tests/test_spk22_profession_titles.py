"""A title-only mention headed by a profession that titles.txt leaves out (عالمة المناخ،
كبير الباحثين، أستاذ القانون: speaker_words.json profession_titles) takes the name set after
the same words with the evidence of ``name_after_title``; a courtesy title right before the
words (الدكتورة) is such evidence. Sentences written for the test, after ANT's shapes."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.engine.names.after_title import name_after_title
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import lexicon


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_a_profession_takes_the_name_after_it() -> None:
    text = ('وأشرف كبير الباحثين في الدراسة، أحمد سامي، وهو أستاذ مساعد، على التجربة. '
            'وقال كبير الباحثين: "النتائج مقلقة".')
    assert _names(text) == ["أحمد سامي"]


def test_a_body_takes_no_name_after_it() -> None:
    """Near miss: a body (مركز الأبحاث) is no profession; the name after it is its head's."""
    text = ('وأشرف مركز الأبحاث في الجامعة، أحمد سامي، وهو أستاذ مساعد، على التجربة. '
            'وقال مركز الأبحاث: "النتائج مقلقة".')
    assert _names(text) == ["مركز الأبحاث"]


def test_a_courtesy_title_vouches_for_an_unknown_name() -> None:
    text = 'وقالت عالمة المناخ في جامعة نيروبي، الدكتورة وانجيكو موانغي: "الأمطار ستزداد".'
    assert _names(text) == ["وانجيكو موانغي"]


def test_a_role_noun_vouches_for_no_unknown_name() -> None:
    """Near miss: المهندسة is a role noun, not a courtesy title; no list knows the name."""
    text = 'وقالت عالمة المناخ في جامعة نيروبي، المهندسة وانجيكو موانغي: "الأمطار ستزداد".'
    assert _names(text) == ["عالمة المناخ"]


def test_the_text_cut_after_the_trigger() -> None:
    """No error when the text ends right after the courtesy title or the profession."""
    lex = lexicon()
    for text in ("وقالت عالمة المناخ في جامعة نيروبي، الدكتورة",
                 "وقالت عالمة المناخ في جامعة نيروبي، الدكتورة وانجيكو",
                 "وقال كبير الباحثين"):
        wi = WordIndex(text)
        for j in range(len(wi) + 1):
            assert name_after_title(lex, wi, j) is None
        assert extract_quotes(text) == []
