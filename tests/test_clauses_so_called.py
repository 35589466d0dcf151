"""Inside a reported clause, marked words right after a naming phrase (ما يعرف بـ، ما يسمى
بـ، المعروف بـ, or the verb alone: ما يعرف "...") are the name something goes by, a term in
marks: the clause stays one indirect quote (GUIDELINES: a term in marks inside a reported
clause; ANT JA-localNews-320: في إطار ما يعرف بـ "الدبلوماسية الشعبية").  Marked words
after any other verb stay the speaker's own (a mixed quote).  Sentences written for the
test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in extract_quotes(text)]


def test_term_after_ma_yuraf_bi_stays_in_the_clause() -> None:
    got = _quotes('وأضاف الوزير أن الحكومة تعمل في إطار ما يعرف بـ "الاقتصاد التضامني" منذ '
                  'سنوات.')
    assert got == [("indirect", 'الحكومة تعمل في إطار ما يعرف بـ "الاقتصاد التضامني" منذ '
                                'سنوات')]


def test_term_after_ma_yusamma_glued_bi_stays_in_the_clause() -> None:
    got = _quotes('وأكد المتحدث أن أعضاء ما يسمى ب"اللجنة المؤقتة" للحزب غادروا الاجتماع.')
    assert got == [("indirect", 'أعضاء ما يسمى ب"اللجنة المؤقتة" للحزب غادروا الاجتماع')]


def test_marked_words_after_another_verb_are_mixed() -> None:
    """The near miss: after يعتبر the marked words are the speaker's own."""
    got = _quotes('وقال النائب إن الحزب يعتبر "خيانة وطنية واضحة" ما قامت به الحكومة.')
    assert [kind for kind, _ in got] == ["mixed"]
