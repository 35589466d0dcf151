"""A word with a possessive pronoun after a title (المتحدث، رأيه) is the verb's object,
never the name of the titled person (``engine.names.titles._possessed_noun``).  Sentences
written for the test, after ANT JA-localNews-4084."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_a_possessed_noun_after_a_title_is_no_name() -> None:
    text = "وقال المتحدث إن الخطر كبير. وعلّل المتحدث، رأيه، بالقول: إن الحدود مفتوحة."
    assert [q.speaker_name for q in extract_quotes(text)] == ["المتحدث", "المتحدث"]


def test_a_ta_marbuta_place_is_not_taken_for_a_pronoun() -> None:
    """The near miss: بسوسة folds like a ه suffix, but the name after it stays the name."""
    text = ("وأكد المندوب الجهوي للتربية بسوسة سمير الخذيري أن الدروس ستستأنف. وأضاف"
            " المندوب أن الامتحانات في موعدها.")
    names = [q.speaker_name or "" for q in extract_quotes(text)]
    assert names and all("سمير الخذيري" in n for n in names)
